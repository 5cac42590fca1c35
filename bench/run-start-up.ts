import os from 'node:os';
import path from 'node:path';
import { measureStartUp, startUpMarkdown, writeStartUpSection } from './start-up.ts';

/** `npm run bench:start-up`: only the start-up section of bench/results.md (about 2 minutes on a quiet machine). */
const log = (line: string) => process.stdout.write(`${line}\n`);
const start = os.loadavg();
log('start-up: the installed package and the checkout, next to Playwright\'s floor');
const rows = await measureStartUp({ log });
const file = writeStartUpSection(startUpMarkdown(rows, { start, end: os.loadavg() }));
log(`wrote ${path.relative(process.cwd(), file)} (start-up section)`);
