import pkg from '../../package.json' with { type: 'json' };

/** The version every report names, from package.json. */
export const TOOL_VERSION: string = pkg.version;
