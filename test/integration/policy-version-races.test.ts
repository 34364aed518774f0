import { createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9 item 1: concurrent changes to one managed policy's versions. Each mutation locks the
 * policy before it reads it, so they queue; the default version can never be deleted (a foreign
 * key says so), so a permissions boundary cannot vanish and let AdministratorAccess through.
 * Run on PGlite and, with TEST_DATABASE_URL, on PostgreSQL (where the requests really overlap).
 */
const DOC = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const M = {
  createPolicy: 'mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }',
  createVersion: 'mutation($i: CreatePolicyVersionInput!) { createPolicyVersion(input: $i) { policyVersion { versionId } } }',
  setDefault: 'mutation($i: SetDefaultPolicyVersionInput!) { setDefaultPolicyVersion(input: $i) { policy { defaultVersionId } } }',
  deleteVersion: 'mutation($i: DeletePolicyVersionInput!) { deletePolicyVersion(input: $i) { policy { arn } } }',
  attach: 'mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }',
  boundary: 'mutation($i: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $i) { user { userName } } }',
};

describe('managed policy versions under concurrency', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());
  const q = (query: string, variables?: Record<string, unknown>) => s.gql(query, variables, admin);

  const createPolicy = async (doc: string) => {
    const res = await q(M.createPolicy, { i: { policyName: uniqueName('P'), policyDocument: doc } });
    expect(res.errors).toBeUndefined();
    return res.data.createPolicy.policy.arn as string;
  };

  test('setDefaultPolicyVersion and deletePolicyVersion in parallel never leave the default deleted, and the boundary holds', async () => {
    const u = await createUserWithLogin(s);
    expect((await q(M.attach, { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' } })).errors).toBeUndefined();
    const listUsers = '{ users(first: 1) { edges { node { userName } } } }';
    for (let trial = 0; trial < 20; trial++) {
      // A narrow boundary (only iam:GetUser) over AdministratorAccess.
      const p = await createPolicy(DOC('iam:GetUser'));
      expect((await q(M.createVersion, { i: { policyArn: p, policyDocument: DOC('iam:GetUser') } })).errors).toBeUndefined();
      expect((await q(M.boundary, { i: { userName: u.userName, permissionsBoundary: p } })).errors).toBeUndefined();
      const [set, del] = await Promise.all([
        q(M.setDefault, { i: { policyArn: p, versionId: 'v2' } }),
        q(M.deleteVersion, { i: { policyArn: p, versionId: 'v2' } }),
      ]);
      expect(codeOf(await s.gql(listUsers, {}, u.token))).toBe('ACCESS_DENIED');
      const got = await q('query($a: String!) { policy(arn: $a) { defaultVersionId defaultVersion { versionId } } }', { a: p });
      expect(got.errors).toBeUndefined();
      expect(got.data.policy.defaultVersion.versionId).toBe(got.data.policy.defaultVersionId);
      // One of them wins; the other fails with its AWS error, never a server error.
      expect([set.errors === undefined, del.errors === undefined].filter(Boolean)).toHaveLength(1);
      expect(['NO_SUCH_ENTITY', 'DELETE_CONFLICT']).toContain(codeOf(set.errors ? set : del));
    }
  });

  test('8 parallel createPolicyVersion calls queue: 4 succeed (5 versions), the rest are LIMIT_EXCEEDED', async () => {
    const p = await createPolicy(DOC('iam:GetUser'));
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => q(M.createVersion, { i: { policyArn: p, policyDocument: DOC(`iam:Get${i}`) } })));
    expect(results.map(codeOf).filter((c) => c !== undefined && c !== 'LIMIT_EXCEEDED')).toEqual([]);
    const ok = results.filter((r) => r.errors === undefined).map((r) => r.data.createPolicyVersion.policyVersion.versionId);
    expect(ok.sort()).toEqual(['v2', 'v3', 'v4', 'v5']);
    expect(results.filter((r) => codeOf(r) === 'LIMIT_EXCEEDED')).toHaveLength(4);
  });
});
