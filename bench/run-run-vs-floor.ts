import path from 'node:path';
import { measureRunVsFloor, runVsFloorMarkdown, writeRunVsFloorSection } from './run-vs-floor.ts';

/** `npm run bench:run-vs-floor`: only the "default run vs Playwright's floor" section of bench/results.md (about 2 minutes on a quiet machine). */
const log = (line: string) => process.stdout.write(`${line}\n`);
log("default run vs Playwright's floor, single scenario, failing server");
const file = writeRunVsFloorSection(runVsFloorMarkdown(await measureRunVsFloor({ log })));
log(`wrote ${path.relative(process.cwd(), file)} (run-vs-floor section)`);
