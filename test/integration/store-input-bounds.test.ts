import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9, "every input bounded": names, policy ARNs, version ids, inline policy names, tag keys,
 * principal ARNs, audit filters and cursors are checked against AWS's limits before any lookup,
 * and an oversized one is BAD_USER_INPUT naming the field (no lookup with it, no NO_SUCH_ENTITY).
 */
const DOC = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });

describe('inputs of users, groups, roles, policies and the audit log are bounded', () => {
  let s: TestServer;
  let admin: string;
  let userName: string;
  let policyArn: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
    userName = (await createUser(s, uniqueName(), { tags: [{ key: 'team', value: 'blue' }] })).userName;
    const p = await q('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', { i: { policyName: uniqueName('P'), policyDocument: DOC } });
    policyArn = p.data.createPolicy.policy.arn;
  });
  afterAll(async () => s.close());
  const q = (query: string, variables?: Record<string, unknown>) => s.gql(query, variables, admin);
  const badInput = (res: Awaited<ReturnType<typeof q>>, field: string) => {
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe(field);
  };
  const long = (n: number) => 'a'.repeat(n);

  test('untagUser: at most 50 keys, each 1 to 128 tag characters (AWS UntagUser TagKeys)', async () => {
    const untag = 'mutation($n: String!, $k: [String!]!) { untagUser(input: { userName: $n, tagKeys: $k }) { user { tags { key } } } }';
    badInput(await q(untag, { n: userName, k: [long(129)] }), 'tagKeys');
    badInput(await q(untag, { n: userName, k: [''] }), 'tagKeys');
    badInput(await q(untag, { n: userName, k: ['bad!key'] }), 'tagKeys');
    badInput(await q(untag, { n: userName, k: Array.from({ length: 51 }, (_, i) => `k${i}`) }), 'tagKeys');
    const fine = await q(untag, { n: userName, k: [long(128)] });
    expect(fine.data.untagUser.user.tags).toEqual([{ key: 'team' }]);
  });

  test('user, group and role names: AWS character set and length before any lookup', async () => {
    badInput(await q('query($n: String!) { user(userName: $n) { userName } }', { n: long(129) }), 'userName');
    badInput(await q('query($n: String!) { group(groupName: $n) { groupName } }', { n: long(129) }), 'groupName');
    badInput(await q('query($n: String!) { role(roleName: $n) { roleName } }', { n: long(65) }), 'roleName');
    badInput(await q('mutation($n: String!) { deleteUser(input: { userName: $n }) { userName } }', { n: 'no/slash' }), 'userName');
    badInput(await q('mutation($n: String!) { tagUser(input: { userName: $n, tags: [{ key: "k", value: "v" }] }) { user { userName } } }', { n: long(100_000) }), 'userName');
  });

  test('policy ARNs (20 to 2,048 characters), version ids (v1, v2, …) and inline policy names (1 to 128)', async () => {
    badInput(await q('mutation($i: SetDefaultPolicyVersionInput!) { setDefaultPolicyVersion(input: $i) { policy { arn } } }', { i: { policyArn, versionId: long(10_000) } }), 'versionId');
    badInput(await q('mutation($i: DeletePolicyVersionInput!) { deletePolicyVersion(input: $i) { policy { arn } } }', { i: { policyArn, versionId: 'v0' } }), 'versionId');
    badInput(await q('query($a: String!) { policyVersion(arn: $a, versionId: "1") { versionId } }', { a: policyArn }), 'versionId');
    const hugeArn = `arn:aws:iam::${s.config.accountId}:policy/${long(3000)}`;
    badInput(await q('mutation($i: DetachUserPolicyInput!) { detachUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyArn: hugeArn } }), 'policyArn');
    badInput(await q('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyArn: hugeArn } }), 'policyArn');
    badInput(await q('mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }', { i: { policyArn: hugeArn } }), 'policyArn');
    badInput(await q('mutation($i: DeleteUserPolicyInput!) { deleteUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName: long(129) } }), 'policyName');
  });

  test('principal ARNs, audit filters and cursors', async () => {
    const hugeArn = `arn:aws:iam::${s.config.accountId}:user/${long(3000)}`;
    badInput(await q('query($a: String!) { effectivePermissions(principalArn: $a) { principalArn } }', { a: hugeArn }), 'principalArn');
    badInput(await q('query($a: String!) { auditEvents(principalArn: $a) { edges { cursor } } }', { a: hugeArn }), 'principalArn');
    badInput(await q('query($a: String!) { auditEvents(action: $a) { edges { cursor } } }', { a: `iam:${long(300)}` }), 'action');
    const cursor = Buffer.from(long(5000), 'utf8').toString('base64url');
    badInput(await q('query($c: String!) { users(first: 1, after: $c) { edges { cursor } } }', { c: cursor }), 'after');
  });
});
