import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadScenarioFile, loadScenarios } from './load-scenarios.ts';
import { ScenarioError } from './scenario-error.ts';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A temp scenarios dir holding the given files (`<idp>/<name>.json` → content); returns the dir. */
function scenariosDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  roots.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function scenario(idp: string, id: string, steps: unknown[] = [step('get user', '/Users/{{user1.userName|url}}')]) {
  return { $schema: '../scenario.schema.json', id, idp, title: id, operation: 'lookup', source: { reference: 'test' }, steps };
}

function step(name: string, path: string, extra: Record<string, unknown> = {}) {
  return { name, request: { method: 'GET', path, headers: { Authorization: '{{auth}}' } }, expect: { status: 200 }, reference: 'RFC 7644 §3.4.1', ...extra };
}

/** Runs `load` and returns the ScenarioError it throws. */
function scenarioError(load: () => unknown): ScenarioError {
  try {
    load();
  } catch (error) {
    assert.ok(error instanceof ScenarioError, `expected a ScenarioError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ScenarioError, but loading succeeded');
}

describe('loadScenarios', () => {
  it('loads every folder, sorted by idp then id, without the $schema editor hint', () => {
    const dir = scenariosDir({
      'okta/b.json': scenario('okta', 'b'),
      'okta/a.json': scenario('okta', 'a'),
      'entra/z.json': scenario('entra', 'z'),
      'okta/notes.md': 'not a scenario',
    });
    const loaded = loadScenarios({ dir });
    assert.deepEqual(loaded.map((s) => `${s.idp}/${s.id}`), ['entra/z', 'okta/a', 'okta/b']);
    assert.equal('$schema' in loaded[0]!, false);
  });

  it('loads only the idps asked for, and refuses an idp with no folder', () => {
    const dir = scenariosDir({ 'okta/a.json': scenario('okta', 'a'), 'entra/z.json': scenario('entra', 'z') });
    assert.deepEqual(loadScenarios({ dir, idps: ['okta'] }).map((s) => s.id), ['a']);
    const error = scenarioError(() => loadScenarios({ dir, idps: ['okat'] }));
    assert.match(error.message, /^scenarios-\w+\/: no scenario folder for idp "okat"\./);
    assert.match(error.message, /What to do: use one of entra, okta\.$/);
  });

  it('loads every shipped scenario (one ajv compile for all)', () => {
    const loaded = loadScenarios();
    assert.ok(loaded.some((s) => s.idp === 'okta' && s.id === 'deactivate-user'));
    const keys = loaded.map((s) => [s.idp, s.id].join('\u0000'));
    assert.deepEqual(keys, [...keys].sort(), 'sorted by idp, then id');
  });
});

describe('loadScenarioFile rejects broken scenarios with file, path, problem and fix', () => {
  it('bad JSON (a trailing comma) names file:line:column', () => {
    const dir = scenariosDir({ 'okta/bad.json': '{\n  "id": "bad",\n  "idp": "okta",\n}\n' });
    const error = scenarioError(() => loadScenarios({ dir }));
    const file = `${basename(dir)}/okta/bad.json`;
    assert.equal(error.file, file);
    assert.match(error.message, new RegExp(`^${file}:4:1: not valid JSON: Expected double-quoted property name\\.`));
    assert.match(error.message, /What to do: fix the JSON syntax at line 4, column 1/);
  });

  it('bad JSON without a position from V8 (an unfinished literal) still gets line and column', () => {
    const dir = scenariosDir({ 'okta/bad.json': '{\n  "id": tru\n}' });
    const error = scenarioError(() => loadScenarioFile(join(dir, 'okta/bad.json')));
    assert.match(error.message, /^scenarios-\w+\/okta\/bad\.json:2:12: not valid JSON: Unexpected token '\\n'\./);
  });

  it('a schema violation names the JSON path, the rule and the value found', () => {
    const bad = scenario('okta', 'bad-status', [step('a', '/Users'), step('b', '/Users'), { ...step('c', '/Users'), expect: { status: '200' } }]);
    const dir = scenariosDir({ 'okta/bad-status.json': bad });
    const error = scenarioError(() => loadScenarios({ dir }));
    assert.equal(error.pointer, '/steps/2/expect/status');
    assert.match(error.message, /^scenarios-\w+\/okta\/bad-status\.json \/steps\/2\/expect\/status: must be integer or must be array \(got "200"\)\./);
    assert.match(error.message, /Why: every scenario must follow the scenario format \(scenarios\/scenario\.schema\.json/);
    assert.match(error.message, /What to do: edit the file at that path/);
  });

  it('a misspelt field is named with its step', () => {
    const { expect, ...rest } = step('a', '/Users');
    const bad = scenario('okta', 'typo', [{ ...rest, expects: expect }]);
    const error = scenarioError(() => loadScenarios({ dir: scenariosDir({ 'okta/typo.json': bad }) }));
    assert.match(error.message, /typo\.json \/steps\/0: must have required property 'expect'\.\n  also \/steps\/0: must NOT have additional property 'expects'\./);
  });

  it('a scenario in the wrong folder', () => {
    const dir = scenariosDir({ 'entra/create.json': scenario('okta', 'create') });
    const error = scenarioError(() => loadScenarios({ dir }));
    assert.equal(error.pointer, '/idp');
    assert.match(error.message, /entra\/create\.json \/idp: idp is "okta" but the file is in folder "entra"\./);
    assert.match(error.message, /What to do: move the file to okta\/ or set "idp": "entra"\.$/);
  });

  it('a file name that is not <id>.json', () => {
    const dir = scenariosDir({ 'okta/create.json': scenario('okta', 'create-user') });
    const error = scenarioError(() => loadScenarios({ dir }));
    assert.match(error.message, /okta\/create\.json \/id: id is "create-user" but the file is named "create\.json"\./);
    assert.match(error.message, /What to do: rename the file to create-user\.json or set "id": "create"\.$/);
  });

  it('a capture used before the step that sets it', () => {
    const steps = [step('read', '/Users/{{userId}}'), step('create', '/Users', { capture: { userId: '/id' } })];
    const dir = scenariosDir({ 'okta/early.json': scenario('okta', 'early', steps) });
    const error = scenarioError(() => loadScenarios({ dir }));
    assert.equal(error.pointer, '/steps/0/request/path');
    assert.match(
      error.message,
      /early\.json \/steps\/0\/request\/path: \{\{userId\}\} uses "userId" before any earlier step captures it: it is captured only by step 1 \(\/steps\/1\/capture\), which runs too late\./,
    );
    assert.match(error.message, /What to do: capture the value in an earlier step/);
  });

  it('a capture nobody sets, used in an expectation', () => {
    const steps = [step('read', '/Users', { expect: { status: 200, body: [{ pointer: '/id', equals: '{{groupId}}' }] } })];
    const error = scenarioError(() => loadScenarios({ dir: scenariosDir({ 'okta/never.json': scenario('okta', 'never', steps) }) }));
    assert.match(error.message, /never\.json \/steps\/0\/expect\/body\/0\/equals: \{\{groupId\}\} uses "groupId" before any earlier step captures it: no step captures it\./);
  });

  it('an unknown filter', () => {
    const steps = [step('find', '/Users', { request: { method: 'GET', path: '/Users', query: 'filter={{user1.userName|urlencode}}', headers: {} } })];
    const error = scenarioError(() => loadScenarios({ dir: scenariosDir({ 'okta/filter.json': scenario('okta', 'filter', steps) }) }));
    assert.match(error.message, /filter\.json \/steps\/0\/request\/query: \{\{user1\.userName\|urlencode\}\} uses unknown filter "urlencode"; filters are url, form, upper, lower, lastSegment, fullwidth\./);
  });

  it('accepts captures from earlier steps and every built-in name', () => {
    const steps = [
      step('create', '/Users', { capture: { userId: '/id' } }),
      step('read', '{{base.path}}/Users/{{userId}}', { request: { method: 'PUT', path: '/Users/{{userId}}', headers: { 'X-Run': '{{run.id}}' }, body: { externalId: '{{guid1}}', name: '{{group12.displayName|upper}}' } } }),
    ];
    const [loaded] = loadScenarios({ dir: scenariosDir({ 'okta/ok.json': scenario('okta', 'ok', steps) }) });
    assert.equal(loaded!.steps.length, 2);
  });
});
