import { graphql } from '../generated';
import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { ATTACH_USER_POLICY, CREATE_ACCESS_KEY_ID, DELETE_USER, PUT_USER_POLICY } from '../support/operations';
import { codeOf, dataOf, type DocumentWith, firstError,present, useTestServer } from '../support/server';

/**
 * Nested fields are authorized with the action AWS serves them through: reading a user does not
 * reveal its keys, devices, groups or policies, and renaming needs permission on the new name too.
 */
describe('authorization of nested fields and of targets', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  async function putInline(userName: string, statements: unknown[]) {
    const res = await s.gql(
      PUT_USER_POLICY,
      { i: { userName, policyName: 'p', policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statements }) } },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }

  test('iam:GetUser alone shows the user, not its keys, devices, groups, policies or permissions', async () => {
    const caller = await createUserWithLogin(s);
    await putInline(caller.userName, [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]);
    const res = await s.gql(
      graphql(`
        query UserInAuthzNestedFields {
          user(userName: "admin") {
            userName
            accessKeys {
              accessKeyId
            }
            mfaDevices {
              serialNumber
            }
            loginProfile {
              createDate
            }
            groups {
              edges {
                cursor
              }
            }
            attachedManagedPolicies {
              policyArn
            }
            inlinePolicies {
              policyName
            }
            effectivePermissions {
              principalArn
            }
          }
        }
      `),
      {},
      caller.token,
    );
    expect(dataOf(res).user).toEqual({
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
    for (const f of [
      'accessKeys',
      'mfaDevices',
      'loginProfile',
      'groups',
      'attachedManagedPolicies',
      'inlinePolicies',
      'effectivePermissions',
    ]) {
      expect(denied.get(f)).toBe('ACCESS_DENIED');
    }
    expect(res.errors!.find((e) => e.path?.[1] === 'accessKeys')!.message).toContain('iam:ListAccessKeys');
  });

  test('a user with no policy cannot walk from me to other users through groups', async () => {
    const caller = await createUserWithLogin(s);
    const g = uniqueName('g');
    await s.gql(
      graphql(`
        mutation CreateGroupInAuthzNestedFields($g: String!) {
          createGroup(input: { groupName: $g }) {
            group {
              arn
            }
          }
        }
      `),
      { g },
      admin,
    );
    await s.gql(
      graphql(`
        mutation AddUserToGroupInAuthzNestedFields($g: String!, $u: String!) {
          addUserToGroup(input: { groupName: $g, userName: $u }) {
            group {
              arn
            }
          }
        }
      `),
      { g, u: caller.userName },
      admin,
    );
    await s.gql(
      graphql(`
        mutation AddUserToGroupInAuthzNestedFields2($g: String!) {
          addUserToGroup(input: { groupName: $g, userName: "admin" }) {
            group {
              arn
            }
          }
        }
      `),
      { g },
      admin,
    );
    const res = await s.gql(
      graphql(`
        query MeInAuthzNestedFields {
          me {
            arn
            ... on User {
              groups {
                edges {
                  node {
                    users {
                      edges {
                        node {
                          userName
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
      {},
      caller.token,
    );
    expect(dataOf(res).me?.arn).toBe(`arn:aws:iam::000000000000:user/${caller.userName}`);
    const me = present(dataOf(res).me);
    expect('groups' in me ? me.groups : undefined).toBeNull();
    expect(codeOf(res)).toBe('ACCESS_DENIED');
  });

  test('with the List actions the same fields answer', async () => {
    const caller = await createUserWithLogin(s);
    await putInline(caller.userName, [
      { Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListAccessKeys', 'iam:ListGroupsForUser'], Resource: '*' },
    ]);
    const target = await createUser(s);
    await s.gql(CREATE_ACCESS_KEY_ID, { u: target.userName }, admin);
    const res = await s.gql(
      graphql(`
        query UserInAuthzNestedFields2($u: String!) {
          user(userName: $u) {
            accessKeys {
              status
            }
            groups {
              edges {
                cursor
              }
            }
          }
        }
      `),
      { u: target.userName },
      caller.token,
    );
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).user).toEqual({ accessKeys: [{ status: 'Active' }], groups: { edges: [] } });
  });

  test('updateUser needs iam:UpdateUser on the new name and path as well as the old', async () => {
    const caller = await createUserWithLogin(s);
    await putInline(caller.userName, [{ Effect: 'Allow', Action: 'iam:UpdateUser', Resource: 'arn:aws:iam::000000000000:user/sandbox/*' }]);
    const target = await createUser(s, uniqueName('sb'), { path: '/sandbox/' });
    const escape = await s.gql(
      graphql(`
        mutation UpdateUser($u: String!) {
          updateUser(input: { userName: $u, newPath: "/admins/" }) {
            user {
              arn
            }
          }
        }
      `),
      { u: target.userName },
      caller.token,
    );
    expect(codeOf(escape)).toBe('ACCESS_DENIED');
    expect(firstError(escape).message).toContain(`user/admins/${target.userName}`);
    const inside = await s.gql(
      graphql(`
        mutation UpdateUserInAuthzNestedFields($u: String!, $n: String!) {
          updateUser(input: { userName: $u, newUserName: $n }) {
            user {
              arn
            }
          }
        }
      `),
      { u: target.userName, n: `${target.userName}x` },
      caller.token,
    );
    expect(dataOf(inside).updateUser?.user.arn).toBe(`arn:aws:iam::000000000000:user/sandbox/${target.userName}x`);
  });

  test('a caller without permission learns ACCESS_DENIED, not whether a user exists', async () => {
    const caller = await createUserWithLogin(s);
    const existing = await createUser(s);
    for (const name of [existing.userName, uniqueName('ghost')]) {
      const docs: Array<DocumentWith<{ u: string }>> = [DELETE_USER, CREATE_ACCESS_KEY_ID, ATTACH_USER_POLICY];
      for (const q of docs) {
        expect(codeOf(await s.gql(q, { u: name }, caller.token))).toBe('ACCESS_DENIED');
      }
    }
    expect(codeOf(await s.gql(DELETE_USER, { u: uniqueName('ghost') }, admin))).toBe('NO_SUCH_ENTITY');
  });
});
