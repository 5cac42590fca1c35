import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderJunitXml } from './junit-xml.ts';
import { findSampleSecrets, sampleResults, sampleRun } from './sample-results.ts';

/**
 * A small XML 1.0 well-formedness check: one root, tags nest and close, attributes are quoted and
 * unique, text holds no raw `<` and only known or numeric entities, no forbidden characters.
 * Returns the elements found as `{ name, attrs, text }`.
 */
function parseXml(xml: string): Array<{ name: string; attrs: Record<string, string>; text: string }> {
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/, 'forbidden control character');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: Array<{ name: string; attrs: Record<string, string>; text: string }> = [];
  const elements: typeof stack = [];
  let roots = 0;
  const decode = (s: string): string => {
    assert.doesNotMatch(s, /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i, `bad entity in ${s.slice(0, 60)}`);
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');
  };
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let pos = 0;
  for (let m = token.exec(body); m !== null && pos < body.length; m = token.exec(body)) {
    pos = token.lastIndex;
    const [, close, name, attrText, selfClose, text] = m;
    if (text !== undefined) {
      if (stack.length === 0) assert.match(text, /^\s*$/, 'text outside the root');
      else stack.at(-1)!.text += decode(text);
      continue;
    }
    if (close) {
      assert.equal(stack.pop()?.name, name, `mismatched </${name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([\w.-]+)="([^"]*)"/g)) {
      assert.ok(!(a[1]! in attrs), `duplicate attribute ${a[1]}`);
      attrs[a[1]!] = decode(a[2]!);
    }
    if (stack.length === 0) roots += 1;
    const el = { name: name!, attrs, text: '' };
    elements.push(el);
    if (!selfClose) stack.push(el);
  }
  assert.equal(pos, body.length, `unparseable XML at ${body.slice(pos, pos + 60)}`);
  assert.equal(stack.length, 0, 'unclosed elements');
  assert.equal(roots, 1, 'exactly one root element');
  return elements;
}

describe('renderJunitXml', () => {
  const xml = renderJunitXml(sampleResults(), sampleRun());
  const els = parseXml(xml);
  const of = (name: string) => els.filter((e) => e.name === name);

  it('is well-formed XML, the checker itself rejecting broken XML', () => {
    assert.throws(() => parseXml('<a><b></a></b>'));
    assert.throws(() => parseXml('<a>x & y</a>'));
    assert.throws(() => parseXml('<a>\u0001</a>'));
    assert.equal(of('testsuites').length, 1);
  });

  it('has one testsuite per idp with counts', () => {
    assert.deepEqual(of('testsuite').map((s) => s.attrs.name), ['okta', 'entra', 'entra-aadoptscim062020', 'onelogin', 'rfc']);
    const okta = of('testsuite')[0]!.attrs;
    assert.deepEqual([okta.tests, okta.failures, okta.skipped, okta.errors], ['3', '1', '0', '0']);
    assert.match(okta.time!, /^\d+\.\d{3}$/);
    const root = of('testsuites')[0]!.attrs;
    assert.deepEqual([root.tests, root.failures, root.skipped, root.time], ['7', '2', '1', '1.234']);
  });

  it('names each testcase "<id> — <title>" with the idp as classname, escaping the title', () => {
    const names = of('testcase').map((t) => `${t.attrs.classname}|${t.attrs.name}`);
    assert.ok(names.includes('okta|okta/deactivate-user — Deactivate user'));
    assert.ok(names.includes('okta|okta/create-user — Create user <after> "filter" & check'));
    assert.match(xml, /Create user &lt;after&gt; &quot;filter&quot; &amp; check/);
  });

  it('puts every failure (step, message, reference) in the failure text, control characters stripped', () => {
    const [failure] = of('failure');
    assert.match(failure!.attrs.message!, /^2 POST \/Users — create user: Expected 201 Created/);
    assert.match(failure!.text, /2 POST \/Users — create user\nExpected 201 Created with the new User\.\nGot 400 <script>alert\(1\)<\/script> for token \[REDACTED\]/);
    assert.match(failure!.text, /Reference: RFC 7644 §3\.3/);
    assert.equal(of('failure').length, 2);
  });

  it('gives a skipped testcase its reason, and warnings and leftovers in system-out', () => {
    assert.deepEqual(of('skipped').map((s) => s.attrs.message), ['Profile talkdesk provisions Users only: group scenarios do not apply.']);
    const out = of('system-out').map((s) => s.text).join('\n');
    assert.match(out, /WARNING: Response header echoed the credential \[REDACTED\]/);
    assert.match(out, /LEFT BEHIND: DELETE http:\/\/127\.0\.0\.1:8080\/scim\/v2\/Users\/u9 \(500\)/);
  });

  it('contains no form of the secrets', () => {
    assert.deepEqual(findSampleSecrets(xml), []);
  });
});
