import { graphql } from '../generated';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { policyDoc } from '../support/iam-fixtures';
import {
  ASSUME_ROLE_SESSION_ARN as ASSUME,
  ATTACH_ROLE_POLICY,
  CREATE_ROLE,
  CREATE_USER,
  DELETE_ROLE,
  DELETE_ROLE_POLICY,
  DETACH_ROLE_POLICY,
  PUT_ROLE_PERMISSIONS_BOUNDARY,
  PUT_ROLE_POLICY,
  PUT_USER_POLICY,
  USER_NAME,
  USER_NAMES,
} from '../support/operations';
import { codeOf, dataOf, firstError,present, type SendOk, useTestServer } from '../support/server';

const ACCOUNT = '000000000000';
const READ_ONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
const FULL = 'arn:aws:iam::aws:policy/IAMFullAccess';

const doc = policyDoc;

describe('roles: policies, boundaries, and what role sessions may do', () => {
  const s = useTestServer();
  let admin: string;
  beforeAll(async () => {
    admin = await s.adminToken();
  });

  const ok: SendOk = (document, variables, token = admin) => s.ok(document, variables, token);

  /** A role trusting an existing user (a trust policy may only name principals that exist), or EC2. */
  async function roleTrusting(userName: string | null, extra: Record<string, unknown> = {}) {
    const roleName = uniqueName('role');
    const principal = userName ? { AWS: `arn:aws:iam::${ACCOUNT}:user/${userName}` } : { Service: 'ec2.amazonaws.com' };
    const trust = doc([{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }]);
    const data = await ok(
      graphql(`
        mutation CreateRoleInRolesPolicies($i: CreateRoleInput!) {
          createRole(input: $i) {
            role {
              roleName
              arn
            }
          }
        }
      `),
      { i: { roleName, assumeRolePolicyDocument: trust, ...extra } },
    );
    return data?.createRole?.role as { roleName: string; arn: string };
  }

  const attach = (roleName: string, policyArn: string) => ok(ATTACH_ROLE_POLICY, { i: { roleName, policyArn } });

  async function sessionFor(token: string, roleArn: string, extra: Record<string, unknown> = {}) {
    const res = await s.gql(ASSUME, { input: { roleArn, roleSessionName: 'work', ...extra } }, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return dataOf(res).assumeRole?.credentials.sessionToken as string;
  }

  test('attach, put inline and boundary show on the role and in its effective permissions', async () => {
    const role = await roleTrusting(null);
    await attach(role.roleName, READ_ONLY);
    const inline = doc([{ Sid: 'Tags', Effect: 'Allow', Action: 'iam:TagUser', Resource: '*' }]);
    await ok(PUT_ROLE_POLICY, { i: { roleName: role.roleName, policyName: 'tagging', policyDocument: inline } });
    await ok(PUT_ROLE_PERMISSIONS_BOUNDARY, { i: { roleName: role.roleName, permissionsBoundary: FULL } });
    const data = await ok(
      graphql(`
        query RoleInRolesPolicies($n: String!) {
          role(roleName: $n) {
            attachedManagedPolicies {
              policyName
              policyArn
            }
            inlinePolicies {
              policyName
              policyDocument
            }
            permissionsBoundary {
              permissionsBoundaryType
              permissionsBoundaryArn
            }
            effectivePermissions {
              principalArn
              statements {
                sid
                effect
                actions
                source {
                  policyArn
                  policyName
                  policyType
                }
              }
            }
          }
        }
      `),
      { n: role.roleName },
    );
    expect(data?.role?.attachedManagedPolicies).toEqual([{ policyName: 'IAMReadOnlyAccess', policyArn: READ_ONLY }]);
    expect(data?.role?.inlinePolicies).toEqual([{ policyName: 'tagging', policyDocument: inline }]);
    expect(data?.role?.permissionsBoundary).toEqual({ permissionsBoundaryType: 'PermissionsBoundaryPolicy', permissionsBoundaryArn: FULL });
    const eff = data?.role?.effectivePermissions;
    expect(eff?.principalArn).toBe(role.arn);
    expect(eff?.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sid: 'Tags',
          effect: 'Allow',
          actions: ['iam:TagUser'],
          source: { policyArn: null, policyName: 'tagging', policyType: 'INLINE' },
        }),
        expect.objectContaining({ source: { policyArn: READ_ONLY, policyName: 'IAMReadOnlyAccess', policyType: 'MANAGED' } }),
        expect.objectContaining({ source: { policyArn: FULL, policyName: 'IAMFullAccess', policyType: 'PERMISSIONS_BOUNDARY' } }),
      ]),
    );
    const cleared = await ok(
      graphql(`
        mutation DeleteRolePermissionsBoundary($n: String!) {
          deleteRolePermissionsBoundary(input: { roleName: $n }) {
            role {
              permissionsBoundary {
                permissionsBoundaryArn
              }
            }
          }
        }
      `),
      { n: role.roleName },
    );
    expect(cleared?.deleteRolePermissionsBoundary?.role.permissionsBoundary).toBeNull();
  });

  test('deleteRole is DELETE_CONFLICT while policies are attached or inline, then succeeds', async () => {
    const role = await roleTrusting(null);
    await attach(role.roleName, READ_ONLY);
    await ok(PUT_ROLE_POLICY, {
      i: { roleName: role.roleName, policyName: 'p1', policyDocument: doc([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]) },
    });
    const del = DELETE_ROLE;
    const first = await s.gql(del, { n: role.roleName }, admin);
    expect(codeOf(first)).toBe('DELETE_CONFLICT');
    expect(firstError(first).message).toBe('Cannot delete entity, must remove attached policies, inline policies first.');
    await ok(DETACH_ROLE_POLICY, { i: { roleName: role.roleName, policyArn: READ_ONLY } });
    expect(codeOf(await s.gql(del, { n: role.roleName }, admin))).toBe('DELETE_CONFLICT');
    await ok(DELETE_ROLE_POLICY, { i: { roleName: role.roleName, policyName: 'p1' } });
    expect(dataOf(await s.gql(del, { n: role.roleName }, admin)).deleteRole?.roleName).toBe(role.roleName);
  });

  test("a role session acts with the role's policies, in AWS words for an assumed role when denied", async () => {
    const user = await createUserWithLogin(s);
    const role = await roleTrusting(user.userName);
    await attach(role.roleName, READ_ONLY);
    const token = await sessionFor(user.token, role.arn);
    expect((await s.gql(USER_NAMES, {}, token)).errors).toBeUndefined();
    // The user itself has no policy: only the role grants this.
    expect(codeOf(await s.gql(USER_NAMES, {}, user.token))).toBe('ACCESS_DENIED');
    const name = uniqueName('x');
    const denied = await s.gql(CREATE_USER, { n: name }, token);
    expect(codeOf(denied)).toBe('ACCESS_DENIED');
    expect(firstError(denied).message).toBe(
      `User: arn:aws:sts::${ACCOUNT}:assumed-role/${role.roleName}/work is not authorized to perform: iam:CreateUser on resource: ` +
        `arn:aws:iam::${ACCOUNT}:user/${name} because no identity-based policy allows the iam:CreateUser action`,
    );
  });

  test('a session policy narrows the role: only what both allow', async () => {
    const user = await createUserWithLogin(s);
    const role = await roleTrusting(user.userName);
    await attach(role.roleName, READ_ONLY);
    const policy = doc([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]);
    const narrowed = await sessionFor(user.token, role.arn, { policy });
    const full = await sessionFor(user.token, role.arn);
    const listing = USER_NAMES;
    expect((await s.gql(listing, {}, full)).errors).toBeUndefined();
    const res = await s.gql(listing, {}, narrowed);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toContain('because no session policy allows the iam:ListUsers action');
    const get = await s.gql(USER_NAME, { n: user.userName }, narrowed);
    expect(dataOf(get).user?.userName).toBe(user.userName);
    // A session policy never adds: iam:CreateUser stays denied even when the session policy allows it.
    const wide = await sessionFor(user.token, role.arn, { policy: doc([{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }]) });
    expect(codeOf(await s.gql(CREATE_USER, { n: uniqueName('w') }, wide))).toBe('ACCESS_DENIED');
  });

  test("a role's permissions boundary limits its sessions", async () => {
    const user = await createUserWithLogin(s);
    const role = await roleTrusting(user.userName, { permissionsBoundary: READ_ONLY });
    await attach(role.roleName, FULL);
    const token = await sessionFor(user.token, role.arn);
    expect((await s.gql(USER_NAMES, {}, token)).errors).toBeUndefined();
    const res = await s.gql(CREATE_USER, { n: uniqueName('b') }, token);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toContain('because no permissions boundary allows the iam:CreateUser action');
  });

  test('a trust policy naming the account also needs the caller identity policy to allow sts:AssumeRole', async () => {
    const user = await createUserWithLogin(s);
    const roleName = uniqueName('acct');
    const trust = doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }]);
    const role = (await ok(CREATE_ROLE, { i: { roleName, assumeRolePolicyDocument: trust } }))?.createRole?.role;
    const assume = () => s.gql(ASSUME, { input: { roleArn: present(role?.arn), roleSessionName: 'acct' } }, user.token);
    expect(codeOf(await assume())).toBe('ACCESS_DENIED');
    await ok(PUT_USER_POLICY, {
      i: {
        userName: user.userName,
        policyName: 'assume',
        policyDocument: doc([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role?.arn }]),
      },
    });
    const res = await assume();
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).assumeRole?.assumedRoleUser.arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/${roleName}/acct`);
  });

  test("an explicit Deny in the caller's identity policy refuses even when the trust policy names the user", async () => {
    const user = await createUserWithLogin(s);
    const role = await roleTrusting(user.userName);
    await ok(PUT_USER_POLICY, {
      i: {
        userName: user.userName,
        policyName: 'no-roles',
        policyDocument: doc([{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }]),
      },
    });
    const res = await s.gql(ASSUME, { input: { roleArn: role.arn, roleSessionName: 'denied' } }, user.token);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${user.userName} is not authorized to perform: sts:AssumeRole on resource: ${role.arn}`,
    );
  });

  test('attachRolePolicy with an unknown policy is NO_SUCH_ENTITY; iam:PolicyARN is seen by the caller policy', async () => {
    const role = await roleTrusting(null);
    const res = await s.gql(
      ATTACH_ROLE_POLICY,
      {
        i: { roleName: role.roleName, policyArn: `arn:aws:iam::${ACCOUNT}:policy/none-such` },
      },
      admin,
    );
    expect(codeOf(res)).toBe('NO_SUCH_ENTITY');
    // A delegate may attach only the read-only policy (AWS's iam:PolicyARN condition).
    const user = await createUserWithLogin(s);
    await ok(PUT_USER_POLICY, {
      i: {
        userName: user.userName,
        policyName: 'delegate',
        policyDocument: doc([
          {
            Effect: 'Allow',
            Action: 'iam:AttachRolePolicy',
            Resource: role.arn,
            Condition: { ArnEquals: { 'iam:PolicyARN': READ_ONLY } },
          },
        ]),
      },
    });
    const q = ATTACH_ROLE_POLICY;
    expect(codeOf(await s.gql(q, { i: { roleName: role.roleName, policyArn: FULL } }, user.token))).toBe('ACCESS_DENIED');
    const allowed = await s.gql(q, { i: { roleName: role.roleName, policyArn: READ_ONLY } }, user.token);
    expect(allowed.errors).toBeUndefined();
    // Listing the role's policies is iam:ListAttachedRolePolicies, which the delegate does not have.
    const listed = await s.gql(
      graphql(`
        query RoleInRolesPolicies2($r: String!) {
          role(roleName: $r) {
            attachedManagedPolicies {
              policyArn
            }
          }
        }
      `),
      { r: role.roleName },
      admin,
    );
    expect(dataOf(listed).role?.attachedManagedPolicies).toEqual([{ policyArn: READ_ONLY }]);
  });
});
