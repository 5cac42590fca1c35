import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseWaivers, readWaivers, WaiversError } from './read-waivers.ts';

const entry = { id: 'rfc/sort-ascending', reason: 'sorting is planned', link: 'https://tracker.example/123', expires: '2026-12-31' };

describe('readWaivers', () => {
  it('reads JSON and YAML alike, also under a "waivers" key; YAML dates without quotes stay dates', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'waivers-'));
    writeFileSync(path.join(dir, 'w.json'), JSON.stringify([entry]));
    writeFileSync(path.join(dir, 'w.yaml'), 'waivers:\n  - id: rfc/sort-ascending\n    reason: sorting is planned\n    link: https://tracker.example/123\n    expires: 2026-12-31\n');
    assert.deepEqual(readWaivers(path.join(dir, 'w.json')), [entry]);
    assert.deepEqual(readWaivers(path.join(dir, 'w.yaml')), [entry]);
  });

  it('names the file, the entry and the field of a malformed waiver', () => {
    const cases: Array<[string, RegExp]> = [
      [JSON.stringify([entry, { ...entry, expires: 'soon' }]), /^--waivers w\.json: entry 2 \(rfc\/sort-ascending\): field "expires" is "soon", not a date; write YYYY-MM-DD/],
      [JSON.stringify([{ ...entry, reason: undefined }]), /entry 1 \(rfc\/sort-ascending\): field "reason" is missing/],
      [JSON.stringify([{ ...entry, id: 'sort-ascending' }]), /entry 1 \(sort-ascending\): field "id" is "sort-ascending", not a result id/],
      [JSON.stringify([{ ...entry, link: 42 }]), /field "link" is not a non-empty string \(42\)/],
      [JSON.stringify({ id: 'x' }), /expected a list of \{ id, reason, link, expires \}/],
      ['[{ id: ', /not valid JSON or YAML/],
      ['- just text', /entry 1: expected an object/],
    ];
    for (const [text, message] of cases) {
      assert.throws(() => parseWaivers(text, 'w.json'), (error: Error) => error instanceof WaiversError && message.test(error.message), text);
    }
  });

  it('says when the file cannot be read', () => {
    assert.throws(() => readWaivers('/nonexistent/waivers.yaml'), /--waivers \/nonexistent\/waivers\.yaml: cannot read the file \(ENOENT\)/);
  });
});
