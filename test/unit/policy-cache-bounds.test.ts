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

  test('stored resource policies (and their absence) beyond the bound evict the least recently used; a change drops one ARN', () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 10, maxDocuments: 10, maxResourcePolicies: 2 });
    const policy = (n: number) => ({ n }) as unknown as NonNullable<ReturnType<PolicyCache['getResourcePolicy']>>;
    cache.storeResourcePolicy('arn:x:a', policy(1), cache.currentGeneration);
    cache.storeResourcePolicy('arn:x:b', null, cache.currentGeneration);
    expect(cache.getResourcePolicy('arn:x:a')).toEqual({ n: 1 });
    expect(cache.getResourcePolicy('arn:x:b')).toBeNull(); // cached: it has none
    expect(cache.getResourcePolicy('arn:x:a')).toEqual({ n: 1 }); // a is now the most recently used
    cache.storeResourcePolicy('arn:x:c', policy(3), cache.currentGeneration);
    expect(cache.getResourcePolicy('arn:x:b')).toBeUndefined();
    cache.apply({ resourceArn: 'arn:x:a' });
    expect(cache.getResourcePolicy('arn:x:a')).toBeUndefined();
    expect(cache.getResourcePolicy('arn:x:c')).toEqual({ n: 3 });
    const stale = cache.currentGeneration;
    cache.apply({ resourceArn: 'arn:x:a' }); // a change while a load was in flight: that load is not stored
    cache.storeResourcePolicy('arn:x:a', policy(1), stale);
    expect(cache.getResourcePolicy('arn:x:a')).toBeUndefined();
  });

  test('compiled documents beyond the bound leave the cache, but one still in use is found again, not compiled twice', () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 10, maxDocuments: 2 });
    const doc = (sid: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    const meta = {} as PolicyMeta;
    const first = cache.compiledFor('k1', 'r1', doc('One'), meta);
    const two = cache.compiledFor('k2', 'r1', doc('Two'), meta); // held here, as a cached set would hold it
    expect(cache.compiledFor('k1', 'r1', doc('One'), meta)).toBe(first); // a hit, and now the most recent
    cache.compiledFor('k3', 'r1', doc('Three'), meta); // k2 leaves the bounded cache
    expect(cache.documentsCached).toBe(2);
    expect(cache.compiledFor('k1', 'r1', doc('One'), meta)).toBe(first);
    expect(cache.compiledFor('k2', 'r1', doc('Two'), meta)).toBe(two); // still alive: the same compiled document
    expect(cache.documentsCached).toBe(2);
  });

  test("a new revision takes its slot's place instead of piling up, and a slot dropped by an invalidation is gone", () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 10, maxDocuments: 100 });
    const doc = (n: number) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: `V${n}`, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    const meta = {} as PolicyMeta;
    const v1 = cache.compiledFor('m:p1', 'v1', doc(1), meta)!;
    for (let n = 2; n <= 50; n++) cache.compiledFor('m:p1', `v${n}`, doc(n), meta);
    expect(cache.documentsCached).toBe(1);
    const v50 = cache.compiledFor('m:p1', 'v50', doc(50), meta)!;
    expect(v50.policy.statements[0]!.sid).toBe('V50');
    // An earlier revision asked for again (a rolled-back default) is compiled from its own text.
    const again = cache.compiledFor('m:p1', 'v1', doc(1), meta)!;
    expect(again.policy.statements[0]!.sid).toBe('V1');
    expect(again).not.toBe(v50);
    expect(v1.policy.statements[0]!.sid).toBe('V1');
    cache.compiledFor('i:row', 't1', doc(7), meta);
    expect(cache.documentsCached).toBe(2);
    cache.apply({ type: 'USER', id: 'u1', documents: ['i:row'] });
    expect(cache.documentsCached).toBe(1);
  });

  test('a compiled document keeps no parsed AST, and documents share equal matchers', () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 10, maxDocuments: 10 });
    const st = (sid: string) => ({ Sid: sid, Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::bucket/${aws:username}/*' });
    const one = cache.compiledFor('k1', 'r1', JSON.stringify({ Version: '2012-10-17', Statement: [st('A')] }), {} as PolicyMeta)!;
    const two = cache.compiledFor(
      'k2',
      'r1',
      JSON.stringify({ Version: '2012-10-17', Statement: [st('B'), { ...st('C'), Action: 's3:Put*' }] }),
      {} as PolicyMeta,
    )!;
    expect(one.policy.document).toBeNull();
    const [a] = one.policy.statements;
    const [b, c] = two.policy.statements;
    expect(b!.actions[0]).toBe(a!.actions[0]);
    expect(b!.resources![0]).toBe(a!.resources![0]);
    expect(c!.actions[0]).not.toBe(a!.actions[0]);
    // Under Version 2008-10-17 variables are literal text: another pattern, not shared.
    const old = cache.compiledFor('k3', 'r1', JSON.stringify({ Version: '2008-10-17', Statement: [st('D')] }), {} as PolicyMeta)!;
    expect(old.policy.statements[0]!.resources![0]).not.toBe(a!.resources![0]);
  });

  test('a document that does not compile whole is not kept', () => {
    const cache = new PolicyCache(undefined, { maxPrincipals: 10, maxDocuments: 10 });
    const bad = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Action: 's3:GetObject', Resource: '*' }] });
    expect(cache.compiledFor('k1', 'r1', bad, {} as PolicyMeta)).toBeNull();
    expect(cache.compiledFor('k2', 'r1', '[]', {} as PolicyMeta)).toBeNull();
  });
});
