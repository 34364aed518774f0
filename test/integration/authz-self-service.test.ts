import { graphql } from '../generated';
import { createUser, createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import {
  ACCOUNT_PASSWORD_POLICY,
  ADD_USER_TO_GROUP,
  ATTACH_GROUP_POLICY,
  ATTACH_USER_POLICY_BY_INPUT,
  CHANGE_PASSWORD,
  CREATE_GROUP,
  CREATE_LOGIN_PROFILE,
  CREATE_POLICY,
  CREATE_USER_ARN,
  LOGIN_SESSION,
  POLICIES,
  PUT_USER_POLICY,
  TAG_USER,
  USER_ARN,
  USER_NAME_BY_NAME,
  USER_NAMES,
} from '../support/operations';
import { codeOf, dataOf, firstError,present, type TestServer, useTestServer } from '../support/server';

/**
 * The API guards itself with its own evaluator: AWS's documented self-service policies work verbatim,
 * and denials carry AWS's AccessDenied message shapes.
 */
const ACCOUNT = '000000000000';

async function attach(s: TestServer, userName: string, policyArn: string) {
  const res = await s.gql(ATTACH_USER_POLICY_BY_INPUT, { i: { userName, policyArn } }, await s.adminToken());
  expect(res.errors).toBeUndefined();
}

async function putInline(s: TestServer, userName: string, policyName: string, doc: unknown) {
  const res = await s.gql(PUT_USER_POLICY, { i: { userName, policyName, policyDocument: JSON.stringify(doc) } }, await s.adminToken());
  expect(res.errors).toBeUndefined();
}

describe('authorization: self-service policies and denial messages', () => {
  const s = useTestServer();

  test('a user with no policy is denied with AWS message shape, and the decision is counted', async () => {
    const u = await createUserWithLogin(s);
    const res = await s.gql(USER_NAMES, {}, u.token);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(firstError(res).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${u.userName} is not authorized to perform: iam:ListUsers on resource: ` +
        `arn:aws:iam::${ACCOUNT}:user/* because no identity-based policy allows the iam:ListUsers action`,
    );
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/iam_authz_decisions_total\{decision="IMPLICIT_DENY"\} [1-9]/);
    expect(metrics).toMatch(/iam_authz_decisions_total\{decision="ALLOWED"\} [1-9]/);
  });

  // AWS managed policy IAMUserChangePassword (AWS Managed Policy Reference, v3).
  test('a user with only IAMUserChangePassword can change their password and nothing else', async () => {
    const u = await createUserWithLogin(s);
    await attach(s, u.userName, 'arn:aws:iam::aws:policy/IAMUserChangePassword');
    const change = await s.gql(CHANGE_PASSWORD, { i: { oldPassword: u.password, newPassword: strongPassword() } }, u.token);
    expect(change.errors).toBeUndefined();
    const pp = await s.gql(ACCOUNT_PASSWORD_POLICY, {}, u.token);
    expect(pp.errors).toBeUndefined();
    const denied = [
      await s.gql(USER_NAMES, {}, u.token),
      await s.gql(USER_ARN, { n: u.userName }, u.token),
      await s.gql(POLICIES, {}, u.token),
    ];
    for (const res of denied) {
      expect(codeOf(res)).toBe('ACCESS_DENIED');
    }
    const other = await createUser(s);
    const create = await s.gql(CREATE_USER_ARN, { i: { userName: uniqueName() } }, u.token);
    expect(codeOf(create)).toBe('ACCESS_DENIED');
    const rename = await s.gql(
      graphql(`
        mutation UpdateUserInAuthzSelfService($i: UpdateUserInput!) {
          updateUser(input: $i) {
            user {
              arn
            }
          }
        }
      `),
      { i: { userName: other.userName, newPath: '/x/' } },
      u.token,
    );
    expect(codeOf(rename)).toBe('ACCESS_DENIED');
  });

  test('a user on a path still matches IAMUserChangePassword (arn:aws:iam::*:user/*/${aws:username})', async () => {
    const name = uniqueName('p');
    await createUser(s, name, { path: '/eng/' });
    const password = strongPassword();
    await s.gql(CREATE_LOGIN_PROFILE, { i: { userName: name, password } }, await s.adminToken());
    await attach(s, name, 'arn:aws:iam::aws:policy/IAMUserChangePassword');
    const login = await s.gql(LOGIN_SESSION, { u: name, p: password });
    const token = dataOf(login).login?.session?.token;
    const change = await s.gql(CHANGE_PASSWORD, { i: { oldPassword: password, newPassword: strongPassword() } }, token);
    expect(change.errors).toBeUndefined();
  });

  // "IAM: Allows IAM users to self-manage an MFA device" (IAM User Guide, reference_policies_examples_iam_mfa-selfmanage).
  test('the self-manage-MFA policy: without MFA only the MFA set-up actions work, everything else is explicitly denied', async () => {
    const u = await createUserWithLogin(s);
    await putInline(s, u.userName, 'SelfManageMfa', {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
        {
          Sid: 'AllowUserToCreateVirtualMFADevice',
          Effect: 'Allow',
          Action: ['iam:CreateVirtualMFADevice'],
          Resource: 'arn:aws:iam::*:mfa/*',
        },
        {
          Sid: 'AllowUserToManageTheirOwnMFA',
          Effect: 'Allow',
          Action: ['iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
        {
          Sid: 'AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA',
          Effect: 'Allow',
          Action: ['iam:DeactivateMFADevice'],
          Resource: ['arn:aws:iam::*:user/${aws:username}'],
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
        {
          Sid: 'BlockMostAccessUnlessSignedInWithMFA',
          Effect: 'Deny',
          NotAction: [
            'iam:CreateVirtualMFADevice',
            'iam:EnableMFADevice',
            'iam:ListMFADevices',
            'iam:ListUsers',
            'iam:ListVirtualMFADevices',
            'iam:ResyncMFADevice',
          ],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    });
    // Allowed without MFA: listing users and creating a virtual MFA device.
    const list = await s.gql(USER_NAMES, {}, u.token);
    expect(list.errors).toBeUndefined();
    const device = await s.gql(
      graphql(`
        mutation CreateVirtualMfaDevice($i: CreateVirtualMfaDeviceInput!) {
          createVirtualMfaDevice(input: $i) {
            virtualMfaDevice {
              serialNumber
            }
          }
        }
      `),
      { i: { virtualMfaDeviceName: u.userName } },
      u.token,
    );
    expect(device.errors).toBeUndefined();
    // Everything else: the BoolIfExists deny applies (the session has aws:MultiFactorAuthPresent=false).
    const get = await s.gql(USER_ARN, { n: u.userName }, u.token);
    expect(codeOf(get)).toBe('ACCESS_DENIED');
    expect(firstError(get).message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${u.userName} is not authorized to perform: iam:GetUser on resource: ` +
        `arn:aws:iam::${ACCOUNT}:user/${u.userName} with an explicit deny in an identity-based policy`,
    );
    const tag = await s.gql(TAG_USER, { i: { userName: u.userName, tags: [{ key: 'k', value: 'v' }] } }, u.token);
    expect(codeOf(tag)).toBe('ACCESS_DENIED');
    // With MFA (as the simulator shows with the same evaluator), deactivating one's own device is allowed.
    const sim = await s.gql(
      graphql(`
        query SimulatePrincipalPolicy($i: SimulatePrincipalPolicyInput!) {
          simulatePrincipalPolicy(input: $i) {
            evaluationResults {
              evalActionName
              evalDecision
            }
          }
        }
      `),
      {
        i: {
          policySourceArn: `arn:aws:iam::${ACCOUNT}:user/${u.userName}`,
          actionNames: ['iam:DeactivateMFADevice', 'iam:GetUser'],
          resourceArns: [`arn:aws:iam::${ACCOUNT}:user/${u.userName}`],
          contextEntries: [{ contextKeyName: 'aws:MultiFactorAuthPresent', contextKeyValues: ['true'], contextKeyType: 'BOOLEAN' }],
        },
      },
      await s.adminToken(),
    );
    expect(sim.errors).toBeUndefined();
    expect(dataOf(sim).simulatePrincipalPolicy?.evaluationResults).toEqual([
      { evalActionName: 'iam:DeactivateMFADevice', evalDecision: 'ALLOWED' },
      { evalActionName: 'iam:GetUser', evalDecision: 'IMPLICIT_DENY' },
    ]);
  });

  // "IAM: Allows IAM users to rotate their own credentials programmatically" style self-managed access keys.
  test('managing your own access keys: allowed on yourself, denied on another user', async () => {
    const u = await createUserWithLogin(s);
    await putInline(s, u.userName, 'ManageOwnAccessKeys', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:CreateAccessKey',
            'iam:DeleteAccessKey',
            'iam:GetAccessKeyLastUsed',
            'iam:GetUser',
            'iam:ListAccessKeys',
            'iam:UpdateAccessKey',
          ],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
      ],
    });
    const mine = await s.gql(
      graphql(`
        mutation CreateAccessKeyInAuthzSelfService($i: CreateAccessKeyInput!) {
          createAccessKey(input: $i) {
            accessKey {
              accessKeyId
              status
            }
          }
        }
      `),
      { i: { userName: u.userName } },
      u.token,
    );
    expect(mine.errors).toBeUndefined();
    expect(dataOf(mine).createAccessKey?.accessKey.status).toBe('Active');
    const me = await s.gql(USER_NAME_BY_NAME, { n: u.userName }, u.token);
    expect(me.errors).toBeUndefined();
    const other = await createUser(s);
    const theirs = await s.gql(
      graphql(`
        mutation CreateAccessKeyInAuthzSelfService2($i: CreateAccessKeyInput!) {
          createAccessKey(input: $i) {
            accessKey {
              accessKeyId
            }
          }
        }
      `),
      { i: { userName: other.userName } },
      u.token,
    );
    expect(codeOf(theirs)).toBe('ACCESS_DENIED');
  });

  test('a permissions boundary limits: denial names the boundary; an explicit deny in the boundary says so', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    await attach(s, u.userName, 'arn:aws:iam::aws:policy/IAMFullAccess');
    const boundary = await s.gql(
      CREATE_POLICY,
      {
        i: {
          policyName: uniqueName('Boundary'),
          policyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
              { Effect: 'Deny', Action: 'iam:ListPolicies', Resource: '*' },
            ],
          }),
        },
      },
      admin,
    );
    const boundaryArn = dataOf(boundary).createPolicy?.policy.arn;
    const put = await s.gql(
      graphql(`
        mutation PutUserPermissionsBoundaryInAuthzSelfService($i: PutUserPermissionsBoundaryInput!) {
          putUserPermissionsBoundary(input: $i) {
            user {
              permissionsBoundary {
                permissionsBoundaryArn
              }
            }
          }
        }
      `),
      { i: { userName: u.userName, permissionsBoundary: present(boundaryArn) } },
      admin,
    );
    expect(dataOf(put).putUserPermissionsBoundary?.user?.permissionsBoundary?.permissionsBoundaryArn).toBe(boundaryArn);
    expect((await s.gql(USER_NAMES, {}, u.token)).errors).toBeUndefined();
    const create = await s.gql(CREATE_USER_ARN, { i: { userName: 'bnd' + uniqueName() } }, u.token);
    expect(firstError(create).message).toMatch(/because no permissions boundary allows the iam:CreateUser action$/);
    const pol = await s.gql(POLICIES, {}, u.token);
    expect(firstError(pol).message).toMatch(/with an explicit deny in a permissions boundary$/);
    // Removing the boundary gives the full IAMFullAccess back on the next request.
    await s.gql(
      graphql(`
        mutation DeleteUserPermissionsBoundary($i: DeleteUserPermissionsBoundaryInput!) {
          deleteUserPermissionsBoundary(input: $i) {
            user {
              userName
            }
          }
        }
      `),
      { i: { userName: u.userName } },
      admin,
    );
    expect((await s.gql(POLICIES, {}, u.token)).errors).toBeUndefined();
  });

  test('tag-based access: iam:ResourceTag on the target user and aws:PrincipalTag of the caller', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    await s.gql(TAG_USER, { i: { userName: u.userName, tags: [{ key: 'team', value: 'blue' }] } }, admin);
    await putInline(s, u.userName, 'SameTeam', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:GetUser',
          Resource: '*',
          Condition: { StringEquals: { 'iam:ResourceTag/team': '${aws:PrincipalTag/team}' } },
        },
      ],
    });
    const blue = await createUser(s, uniqueName('b'), { tags: [{ key: 'Team', value: 'blue' }] });
    const red = await createUser(s, uniqueName('r'), { tags: [{ key: 'team', value: 'red' }] });
    expect((await s.gql(USER_ARN, { n: blue.userName }, u.token)).errors).toBeUndefined();
    expect(codeOf(await s.gql(USER_ARN, { n: red.userName }, u.token))).toBe('ACCESS_DENIED');
  });

  test('a group policy applies to its members, and leaving the group takes it away on the next request', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    const g = uniqueName('g');
    await s.gql(CREATE_GROUP, { i: { groupName: g } }, admin);
    await s.gql(ATTACH_GROUP_POLICY, { i: { groupName: g, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    expect(codeOf(await s.gql(USER_NAMES, {}, u.token))).toBe('ACCESS_DENIED');
    await s.gql(ADD_USER_TO_GROUP, { i: { groupName: g, userName: u.userName } }, admin);
    expect((await s.gql(USER_NAMES, {}, u.token)).errors).toBeUndefined();
    await s.gql(
      graphql(`
        mutation RemoveUserFromGroup($i: RemoveUserFromGroupInput!) {
          removeUserFromGroup(input: $i) {
            user {
              userName
            }
          }
        }
      `),
      { i: { groupName: g, userName: u.userName } },
      admin,
    );
    expect(codeOf(await s.gql(USER_NAMES, {}, u.token))).toBe('ACCESS_DENIED');
  });
});
