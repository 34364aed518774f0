import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9: the simulators and effectivePermissions answer what the API does.
 *  - item 9: an ARN is compared exactly; a role ARN in another case names no role (NO_SUCH_ENTITY),
 *    so it cannot slip past a Deny written for the role's ARN;
 *  - sts:GetCallerIdentity needs no permission and cannot be denied;
 *  - no one can change an AWS managed policy.
 */
const doc = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const PRINCIPAL_SIM = `query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) {
  evaluationResults { evalActionName evalResourceName evalDecision explanation matchedStatements { sid } } } }`;
const CUSTOM_SIM = `query($i: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $i) {
  evaluationResults { evalActionName evalResourceName evalDecision explanation } } }`;

describe('the simulators agree with the API (issue 9)', () => {
  let s: TestServer;
  let admin: string;
  let account: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
    account = s.config.accountId;
  });
  afterAll(async () => {
    await s.close();
  });
  const ok = async (query: string, variables: Record<string, unknown>, token = admin) => {
    const res = await s.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const putUserPolicy = (userName: string, statements: unknown[]) =>
    ok('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName: 'p', policyDocument: doc(statements) } });

  test('item 9: a role ARN in another case does not get past a Deny on the role ARN', async () => {
    const roleName = `Admin${uniqueName('R')}`;
    const trust = doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }]);
    const role = (await ok('mutation($i: CreateRoleInput!) { createRole(input: $i) { role { arn } } }', { i: { roleName, assumeRolePolicyDocument: trust } })).createRole.role;
    const auditor = await createUserWithLogin(s);
    await putUserPolicy(auditor.userName, [
      { Effect: 'Allow', Action: ['iam:GetAccountAuthorizationDetails', 'iam:SimulatePrincipalPolicy'], Resource: '*' },
      { Sid: 'NotTheAdminRole', Effect: 'Deny', Action: ['iam:GetAccountAuthorizationDetails', 'iam:SimulatePrincipalPolicy'], Resource: role.arn },
    ]);
    const effective = (principalArn: string) => s.gql('query($a: String!) { effectivePermissions(principalArn: $a) { principalArn } }', { a: principalArn }, auditor.token);
    const simulate = (policySourceArn: string) => s.gql(PRINCIPAL_SIM, { i: { policySourceArn, actionNames: ['iam:CreateUser'] } }, auditor.token);

    expect(codeOf(await effective(role.arn))).toBe('ACCESS_DENIED');
    expect(codeOf(await simulate(role.arn))).toBe('ACCESS_DENIED');
    for (const other of [role.arn.replace(roleName, roleName.toLowerCase()), role.arn.replace(roleName, roleName.toUpperCase())]) {
      expect([other, codeOf(await effective(other))]).toEqual([other, 'NO_SUCH_ENTITY']);
      expect([other, codeOf(await simulate(other))]).toEqual([other, 'NO_SUCH_ENTITY']);
    }
    // As for users: only the stored ARN names the principal.
    const u = await createUser(s, `Mixed${uniqueName('U')}`);
    expect(codeOf(await s.gql('query($a: String!) { effectivePermissions(principalArn: $a) { principalArn } }', { a: u.arn.toLowerCase() }, admin))).toBe('NO_SUCH_ENTITY');
    const own = await s.gql('query($a: String!) { effectivePermissions(principalArn: $a) { principalArn } }', { a: role.arn }, admin);
    expect(own.data.effectivePermissions.principalArn).toBe(role.arn);
  });

  test('sts:GetCallerIdentity is ALLOWED whatever the policies, as me is', async () => {
    const u = await createUserWithLogin(s);
    await putUserPolicy(u.userName, [{ Sid: 'DenyAll', Effect: 'Deny', Action: '*', Resource: '*' }]);
    const me = await s.gql('{ me { ... on User { userName } } }', {}, u.token);
    expect(me.data.me.userName).toBe(u.userName);
    const arn = `arn:aws:iam::${account}:user/${u.userName}`;
    const res = await ok(PRINCIPAL_SIM, { i: { policySourceArn: arn, actionNames: ['sts:GetCallerIdentity', 'STS:getcalleridentity', 'iam:GetUser'] } });
    expect(res.simulatePrincipalPolicy.evaluationResults.map((r: { evalDecision: string }) => r.evalDecision)).toEqual(['ALLOWED', 'ALLOWED', 'EXPLICIT_DENY']);
    expect(res.simulatePrincipalPolicy.evaluationResults[0].explanation).toMatch(/needs no permission/);
    const custom = await ok(CUSTOM_SIM, { i: { policyInputList: [doc([{ Effect: 'Deny', Action: 'sts:*', Resource: '*' }])], actionNames: ['sts:GetCallerIdentity'] } });
    expect(custom.simulateCustomPolicy.evaluationResults[0].evalDecision).toBe('ALLOWED');
  });

  test('no one can change an AWS managed policy: the simulators say what the API does', async () => {
    const awsPolicy = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
    const actions = ['iam:CreatePolicyVersion', 'iam:DeletePolicyVersion', 'iam:SetDefaultPolicyVersion', 'iam:DeletePolicy', 'iam:TagPolicy', 'iam:UntagPolicy'];
    const adminArn = `arn:aws:iam::${account}:user/admin`;
    const res = await ok(PRINCIPAL_SIM, { i: { policySourceArn: adminArn, actionNames: [...actions, 'iam:GetPolicy'], resourceArns: [awsPolicy] } });
    const results = res.simulatePrincipalPolicy.evaluationResults;
    expect(results.map((r: { evalDecision: string }) => r.evalDecision)).toEqual([...actions.map(() => 'EXPLICIT_DENY'), 'ALLOWED']);
    expect(results[3].explanation).toContain('because it is an AWS managed policy');
    const custom = await ok(CUSTOM_SIM, { i: { policyInputList: [doc([{ Effect: 'Allow', Action: '*', Resource: '*' }])], actionNames: ['iam:deletepolicy'], resourceArns: [awsPolicy] } });
    expect(custom.simulateCustomPolicy.evaluationResults[0].evalDecision).toBe('EXPLICIT_DENY');

    // The API, for the same administrator: ACCESS_DENIED on each write.
    const writes: [string, Record<string, unknown>][] = [
      ['mutation($i: CreatePolicyVersionInput!) { createPolicyVersion(input: $i) { policyVersion { versionId } } }', { policyArn: awsPolicy, policyDocument: doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]) }],
      ['mutation($i: DeletePolicyVersionInput!) { deletePolicyVersion(input: $i) { policy { arn } } }', { policyArn: awsPolicy, versionId: 'v1' }],
      ['mutation($i: SetDefaultPolicyVersionInput!) { setDefaultPolicyVersion(input: $i) { policy { arn } } }', { policyArn: awsPolicy, versionId: 'v1' }],
      ['mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }', { policyArn: awsPolicy }],
    ];
    for (const [m, i] of writes) expect(codeOf(await s.gql(m, { i }, admin))).toBe('ACCESS_DENIED');

    // A customer policy the administrator may change: both say so.
    const name = uniqueName('P');
    const created = await ok('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { arn } } }', { i: { policyName: name, policyDocument: doc([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]) } });
    const mine = await ok(PRINCIPAL_SIM, { i: { policySourceArn: adminArn, actionNames: ['iam:DeletePolicy'], resourceArns: [created.createPolicy.policy.arn] } });
    expect(mine.simulatePrincipalPolicy.evaluationResults[0].evalDecision).toBe('ALLOWED');
    expect((await s.gql('mutation($i: DeletePolicyInput!) { deletePolicy(input: $i) { policyArn } }', { i: { policyArn: created.createPolicy.policy.arn } }, admin)).errors).toBeUndefined();
  });
});
