import type { FullRun, ServeRunPair } from './full-runs.ts';
import type { Floor, ImportCost } from './start-up-floors.ts';
import type { LatencyResult } from './store-latency-types.ts';
import type { ThroughputResult } from './throughput.ts';

/** The machine the bench ran on. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemoryBytes: number;
  date: string;
  command: string;
  /** os.loadavg() (1, 5, 15 min) when the bench started and when it ended: other work on the machine skews every figure. */
  loadAverage: { start: number[]; end: number[] };
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  machine: MachineInfo;
  embedded: FullRun[];
  serve: ServeRunPair[];
  floors: Floor[];
  importCosts: ImportCost[];
  throughput: ThroughputResult;
  latency: LatencyResult;
  /** Wall time of the whole bench, ms. */
  totalMs: number;
}
