import { PolicyCache } from '../../src/policy-store/policy-cache';
import type { PolicyMeta, PrincipalPolicySet } from '../../src/policy-store/policy-set';

/** The cache's bounds hold memory flat at any size; the least recently used entry leaves first. */
describe('policy cache bounds', () => {
  const set = (n: number) => ({ n }) as unknown as PrincipalPolicySet;
  const user = (id: string) => ({ type: 'USER' as const, id });

  test('principals beyond the bound evict the least recently used, not the most used', () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 2, maxDocuments: 10 });
    cache.storeSet(user('a'), set(1), [], cache.currentGeneration);
    cache.storeSet(user('b'), set(2), [], cache.currentGeneration);
    expect(cache.getSet(user('a'))).toEqual({ n: 1 }); // a is now the most recently used
    cache.storeSet(user('c'), set(3), [], cache.currentGeneration);
    expect(cache.getSet(user('b'))).toBeUndefined();
    expect(cache.getSet(user('a'))).toEqual({ n: 1 });
    expect(cache.getSet(user('c'))).toEqual({ n: 3 });
  });

  test('compiled documents beyond the bound are compiled again when asked for', () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 10, maxDocuments: 2 });
    const doc = (sid: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    const meta = {} as PolicyMeta;
    const first = cache.compiledFor('k1', doc('One'), meta);
    const two = cache.compiledFor('k2', doc('Two'), meta);
    expect(cache.compiledFor('k1', doc('One'), meta)).toBe(first); // a hit, and now the most recent
    cache.compiledFor('k3', doc('Three'), meta); // k2 leaves
    expect(cache.compiledFor('k1', doc('One'), meta)).toBe(first);
    expect(cache.compiledFor('k2', doc('Two'), meta)).not.toBe(two); // compiled anew
  });
});
