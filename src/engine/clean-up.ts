import type { StepResult } from './result-types.ts';
import { sendRequest, TransportError, type WireRequest } from './http-client.ts';
import type { ReplayOptions } from './replay-options.ts';
import type { OwnedResource } from './resource-ledger.ts';
import { recordRequest, recordResponse } from './record-exchange.ts';

const DEACTIVATE = JSON.stringify({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
  Operations: [{ op: 'replace', path: 'active', value: false }],
});

/**
 * Removes what a scenario created, newest first: DELETE, and where the server refuses to delete a
 * user (405/501), deactivation by PATCH. Each attempt is a harness step; a resource that could not be
 * removed is reported by name (the step's `findings` say why).
 */
export async function cleanUp(
  resources: OwnedResource[],
  options: ReplayOptions & { secrets: string[] },
  onRemoved: (resource: OwnedResource) => void = () => {},
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const [index, resource] of resources.entries()) {
    const auth: Array<[string, string]> = options.auth ? [['Authorization', options.auth]] : [];
    const del: WireRequest = { method: 'DELETE', url: resource.url, headers: [['Accept', 'application/scim+json'], ...auth] };
    let result = await attempt(del, index, `clean-up DELETE ${resource.collection}/${resource.id}`, options);
    const status = result.response?.status;
    if (resource.collection === '/Users' && (status === 405 || status === 501)) {
      results.push(result);
      const patch: WireRequest = {
        method: 'PATCH',
        url: resource.url,
        headers: [['Accept', 'application/scim+json'], ['Content-Type', 'application/scim+json; charset=utf-8'], ...auth],
        body: DEACTIVATE,
      };
      result = await attempt(patch, index, `clean-up PATCH ${resource.collection}/${resource.id} (deactivate: the server does not delete users)`, options, [200, 204]);
    }
    results.push(result);
    if (result.findings.length === 0) onRemoved(resource);
  }
  return results;
}

async function attempt(wire: WireRequest, index: number, name: string, options: ReplayOptions & { secrets: string[] }, ok = [200, 204, 404]): Promise<StepResult> {
  const result: StepResult = { index, name, harness: true, findings: [] };
  await options.beforeRequest?.();
  const startedAt = new Date();
  try {
    const response = await (options.send ?? sendRequest)(wire, { timeoutMs: options.timeoutMs });
    result.request = recordRequest(wire, startedAt, options.secrets);
    result.response = recordResponse(response, Date.now() - startedAt.getTime(), options.secrets);
    if (!ok.includes(response.status)) {
      result.findings.push({ severity: 'warning', step: name, reference: 'issue 6: data safety', message: `could not remove ${wire.url}: the server answered ${response.status}. What to do: remove it by hand` });
    }
  } catch (error) {
    result.request = recordRequest(wire, startedAt, options.secrets);
    result.error = error instanceof TransportError ? error.message : String(error);
    result.findings.push({ severity: 'warning', step: name, reference: 'issue 6: data safety', message: `could not remove ${wire.url}: ${result.error}. What to do: remove it by hand` });
  }
  return result;
}
