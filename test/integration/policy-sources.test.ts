import { graphql } from '../generated';
import { createUser, uniqueName } from '../support/factories';
import { ADD_USER_TO_GROUP, ATTACH_GROUP_POLICY, CREATE_GROUP, CREATE_POLICY, PUT_USER_POLICY } from '../support/operations';
import { dataOf, present, useTestServer } from '../support/server';

/**
 * One vocabulary for where a statement comes from: effectivePermissions' statements, the
 * simulators' matched statements and validatePolicy's findings all answer with PolicySource.
 */
graphql(`
  fragment PolicySourceFields on PolicySource {
    type
    policyId
    policyArn
    policyName
    versionId
    viaGroup
    statementIndex
  }
`);

const VALIDATE = graphql(`
  query ValidatePolicySources($d: String!) {
    validatePolicy(policyDocument: $d) {
      findings {
        issueCode
        path
        policySource {
          ...PolicySourceFields
        }
      }
    }
  }
`);
const VALIDATE_TRUST = graphql(`
  query ValidateTrustPolicySources($d: String!) {
    validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) {
      findings {
        policySource {
          ...PolicySourceFields
        }
      }
    }
  }
`);

const doc = (action: string, effect = 'Allow') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'First', Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' },
      { Effect: effect, Action: action, Resource: '*' },
    ],
  });

describe('policy sources, one vocabulary', () => {
  const s = useTestServer();
  let token: string;
  let userArn: string;
  let policyArn: string;
  const userName = uniqueName('src');
  const groupName = uniqueName('srcg');

  beforeAll(async () => {
    token = await s.adminToken();
    userArn = (await createUser(s, userName)).arn;
    await s.ok(CREATE_GROUP, { i: { groupName } }, token);
    await s.ok(ADD_USER_TO_GROUP, { i: { groupName, userName } }, token);
    const created = await s.ok(CREATE_POLICY, { i: { policyName: uniqueName('ListUsers'), policyDocument: doc('iam:ListUsers') } }, token);
    policyArn = present(created.createPolicy?.policy, 'the created policy').arn;
    await s.ok(ATTACH_GROUP_POLICY, { i: { groupName, policyArn } }, token);
    await s.ok(PUT_USER_POLICY, { i: { userName, policyName: 'own', policyDocument: doc('iam:GetUser', 'Deny') } }, token);
  });

  test('effectivePermissions and simulatePrincipalPolicy name the same sources the same way', async () => {
    const eff = await s.gql(
      graphql(`
        query EffectivePermissionsPolicySources($a: String!) {
          effectivePermissions(principalArn: $a) {
            statements {
              sid
              source {
                policyType
              }
              policySource {
                ...PolicySourceFields
              }
            }
          }
        }
      `),
      { a: userArn },
      token,
    );
    expect(eff.errors).toBeUndefined();
    const statements = present(dataOf(eff).effectivePermissions, 'effectivePermissions').statements;
    const sources = statements.map((st) => st.policySource);
    const managed = present(
      sources.find((x) => x.policyArn === policyArn && x.statementIndex === 1),
      'the managed policy statement',
    );
    expect(managed).toEqual({
      type: 'USER_MANAGED',
      policyId: policyArn,
      policyArn,
      policyName: expect.any(String),
      versionId: 'v1',
      viaGroup: groupName,
      statementIndex: 1,
    });
    const inline = present(
      sources.find((x) => x.policyId === 'own' && x.statementIndex === 1),
      'the inline policy statement',
    );
    expect(inline).toEqual({
      type: 'USER',
      policyId: 'own',
      policyArn: null,
      policyName: 'own',
      versionId: null,
      viaGroup: null,
      statementIndex: 1,
    });
    // The old field still answers.
    expect(statements.map((st) => st.source.policyType)).toContain('INLINE');

    const sim = await s.gql(
      graphql(`
        query SimulatePrincipalPolicySources($a: String!) {
          simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: ["iam:ListUsers", "iam:GetUser"] }) {
            evaluationResults {
              evalActionName
              evalDecision
              matchedStatements {
                sourcePolicyId
                sourcePolicyType
                policySource {
                  ...PolicySourceFields
                }
              }
            }
          }
        }
      `),
      { a: userArn },
      token,
    );
    expect(sim.errors).toBeUndefined();
    const [list, get] = present(dataOf(sim).simulatePrincipalPolicy, 'simulatePrincipalPolicy').evaluationResults;
    expect(list?.evalDecision).toBe('ALLOWED');
    expect(list?.matchedStatements[0]?.policySource).toEqual(managed);
    expect(list?.matchedStatements[0]).toMatchObject({ sourcePolicyId: policyArn, sourcePolicyType: 'USER_MANAGED' });
    expect(get?.evalDecision).toBe('EXPLICIT_DENY');
    expect(get?.matchedStatements[0]?.policySource).toEqual(inline);
  });

  test('one managed policy on two groups: each member sees the group it came through', async () => {
    const shared = await s.ok(CREATE_POLICY, { i: { policyName: uniqueName('Shared'), policyDocument: doc('iam:ListRoles') } }, token);
    const sharedArn = present(shared.createPolicy?.policy, 'the shared policy').arn;
    const members: Array<{ arn: string; group: string }> = [];
    for (const colour of ['red', 'blue']) {
      const group = uniqueName(colour);
      const member = uniqueName(`${colour}m`);
      await s.ok(CREATE_GROUP, { i: { groupName: group } }, token);
      await s.ok(ATTACH_GROUP_POLICY, { i: { groupName: group, policyArn: sharedArn } }, token);
      members.push({ arn: (await createUser(s, member)).arn, group });
      await s.ok(ADD_USER_TO_GROUP, { i: { groupName: group, userName: member } }, token);
    }
    // Each member twice, so that the second read of each comes from the caches the other filled.
    for (const { arn, group } of [...members, ...members]) {
      const eff = await s.gql(
        graphql(`
          query EffectivePermissionsViaGroup($a: String!) {
            effectivePermissions(principalArn: $a) {
              statements {
                source {
                  viaGroup
                }
                policySource {
                  policyArn
                  viaGroup
                }
              }
            }
          }
        `),
        { a: arn },
        token,
      );
      expect(eff.errors).toBeUndefined();
      const statements = present(dataOf(eff).effectivePermissions, 'effectivePermissions').statements;
      expect(statements.map((st) => [st.policySource.policyArn, st.policySource.viaGroup, st.source.viaGroup])).toEqual([
        [sharedArn, group, group],
        [sharedArn, group, group],
      ]);
      const sim = await s.gql(
        graphql(`
          query SimulateViaGroup($a: String!) {
            simulatePrincipalPolicy(input: { policySourceArn: $a, actionNames: ["iam:ListRoles"] }) {
              evaluationResults {
                evalDecision
                matchedStatements {
                  policySource {
                    policyArn
                    viaGroup
                  }
                }
              }
            }
          }
        `),
        { a: arn },
        token,
      );
      expect(sim.errors).toBeUndefined();
      const [result] = present(dataOf(sim).simulatePrincipalPolicy, 'simulatePrincipalPolicy').evaluationResults;
      expect(result?.evalDecision).toBe('ALLOWED');
      expect(result?.matchedStatements.map((m) => m.policySource)).toEqual([{ policyArn: sharedArn, viaGroup: group }]);
    }
  });

  test('simulateCustomPolicy names its inputs as AWS does', async () => {
    const res = await s.gql(
      graphql(`
        query SimulateCustomPolicySources($d: String!) {
          simulateCustomPolicy(input: { policyInputList: [$d], actionNames: ["iam:ListUsers"] }) {
            evaluationResults {
              matchedStatements {
                policySource {
                  ...PolicySourceFields
                }
              }
            }
          }
        }
      `),
      { d: doc('iam:ListUsers') },
      token,
    );
    expect(res.errors).toBeUndefined();
    const results = present(dataOf(res).simulateCustomPolicy, 'simulateCustomPolicy').evaluationResults;
    expect(results[0]?.matchedStatements[0]?.policySource).toMatchObject({
      type: 'NONE',
      policyId: 'PolicyInputList.1',
      policyArn: null,
      statementIndex: 1,
    });
  });

  test('validatePolicy findings carry the same type, with the statement they are in', async () => {
    const bad = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' },
        { Effect: 'Allow', Resource: '*' },
      ],
    });
    const res = await s.gql(VALIDATE, { d: bad }, token);
    expect(res.errors).toBeUndefined();
    const findings = present(dataOf(res).validatePolicy, 'validatePolicy').findings;
    const f = present(
      findings.find((x) => x.path.startsWith('$.Statement[1]')),
      'a finding in the second statement',
    );
    expect(f.policySource).toEqual({
      type: 'NONE',
      policyId: 'policyDocument',
      policyArn: null,
      policyName: 'policyDocument',
      versionId: null,
      viaGroup: null,
      statementIndex: 1,
    });
    const trust = await s.gql(VALIDATE_TRUST, { d: bad }, token);
    expect(dataOf(trust).validatePolicy?.findings[0]?.policySource.type).toBe('RESOURCE');
  });
});
