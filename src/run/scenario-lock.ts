/**
 * Which scenarios may run at once against one shared server: any number of `shared` ones, or one
 * `exclusive` one alone (a scenario that reads what the whole server holds, `Scenario.exclusive`).
 * First come, first served: a waiting exclusive scenario holds back the shared ones asked for after it,
 * so it is never starved, and the parallel ones asked for before it finish first.
 */
export type LockKind = 'shared' | 'exclusive';

export interface ScenarioLock {
  /** Resolves when the scenario may start; call the returned function once it has ended (clean-up included). */
  acquire(kind: LockKind): Promise<() => void>;
}

export function createScenarioLock(): ScenarioLock {
  const queue: Array<{ kind: LockKind; grant: () => void }> = [];
  let shared = 0;
  let exclusive = false;

  const admit = () => {
    while (queue.length > 0 && !exclusive) {
      const next = queue[0]!;
      if (next.kind === 'exclusive' && shared > 0) return;
      queue.shift();
      if (next.kind === 'exclusive') exclusive = true;
      else shared += 1;
      next.grant();
    }
  };

  return {
    acquire(kind) {
      return new Promise((resolve) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          if (kind === 'exclusive') exclusive = false;
          else shared -= 1;
          admit();
        };
        queue.push({ kind, grant: () => resolve(release) });
        admit();
      });
    },
  };
}
