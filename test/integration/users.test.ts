import { graphql } from '../generated';
import type { UsersInUsersQuery } from '../generated/graphql';
import { createUser, strongPassword, uniqueName } from '../support/factories';
import { DELETE_USER, LOGIN_STATUS_AND_SESSION, ME, USER_ARN } from '../support/operations';
import { codeOf, dataOf, firstError,type GqlResponse, present, useTestServer } from '../support/server';

describe('users: lifecycle, tags, login profiles, paging', () => {
  const s = useTestServer();
  let token: string;
  beforeAll(async () => {
    token = await s.adminToken();
  });

  test('users paginate in name order with cursors; pathPrefix filters', async () => {
    const prefix = `/${uniqueName('page')}/`;
    const names = ['c', 'a', 'b', 'e', 'd'].map((x) => `${x}${uniqueName('')}`);
    for (const n of names) await createUser(s, n, { path: prefix });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResponse<UsersInUsersQuery> = await s.gql(
        graphql(`
          query UsersInUsers($p: String, $a: String) {
            users(first: 2, after: $a, pathPrefix: $p) {
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
        `),
        { p: prefix, a: after },
        token,
      );
      const page = present(dataOf(res).users);
      seen.push(...page.edges.map((e) => e.node.userName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual([...names].sort());
  });

  test('a bad cursor and a page size out of range are BAD_USER_INPUT', async () => {
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query UsersInUsers2 {
              users(first: 0) {
                edges {
                  cursor
                }
              }
            }
          `),
          {},
          token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query UsersInUsers3 {
              users(after: "%%%") {
                edges {
                  cursor
                }
              }
            }
          `),
          {},
          token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  test('updateUser renames; the old name is gone and the new one answers', async () => {
    const u = await createUser(s);
    const n = uniqueName('renamed');
    const res = await s.gql(
      graphql(`
        mutation UpdateUserInUsers($u: String!, $n: String!) {
          updateUser(input: { userName: $u, newUserName: $n, newPath: "/ops/" }) {
            user {
              arn
              userId
            }
          }
        }
      `),
      { u: u.userName, n },
      token,
    );
    expect(dataOf(res).updateUser?.user).toEqual({ arn: `arn:aws:iam::000000000000:user/ops/${n}`, userId: u.userId });
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query UserInUsers($u: String!) {
              user(userName: $u) {
                arn
              }
            }
          `),
          { u: u.userName },
          token,
        ),
      ),
    ).toBe('NO_SUCH_ENTITY');
  });

  test('tags: set, replace case-insensitively, remove; more than 50 is LIMIT_EXCEEDED', async () => {
    const u = await createUser(s, uniqueName(), { tags: [{ key: 'Team', value: 'blue' }] });
    const tag = await s.gql(
      graphql(`
        mutation TagUserInUsers($u: String!) {
          tagUser(input: { userName: $u, tags: [{ key: "team", value: "red" }, { key: "cost", value: "42" }] }) {
            user {
              tags {
                key
                value
              }
            }
          }
        }
      `),
      { u: u.userName },
      token,
    );
    expect(dataOf(tag).tagUser?.user.tags).toEqual([
      { key: 'Team', value: 'red' },
      { key: 'cost', value: '42' },
    ]);
    const untag = await s.gql(
      graphql(`
        mutation UntagUserInUsers($u: String!) {
          untagUser(input: { userName: $u, tagKeys: ["TEAM"] }) {
            user {
              tags {
                key
              }
            }
          }
        }
      `),
      { u: u.userName },
      token,
    );
    expect(dataOf(untag).untagUser?.user.tags).toEqual([{ key: 'cost' }]);
    const many = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    expect(
      codeOf(
        await s.gql(
          graphql(`
            mutation TagUserInUsers2($u: String!, $t: [TagInput!]!) {
              tagUser(input: { userName: $u, tags: $t }) {
                user {
                  userName
                }
              }
            }
          `),
          { u: u.userName, t: many },
          token,
        ),
      ),
    ).toBe('LIMIT_EXCEEDED');
    const reserved = await s.gql(
      graphql(`
        mutation TagUserInUsers3($u: String!) {
          tagUser(input: { userName: $u, tags: [{ key: "aws:x", value: "v" }] }) {
            user {
              userName
            }
          }
        }
      `),
      { u: u.userName },
      token,
    );
    expect(codeOf(reserved)).toBe('BAD_USER_INPUT');
  });

  test('a login profile lets the user sign in; deleteUser is a DELETE_CONFLICT until it is gone', async () => {
    const u = await createUser(s);
    const password = strongPassword();
    await s.gql(
      graphql(`
        mutation CreateLoginProfileInUsers($u: String!, $p: String!) {
          createLoginProfile(input: { userName: $u, password: $p }) {
            loginProfile {
              userName
              createDate
            }
          }
        }
      `),
      { u: u.userName, p: password },
      token,
    );
    const login = await s.gql(LOGIN_STATUS_AND_SESSION, { u: u.userName, p: password });
    expect(dataOf(login).login?.status).toBe('SUCCESS');
    const del = DELETE_USER;
    const conflict = await s.gql(del, { u: u.userName }, token);
    expect(codeOf(conflict)).toBe('DELETE_CONFLICT');
    expect(firstError(conflict).message).toContain('login profile');
    await s.gql(
      graphql(`
        mutation DeleteLoginProfileInUsers($u: String!) {
          deleteLoginProfile(input: { userName: $u }) {
            userName
          }
        }
      `),
      { u: u.userName },
      token,
    );
    expect(dataOf(await s.gql(del, { u: u.userName }, token)).deleteUser?.userName).toBe(u.userName);
    // The user's session ended with the user.
    expect(codeOf(await s.gql(ME, {}, dataOf(login).login?.session?.token))).toBe('UNAUTHENTICATED');
  });

  test('passwordResetRequired: login gives a session that may only change the password', async () => {
    const u = await createUser(s);
    const password = strongPassword();
    await s.gql(
      graphql(`
        mutation CreateLoginProfileInUsers2($u: String!, $p: String!) {
          createLoginProfile(input: { userName: $u, password: $p, passwordResetRequired: true }) {
            loginProfile {
              userName
            }
          }
        }
      `),
      { u: u.userName, p: password },
      token,
    );
    const login = await s.gql(LOGIN_STATUS_AND_SESSION, { u: u.userName, p: password });
    expect(dataOf(login).login?.status).toBe('PASSWORD_RESET_REQUIRED');
    const limited = dataOf(login).login?.session?.token;
    expect(
      codeOf(
        await s.gql(
          graphql(`
            query UsersInUsers4 {
              users {
                edges {
                  cursor
                }
              }
            }
          `),
          {},
          limited,
        ),
      ),
    ).toBe('ACCESS_DENIED');
  });

  test('createUser with a permissions boundary sets it; an unknown boundary creates nothing', async () => {
    const name = uniqueName('bounded');
    const res = await s.gql(
      graphql(`
        mutation CreateUserInUsers($n: String!) {
          createUser(input: { userName: $n, permissionsBoundary: "arn:aws:iam::aws:policy/IAMReadOnlyAccess" }) {
            user {
              permissionsBoundary {
                permissionsBoundaryArn
                permissionsBoundaryType
              }
            }
          }
        }
      `),
      { n: name },
      token,
    );
    expect(dataOf(res).createUser?.user.permissionsBoundary).toEqual({
      permissionsBoundaryArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
      permissionsBoundaryType: 'PermissionsBoundaryPolicy',
    });
    const ghost = uniqueName('ghost');
    const bad = await s.gql(
      graphql(`
        mutation CreateUserInUsers2($n: String!) {
          createUser(input: { userName: $n, permissionsBoundary: "arn:aws:iam::000000000000:policy/NoSuchPolicy" }) {
            user {
              arn
            }
          }
        }
      `),
      { n: ghost },
      token,
    );
    expect(codeOf(bad)).toBe('NO_SUCH_ENTITY');
    expect(codeOf(await s.gql(USER_ARN, { n: ghost }, token))).toBe('NO_SUCH_ENTITY');
  });
});
