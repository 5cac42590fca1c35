import { MAIN_HELP } from './help-text.ts';
import { UsageError } from './usage-error.ts';
import { TOOL_VERSION } from '../run/tool-version.ts';

/**
 * The CLI entry: dispatches to a command and turns every error into a one-line reason and an exit
 * code (2 for usage errors and unreachable targets), never a bare stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Each command loads only what it needs: `run` never loads the mock, `serve` never loads Playwright.
    if (command === 'run') return await (await import('./run-command.ts')).runCommand(rest);
    if (command === 'serve') return await (await import('./serve-command.ts')).serveCommand(rest);
    if (command === 'record') return await (await import('./record-command.ts')).recordCommand(rest);
    if (command === 'diff') return await (await import('./diff-command.ts')).diffCommand(rest);
    if (command === 'load') return await (await import('./load-command.ts')).loadCommand(rest);
    if (command === '--version' || command === '-v' || command === 'version') {
      process.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(MAIN_HELP);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"; use run, serve, record, diff, load or version (scim-conformance --help).`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`scim-conformance: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`scim-conformance: internal error: ${(error as Error).message}. This is a bug of scim-conformance; please report it with the command you ran.\n`);
    return 2;
  }
}
