import { graphql } from '../generated';
import type { SimulateCustomPolicyInput, SimulatePrincipalPolicyInput } from '../generated/graphql';
import { createUser, uniqueName } from '../support/factories';
import { policyDoc, trustStatement } from '../support/iam-fixtures';
import { ADD_USER_TO_GROUP, CREATE_GROUP, CREATE_ROLE } from '../support/operations';
import { codeOf, dataOf, findingsOf, type GqlResponse, present, useTestServer } from '../support/server';

/**
 * The simulators with a resource-based policy (AWS's SimulateCustomPolicy and
 * SimulatePrincipalPolicy `ResourcePolicy`, `ResourceOwner`, `CallerArn`), decided as AWS's policy
 * evaluation logic combines a resource-based policy with the caller's own: same account, either may
 * allow; cross-account, both must; an explicit deny anywhere wins.
 */
const CUSTOM = graphql(`
  query SimulateCustomPolicyWithResourcePolicy($i: SimulateCustomPolicyInput!) {
    simulateCustomPolicy(input: $i) {
      evaluationResults {
        evalResourceName
        evalDecision
        explanation
        matchedStatements {
          sid
          effect
          policySource {
            type
            policyId
          }
        }
      }
    }
  }
`);
const PRINCIPAL = graphql(`
  query SimulatePrincipalPolicyWithResourcePolicy($i: SimulatePrincipalPolicyInput!) {
    simulatePrincipalPolicy(input: $i) {
      evaluationResults {
        evalDecision
        explanation
      }
    }
  }
`);
const VALIDATE = graphql(`
  query ValidateResourcePolicy($d: String!) {
    validatePolicy(policyDocument: $d, policyType: RESOURCE_POLICY) {
      valid
      findings {
        findingType
        issueCode
        path
      }
    }
  }
`);

const OTHER = '444455556666';
const OBJECT = 'arn:aws:s3:::docs/report.txt';
const read = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::docs/*',
  ...extra,
});
const allowRead = policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
const allowList = policyDoc([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }]);

describe('simulators with a resource-based policy', () => {
  const s = useTestServer();
  let admin: string;
  let account: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    account = s.config.accountId;
  });
  const custom = (i: SimulateCustomPolicyInput) => s.gql(CUSTOM, { i }, admin);
  const principal = (i: SimulatePrincipalPolicyInput) => s.gql(PRINCIPAL, { i }, admin);
  const first = (res: GqlResponse<{ simulateCustomPolicy?: { evaluationResults: unknown[] } | null }>) =>
    present(dataOf(res).simulateCustomPolicy).evaluationResults[0] as {
      evalDecision: string;
      explanation: string;
      matchedStatements: { sid: string | null; effect: string; policySource: { type: string; policyId: string } }[];
    };
  const userArn = (name: string) => `arn:aws:iam::${account}:user/${name}`;
  const roleArn = (name: string) => `arn:aws:iam::${account}:role/${name}`;
  const decision = async (i: Partial<SimulateCustomPolicyInput>) =>
    first(await custom({ policyInputList: [], actionNames: ['s3:GetObject'], resourceArns: [OBJECT], ...i })).evalDecision;

  test('same account: a resource policy naming the caller allows without an identity policy, and says which statement', async () => {
    const res = await custom({
      policyInputList: [],
      actionNames: ['s3:GetObject'],
      resourceArns: [OBJECT],
      callerArn: userArn('alice'),
      resourcePolicy: policyDoc([
        read({ AWS: userArn('alice') }, { Sid: 'AliceReads' }),
        read({ AWS: userArn('bob') }, { Sid: 'BobReads' }),
      ]),
    });
    const r = first(res);
    expect(r.evalDecision).toBe('ALLOWED');
    expect(r.matchedStatements).toEqual([
      { sid: 'AliceReads', effect: 'Allow', policySource: { type: 'RESOURCE', policyId: 'ResourcePolicy' } },
    ]);
    expect(r.explanation).toContain('statement "AliceReads" of ResourcePolicy');
  });

  test('same account: either side may allow, an explicit deny in either wins', async () => {
    const caller = userArn('alice');
    const bobOnly = policyDoc([read({ AWS: userArn('bob') })]);
    expect(await decision({ callerArn: caller, policyInputList: [allowRead], resourcePolicy: bobOnly })).toBe('ALLOWED');
    expect(await decision({ callerArn: caller, policyInputList: [allowList], resourcePolicy: bobOnly })).toBe('IMPLICIT_DENY');
    const denyAll = policyDoc([{ ...read('*'), Effect: 'Deny' }]);
    expect(await decision({ callerArn: caller, policyInputList: [allowRead], resourcePolicy: denyAll })).toBe('EXPLICIT_DENY');
    const denyRead = policyDoc([{ Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }]);
    expect(await decision({ callerArn: caller, policyInputList: [denyRead], resourcePolicy: policyDoc([read({ AWS: caller })]) })).toBe(
      'EXPLICIT_DENY',
    );
  });

  test('the user named is not limited by its boundary; the role named is, and the account named needs an identity Allow', async () => {
    const boundary = [allowList];
    const named = (p: string) => policyDoc([read({ AWS: p })]);
    expect(
      await decision({
        callerArn: userArn('alice'),
        permissionsBoundaryPolicyInputList: boundary,
        resourcePolicy: named(userArn('alice')),
      }),
    ).toBe('ALLOWED');
    expect(await decision({ callerArn: roleArn('app'), resourcePolicy: named(roleArn('app')) })).toBe('ALLOWED');
    expect(
      await decision({ callerArn: roleArn('app'), permissionsBoundaryPolicyInputList: boundary, resourcePolicy: named(roleArn('app')) }),
    ).toBe('IMPLICIT_DENY');
    expect(await decision({ callerArn: userArn('alice'), resourcePolicy: named(account) })).toBe('IMPLICIT_DENY');
    expect(
      await decision({ callerArn: userArn('alice'), policyInputList: [allowRead], resourcePolicy: named(`arn:aws:iam::${account}:root`) }),
    ).toBe('ALLOWED');
  });

  test('cross-account (resourceOwner another account): both the identity policies and the resource policy must allow', async () => {
    const owner = `arn:aws:iam::${OTHER}:root`;
    const rp = policyDoc([read({ AWS: userArn('alice') })]);
    expect(await decision({ callerArn: userArn('alice'), resourceOwner: owner, resourcePolicy: rp })).toBe('IMPLICIT_DENY');
    expect(await decision({ callerArn: userArn('alice'), resourceOwner: owner, resourcePolicy: rp, policyInputList: [allowRead] })).toBe(
      'ALLOWED',
    );
    const res = await custom({
      policyInputList: [allowRead],
      actionNames: ['s3:GetObject'],
      resourceArns: [OBJECT],
      callerArn: userArn('alice'),
      resourceOwner: owner,
      resourcePolicy: policyDoc([read({ AWS: userArn('bob') })]),
    });
    expect(first(res)).toMatchObject({
      evalDecision: 'IMPLICIT_DENY',
      explanation: expect.stringContaining('no resource-based policy allows'),
    });
  });

  test('bad resource-policy input is refused with a code', async () => {
    const base = { policyInputList: [], actionNames: ['s3:GetObject'] };
    const rp = policyDoc([read('*')]);
    const field = (res: GqlResponse<unknown>) => [codeOf(res), res.errors?.[0]?.extensions?.field];
    expect(field(await custom({ ...base, resourcePolicy: rp }))).toEqual(['BAD_USER_INPUT', 'callerArn']);
    expect(field(await custom({ ...base, resourcePolicy: rp, callerArn: `arn:aws:iam::${account}:group/g` }))).toEqual([
      'BAD_USER_INPUT',
      'callerArn',
    ]);
    expect(field(await custom({ ...base, resourcePolicy: rp, callerArn: userArn('a'), resourceOwner: OTHER }))).toEqual([
      'BAD_USER_INPUT',
      'resourceOwner',
    ]);
    expect(field(await custom({ ...base, resourcePolicy: `${rp}${' '.repeat(131_073 - rp.length)}`, callerArn: userArn('a') }))).toEqual([
      'BAD_USER_INPUT',
      'resourcePolicy',
    ]);
    const longOwner = `arn:aws:iam::${'1'.repeat(2049 - 19)}:root`;
    expect(field(await custom({ ...base, resourcePolicy: rp, callerArn: userArn('a'), resourceOwner: longOwner }))).toEqual([
      'BAD_USER_INPUT',
      'resourceOwner',
    ]);
    expect(field(await custom({ ...base, callerArn: `arn:aws:sts::${account}:assumed-role/app/s1` }))).toEqual([
      'BAD_USER_INPUT',
      'callerArn',
    ]);
    const noPrincipal = await custom({
      ...base,
      callerArn: userArn('a'),
      resourcePolicy: policyDoc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]),
    });
    expect(codeOf(noPrincipal)).toBe('MALFORMED_POLICY_DOCUMENT');
    expect(findingsOf(noPrincipal)[0]).toMatchObject({ message: 'Missing required field Principal', path: 'resourcePolicy.Statement[0]' });
  });

  test('simulatePrincipalPolicy: the user is the caller by default; a role stands for its sessions; a group needs callerArn', async () => {
    const user = await createUser(s);
    const base = { actionNames: ['s3:GetObject'], resourceArns: [OBJECT] };
    const naming = (p: string) => policyDoc([read({ AWS: p })]);
    const principalDecision = async (i: SimulatePrincipalPolicyInput) =>
      present(dataOf(await principal(i)).simulatePrincipalPolicy).evaluationResults[0].evalDecision;
    expect(await principalDecision({ ...base, policySourceArn: user.arn })).toBe('IMPLICIT_DENY');
    expect(await principalDecision({ ...base, policySourceArn: user.arn, resourcePolicy: naming(user.arn) })).toBe('ALLOWED');
    // CallerArn: "simulate calling the API operations as Bob, as if Bob had David's policies".
    expect(
      await principalDecision({ ...base, policySourceArn: user.arn, callerArn: userArn('bob'), resourcePolicy: naming(user.arn) }),
    ).toBe('IMPLICIT_DENY');

    const roleName = uniqueName('R');
    const role = present(
      dataOf(await s.gql(CREATE_ROLE, { i: { roleName, assumeRolePolicyDocument: policyDoc([trustStatement({ AWS: account })]) } }, admin))
        .createRole,
    ).role;
    expect(await principalDecision({ ...base, policySourceArn: role.arn, resourcePolicy: naming(role.arn) })).toBe('ALLOWED');
    expect(
      await principalDecision({
        ...base,
        policySourceArn: role.arn,
        resourcePolicy: naming(role.arn),
        permissionsBoundaryPolicyInputList: [allowList],
      }),
    ).toBe('IMPLICIT_DENY');

    const groupName = uniqueName('G');
    const group = present(dataOf(await s.gql(CREATE_GROUP, { i: { groupName } }, admin)).createGroup).group;
    await s.ok(ADD_USER_TO_GROUP, { i: { groupName, userName: user.userName } }, admin);
    const refused = await principal({ ...base, policySourceArn: group.arn, resourcePolicy: naming(user.arn) });
    expect([codeOf(refused), refused.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'callerArn']);
    expect(await principalDecision({ ...base, policySourceArn: group.arn, callerArn: user.arn, resourcePolicy: naming(user.arn) })).toBe(
      'ALLOWED',
    );
  });

  test('validatePolicy with RESOURCE_POLICY requires a Principal, located', async () => {
    const res = await s.gql(
      VALIDATE,
      { d: policyDoc([read({ AWS: account }), { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]) },
      admin,
    );
    const v = present(dataOf(res).validatePolicy);
    expect(v.valid).toBe(false);
    expect(v.findings).toContainEqual({ findingType: 'ERROR', issueCode: 'MISSING_PRINCIPAL', path: '$.Statement[1]' });
    const ok = present(dataOf(await s.gql(VALIDATE, { d: policyDoc([read({ AWS: account })]) }, admin)).validatePolicy);
    expect(ok.valid).toBe(true);
  });
});
