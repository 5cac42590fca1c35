import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isScimDateTime } from './scim-date-time.ts';

describe('isScimDateTime (xsd:dateTime, RFC 7643 §2.3.5)', () => {
  for (const value of ['2010-01-23T04:56:22Z', '2018-03-27T19:59:26.000Z', '2010-01-23T04:56:22+05:30', '2010-01-23T04:56:22', '2024-02-29T00:00:00Z', '2010-01-23T24:00:00Z']) {
    it(`accepts ${value}`, () => assert.equal(isScimDateTime(value), true));
  }
  for (const value of ['2010-01-23 04:56:22Z', '2010-01-23t04:56:22z', '2010-01-23', '04-12-2018 00:00:00', '2010-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2010-01-23T04:60:00Z', '2010-01-23T04:56:22+0000', '2010-01-23T04:56:22+15:00']) {
    it(`rejects ${value}`, () => assert.equal(isScimDateTime(value), false));
  }
});
