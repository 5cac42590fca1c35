import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'scim-conformance.js');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  reportDir: string;
  /** conformance.json, parsed, when it was written. */
  report?: {
    tool: { name: string; version: string };
    target: { baseUrl: string; profile: string };
    summary: { passed: number; failed: number; skipped: number; blocked?: number; warnings: number };
    results: Array<{ id: string; idp: string; title: string; status: string; skipReason?: string; blockedBy?: string; failures: Array<{ step: string; message: string; reference: string }>; warnings: string[] }>;
  };
  /** Every file under the report folder, relative. */
  files: string[];
  /** The text of every report file plus stdout and stderr: where a leaked secret would show. */
  allOutput(): string;
}

/**
 * Runs the real CLI in a child process, as a user would, with its own report folder.
 */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; reportDir?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  const reportDir = options.reportDir ?? mkdtempSync(path.join(tmpdir(), 'scim-cli-'));
  const withDir = args[0] === 'run' && !args.includes('--report-dir') ? [...args, '--report-dir', reportDir] : args;
  const child = spawn(process.execPath, [BIN, ...withDir], {
    cwd: ROOT,
    env: { ...process.env, SCIM_BASE_URL: undefined, SCIM_TOKEN: undefined, SCIM_CONFORMANCE_RUN: undefined, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const files = existsSync(reportDir) ? (readdirSync(reportDir, { recursive: true }) as string[]).sort() : [];
      const jsonPath = path.join(reportDir, 'conformance.json');
      const report = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : undefined;
      resolve({
        exitCode: code ?? -1,
        stdout,
        stderr,
        reportDir,
        report,
        files,
        allOutput: () => {
          const texts = [stdout, stderr];
          for (const file of files) {
            const full = path.join(reportDir, file);
            try {
              texts.push(readFileSync(full, 'utf8'));
            } catch {
              /* a folder */
            }
          }
          return texts.join('\n');
        },
      });
    });
  });
}
