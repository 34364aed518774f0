import { createUser, createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * The API guards itself with its own evaluator: AWS's documented self-service policies work verbatim,
 * and denials carry AWS's AccessDenied message shapes.
 */
const ACCOUNT = '000000000000';

async function attach(s: TestServer, userName: string, policyArn: string) {
  const res = await s.gql('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyArn } }, await s.adminToken());
  expect(res.errors).toBeUndefined();
}

async function putInline(s: TestServer, userName: string, policyName: string, doc: unknown) {
  const res = await s.gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName, policyDocument: JSON.stringify(doc) } }, await s.adminToken());
  expect(res.errors).toBeUndefined();
}

describe('authorization: self-service policies and denial messages', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('a user with no policy is denied with AWS message shape, and the decision is counted', async () => {
    const u = await createUserWithLogin(s);
    const res = await s.gql('{ users { edges { node { userName } } } }', {}, u.token);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(res.errors![0]!.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${u.userName} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${ACCOUNT}:user/* because no identity-based policy allows the iam:ListUsers action`,
    );
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/iam_authz_decisions_total\{decision="IMPLICIT_DENY"\} [1-9]/);
    expect(metrics).toMatch(/iam_authz_decisions_total\{decision="ALLOWED"\} [1-9]/);
  });

  // AWS managed policy IAMUserChangePassword (AWS Managed Policy Reference, v3).
  test('a user with only IAMUserChangePassword can change their password and nothing else', async () => {
    const u = await createUserWithLogin(s);
    await attach(s, u.userName, 'arn:aws:iam::aws:policy/IAMUserChangePassword');
    const change = await s.gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }', { i: { oldPassword: u.password, newPassword: strongPassword() } }, u.token);
    expect(change.errors).toBeUndefined();
    const pp = await s.gql('{ accountPasswordPolicy { minimumPasswordLength } }', {}, u.token);
    expect(pp.errors).toBeUndefined();
    for (const q of ['{ users { edges { node { userName } } } }', `{ user(userName: "${u.userName}") { arn } }`, '{ policies { edges { node { arn } } } }']) {
      expect(codeOf(await s.gql(q, {}, u.token))).toBe('ACCESS_DENIED');
    }
    const other = await createUser(s);
    const create = await s.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { user { arn } } }', { i: { userName: uniqueName() } }, u.token);
    expect(codeOf(create)).toBe('ACCESS_DENIED');
    const rename = await s.gql('mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { arn } } }', { i: { userName: other.userName, newPath: '/x/' } }, u.token);
    expect(codeOf(rename)).toBe('ACCESS_DENIED');
  });

  test('a user on a path still matches IAMUserChangePassword (arn:aws:iam::*:user/*/${aws:username})', async () => {
    const name = uniqueName('p');
    await createUser(s, name, { path: '/eng/' });
    const password = strongPassword();
    await s.gql('mutation($i: CreateLoginProfileInput!) { createLoginProfile(input: $i) { loginProfile { userName } } }', { i: { userName: name, password } }, await s.adminToken());
    await attach(s, name, 'arn:aws:iam::aws:policy/IAMUserChangePassword');
    const login = await s.gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { session { token } } }', { u: name, p: password });
    const token = login.data.login.session.token;
    const change = await s.gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }', { i: { oldPassword: password, newPassword: strongPassword() } }, token);
    expect(change.errors).toBeUndefined();
  });

  // "IAM: Allows IAM users to self-manage an MFA device" (IAM User Guide, reference_policies_examples_iam_mfa-selfmanage).
  test('the self-manage-MFA policy: without MFA only the MFA set-up actions work, everything else is explicitly denied', async () => {
    const u = await createUserWithLogin(s);
    await putInline(s, u.userName, 'SelfManageMfa', {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
        { Sid: 'AllowUserToCreateVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
        { Sid: 'AllowUserToManageTheirOwnMFA', Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
        { Sid: 'AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA', Effect: 'Allow', Action: ['iam:DeactivateMFADevice'], Resource: ['arn:aws:iam::*:user/${aws:username}'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
        { Sid: 'BlockMostAccessUnlessSignedInWithMFA', Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
      ],
    });
    // Allowed without MFA: listing users and creating a virtual MFA device.
    const list = await s.gql('{ users { edges { node { userName } } } }', {}, u.token);
    expect(list.errors).toBeUndefined();
    const device = await s.gql('mutation($i: CreateVirtualMfaDeviceInput!) { createVirtualMfaDevice(input: $i) { virtualMfaDevice { serialNumber } } }', { i: { virtualMfaDeviceName: u.userName } }, u.token);
    expect(device.errors).toBeUndefined();
    // Everything else: the BoolIfExists deny applies (the session has aws:MultiFactorAuthPresent=false).
    const get = await s.gql(`{ user(userName: "${u.userName}") { arn } }`, {}, u.token);
    expect(codeOf(get)).toBe('ACCESS_DENIED');
    expect(get.errors![0]!.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/${u.userName} is not authorized to perform: iam:GetUser on resource: arn:aws:iam::${ACCOUNT}:user/${u.userName} with an explicit deny in an identity-based policy`,
    );
    const tag = await s.gql('mutation($i: TagUserInput!) { tagUser(input: $i) { user { userName } } }', { i: { userName: u.userName, tags: [{ key: 'k', value: 'v' }] } }, u.token);
    expect(codeOf(tag)).toBe('ACCESS_DENIED');
    // With MFA (as the simulator shows with the same evaluator), deactivating one's own device is allowed.
    const sim = await s.gql(
      `query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) { evaluationResults { evalActionName evalDecision } } }`,
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
    expect(sim.data.simulatePrincipalPolicy.evaluationResults).toEqual([
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
          Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:GetAccessKeyLastUsed', 'iam:GetUser', 'iam:ListAccessKeys', 'iam:UpdateAccessKey'],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
      ],
    });
    const mine = await s.gql('mutation($i: CreateAccessKeyInput!) { createAccessKey(input: $i) { accessKey { accessKeyId status } } }', { i: { userName: u.userName } }, u.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.createAccessKey.accessKey.status).toBe('Active');
    const me = await s.gql(`{ user(userName: "${u.userName}") { userName } }`, {}, u.token);
    expect(me.errors).toBeUndefined();
    const other = await createUser(s);
    const theirs = await s.gql('mutation($i: CreateAccessKeyInput!) { createAccessKey(input: $i) { accessKey { accessKeyId } } }', { i: { userName: other.userName } }, u.token);
    expect(codeOf(theirs)).toBe('ACCESS_DENIED');
  });

  test('a permissions boundary limits: denial names the boundary; an explicit deny in the boundary says so', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    await attach(s, u.userName, 'arn:aws:iam::aws:policy/IAMFullAccess');
    const boundary = await s.gql('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', {
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
    }, admin);
    const boundaryArn = boundary.data.createPolicy.policy.arn;
    const put = await s.gql('mutation($i: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $i) { user { permissionsBoundary { permissionsBoundaryArn } } } }', { i: { userName: u.userName, permissionsBoundary: boundaryArn } }, admin);
    expect(put.data.putUserPermissionsBoundary.user.permissionsBoundary.permissionsBoundaryArn).toBe(boundaryArn);
    expect((await s.gql('{ users { edges { node { userName } } } }', {}, u.token)).errors).toBeUndefined();
    const create = await s.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { user { arn } } }', { i: { userName: 'bnd' + uniqueName() } }, u.token);
    expect(create.errors![0]!.message).toMatch(/because no permissions boundary allows the iam:CreateUser action$/);
    const pol = await s.gql('{ policies { edges { node { arn } } } }', {}, u.token);
    expect(pol.errors![0]!.message).toMatch(/with an explicit deny in a permissions boundary$/);
    // Removing the boundary gives the full IAMFullAccess back on the next request.
    await s.gql('mutation($i: DeleteUserPermissionsBoundaryInput!) { deleteUserPermissionsBoundary(input: $i) { user { userName } } }', { i: { userName: u.userName } }, admin);
    expect((await s.gql('{ policies { edges { node { arn } } } }', {}, u.token)).errors).toBeUndefined();
  });

  test('tag-based access: iam:ResourceTag on the target user and aws:PrincipalTag of the caller', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    await s.gql('mutation($i: TagUserInput!) { tagUser(input: $i) { user { userName } } }', { i: { userName: u.userName, tags: [{ key: 'team', value: 'blue' }] } }, admin);
    await putInline(s, u.userName, 'SameTeam', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*', Condition: { StringEquals: { 'iam:ResourceTag/team': '${aws:PrincipalTag/team}' } } }],
    });
    const blue = await createUser(s, uniqueName('b'), { tags: [{ key: 'Team', value: 'blue' }] });
    const red = await createUser(s, uniqueName('r'), { tags: [{ key: 'team', value: 'red' }] });
    expect((await s.gql(`{ user(userName: "${blue.userName}") { arn } }`, {}, u.token)).errors).toBeUndefined();
    expect(codeOf(await s.gql(`{ user(userName: "${red.userName}") { arn } }`, {}, u.token))).toBe('ACCESS_DENIED');
  });

  test('a group policy applies to its members, and leaving the group takes it away on the next request', async () => {
    const u = await createUserWithLogin(s);
    const admin = await s.adminToken();
    const g = uniqueName('g');
    await s.gql('mutation($i: CreateGroupInput!) { createGroup(input: $i) { group { arn } } }', { i: { groupName: g } }, admin);
    await s.gql('mutation($i: AttachGroupPolicyInput!) { attachGroupPolicy(input: $i) { group { groupName } } }', { i: { groupName: g, policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);
    expect(codeOf(await s.gql('{ users { edges { node { userName } } } }', {}, u.token))).toBe('ACCESS_DENIED');
    await s.gql('mutation($i: AddUserToGroupInput!) { addUserToGroup(input: $i) { user { userName } } }', { i: { groupName: g, userName: u.userName } }, admin);
    expect((await s.gql('{ users { edges { node { userName } } } }', {}, u.token)).errors).toBeUndefined();
    await s.gql('mutation($i: RemoveUserFromGroupInput!) { removeUserFromGroup(input: $i) { user { userName } } }', { i: { groupName: g, userName: u.userName } }, admin);
    expect(codeOf(await s.gql('{ users { edges { node { userName } } } }', {}, u.token))).toBe('ACCESS_DENIED');
  });
});
