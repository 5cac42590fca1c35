/** One malformed request: what a careless or hostile client sends. */
export interface MalformedRequest {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const SCIM = 'application/scim+json';

/**
 * At least 200 malformed requests: bad JSON, wrong media types, oversized and deeply nested bodies,
 * invalid filters, unknown attributes, bad PATCH documents, odd unicode, bad paging and paths.
 * `auth` is the Authorization value; a few requests deliberately go without it.
 */
export function malformedCorpus(auth: string): MalformedRequest[] {
  const h = (extra: Record<string, string> = {}) => ({ Authorization: auth, 'Content-Type': SCIM, ...extra });
  const out: MalformedRequest[] = [];
  const badJson = ['{', '}', '{"userName":', '[1,2', 'null', 'true', '42', '"text"', '{"userName":"a",}', "{'userName':'a'}", '\u0000', '{"a":1}{"b":2}', 'NaN', '{"userName":"\\ud800"}', '\ufeff{"userName":"bom"}'];
  for (const [i, body] of badJson.entries()) {
    for (const method of ['POST', 'PUT', 'PATCH']) {
      out.push({ name: `bad json ${i} ${method}`, method, path: method === 'POST' ? '/Users' : '/Users/does-not-exist', headers: h(), body });
    }
  }
  for (const type of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/scim+xml', 'text/html', 'image/png', 'application/octet-stream']) {
    out.push({ name: `media type ${type}`, method: 'POST', path: '/Users', headers: h({ 'Content-Type': type }), body: '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"m"}' });
    out.push({ name: `media type ${type} on groups`, method: 'POST', path: '/Groups', headers: h({ 'Content-Type': type }), body: '{"displayName":"g"}' });
  }
  out.push({ name: 'body over the size limit', method: 'POST', path: '/Users', headers: h(), body: `{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"big","x":"${'a'.repeat(2 * 1024 * 1024)}"}` });
  for (const depth of [65, 100, 1000, 5000]) {
    out.push({ name: `nested ${depth}`, method: 'POST', path: '/Users', headers: h(), body: '['.repeat(depth) + ']'.repeat(depth) });
    out.push({ name: `nested object ${depth}`, method: 'POST', path: '/Users', headers: h(), body: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) });
  }
  const filters = ['userName', 'userName eq', 'userName eq "unterminated', 'userName xx "a"', '(userName eq "a"', 'userName eq "a")', 'and', 'not', 'userName eq "a" and', 'emails[type eq "work"', 'emails[]', 'active gt false', '"a" eq userName', 'userName eq a b', 'meta.created gt "not a date"', '((((((((((((((((((((', 'userName eq "\u0000"', 'x'.repeat(20_000), 'userName pr pr', 'userName eq "a" or or userName eq "b"', 'emails[type eq "work"]]'];
  for (const filter of filters) {
    out.push({ name: `filter ${filter.slice(0, 20)}`, method: 'GET', path: `/Users?filter=${encodeLoosely(filter)}`, headers: { Authorization: auth } });
    out.push({ name: `search ${filter.slice(0, 20)}`, method: 'POST', path: '/Users/.search', headers: h(), body: JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'], filter }) });
  }
  for (const q of ['startIndex=abc', 'count=abc', 'startIndex=1e99', 'sortOrder=sideways', 'filter=%ZZ', 'count=99999999999999999999', 'startIndex=one&count=two', 'count=1.5', 'startIndex=0x10']) {
    out.push({ name: `query ${q}`, method: 'GET', path: `/Users?${q}`, headers: { Authorization: auth } });
    out.push({ name: `group query ${q}`, method: 'GET', path: `/Groups?${q}`, headers: { Authorization: auth } });
  }
  const patches: unknown[] = [
    {}, { schemas: [] }, { Operations: [] }, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: 'x' },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{}] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'update', path: 'active', value: true }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'remove' }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'emails[type eq', value: 'x' }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'noSuchAttribute', value: 1 }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'id', value: 'other' }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'members', value: [{ value: 'no-such-user' }] }] },
    { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: 'not an object' }] },
  ];
  for (const [i, patch] of patches.entries()) {
    out.push({ name: `patch ${i} user`, method: 'PATCH', path: '/Users/does-not-exist', headers: h(), body: JSON.stringify(patch) });
    out.push({ name: `patch ${i} group`, method: 'PATCH', path: '/Groups/does-not-exist', headers: h(), body: JSON.stringify(patch) });
  }
  const users: unknown[] = [
    {}, { userName: '' }, { userName: 42 }, { userName: null }, { userName: ['a'] }, { schemas: 'x', userName: 'a' },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'a', active: 'sometimes' },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'a', emails: [[]] },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'a', name: 'not-an-object' },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: '\u0000\u0001\u0002' },
    { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 'a', emails: [{ value: 1, type: {} }] },
    { schemas: ['urn:unknown'], userName: 'a' },
  ];
  for (const [i, user] of users.entries()) {
    out.push({ name: `user ${i}`, method: 'POST', path: '/Users', headers: h(), body: JSON.stringify(user) });
    out.push({ name: `group ${i}`, method: 'POST', path: '/Groups', headers: h(), body: JSON.stringify({ ...(user as object), displayName: 7 }) });
  }
  for (const path of ['/Users/%00', '/Users/%E0%A4%A', '/Users/..%2F..%2Fetc', '/Users/a/b/c', '/Nope', '/Groups/%ZZ', `/Users/${'x'.repeat(5000)}`, '/ServiceProviderConfig?filter=x', '/Schemas/urn:nope', '/ResourceTypes/Nope', '/Users/%F0%9F%92%A9', '/Groups/a/b']) {
    out.push({ name: `path ${path.slice(0, 20)}`, method: 'GET', path, headers: { Authorization: auth } });
    out.push({ name: `delete ${path.slice(0, 20)}`, method: 'DELETE', path, headers: { Authorization: auth } });
  }
  for (const a of ['', 'Bearer', 'Bearer wrong', 'Basic !!!', 'Basic ' + Buffer.from('no-colon').toString('base64'), 'Negotiate x', 'Bearer \u00ff']) {
    out.push({ name: `auth ${a}`, method: 'GET', path: '/Users', headers: a ? { Authorization: a } : {} });
  }
  for (const m of ['HEAD', 'OPTIONS', 'TRACE', 'PURGE']) out.push({ name: `method ${m}`, method: m, path: '/Users', headers: { Authorization: auth } });
  for (const v of ['W/"nope"', '*', '"', 'garbage']) {
    out.push({ name: `if-match ${v}`, method: 'PUT', path: '/Users/does-not-exist', headers: h({ 'If-Match': v }), body: '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"x"}' });
  }
  return out;
}

/** encodeURIComponent, except that a lone surrogate goes out as the invalid UTF-8 bytes a broken client sends. */
function encodeLoosely(text: string): string {
  return text.replace(/[\ud800-\udfff]/g, '\u0001').split('\u0001').map(encodeURIComponent).join('%ED%A0%BD');
}
