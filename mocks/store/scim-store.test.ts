import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createScimStore } from './scim-store.ts';

const user = (id: string, userName: string, extra: Record<string, unknown> = {}) => ({ id, userName, ...extra });

describe('createScimStore', () => {
  it('finds users by id, by userName ignoring case, and by externalId exactly', () => {
    const store = createScimStore();
    store.insert('User', user('1', 'Ada@Example.com', { externalId: 'ext-1' }));
    assert.equal(store.get('User', '1')?.['userName'], 'Ada@Example.com');
    assert.equal(store.findUserByUserName('ada@example.COM')?.id, '1');
    assert.deepEqual(store.findByExternalId('User', 'ext-1').map((r) => r.id), ['1']);
    assert.deepEqual(store.findByExternalId('User', 'EXT-1'), []);
  });

  it('rejects a second userName that differs only in case with 409 uniqueness', () => {
    const store = createScimStore();
    store.insert('User', user('1', 'ada'));
    assert.throws(() => store.insert('User', user('2', 'ADA')), { status: 409, scimType: 'uniqueness' });
    assert.equal(store.count('User'), 1);
  });

  it('re-indexes on replace: the old userName is free, the new one is taken', () => {
    const store = createScimStore();
    store.insert('User', user('1', 'ada'));
    store.replace('User', user('1', 'ada.lovelace'));
    assert.equal(store.findUserByUserName('ada'), undefined);
    assert.equal(store.findUserByUserName('ADA.LOVELACE')?.id, '1');
    store.insert('User', user('2', 'ada'));
    assert.throws(() => store.replace('User', user('2', 'ada.lovelace')), { status: 409 });
  });

  it('indexes group displayName ignoring case and tracks membership both ways', () => {
    const store = createScimStore();
    store.insert('User', user('u1', 'ada'));
    store.insert('Group', { id: 'g1', displayName: 'Ops', members: [{ value: 'u1' }] });
    store.insert('Group', { id: 'g2', displayName: 'ops', members: [] });
    assert.deepEqual(store.findGroupsByDisplayName('OPS').map((g) => g.id), ['g1', 'g2']);
    assert.deepEqual(store.groupIdsOf('u1'), ['g1']);
    store.replace('Group', { id: 'g1', displayName: 'Ops', members: [] });
    assert.deepEqual(store.groupIdsOf('u1'), []);
  });

  it('counts active users (active other than false) through insert, replace and remove', () => {
    const store = createScimStore();
    store.insert('User', user('1', 'a'));
    store.insert('User', user('2', 'b', { active: false }));
    assert.equal(store.activeUserCount(), 1);
    store.replace('User', user('2', 'b', { active: true }));
    assert.equal(store.activeUserCount(), 2);
    store.remove('User', '1');
    assert.equal(store.activeUserCount(), 1);
    store.clear();
    assert.equal(store.activeUserCount(), 0);
    assert.equal(store.count('User'), 0);
  });

  it('holds 10^5 users and still answers index lookups for the first and last', () => {
    const store = createScimStore();
    for (let i = 0; i < 100_000; i++) store.insert('User', { id: `id-${i}`, userName: `user${i}@example.com`, externalId: `x${i}` });
    assert.equal(store.count('User'), 100_000);
    assert.equal(store.findUserByUserName('USER0@example.com')?.id, 'id-0');
    assert.equal(store.findByExternalId('User', 'x99999')[0]?.id, 'id-99999');
  });
});
