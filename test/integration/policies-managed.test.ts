import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/** Managed policies as data: system policies, versions, attachments, inline policies, quotas. */
const DOC = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('policies: managed, versions, attachments, inline', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => {
    await s.close();
  });
  const q = (query: string, variables?: Record<string, unknown>) => s.gql(query, variables, admin);
  const createPolicy = async (doc = DOC('iam:GetUser')) => {
    const res = await q('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn policyName defaultVersionId } } }', { i: { policyName: uniqueName('P'), policyDocument: doc } });
    expect(res.errors).toBeUndefined();
    return res.data.createPolicy.policy as { arn: string; policyName: string; defaultVersionId: string };
  };

  test('system policies carry AWS ARNs and documents and are read-only; the bootstrap admin holds AdministratorAccess', async () => {
    const res = await q('{ policies(scope: AWS) { edges { node { arn defaultVersionId attachmentCount defaultVersion { document } } } } }');
    const byArn = new Map(res.data.policies.edges.map((e: any) => [e.node.arn, e.node]));
    for (const n of ['AdministratorAccess', 'IAMFullAccess', 'IAMReadOnlyAccess', 'IAMUserChangePassword']) expect(byArn.has(`arn:aws:iam::aws:policy/${n}`)).toBe(true);
    const admin = byArn.get('arn:aws:iam::aws:policy/AdministratorAccess') as any;
    expect(JSON.parse(admin.defaultVersion.document)).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(admin.attachmentCount).toBeGreaterThanOrEqual(1);
    const cpw = byArn.get('arn:aws:iam::aws:policy/IAMUserChangePassword') as any;
    expect(JSON.parse(cpw.defaultVersion.document).Statement[0].Resource).toEqual(['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}']);
    const edit = await q('mutation($i: CreatePolicyVersionInput!) { createPolicyVersion(input: $i) { policyVersion { versionId } } }', { i: { policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess', policyDocument: DOC('*') } });
    expect(codeOf(edit)).toBe('ACCESS_DENIED');
    const del = await q('mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }', { i: { policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } });
    expect(codeOf(del)).toBe('ACCESS_DENIED');
    const me = await q('{ user(userName: "admin") { attachedManagedPolicies { policyArn } } }');
    expect(me.data.user.attachedManagedPolicies).toEqual([{ policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }]);
  });

  test('a malformed document is MALFORMED_POLICY_DOCUMENT with findings; Version 2008-10-17 is refused for storage', async () => {
    const bad = await q('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', {
      i: { policyName: uniqueName('Bad'), policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'denY', Action: 'iam:GetUser', Resource: '*' }] }) },
    });
    expect(codeOf(bad)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(bad.errors![0]!.extensions!.findings[0].path).toBe('$.Statement[0].Effect');
    const old = await q('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', {
      i: { policyName: uniqueName('Old'), policyDocument: JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) },
    });
    expect(codeOf(old)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(old.errors![0]!.message).toBe('Policy document must be version 2012-10-17 or greater.');
  });

  test('versions: at most 5, setAsDefault, rollback with setDefaultPolicyVersion, the default cannot be deleted', async () => {
    const p = await createPolicy();
    expect(p.defaultVersionId).toBe('v1');
    const cv = 'mutation($i: CreatePolicyVersionInput!) { createPolicyVersion(input: $i) { policyVersion { versionId isDefaultVersion } } }';
    for (let i = 2; i <= 5; i++) {
      const r = await q(cv, { i: { policyArn: p.arn, policyDocument: DOC(`iam:Get${i}`), setAsDefault: i === 5 } });
      expect(r.data.createPolicyVersion.policyVersion).toEqual({ versionId: `v${i}`, isDefaultVersion: i === 5 });
    }
    expect(codeOf(await q(cv, { i: { policyArn: p.arn, policyDocument: DOC('iam:Get6') } }))).toBe('LIMIT_EXCEEDED');
    const delDefault = await q('mutation($i: DeletePolicyVersionInput!) { deletePolicyVersion(input: $i) { policy { arn } } }', { i: { policyArn: p.arn, versionId: 'v5' } });
    expect(codeOf(delDefault)).toBe('DELETE_CONFLICT');
    const back = await q('mutation($i: SetDefaultPolicyVersionInput!) { setDefaultPolicyVersion(input: $i) { policy { defaultVersionId } } }', { i: { policyArn: p.arn, versionId: 'v1' } });
    expect(back.data.setDefaultPolicyVersion.policy.defaultVersionId).toBe('v1');
    await q('mutation($i: DeletePolicyVersionInput!) { deletePolicyVersion(input: $i) { policy { arn } } }', { i: { policyArn: p.arn, versionId: 'v3' } });
    const v6 = await q(cv, { i: { policyArn: p.arn, policyDocument: DOC('iam:Get6') } });
    expect(v6.data.createPolicyVersion.policyVersion.versionId).toBe('v6');
    const got = await q('query($a: String!) { policy(arn: $a) { versions { versionId isDefaultVersion } } }', { a: p.arn });
    expect(got.data.policy.versions.map((v: any) => v.versionId)).toEqual(['v6', 'v5', 'v4', 'v2', 'v1']);
  });

  test('deletePolicy is DELETE_CONFLICT while attached; a user with policies cannot be deleted until they are removed', async () => {
    const p = await createPolicy();
    const u = await createUser(s);
    await q('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: p.arn } });
    await q('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyName: 'inline1', policyDocument: DOC('iam:ListUsers') } });
    const pol = await q('query($a: String!) { policy(arn: $a) { attachmentCount } }', { a: p.arn });
    expect(pol.data.policy.attachmentCount).toBe(1);
    expect(codeOf(await q('mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }', { i: { policyArn: p.arn } }))).toBe('DELETE_CONFLICT');
    expect(codeOf(await q('mutation($i: DeleteUserInput!) { deleteUser(input: $i) { userName } }', { i: { userName: u.userName } }))).toBe('DELETE_CONFLICT');
    await q('mutation($i: DetachUserPolicyInput!) { detachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: p.arn } });
    await q('mutation($i: DeleteUserPolicyInput!) { deleteUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyName: 'inline1' } });
    expect((await q('mutation($i: DeleteUserInput!) { deleteUser(input: $i) { userName } }', { i: { userName: u.userName } })).errors).toBeUndefined();
    expect((await q('mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }', { i: { policyArn: p.arn } })).errors).toBeUndefined();
    expect(codeOf(await q('query($a: String!) { policy(arn: $a) { arn } }', { a: p.arn }))).toBe('NO_SUCH_ENTITY');
  });

  test('quotas: 10 managed policies per user; 2,048 characters of inline policy per user', async () => {
    const u = await createUser(s);
    const attach = 'mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { attachedManagedPolicies { policyArn } } } }';
    for (let i = 0; i < 10; i++) {
      const p = await createPolicy();
      expect((await q(attach, { i: { userName: u.userName, policyArn: p.arn } })).errors).toBeUndefined();
    }
    const eleventh = await createPolicy();
    expect(codeOf(await q(attach, { i: { userName: u.userName, policyArn: eleventh.arn } }))).toBe('LIMIT_EXCEEDED');
    const unknown = await q(attach, { i: { userName: u.userName, policyArn: 'arn:aws:iam::000000000000:policy/nope' } });
    expect(codeOf(unknown)).toBe('NO_SUCH_ENTITY');
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: Array.from({ length: 70 }, (_, i) => `iam:GetSomething${i}`), Resource: '*' }] });
    const put = 'mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { inlinePolicies { policyName } } } }';
    expect((await q(put, { i: { userName: u.userName, policyName: 'a', policyDocument: big } })).errors).toBeUndefined();
    expect(codeOf(await q(put, { i: { userName: u.userName, policyName: 'b', policyDocument: big } }))).toBe('LIMIT_EXCEEDED');
    // Replacing the same policy does not count it twice.
    expect((await q(put, { i: { userName: u.userName, policyName: 'a', policyDocument: big } })).errors).toBeUndefined();
  });

  test('policies(scope: LOCAL, onlyAttached) and pathPrefix filter as AWS does, with cursors', async () => {
    const path = `/${uniqueName('team')}/`;
    const created: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await q('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', { i: { policyName: uniqueName('L'), path, policyDocument: DOC('iam:GetUser') } });
      created.push(r.data.createPolicy.policy.arn);
    }
    const page1 = await q('query($p: String!) { policies(scope: LOCAL, pathPrefix: $p, first: 2) { edges { node { arn } } pageInfo { hasNextPage endCursor } } }', { p: path });
    expect(page1.data.policies.edges).toHaveLength(2);
    expect(page1.data.policies.pageInfo.hasNextPage).toBe(true);
    const page2 = await q('query($p: String!, $a: String) { policies(scope: LOCAL, pathPrefix: $p, first: 2, after: $a) { edges { node { arn } } } }', { p: path, a: page1.data.policies.pageInfo.endCursor });
    expect([...page1.data.policies.edges, ...page2.data.policies.edges].map((e: any) => e.node.arn).sort()).toEqual([...created].sort());
    const attached = await q('query($p: String!) { policies(scope: LOCAL, pathPrefix: $p, onlyAttached: true) { edges { node { arn } } } }', { p: path });
    expect(attached.data.policies.edges).toEqual([]);
  });
});
