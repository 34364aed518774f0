import { createUser, strongPassword, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

describe('users: lifecycle, tags, login profiles, paging', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer();
    token = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('users paginate in name order with cursors; pathPrefix filters', async () => {
    const prefix = `/${uniqueName('page')}/`;
    const names = ['c', 'a', 'b', 'e', 'd'].map((x) => `${x}${uniqueName('')}`);
    for (const n of names) await createUser(s, n, { path: prefix });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await s.gql(
        'query($p: String, $a: String) { users(first: 2, after: $a, pathPrefix: $p) { edges { node { userName } } pageInfo { hasNextPage endCursor } } }',
        { p: prefix, a: after },
        token,
      );
      seen.push(...res.data.users.edges.map((e: any) => e.node.userName));
      if (!res.data.users.pageInfo.hasNextPage) break;
      after = res.data.users.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].sort());
  });

  test('a bad cursor and a page size out of range are BAD_USER_INPUT', async () => {
    expect(codeOf(await s.gql('{ users(first: 0) { edges { cursor } } }', {}, token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql('{ users(after: "%%%") { edges { cursor } } }', {}, token))).toBe('BAD_USER_INPUT');
  });

  test('updateUser renames; the old name is gone and the new one answers', async () => {
    const u = await createUser(s);
    const n = uniqueName('renamed');
    const res = await s.gql('mutation($u: String!, $n: String!) { updateUser(input: {userName: $u, newUserName: $n, newPath: "/ops/"}) { user { arn userId } } }', { u: u.userName, n }, token);
    expect(res.data.updateUser.user).toEqual({ arn: `arn:aws:iam::000000000000:user/ops/${n}`, userId: u.userId });
    expect(codeOf(await s.gql('query($u: String!) { user(userName: $u) { arn } }', { u: u.userName }, token))).toBe('NO_SUCH_ENTITY');
  });

  test('tags: set, replace case-insensitively, remove; more than 50 is LIMIT_EXCEEDED', async () => {
    const u = await createUser(s, uniqueName(), { tags: [{ key: 'Team', value: 'blue' }] });
    const tag = await s.gql('mutation($u: String!) { tagUser(input: {userName: $u, tags: [{key: "team", value: "red"}, {key: "cost", value: "42"}]}) { user { tags { key value } } } }', { u: u.userName }, token);
    expect(tag.data.tagUser.user.tags).toEqual([{ key: 'Team', value: 'red' }, { key: 'cost', value: '42' }]);
    const untag = await s.gql('mutation($u: String!) { untagUser(input: {userName: $u, tagKeys: ["TEAM"]}) { user { tags { key } } } }', { u: u.userName }, token);
    expect(untag.data.untagUser.user.tags).toEqual([{ key: 'cost' }]);
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(codeOf(await s.gql('mutation($u: String!, $t: [TagInput!]!) { tagUser(input: {userName: $u, tags: $t}) { user { userName } } }', { u: u.userName, t: many }, token))).toBe('LIMIT_EXCEEDED');
    const reserved = await s.gql('mutation($u: String!) { tagUser(input: {userName: $u, tags: [{key: "aws:x", value: "v"}]}) { user { userName } } }', { u: u.userName }, token);
    expect(codeOf(reserved)).toBe('BAD_USER_INPUT');
  });

  test('a login profile lets the user sign in; deleteUser is a DELETE_CONFLICT until it is gone', async () => {
    const u = await createUser(s);
    const password = strongPassword();
    await s.gql('mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p}) { loginProfile { userName createDate } } }', { u: u.userName, p: password }, token);
    const login = await s.gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status session { token } } }', { u: u.userName, p: password });
    expect(login.data.login.status).toBe('SUCCESS');
    const del = 'mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }';
    const conflict = await s.gql(del, { u: u.userName }, token);
    expect(codeOf(conflict)).toBe('DELETE_CONFLICT');
    expect(conflict.errors![0]!.message).toContain('login profile');
    await s.gql('mutation($u: String!) { deleteLoginProfile(input: {userName: $u}) { userName } }', { u: u.userName }, token);
    expect((await s.gql(del, { u: u.userName }, token)).data.deleteUser.userName).toBe(u.userName);
    // The user's session ended with the user.
    expect(codeOf(await s.gql('{ me { arn } }', {}, login.data.login.session.token))).toBe('UNAUTHENTICATED');
  });

  test('passwordResetRequired: login gives a session that may only change the password', async () => {
    const u = await createUser(s);
    const password = strongPassword();
    await s.gql('mutation($u: String!, $p: String!) { createLoginProfile(input: {userName: $u, password: $p, passwordResetRequired: true}) { loginProfile { userName } } }', { u: u.userName, p: password }, token);
    const login = await s.gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status session { token } } }', { u: u.userName, p: password });
    expect(login.data.login.status).toBe('PASSWORD_RESET_REQUIRED');
    const limited = login.data.login.session.token;
    expect(codeOf(await s.gql('{ users { edges { cursor } } }', {}, limited))).toBe('ACCESS_DENIED');
  });

  test('createUser with a permissions boundary sets it; an unknown boundary creates nothing', async () => {
    const name = uniqueName('bounded');
    const res = await s.gql(
      'mutation($n: String!) { createUser(input: {userName: $n, permissionsBoundary: "arn:aws:iam::aws:policy/IAMReadOnlyAccess"}) { user { permissionsBoundary { permissionsBoundaryArn permissionsBoundaryType } } } }',
      { n: name },
      token,
    );
    expect(res.data.createUser.user.permissionsBoundary).toEqual({
      permissionsBoundaryArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
      permissionsBoundaryType: 'PermissionsBoundaryPolicy',
    });
    const ghost = uniqueName('ghost');
    const bad = await s.gql(
      'mutation($n: String!) { createUser(input: {userName: $n, permissionsBoundary: "arn:aws:iam::000000000000:policy/NoSuchPolicy"}) { user { arn } } }',
      { n: ghost },
      token,
    );
    expect(codeOf(bad)).toBe('NO_SUCH_ENTITY');
    expect(codeOf(await s.gql('query($n: String!) { user(userName: $n) { arn } }', { n: ghost }, token))).toBe('NO_SUCH_ENTITY');
  });
});
