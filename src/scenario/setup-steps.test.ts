import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { loadScenarios } from './load-scenarios.ts';
import type { Step } from './types.ts';

const all = loadScenarios();
const byId = new Map(all.map((s) => [`${s.idp}/${s.id}`, s]));
const sameStep = (a: Step, b: Step) => a.name === b.name && a.request.method === b.request.method && a.request.path === b.request.path;
/** The IdP's own set-up request is the very request the named scenario checks: same query, headers and body. */
const sameRequest = (a: Step, b: Step) => isDeepStrictEqual([a.request.query, a.request.headers, a.request.body, a.request.rawBody], [b.request.query, b.request.headers, b.request.body, b.request.rawBody]);

describe('set-up steps (step.setup)', () => {
  it('name another scenario of the same suite that sends the same step as its own subject', () => {
    let marked = 0;
    for (const scenario of all) {
      for (const [index, step] of scenario.steps.entries()) {
        if (!step.setup) continue;
        marked++;
        const where = `${scenario.idp}/${scenario.id} step ${index + 1}`;
        const owner = byId.get(step.setup);
        assert.ok(owner, `${where}: setup names ${step.setup}, which is no scenario`);
        assert.notEqual(owner, scenario, `${where}: a step cannot be set-up for its own scenario`);
        assert.equal(owner!.idp, scenario.idp, `${where}: the cause must be reported in the same suite`);
        // A harness set-up (a create the IdP does not send) names the scenario whose own subject is that create.
        const covers = (s: Step) => !s.setup && (step.harness ? s.request.method === step.request.method && s.request.path === step.request.path : sameStep(s, step) && sameRequest(s, step));
        assert.ok(owner!.steps.some(covers), `${where}: ${step.setup} has no step "${step.name}" of its own, so it would not report this cause`);
      }
    }
    assert.ok(marked > 100, `expected the IdP suites' shared set-up steps to be marked, found ${marked}`);
  });

  it('come before the scenario\'s own steps: a set-up step never follows a step of the subject', () => {
    for (const scenario of all) {
      const firstOwn = scenario.steps.findIndex((s) => !s.setup);
      const late = scenario.steps.findIndex((s, i) => i > firstOwn && s.setup);
      assert.equal(late, -1, `${scenario.idp}/${scenario.id}: step ${late + 1} is marked set-up after step ${firstOwn + 1}, which is the scenario's own`);
    }
  });
});
