import { readPackageJson } from '../package-root.ts';

/** The version every report names, from package.json. */
export const TOOL_VERSION: string = readPackageJson<{ version: string }>('package.json').version;
