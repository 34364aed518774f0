import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/** simulateCustomPolicy, simulatePrincipalPolicy and validatePolicy with AWS's shapes (issue 3 part 5). */
const SIM = `query($i: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $i) {
  evaluationResults { evalActionName evalResourceName evalDecision missingContextValues allowedByPermissionsBoundary explanation
    matchedStatements { sourcePolicyId sourcePolicyType statementIndex sid effect } } isTruncated } }`;

describe('simulators and validatePolicy', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => {
    await s.close();
  });
  const sim = async (input: Record<string, unknown>) => s.gql(SIM, { i: input }, admin);
  const doc = (o: unknown) => JSON.stringify(o);

  test('a malformed document is MALFORMED_POLICY_DOCUMENT with its findings', async () => {
    const res = await sim({ policyInputList: [doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser' }] })], actionNames: ['iam:GetUser'] });
    expect(codeOf(res)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(res.errors![0]!.extensions!.findings[0]).toMatchObject({ message: expect.stringContaining('Policy statement must contain resources.'), path: 'policyInputList[0].Statement[0]' });
  });

  // "IAM JSON policy elements: Version": variables are substituted only under 2012-10-17.
  test('2008-10-17 and Version-less documents are evaluated with variables left literal', async () => {
    const statement = { Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::*:user/${aws:username}' };
    const ctx = [{ contextKeyName: 'aws:username', contextKeyValues: ['alice'], contextKeyType: 'STRING' }];
    const decision = async (d: unknown, resource: string) =>
      (await sim({ policyInputList: [doc(d)], actionNames: ['iam:GetUser'], resourceArns: [resource], contextEntries: ctx })).data.simulateCustomPolicy.evaluationResults[0].evalDecision;
    expect(await decision({ Version: '2012-10-17', Statement: [statement] }, 'arn:aws:iam::000000000000:user/alice')).toBe('ALLOWED');
    expect(await decision({ Version: '2008-10-17', Statement: [statement] }, 'arn:aws:iam::000000000000:user/alice')).toBe('IMPLICIT_DENY');
    expect(await decision({ Version: '2008-10-17', Statement: [statement] }, 'arn:aws:iam::000000000000:user/${aws:username}')).toBe('ALLOWED');
    expect(await decision({ Statement: [statement] }, 'arn:aws:iam::000000000000:user/${aws:username}')).toBe('ALLOWED');
  });

  test('typed context entries (IP, NUMERIC, DATE, BOOLEAN, STRING_LIST) and missing context values', async () => {
    const policy = doc({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Office',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: {
            IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
            NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
            DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' },
            Bool: { 'aws:SecureTransport': 'true' },
            'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] },
          },
        },
      ],
    });
    const entries = [
      { contextKeyName: 'aws:SourceIp', contextKeyValues: ['203.0.113.7'], contextKeyType: 'IP' },
      { contextKeyName: 'aws:MultiFactorAuthAge', contextKeyValues: ['900'], contextKeyType: 'NUMERIC' },
      { contextKeyName: 'aws:CurrentTime', contextKeyValues: ['2026-01-01T00:00:00Z'], contextKeyType: 'DATE' },
      { contextKeyName: 'aws:SecureTransport', contextKeyValues: ['true'], contextKeyType: 'BOOLEAN' },
      { contextKeyName: 'aws:TagKeys', contextKeyValues: ['env'], contextKeyType: 'STRING_LIST' },
    ];
    const ok = await sim({ policyInputList: [policy], actionNames: ['s3:GetObject'], contextEntries: entries });
    const r = ok.data.simulateCustomPolicy.evaluationResults[0];
    expect(r.evalDecision).toBe('ALLOWED');
    expect(r.matchedStatements).toEqual([{ sourcePolicyId: 'PolicyInputList.1', sourcePolicyType: 'NONE', statementIndex: 0, sid: 'Office', effect: 'Allow' }]);
    const outside = await sim({ policyInputList: [policy], actionNames: ['s3:GetObject'], contextEntries: [{ ...entries[0], contextKeyValues: ['198.51.100.1'] }, ...entries.slice(1)] });
    expect(outside.data.simulateCustomPolicy.evaluationResults[0].evalDecision).toBe('IMPLICIT_DENY');
    const missing = await sim({ policyInputList: [policy], actionNames: ['s3:GetObject'], contextEntries: entries.slice(1) });
    expect(missing.data.simulateCustomPolicy.evaluationResults[0].missingContextValues).toContain('aws:SourceIp');
    const badType = await sim({ policyInputList: [policy], actionNames: ['s3:GetObject'], contextEntries: [{ contextKeyName: 'aws:CurrentTime', contextKeyValues: ['yesterday'], contextKeyType: 'DATE' }] });
    expect(codeOf(badType)).toBe('BAD_USER_INPUT');
  });

  test('a permissions boundary intersects; results come per action and resource', async () => {
    const res = await sim({
      policyInputList: [doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] })],
      permissionsBoundaryPolicyInputList: [doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:Get*', Resource: '*' }] })],
      actionNames: ['iam:GetUser', 'iam:DeleteUser'],
      resourceArns: ['arn:aws:iam::000000000000:user/a', 'arn:aws:iam::000000000000:user/b'],
    });
    const rs = res.data.simulateCustomPolicy.evaluationResults;
    expect(rs.map((r: any) => [r.evalActionName, r.evalResourceName.slice(-1), r.evalDecision, r.allowedByPermissionsBoundary])).toEqual([
      ['iam:GetUser', 'a', 'ALLOWED', true],
      ['iam:GetUser', 'b', 'ALLOWED', true],
      ['iam:DeleteUser', 'a', 'IMPLICIT_DENY', false],
      ['iam:DeleteUser', 'b', 'IMPLICIT_DENY', false],
    ]);
    expect(rs[2].explanation).toMatch(/permissions boundary/);
  });

  test('simulatePrincipalPolicy reports the statement that decided, inherited through a group', async () => {
    const u = await createUser(s);
    const g = uniqueName('g');
    await s.gql('mutation($i: CreateGroupInput!) { createGroup(input: $i) { group { arn } } }', { i: { groupName: g } }, admin);
    await s.gql('mutation($i: AddUserToGroupInput!) { addUserToGroup(input: $i) { user { userName } } }', { i: { groupName: g, userName: u.userName } }, admin);
    await s.gql('mutation($i: PutGroupPolicyInput!) { putGroupPolicy(input: $i) { group { groupName } } }', {
      i: { groupName: g, policyName: 'DenyDelete', policyDocument: doc({ Version: '2012-10-17', Statement: [{ Sid: 'NoDelete', Effect: 'Deny', Action: 'iam:Delete*', Resource: '*' }] }) },
    }, admin);
    await s.gql('mutation($i: AttachUserPolicyInput!) { attachUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMFullAccess' } }, admin);
    const res = await s.gql(
      'query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) { evaluationResults { evalActionName evalDecision matchedStatements { sourcePolicyId sourcePolicyType sid effect } } } }',
      { i: { policySourceArn: u.arn, actionNames: ['iam:DeleteUser', 'iam:CreateUser'] } },
      admin,
    );
    const [del, create] = res.data.simulatePrincipalPolicy.evaluationResults;
    expect(del.evalDecision).toBe('EXPLICIT_DENY');
    expect(del.matchedStatements).toContainEqual({ sourcePolicyId: 'DenyDelete', sourcePolicyType: 'GROUP', sid: 'NoDelete', effect: 'Deny' });
    expect(create).toEqual({ evalActionName: 'iam:CreateUser', evalDecision: 'ALLOWED', matchedStatements: [{ sourcePolicyId: 'arn:aws:iam::aws:policy/IAMFullAccess', sourcePolicyType: 'AWS_MANAGED', sid: null, effect: 'Allow' }] });
    const eff = await s.gql(`{ group(groupName: "${g}") { effectivePermissions { statements { sid effect source { policyType viaGroup } } } } }`, {}, admin);
    expect(eff.data.group.effectivePermissions.statements).toEqual([{ sid: 'NoDelete', effect: 'Deny', source: { policyType: 'INLINE', viaGroup: null } }]);
  });

  test('validatePolicy returns findings, never an error, and needs an authenticated caller', async () => {
    const q = 'query($d: String!) { validatePolicy(policyDocument: $d) { valid findings { findingType issueCode path } } }';
    const res = await s.gql(q, { d: doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'iam:DeleteUser', Resource: '*' }] }) }, admin);
    expect(res.data.validatePolicy.valid).toBe(true);
    expect(res.data.validatePolicy.findings).toContainEqual({ findingType: 'SECURITY_WARNING', issueCode: 'ALLOW_WITH_NOT_ACTION', path: '$.Statement[0].NotAction' });
    const bad = await s.gql(q, { d: '{"Statement": [' }, admin);
    expect(bad.data.validatePolicy.valid).toBe(false);
    expect(codeOf(await s.gql(q, { d: '{}' }))).toBe('UNAUTHENTICATED');
  });
});
