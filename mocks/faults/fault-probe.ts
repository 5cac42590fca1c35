import assert from 'node:assert/strict';
import { callMock, userBody } from '../call-mock.ts';
import { createScimMock } from '../create-scim-mock.ts';
import type { ScimMock, ScimMockOptions } from '../mock-types.ts';

/** The PatchOp message URN (RFC 7644 §3.5.2). */
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** A PatchOp body holding `Operations` (RFC 7644 §3.5.2); used by the fault tests. */
export const patchBody = (...Operations: unknown[]) => ({ schemas: [PATCH_OP], Operations });

/**
 * Runs `probe` against a mock with no fault and one with `fault` switched on (both built from `options`)
 * and returns both results: the fault tests assert the two differ exactly as the fault says.
 */
export async function compareFault<T>(
  fault: string,
  probe: (mock: ScimMock) => Promise<T>,
  options: ScimMockOptions = {},
): Promise<{ normal: T; faulty: T }> {
  return { normal: await probe(createScimMock(options)), faulty: await probe(createScimMock({ ...options, faults: [fault] })) };
}

/** Creates a user through the mock's API (201 asserted) and returns its id. */
export async function createUserId(mock: ScimMock, userName = 'ada', extra: Record<string, unknown> = {}): Promise<string> {
  const reply = await callMock(mock, 'POST', '/Users', { body: userBody(userName, extra) });
  assert.equal(reply.status, 201, reply.text);
  return reply.body.id;
}
