import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

const ADD = 'mutation($g: String!, $u: String!) { addUserToGroup(input: {groupName: $g, userName: $u}) { group { groupName } } }';
const CREATE_GROUP = 'mutation($g: String!, $p: String) { createGroup(input: {groupName: $g, path: $p}) { group { groupName arn } } }';

describe('groups and memberships', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer();
    token = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('createGroup returns the AWS ARN; a duplicate in another case is ENTITY_ALREADY_EXISTS', async () => {
    const g = uniqueName('Dev');
    const res = await s.gql(CREATE_GROUP, { g, p: '/teams/' }, token);
    expect(res.data.createGroup.group).toEqual({ groupName: g, arn: `arn:aws:iam::000000000000:group/teams/${g}` });
    expect(codeOf(await s.gql(CREATE_GROUP, { g: g.toLowerCase() }, token))).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('members show on both sides, as connections', async () => {
    const g = uniqueName('g');
    await s.gql(CREATE_GROUP, { g }, token);
    const a = await createUser(s, uniqueName('a'));
    const b = await createUser(s, uniqueName('b'));
    await s.gql(ADD, { g, u: a.userName }, token);
    await s.gql(ADD, { g, u: b.userName }, token);
    const res = await s.gql(
      'query($g: String!, $u: String!) { group(groupName: $g) { users(first: 1) { edges { node { userName } } pageInfo { hasNextPage endCursor } } } user(userName: $u) { groups { edges { node { groupName } } } } }',
      { g, u: a.userName },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.group.users.edges).toHaveLength(1);
    expect(res.data.group.users.pageInfo.hasNextPage).toBe(true);
    const next = await s.gql(
      'query($g: String!, $after: String) { group(groupName: $g) { users(first: 5, after: $after) { edges { node { userName } } pageInfo { hasNextPage } } } }',
      { g, after: res.data.group.users.pageInfo.endCursor },
      token,
    );
    expect(next.data.group.users.edges.map((e: any) => e.node.userName)).toEqual([b.userName]);
    expect(res.data.user.groups.edges.map((e: any) => e.node.groupName)).toEqual([g]);
  });

  test('a user can be in at most 10 groups: LIMIT_EXCEEDED', async () => {
    const u = await createUser(s, uniqueName('many'));
    for (let i = 0; i < 10; i++) {
      const g = uniqueName(`q${i}-`);
      await s.gql(CREATE_GROUP, { g }, token);
      expect((await s.gql(ADD, { g, u: u.userName }, token)).errors).toBeUndefined();
    }
    const eleventh = uniqueName('q10-');
    await s.gql(CREATE_GROUP, { g: eleventh }, token);
    expect(codeOf(await s.gql(ADD, { g: eleventh, u: u.userName }, token))).toBe('LIMIT_EXCEEDED');
  });

  test('a group with members and a user in a group cannot be deleted: DELETE_CONFLICT', async () => {
    const g = uniqueName('busy');
    await s.gql(CREATE_GROUP, { g }, token);
    const u = await createUser(s, uniqueName('member'));
    await s.gql(ADD, { g, u: u.userName }, token);
    expect(codeOf(await s.gql('mutation($g: String!) { deleteGroup(input: {groupName: $g}) { groupName } }', { g }, token))).toBe('DELETE_CONFLICT');
    expect(codeOf(await s.gql('mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }', { u: u.userName }, token))).toBe('DELETE_CONFLICT');
    await s.gql('mutation($g: String!, $u: String!) { removeUserFromGroup(input: {groupName: $g, userName: $u}) { group { groupName } } }', { g, u: u.userName }, token);
    expect((await s.gql('mutation($g: String!) { deleteGroup(input: {groupName: $g}) { groupName } }', { g }, token)).data.deleteGroup.groupName).toBe(g);
    expect((await s.gql('mutation($u: String!) { deleteUser(input: {userName: $u}) { userName } }', { u: u.userName }, token)).data.deleteUser.userName).toBe(u.userName);
  });

  test('updateGroup renames and moves; the ARN follows', async () => {
    const g = uniqueName('old');
    const n = uniqueName('new');
    await s.gql(CREATE_GROUP, { g }, token);
    const res = await s.gql('mutation($g: String!, $n: String!) { updateGroup(input: {groupName: $g, newGroupName: $n, newPath: "/x/"}) { group { groupName arn } } }', { g, n }, token);
    expect(res.data.updateGroup.group.arn).toBe(`arn:aws:iam::000000000000:group/x/${n}`);
    expect(codeOf(await s.gql('query($g: String!) { group(groupName: $g) { arn } }', { g }, token))).toBe('NO_SUCH_ENTITY');
  });

  test('groups(pathPrefix) filters by path as AWS does', async () => {
    const g = uniqueName('pp');
    await s.gql(CREATE_GROUP, { g, p: '/prefix-test/deep/' }, token);
    const res = await s.gql('{ groups(pathPrefix: "/prefix-test/") { edges { node { groupName } } } }', {}, token);
    expect(res.data.groups.edges.map((e: any) => e.node.groupName)).toEqual([g]);
  });
});
