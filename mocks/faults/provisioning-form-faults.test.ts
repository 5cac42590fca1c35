import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callMock, userBody } from '../call-mock.ts';
import type { ScimMock } from '../mock-types.ts';
import { PATCH_OP, compareFault } from './fault-probe.ts';

/**
 * The fault switches that break the JumpCloud and PingOne request forms on their own steps: a disabled
 * create, a workEmail match by `emails eq`, a rename by sub-attribute paths. (faults.test.ts checks every
 * fault has a test.)
 */

async function createUser(mock: ScimMock, extra: Record<string, unknown> = {}): Promise<string> {
  const reply = await callMock(mock, 'POST', '/Users', { body: userBody('ada', extra) });
  assert.equal(reply.status, 201, reply.text);
  return reply.body.id;
}

const faultTest = (id: string, name: string, body: () => Promise<void>) => it(`${id}: ${name}`, body);

describe('fault switches of the JumpCloud and PingOne forms', () => {
  faultTest('create-ignores-active', 'a POST with active false answers 201 and the user reads back active', async () => {
    const { normal, faulty } = await compareFault('create-ignores-active', async (mock) => {
      const id = await createUser(mock, { active: false });
      return (await callMock(mock, 'GET', `/Users/${id}`)).body.active;
    });
    assert.deepEqual([normal, faulty], [false, true]);
  });

  faultTest('complex-filter-needs-sub-attribute', 'emails eq finds nothing while emails.value eq still finds the user', async () => {
    const { normal, faulty } = await compareFault('complex-filter-needs-sub-attribute', async (mock) => {
      await createUser(mock);
      const whole = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('emails eq "ada@example.com"')}`);
      const value = await callMock(mock, 'GET', `/Users?filter=${encodeURIComponent('emails.value eq "ada@example.com"')}`);
      return [whole.status, whole.body.totalResults, value.body.totalResults];
    });
    assert.deepEqual([normal, faulty], [[200, 1, 1], [200, 0, 1]]);
  });

  faultTest('patch-sub-attribute-path-ignored', 'a replace on name.givenName answers 200 and keeps the old name; a top-level path still applies', async () => {
    const { normal, faulty } = await compareFault('patch-sub-attribute-path-ignored', async (mock) => {
      const id = await createUser(mock);
      const patch = await callMock(mock, 'PATCH', `/Users/${id}`, {
        body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'name.givenName', value: 'Grace' }, { op: 'replace', path: 'nickName', value: 'Gee' }] },
      });
      const user = (await callMock(mock, 'GET', `/Users/${id}`)).body;
      return [patch.status, user.name.givenName, user.nickName];
    });
    assert.deepEqual([normal, faulty], [[200, 'Grace', 'Gee'], [200, 'Ada', 'Gee']]);
  });
});
