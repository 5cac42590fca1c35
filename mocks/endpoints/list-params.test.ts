import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listParamsFromQuery, listParamsFromUrl } from './list-params.ts';

const QUERIES = [
  '',
  '?',
  '?&&',
  '?filter=userName%20eq%20%22ada%40example.com%22',
  '?filter=userName+eq+"ada+lovelace"',
  '?filter=userName%20eq%20%22a%2Bb%22&count=5&startIndex=2',
  '?FILTER=displayName%20eq%20%22x%22&filter=ignored&StartIndex=3&startindex=9',
  '?attributes=userName,name.givenName&excludedAttributes=',
  '?filter=displayName%20eq%20%22J%C3%BCrgen%20%E6%97%A5%E6%9C%AC%22',
  '?filter=displayName eq "Jürgen"',
  '?filter=a%ZZb%20eq%20%22x%22',
  '?filter=displayName%20eq%20%22%FF%FE%22',
  '?filter=displayName%20eq%20%22%ED%A0%80%22',
  '?sortBy=userName&sortOrder=DESCENDING&count=0',
  '?=x&filter',
  '?count=a=b',
  '?filter=%',
];

describe('listParamsFromUrl', () => {
  it('reads every query as listParamsFromQuery(url.searchParams) does', () => {
    for (const query of QUERIES) {
      const url = new URL(`http://127.0.0.1/scim/v2/Users${query}`);
      const expected = (() => {
        try {
          return listParamsFromQuery(url.searchParams, 100);
        } catch (error) {
          return (error as Error).message;
        }
      })();
      const actual = (() => {
        try {
          return listParamsFromUrl(url, 100);
        } catch (error) {
          return (error as Error).message;
        }
      })();
      assert.deepEqual(actual, expected, query);
    }
  });
});
