import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Scenario } from '../scenario/types.ts';
import { skipReason } from './skip-reason.ts';

const scenario = (idp: string, requires: Scenario['requires']): Scenario => ({
  id: 'sort-ascending', idp, title: 't', operation: 'lookup', source: { reference: 'RFC 7644 §3.4.2.3' }, requires, steps: [],
});
const run = { profile: 'generic', only: [] };
const declared = { sort: "the server's ServiceProviderConfig says sort.supported is false (RFC 7643 §5)" };

describe('skipReason', () => {
  it('skips an rfc check that needs what the server declares unsupported, with the server\'s reason', () => {
    assert.equal(skipReason(scenario('rfc', ['users', 'sort']), run, declared), `needs sort: ${declared.sort}`);
  });

  it('runs an rfc check the server declares nothing against, so a false claim of support fails', () => {
    assert.equal(skipReason(scenario('rfc', ['users', 'sort']), run, {}), undefined);
    assert.equal(skipReason(scenario('rfc', ['users', 'sort']), run), undefined);
  });

  it('never lets discovery skip an IdP replay: the IdP sends its requests whatever the server declares', () => {
    assert.equal(skipReason(scenario('okta', ['sort']), run, declared), undefined);
  });

  it('still applies what the profile lacks, first', () => {
    assert.match(skipReason(scenario('rfc', ['groups']), { profile: 'talkdesk', only: [] }, { groups: 'server says no' })!, /^needs groups: the talkdesk profile/);
  });
});
