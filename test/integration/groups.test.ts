import { graphql } from '../generated';
import { createUser, uniqueName } from '../support/factories';
import { DELETE_GROUP, DELETE_USER } from '../support/operations';
import { codeOf, dataOf, useTestServer } from '../support/server';

const ADD = graphql(`
  mutation AddUserToGroupInGroups($g: String!, $u: String!) {
    addUserToGroup(input: { groupName: $g, userName: $u }) {
      group {
        groupName
      }
    }
  }
`);
const CREATE_GROUP = graphql(`
  mutation CreateGroupInGroups($g: String!, $p: String) {
    createGroup(input: { groupName: $g, path: $p }) {
      group {
        groupName
        arn
      }
    }
  }
`);

describe('groups and memberships', () => {
  const s = useTestServer();
  let token: string;
  beforeAll(async () => {
    token = await s.adminToken();
  });

  test('createGroup returns the AWS ARN; a duplicate in another case is ENTITY_ALREADY_EXISTS', async () => {
    const g = uniqueName('Dev');
    const res = await s.gql(CREATE_GROUP, { g, p: '/teams/' }, token);
    expect(dataOf(res).createGroup?.group).toEqual({ groupName: g, arn: `arn:aws:iam::000000000000:group/teams/${g}` });
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
      graphql(`
        query GroupAndUser($g: String!, $u: String!) {
          group(groupName: $g) {
            users(first: 1) {
              edges {
                node {
                  userName
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
          user(userName: $u) {
            groups {
              edges {
                node {
                  groupName
                }
              }
            }
          }
        }
      `),
      { g, u: a.userName },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).group?.users?.edges).toHaveLength(1);
    expect(dataOf(res).group?.users?.pageInfo.hasNextPage).toBe(true);
    const next = await s.gql(
      graphql(`
        query Group($g: String!, $after: String) {
          group(groupName: $g) {
            users(first: 5, after: $after) {
              edges {
                node {
                  userName
                }
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        }
      `),
      { g, after: dataOf(res).group?.users?.pageInfo.endCursor },
      token,
    );
    expect(dataOf(next).group?.users?.edges.map((e) => e.node.userName)).toEqual([b.userName]);
    expect(dataOf(res).user?.groups?.edges.map((e) => e.node.groupName)).toEqual([g]);
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
    expect(codeOf(await s.gql(DELETE_GROUP, { g }, token))).toBe('DELETE_CONFLICT');
    expect(codeOf(await s.gql(DELETE_USER, { u: u.userName }, token))).toBe('DELETE_CONFLICT');
    await s.gql(
      graphql(`
        mutation RemoveUserFromGroupInGroups($g: String!, $u: String!) {
          removeUserFromGroup(input: { groupName: $g, userName: $u }) {
            group {
              groupName
            }
          }
        }
      `),
      { g, u: u.userName },
      token,
    );
    expect(dataOf(await s.gql(DELETE_GROUP, { g }, token)).deleteGroup?.groupName).toBe(g);
    expect(dataOf(await s.gql(DELETE_USER, { u: u.userName }, token)).deleteUser?.userName).toBe(u.userName);
  });

  test('updateGroup renames and moves; the ARN follows', async () => {
    const g = uniqueName('old');
    const n = uniqueName('new');
    await s.gql(CREATE_GROUP, { g }, token);
    const res = await s.gql(
      graphql(`
        mutation UpdateGroup($g: String!, $n: String!) {
          updateGroup(input: { groupName: $g, newGroupName: $n, newPath: "/x/" }) {
            group {
              groupName
              arn
            }
          }
        }
      `),
      { g, n },
      token,
    );
    expect(dataOf(res).updateGroup?.group.arn).toBe(`arn:aws:iam::000000000000:group/x/${n}`);
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query GroupInGroups($g: String!) {
              group(groupName: $g) {
                arn
              }
            }
          `),
          { g },
          token,
        ),
      ),
    ).toBe('NO_SUCH_ENTITY');
  });

  test('groups(pathPrefix) filters by path as AWS does', async () => {
    const g = uniqueName('pp');
    await s.gql(CREATE_GROUP, { g, p: '/prefix-test/deep/' }, token);
    const res = await s.gql(
      graphql(`
        query Groups {
          groups(pathPrefix: "/prefix-test/") {
            edges {
              node {
                groupName
              }
            }
          }
        }
      `),
      {},
      token,
    );
    expect(dataOf(res).groups?.edges.map((e) => e.node.groupName)).toEqual([g]);
  });
});
