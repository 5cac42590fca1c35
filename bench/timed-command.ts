import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from './child-processes.ts';

/** A command's wall time and CPU time (user + sys of the process and every child it waited for). */
export interface TimedCommand {
  wallMs: number;
  /** NaN where /usr/bin/time is missing. */
  cpuMs: number;
  code: number | null;
  /** 1-minute load average just before the command started: other work sharing the cores. */
  load: number;
  /** The last 4 kB of output, for error messages. */
  tail: string;
}

const TIME = '/usr/bin/time';

/** Runs `node <args>` under /usr/bin/time; killed after timeoutMs. */
export async function timeNodeCommand(args: string[], { cwd = ROOT, env = process.env, timeoutMs = 180_000 }: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<TimedCommand> {
  const timed = existsSync(TIME);
  const load = os.loadavg()[0]!;
  const t0 = performance.now();
  const child = spawn(timed ? TIME : process.execPath, timed ? ['-f', '__cpu %U %S', process.execPath, ...args] : args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  const wallMs = performance.now() - t0;
  const cpu = /__cpu ([\d.]+) ([\d.]+)/.exec(tail);
  return { wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN, code, load, tail };
}
