import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/ sits directly under it). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The CLI as a user runs it. */
export const CLI = path.join(ROOT, 'bin', 'scim-conformance.js');

/** A `scim-conformance serve` child process. */
export interface ServeProcess {
  /** The SCIM base URL it printed, e.g. http://127.0.0.1:41234/scim/v2. */
  url: string;
  /** The server's process id (the node process itself, not a shell). */
  pid: number;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `node bin/scim-conformance.js serve --port 0 --token T [extraArgs]` and reads the URL from its
 * first stdout line; the rest of its output (the request log) is drained so the child never blocks on a full pipe.
 */
export async function startServe(token: string, timeoutMs = 20_000, extraArgs: readonly string[] = []): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--token', token, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { url: await firstLine(child, 'scim-conformance serve', timeoutMs), pid: child.pid!, stop: () => stopChild(child) };
}

/**
 * Starts a node script (TypeScript, through tsx) that prints its URL on the first stdout line.
 */
export async function startScriptServer(script: string, args: string[] = [], timeoutMs = 20_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return { url: await firstLine(child, script, timeoutMs), pid: child.pid!, stop: () => stopChild(child) };
}

async function firstLine(child: ChildProcess, what: string, timeoutMs: number): Promise<string> {
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const lines = createInterface({ input: child.stdout! });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const [line] = (await Promise.race([
      once(lines, 'line'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`bench: ${what} exited with ${String(code)} before printing its URL; stderr: ${stderr.trim() || '(empty)'}`);
      }),
    ])) as [string];
    // Keep draining, without splitting lines: a busy `serve` logs a line per request, and the bench must not
    // spend its CPU (shared with the server it measures) parsing them.
    lines.close();
    child.stdout!.on('data', () => {});
    child.stdout!.resume();
    return line.trim();
  } finally {
    clearTimeout(timer);
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** What one timed child process did. */
export interface TimedRun {
  /** Wall time from spawn to exit, in ms. */
  ms: number;
  /** Epoch ms at spawn and at exit (to line up with HAR timestamps). */
  startedAt: number;
  endedAt: number;
  code: number | null;
  /** The last 4 kB of stdout+stderr, for the error message when the run fails. */
  tail: string;
}

/** Runs `node <args>` in the repo root and measures its wall time; killed after timeoutMs. */
export async function timeNode(args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<TimedRun> {
  const startedAt = Date.now();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { ms: performance.now() - t0, startedAt, endedAt: Date.now(), code, tail };
}

/**
 * Runs a TypeScript script (through tsx) as a child process, writes `input` as JSON to its stdin and
 * parses the JSON it prints as the last stdout line. Killed after timeoutMs.
 */
export async function runJsonScript<T>(script: string, input: unknown, timeoutMs: number, nodeFlags: string[] = []): Promise<T> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  child.stdin.end(JSON.stringify(input));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  const last = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`bench: ${path.basename(script)} exited with ${String(code)}; stderr: ${stderr.trim() || '(empty)'}`);
  return JSON.parse(last) as T;
}

/** Reads all of stdin as JSON (for the scripts runJsonScript starts). */
export async function readStdinJson<T>(): Promise<T> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return JSON.parse(text) as T;
}
