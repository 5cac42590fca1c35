#!/usr/bin/env node
// The CLI is TypeScript run through tsx (Node 20 has no type stripping; ecosystem.md §6).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
