import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Nested fields are authorized with the action AWS serves them through: reading a user does not
 * reveal its keys, devices, groups or policies, and renaming needs permission on the new name too.
 */
describe('authorization of nested fields and of targets', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  async function putInline(userName: string, statements: unknown[]) {
    const res = await s.gql(
      'mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }',
      { i: { userName, policyName: 'p', policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statements }) } },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }

  test('iam:GetUser alone shows the user, not its keys, devices, groups, policies or permissions', async () => {
    const caller = await createUserWithLogin(s);
    await putInline(caller.userName, [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]);
    const res = await s.gql(
      `{ user(userName: "admin") { userName accessKeys { accessKeyId } mfaDevices { serialNumber } loginProfile { createDate }
         groups { edges { cursor } } attachedManagedPolicies { policyArn } inlinePolicies { policyName } effectivePermissions { principalArn } } }`,
      {},
      caller.token,
    );
    expect(res.data.user).toEqual({
      userName: 'admin',
      accessKeys: null,
      mfaDevices: null,
      loginProfile: null,
      groups: null,
      attachedManagedPolicies: null,
      inlinePolicies: null,
      effectivePermissions: null,
    });
    const denied = new Map((res.errors ?? []).map((e) => [e.path?.[1], e.extensions?.code]));
    for (const f of ['accessKeys', 'mfaDevices', 'loginProfile', 'groups', 'attachedManagedPolicies', 'inlinePolicies', 'effectivePermissions']) {
      expect(denied.get(f)).toBe('ACCESS_DENIED');
    }
    expect(res.errors!.find((e) => e.path?.[1] === 'accessKeys')!.message).toContain('iam:ListAccessKeys');
  });

  test('a user with no policy cannot walk from me to other users through groups', async () => {
    const caller = await createUserWithLogin(s);
    const g = uniqueName('g');
    await s.gql('mutation($g: String!) { createGroup(input: {groupName: $g}) { group { arn } } }', { g }, admin);
    await s.gql('mutation($g: String!, $u: String!) { addUserToGroup(input: {groupName: $g, userName: $u}) { group { arn } } }', { g, u: caller.userName }, admin);
    await s.gql('mutation($g: String!) { addUserToGroup(input: {groupName: $g, userName: "admin"}) { group { arn } } }', { g }, admin);
    const res = await s.gql('{ me { arn ... on User { groups { edges { node { users { edges { node { userName } } } } } } } } }', {}, caller.token);
    expect(res.data.me.arn).toBe(`arn:aws:iam::000000000000:user/${caller.userName}`);
    expect(res.data.me.groups).toBeNull();
    expect(codeOf(res)).toBe('ACCESS_DENIED');
  });

  test('with the List actions the same fields answer', async () => {
    const caller = await createUserWithLogin(s);
    await putInline(caller.userName, [{ Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListAccessKeys', 'iam:ListGroupsForUser'], Resource: '*' }]);
    const target = await createUser(s);
    await s.gql('mutation($u: String!) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId } } }', { u: target.userName }, admin);
    const res = await s.gql('query($u: String!) { user(userName: $u) { accessKeys { status } groups { edges { cursor } } } }', { u: target.userName }, caller.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.user).toEqual({ accessKeys: [{ status: 'Active' }], groups: { edges: [] } });
  });

  test('updateUser needs iam:UpdateUser on the new name and path as well as the old', async () => {
    const caller = await createUserWithLogin(s);
    await putInline(caller.userName, [{ Effect: 'Allow', Action: 'iam:UpdateUser', Resource: 'arn:aws:iam::000000000000:user/sandbox/*' }]);
    const target = await createUser(s, uniqueName('sb'), { path: '/sandbox/' });
    const escape = await s.gql('mutation($u: String!) { updateUser(input: {userName: $u, newPath: "/admins/"}) { user { arn } } }', { u: target.userName }, caller.token);
    expect(codeOf(escape)).toBe('ACCESS_DENIED');
    expect(escape.errors![0]!.message).toContain(`user/admins/${target.userName}`);
    const inside = await s.gql('mutation($u: String!, $n: String!) { updateUser(input: {userName: $u, newUserName: $n}) { user { arn } } }', { u: target.userName, n: `${target.userName}x` }, caller.token);
    expect(inside.data.updateUser.user.arn).toBe(`arn:aws:iam::000000000000:user/sandbox/${target.userName}x`);
  });

  test('a caller without permission learns ACCESS_DENIED, not whether a user exists', async () => {
    const caller = await createUserWithLogin(s);
    const existing = await createUser(s);
    for (const name of [existing.userName, uniqueName('ghost')]) {
      for (const q of [
        'mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }',
        'mutation($u: String!) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId } } }',
        'mutation($u: String!) { attachUserPolicy(input: {userName: $u, policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess"}) { user { userName } } }',
      ]) {
        expect(codeOf(await s.gql(q, { u: name }, caller.token))).toBe('ACCESS_DENIED');
      }
    }
    expect(codeOf(await s.gql('mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }', { u: uniqueName('ghost') }, admin))).toBe('NO_SUCH_ENTITY');
  });
});
