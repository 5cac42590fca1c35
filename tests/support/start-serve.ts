import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './run-cli.ts';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `scim-conformance serve` in a child process and waits for the URL line it prints when ready. */
export function startServe(args: string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'scim-conformance.js'), 'serve', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 20 s: ${out}`)), 20_000);
    child.stdout!.on('data', () => {
      const first = out.split('\n')[0]!;
      if (out.includes('\n') && /^http:\/\//.test(first)) {
        clearTimeout(timer);
        resolve({ url: first.trim(), child, output: () => out, stop: (signal = 'SIGTERM') => (child.kill(signal), exited) });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code} before printing its URL: ${out}`)));
  });
}
