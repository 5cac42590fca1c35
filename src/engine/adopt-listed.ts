import type { Step } from '../scenario/types.ts';
import { readPointer } from './json-pointer.ts';
import type { ResourceLedger } from './resource-ledger.ts';
import type { Finding, StepResult } from './result-types.ts';

/**
 * `Step.adopt`: every resource listed at the pointer whose userName or displayName starts with this
 * scenario's generated prefix (`scimtest-<run>-<tag>-`, unique to the run) was created by the harness,
 * even when the server never returned its id (a duplicate from a create race), so the ledger takes it
 * and the clean-up removes it. Returns a warning naming each resource adopted.
 * @see issue 6 (data safety: the harness removes everything it created)
 */
export function adoptListed(step: Step, result: StepResult, label: string, hooks: { resolve: (name: string) => unknown; ledger: ResourceLedger }): Finding[] {
  const collection = /^\/(Users|Groups)\b/i.exec(step.request.path)?.[1];
  const prefix = hooks.resolve('data.prefix');
  if (!collection || typeof prefix !== 'string' || !result.response) return [];
  let listed: unknown;
  try {
    listed = readPointer(JSON.parse(result.response.body), step.adopt!);
  } catch {
    return [];
  }
  if (!Array.isArray(listed)) return [];
  const path = `/${collection[0]!.toUpperCase()}${collection.slice(1).toLowerCase()}`;
  const adopted: string[] = [];
  for (const resource of listed as Array<Record<string, unknown>>) {
    const id = resource?.['id'];
    const name = resource?.['userName'] ?? resource?.['displayName'];
    if (typeof id !== 'string' || typeof name !== 'string' || !name.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    // refusal() is undefined exactly for resources the ledger already owns.
    if (hooks.ledger.refusal('DELETE', `${path}/${encodeURIComponent(id)}`) === undefined) continue;
    hooks.ledger.recordCreate('POST', path, 201, id);
    adopted.push(id);
  }
  if (adopted.length === 0) return [];
  return [{
    severity: 'warning',
    step: label,
    reference: 'issue 6: data safety',
    message: `the server lists ${adopted.length} resource(s) the harness created but never got an id for: ${adopted.join(', ')} (named with this run's prefix ${prefix}). The harness removes them with the rest`,
  }];
}
