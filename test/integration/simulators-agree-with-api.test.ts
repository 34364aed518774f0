import { graphql } from '../generated';
import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { policyDoc } from '../support/iam-fixtures';
import {
  CREATE_POLICY,
  CREATE_POLICY_VERSION,
  CREATE_ROLE,
  DELETE_POLICY,
  DELETE_POLICY_VERSION,
  EFFECTIVE_PERMISSIONS_PRINCIPAL,
  PUT_USER_POLICY,
  SET_DEFAULT_POLICY_VERSION_ARN,
} from '../support/operations';
import { codeOf, dataOf, type GqlResponse, present, type SendOk, useTestServer } from '../support/server';

/**
 * Issue 9: the simulators and effectivePermissions answer what the API does.
 *  - item 9: an ARN is compared exactly; a role ARN in another case names no role (NO_SUCH_ENTITY),
 *    so it cannot slip past a Deny written for the role's ARN;
 *  - sts:GetCallerIdentity needs no permission and cannot be denied;
 *  - no one can change an AWS managed policy.
 */
const doc = policyDoc;
const PRINCIPAL_SIM = graphql(`
  query SimulatePrincipalPolicyInSimulateAgreeApi($i: SimulatePrincipalPolicyInput!) {
    simulatePrincipalPolicy(input: $i) {
      evaluationResults {
        evalActionName
        evalResourceName
        evalDecision
        explanation
        matchedStatements {
          sid
        }
      }
    }
  }
`);
const CUSTOM_SIM = graphql(`
  query SimulateCustomPolicyInSimulateAgreeApi($i: SimulateCustomPolicyInput!) {
    simulateCustomPolicy(input: $i) {
      evaluationResults {
        evalActionName
        evalResourceName
        evalDecision
        explanation
      }
    }
  }
`);

describe('the simulators agree with the API (issue 9)', () => {
  const s = useTestServer();
  let admin: string;
  let account: string;
  beforeAll(async () => {
    admin = await s.adminToken();
    account = s.config.accountId;
  });
  const ok: SendOk = (document, variables, token = admin) => s.ok(document, variables, token);
  const putUserPolicy = (userName: string, statements: unknown[]) =>
    ok(PUT_USER_POLICY, { i: { userName, policyName: 'p', policyDocument: doc(statements) } });

  test('item 9: a role ARN in another case does not get past a Deny on the role ARN', async () => {
    const roleName = `Admin${uniqueName('R')}`;
    const trust = doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }]);
    const role = (await ok(CREATE_ROLE, { i: { roleName, assumeRolePolicyDocument: trust } }))?.createRole?.role;
    const auditor = await createUserWithLogin(s);
    await putUserPolicy(auditor.userName, [
      { Effect: 'Allow', Action: ['iam:GetAccountAuthorizationDetails', 'iam:SimulatePrincipalPolicy'], Resource: '*' },
      {
        Sid: 'NotTheAdminRole',
        Effect: 'Deny',
        Action: ['iam:GetAccountAuthorizationDetails', 'iam:SimulatePrincipalPolicy'],
        Resource: role?.arn,
      },
    ]);
    const effective = (principalArn: string) => s.gql(EFFECTIVE_PERMISSIONS_PRINCIPAL, { a: principalArn }, auditor.token);
    const simulate = (policySourceArn: string) =>
      s.gql(PRINCIPAL_SIM, { i: { policySourceArn, actionNames: ['iam:CreateUser'] } }, auditor.token);

    expect(codeOf(await effective(present(role?.arn)))).toBe('ACCESS_DENIED');
    expect(codeOf(await simulate(present(role?.arn)))).toBe('ACCESS_DENIED');
    for (const other of [role?.arn.replace(roleName, roleName.toLowerCase()), role?.arn.replace(roleName, roleName.toUpperCase())]) {
      expect([other, codeOf(await effective(present(other)))]).toEqual([other, 'NO_SUCH_ENTITY']);
      expect([other, codeOf(await simulate(present(other)))]).toEqual([other, 'NO_SUCH_ENTITY']);
    }
    // As for users: only the stored ARN names the principal.
    const u = await createUser(s, `Mixed${uniqueName('U')}`);
    expect(codeOf(await s.gql(EFFECTIVE_PERMISSIONS_PRINCIPAL, { a: u.arn.toLowerCase() }, admin))).toBe('NO_SUCH_ENTITY');
    const own = await s.gql(EFFECTIVE_PERMISSIONS_PRINCIPAL, { a: present(role?.arn) }, admin);
    expect(dataOf(own).effectivePermissions?.principalArn).toBe(role?.arn);
  });

  test('sts:GetCallerIdentity is ALLOWED whatever the policies, as me is', async () => {
    const u = await createUserWithLogin(s);
    await putUserPolicy(u.userName, [{ Sid: 'DenyAll', Effect: 'Deny', Action: '*', Resource: '*' }]);
    const me = await s.gql(
      graphql(`
        query MeInSimulateAgreeApi {
          me {
            ... on User {
              userName
            }
          }
        }
      `),
      {},
      u.token,
    );
    expect(dataOf(me).me?.userName).toBe(u.userName);
    const arn = `arn:aws:iam::${account}:user/${u.userName}`;
    const res = await ok(PRINCIPAL_SIM, {
      i: { policySourceArn: arn, actionNames: ['sts:GetCallerIdentity', 'STS:getcalleridentity', 'iam:GetUser'] },
    });
    expect(res?.simulatePrincipalPolicy?.evaluationResults.map((r: { evalDecision: string }) => r.evalDecision)).toEqual([
      'ALLOWED',
      'ALLOWED',
      'EXPLICIT_DENY',
    ]);
    expect(res?.simulatePrincipalPolicy?.evaluationResults[0].explanation).toMatch(/needs no permission/);
    const custom = await ok(CUSTOM_SIM, {
      i: { policyInputList: [doc([{ Effect: 'Deny', Action: 'sts:*', Resource: '*' }])], actionNames: ['sts:GetCallerIdentity'] },
    });
    expect(custom?.simulateCustomPolicy?.evaluationResults[0].evalDecision).toBe('ALLOWED');
  });

  test('no one can change an AWS managed policy: the simulators say what the API does', async () => {
    const awsPolicy = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
    const actions = [
      'iam:CreatePolicyVersion',
      'iam:DeletePolicyVersion',
      'iam:SetDefaultPolicyVersion',
      'iam:DeletePolicy',
      'iam:TagPolicy',
      'iam:UntagPolicy',
    ];
    const adminArn = `arn:aws:iam::${account}:user/admin`;
    const res = await ok(PRINCIPAL_SIM, {
      i: { policySourceArn: adminArn, actionNames: [...actions, 'iam:GetPolicy'], resourceArns: [awsPolicy] },
    });
    const results = res?.simulatePrincipalPolicy?.evaluationResults;
    expect(results?.map((r: { evalDecision: string }) => r.evalDecision)).toEqual([...actions.map(() => 'EXPLICIT_DENY'), 'ALLOWED']);
    expect(results?.[3].explanation).toContain('because it is an AWS managed policy');
    const custom = await ok(CUSTOM_SIM, {
      i: {
        policyInputList: [doc([{ Effect: 'Allow', Action: '*', Resource: '*' }])],
        actionNames: ['iam:deletepolicy'],
        resourceArns: [awsPolicy],
      },
    });
    expect(custom?.simulateCustomPolicy?.evaluationResults[0].evalDecision).toBe('EXPLICIT_DENY');

    // The API, for the same administrator: ACCESS_DENIED on each write.
    const writes: Array<() => Promise<GqlResponse<unknown>>> = [
      () =>
        s.gql(
          CREATE_POLICY_VERSION,
          { i: { policyArn: awsPolicy, policyDocument: doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]) } },
          admin,
        ),
      () => s.gql(DELETE_POLICY_VERSION, { i: { policyArn: awsPolicy, versionId: 'v1' } }, admin),
      () => s.gql(SET_DEFAULT_POLICY_VERSION_ARN, { i: { policyArn: awsPolicy, versionId: 'v1' } }, admin),
      () => s.gql(DELETE_POLICY, { i: { policyArn: awsPolicy } }, admin),
    ];
    for (const write of writes) expect(codeOf(await write())).toBe('ACCESS_DENIED');

    // A customer policy the administrator may change: both say so.
    const name = uniqueName('P');
    const created = await ok(CREATE_POLICY, {
      i: { policyName: name, policyDocument: doc([{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]) },
    });
    const mine = await ok(PRINCIPAL_SIM, {
      i: { policySourceArn: adminArn, actionNames: ['iam:DeletePolicy'], resourceArns: [present(created?.createPolicy?.policy.arn)] },
    });
    expect(mine?.simulatePrincipalPolicy?.evaluationResults[0].evalDecision).toBe('ALLOWED');
    expect((await s.gql(DELETE_POLICY, { i: { policyArn: present(created?.createPolicy?.policy.arn) } }, admin)).errors).toBeUndefined();
  });
});
