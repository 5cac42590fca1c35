import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineAttribute } from '../schema/define-attribute.ts';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types.ts';
import type { ResourceTypeDef } from '../schema/schema-types.ts';
import { ScimError } from '../scim-error.ts';
import { compileFilter } from './compile-filter.ts';
import { matchesFilter } from './match-filter.ts';
import { parseFilter } from './parse-filter.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const bjensen: Record<string, unknown> = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: '2819c223-7f76-453a-919d-413861904646',
  externalId: 'BJensen-Ext',
  userName: 'bjensen@example.com',
  name: { familyName: "O'Malley", givenName: 'Barbara' },
  title: 'Tour Guide',
  active: true,
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  meta: { resourceType: 'User', created: '2010-01-23T04:56:22Z', lastModified: '2011-05-13T04:42:34Z', version: 'W/"a330bc54f0671c9"' },
  [ENTERPRISE]: { employeeNumber: '701984', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d', displayName: 'John Smith' } },
};

const match = (text: string, resource: Record<string, unknown> = bjensen, rt: ResourceTypeDef = USER_RESOURCE_TYPE): boolean =>
  matchesFilter(resource, parseFilter(text), rt);

function assertInvalidFilter(text: string, pattern: RegExp): void {
  assert.throws(
    () => match(text),
    (error: unknown) => error instanceof ScimError && error.status === 400 && error.scimType === 'invalidFilter' && pattern.test(error.detail),
  );
}

test('eq matches userName case-insensitively (caseExact false)', () => {
  assert.equal(match('userName eq "BJENSEN@example.com"'), true);
  assert.equal(match('userName eq "someone@example.com"'), false);
});

test('eq on id and externalId is case-sensitive (caseExact true)', () => {
  assert.equal(match('externalId eq "BJensen-Ext"'), true);
  assert.equal(match('externalId eq "bjensen-ext"'), false);
  assert.equal(match('id eq "2819C223-7F76-453A-919D-413861904646"'), false);
  assert.equal(match('id eq "2819c223-7f76-453a-919d-413861904646"'), true);
});

test('attribute names are case-insensitive, with and without the schema URN', () => {
  assert.equal(match('USERNAME eq "bjensen@example.com"'), true);
  assert.equal(match('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen@example.com"'), true);
  assert.equal(match('URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:username eq "bjensen@example.com"'), true);
  assert.equal(match('NAME.GIVENNAME eq "barbara"'), true);
});

test('ne is the complement of eq, including resources without the attribute', () => {
  assert.equal(match('title ne "Tour Guide"'), false);
  assert.equal(match('title ne "Boss"'), true);
  assert.equal(match('nickName ne "Babs"'), true);
  assert.equal(match('emails ne "babs@jensen.org"'), false);
});

test('co, sw and ew honour caseExact', () => {
  assert.equal(match('title co "OUR gu"'), true);
  assert.equal(match('title sw "tour"'), true);
  assert.equal(match('title ew "GUIDE"'), true);
  assert.equal(match('title sw "Guide"'), false);
  assert.equal(match('externalId sw "bjensen"'), false);
  assert.equal(match('externalId sw "BJensen"'), true);
  assert.equal(match('externalId ew "-Ext"'), true);
  assert.equal(match('externalId co "ext"'), false);
});

test('gt, ge, lt and le compare strings by caseExact rules', () => {
  assert.equal(match('title gt "TOUR"'), true);
  assert.equal(match('title ge "tour guide"'), true);
  assert.equal(match('title lt "tour guidf"'), true);
  assert.equal(match('title le "TOUR GUIDE"'), true);
  assert.equal(match('title lt "tour"'), false);
});

test('pr matches present, non-empty values only', () => {
  assert.equal(match('title pr'), true);
  assert.equal(match('nickName pr'), false);
  assert.equal(match('emails pr'), true);
  assert.equal(match('name pr'), true);
  assert.equal(match('title pr', { ...bjensen, title: '' }), false);
  assert.equal(match('emails pr', { ...bjensen, emails: [] }), false);
  assert.equal(match('name pr', { ...bjensen, name: {} }), false);
});

test('booleans compare with true/false and with the strings Entra sends', () => {
  assert.equal(match('active eq true'), true);
  assert.equal(match('active eq false'), false);
  assert.equal(match('active eq "True"'), true);
  assert.equal(match('active ne true'), false);
  assert.equal(match('emails[primary eq "True"].value eq "bjensen@example.com"'), true);
});

test('gt/ge/lt/le on a boolean is invalidFilter', () => {
  for (const op of ['gt', 'ge', 'lt', 'le']) assertInvalidFilter(`active ${op} true`, /cannot compare a boolean/);
});

test('co on a boolean is invalidFilter, and a non-boolean literal for a boolean is invalidFilter', () => {
  assertInvalidFilter('active co true', /cannot compare a boolean/);
  assertInvalidFilter('active eq "yes"', /compares with true or false/);
});

test('gt on binary is invalidFilter', () => {
  assertInvalidFilter('x509Certificates.value gt "MII"', /binary/);
});

test('dateTime compares as instants, across time-zone offsets', () => {
  assert.equal(match('meta.lastModified gt "2011-05-13T04:42:33Z"'), true);
  assert.equal(match('meta.lastModified gt "2011-05-13T04:42:34Z"'), false);
  assert.equal(match('meta.lastModified ge "2011-05-13T04:42:34Z"'), true);
  assert.equal(match('meta.lastModified eq "2011-05-13T06:42:34+02:00"'), true);
  assert.equal(match('meta.lastModified lt "2011-05-13T06:42:35.000+02:00"'), true);
  assert.equal(match('meta.created le "2010-01-23T04:56:21Z"'), false);
  assertInvalidFilter('meta.lastModified gt "yesterday"', /xsd:dateTime/);
});

test('multi-valued attributes match when ANY value matches', () => {
  assert.equal(match('emails.value eq "babs@jensen.org"'), true);
  assert.equal(match('emails.type eq "home"'), true);
  assert.equal(match('emails.type eq "other"'), false);
});

test('a complex attribute without a sub-attribute compares its value', () => {
  assert.equal(match('emails co "jensen.org"'), true);
  assert.equal(match('emails eq "nobody@x.com"'), false);
  assertInvalidFilter('name eq "Barbara"', /complex with no "value" sub-attribute/);
});

test('value path filters elements, all conditions on the same element', () => {
  assert.equal(match('emails[type eq "work" and value co "@example.com"]'), true);
  assert.equal(match('emails[type eq "home" and value co "@example.com"]'), false);
  assert.equal(match('emails[not (type eq "work")]'), true);
  assert.equal(match('emails[TYPE eq "WORK"]'), true);
});

test('value path with a sub-attribute (Entra matching form)', () => {
  assert.equal(match('emails[type eq "work"].value eq "bjensen@example.com"'), true);
  assert.equal(match('emails[type eq "work"].value eq "babs@jensen.org"'), false);
  assert.equal(match('emails[type eq "home"].value eq "babs@jensen.org"'), true);
});

test('and, or, not and grouping evaluate with precedence', () => {
  assert.equal(match('title eq "x" or userName sw "bjensen" and active eq true'), true);
  assert.equal(match('(title eq "x" or userName sw "bjensen") and active eq false'), false);
  assert.equal(match('not (title eq "x") and not (nickName pr)'), true);
  assert.equal(match('userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")'), false);
});

test('extension attributes match through their URN and unqualified', () => {
  assert.equal(match(`${ENTERPRISE}:employeeNumber eq "701984"`), true);
  assert.equal(match(`${ENTERPRISE}:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"`), true);
  assert.equal(match('manager eq "26118915-6090-4610-87e4-49d8ca9f808d"'), true);
  assert.equal(match('employeeNumber eq "1"'), false);
});

test('unknown attributes never match and do not throw', () => {
  assert.equal(match('favouriteColour eq "blue"'), false);
  assert.equal(match('favouriteColour pr'), false);
  assert.equal(match('not (favouriteColour eq "blue")'), true);
  assert.equal(match('name.nickname eq "x"'), false);
  assert.equal(match('emails[colour eq "x"]'), false);
  assert.equal(match('urn:example:unknown:Schema:userName eq "bjensen@example.com"'), false);
});

test('eq null matches an absent attribute and ne null a present one', () => {
  assert.equal(match('nickName eq null'), true);
  assert.equal(match('title eq null'), false);
  assert.equal(match('title ne null'), true);
  assertInvalidFilter('title gt null', /only "eq null" and "ne null"/);
});

test('numbers compare numerically on integer attributes', () => {
  const rt: ResourceTypeDef = {
    ...USER_RESOURCE_TYPE,
    schema: { ...USER_RESOURCE_TYPE.schema, attributes: [...USER_RESOURCE_TYPE.schema.attributes, defineAttribute('loginCount', 'integer', 'test')] },
  };
  const user = { ...bjensen, loginCount: 10 };
  assert.equal(match('loginCount gt 9', user, rt), true);
  assert.equal(match('loginCount gt 10', user, rt), false);
  assert.equal(match('loginCount eq "10"', user, rt), true);
  assert.equal(match('loginCount le 2', user, rt), false);
  assert.throws(() => match('loginCount co 1', user, rt), (error: unknown) => error instanceof ScimError && error.scimType === 'invalidFilter');
});

test('groups: members matched by value and displayName case-insensitively', () => {
  const group = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g1', displayName: 'Tour Guides', members: [{ value: 'u1' }, { value: 'u2' }] };
  assert.equal(match('displayName eq "tour guides"', group, GROUP_RESOURCE_TYPE), true);
  assert.equal(match('members[value eq "u2"]', group, GROUP_RESOURCE_TYPE), true);
  assert.equal(match('members eq "u3"', group, GROUP_RESOURCE_TYPE), false);
  assert.equal(match('userName eq "x"', group, GROUP_RESOURCE_TYPE), false);
});

test('matchesFilter reuses one compiled predicate and recompiles for another resource type', () => {
  const filter = parseFilter('displayName eq "Tour Guides"');
  assert.equal(matchesFilter({ displayName: 'Tour Guides' }, filter, GROUP_RESOURCE_TYPE), true);
  assert.equal(matchesFilter({ displayName: 'Tour Guides' }, filter, USER_RESOURCE_TYPE), true);
  assert.equal(matchesFilter({ displayName: 'x' }, filter, GROUP_RESOURCE_TYPE), false);
});

test('compileFilter returns a predicate usable in loops', () => {
  const predicate = compileFilter(parseFilter('userName sw "user1"'), USER_RESOURCE_TYPE);
  let count = 0;
  for (let i = 0; i < 200; i++) if (predicate({ userName: `user${i}` })) count++;
  assert.equal(count, 111);
});

test('values of the wrong type in a resource do not match and do not throw', () => {
  assert.equal(match('title eq "x"', { title: 42 }), false);
  assert.equal(match('emails.value eq "x"', { emails: 'not-an-array' }), false);
  assert.equal(match('name.givenName eq "x"', { name: ['x'] }), false);
});
