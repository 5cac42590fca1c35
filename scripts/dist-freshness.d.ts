/** Written last by scripts/build.js: the time the build started, in ms since the epoch. */
export declare const BUILD_STAMP: string;
/** True when dist/ exists and no source file changed since its build started. */
export declare function isDistFresh(root: string): boolean;
