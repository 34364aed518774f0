import { createUser, uniqueName } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * One vocabulary for where a statement comes from: effectivePermissions' statements, the
 * simulators' matched statements and validatePolicy's findings all answer with PolicySource.
 */
const SOURCE = 'policySource { type policyId policyArn policyName versionId viaGroup statementIndex }';

interface Source {
  type: string;
  policyId: string;
  policyArn: string | null;
  policyName: string | null;
  versionId: string | null;
  viaGroup: string | null;
  statementIndex: number | null;
}

const doc = (action: string, effect = 'Allow') => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'First', Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }, { Effect: effect, Action: action, Resource: '*' }] });

describe('policy sources, one vocabulary', () => {
  let s: TestServer;
  let token: string;
  let userArn: string;
  let policyArn: string;
  const userName = uniqueName('src');
  const groupName = uniqueName('srcg');

  beforeAll(async () => {
    s = await startTestServer();
    token = await s.adminToken();
    userArn = (await createUser(s, userName)).arn;
    const run = async (q: string, v: Record<string, unknown>) => {
      const res = await s.gql(q, v, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    await run('mutation($g: String!) { createGroup(input: {groupName: $g}) { group { groupName } } }', { g: groupName });
    await run('mutation($g: String!, $u: String!) { addUserToGroup(input: {groupName: $g, userName: $u}) { group { groupName } } }', { g: groupName, u: userName });
    const created = await run('mutation($n: String!, $d: String!) { createPolicy(input: {policyName: $n, policyDocument: $d}) { policy { arn } } }', { n: uniqueName('ListUsers'), d: doc('iam:ListUsers') });
    policyArn = created.createPolicy.policy.arn;
    await run('mutation($g: String!, $p: String!) { attachGroupPolicy(input: {groupName: $g, policyArn: $p}) { group { groupName } } }', { g: groupName, p: policyArn });
    await run('mutation($u: String!, $d: String!) { putUserPolicy(input: {userName: $u, policyName: "own", policyDocument: $d}) { user { userName } } }', { u: userName, d: doc('iam:GetUser', 'Deny') });
  });
  afterAll(async () => s.close());

  test('effectivePermissions and simulatePrincipalPolicy name the same sources the same way', async () => {
    const eff = await s.gql<{ effectivePermissions: { statements: Array<{ sid: string | null; policySource: Source; source: { policyType: string } }> } }>(
      `query($a: String!) { effectivePermissions(principalArn: $a) { statements { sid source { policyType } ${SOURCE} } } }`,
      { a: userArn },
      token,
    );
    expect(eff.errors).toBeUndefined();
    const sources = eff.data!.effectivePermissions.statements.map((st) => st.policySource);
    const managed = sources.find((x) => x.policyArn === policyArn && x.statementIndex === 1)!;
    expect(managed).toEqual({ type: 'USER_MANAGED', policyId: policyArn, policyArn, policyName: expect.any(String), versionId: 'v1', viaGroup: groupName, statementIndex: 1 });
    const inline = sources.find((x) => x.policyId === 'own' && x.statementIndex === 1)!;
    expect(inline).toEqual({ type: 'USER', policyId: 'own', policyArn: null, policyName: 'own', versionId: null, viaGroup: null, statementIndex: 1 });
    // The old field still answers.
    expect(eff.data!.effectivePermissions.statements.map((st) => st.source.policyType)).toContain('INLINE');

    const sim = await s.gql(
      `query($a: String!) { simulatePrincipalPolicy(input: {policySourceArn: $a, actionNames: ["iam:ListUsers", "iam:GetUser"]}) {
         evaluationResults { evalActionName evalDecision matchedStatements { sourcePolicyId sourcePolicyType ${SOURCE} } } } }`,
      { a: userArn },
      token,
    );
    expect(sim.errors).toBeUndefined();
    const [list, get] = sim.data.simulatePrincipalPolicy.evaluationResults;
    expect(list.evalDecision).toBe('ALLOWED');
    expect(list.matchedStatements[0].policySource).toEqual(managed);
    expect(list.matchedStatements[0]).toMatchObject({ sourcePolicyId: policyArn, sourcePolicyType: 'USER_MANAGED' });
    expect(get.evalDecision).toBe('EXPLICIT_DENY');
    expect(get.matchedStatements[0].policySource).toEqual(inline);
  });

  test('simulateCustomPolicy names its inputs as AWS does', async () => {
    const res = await s.gql(
      `query($d: String!) { simulateCustomPolicy(input: {policyInputList: [$d], actionNames: ["iam:ListUsers"]}) { evaluationResults { matchedStatements { ${SOURCE} } } } }`,
      { d: doc('iam:ListUsers') },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.simulateCustomPolicy.evaluationResults[0].matchedStatements[0].policySource).toMatchObject({ type: 'NONE', policyId: 'PolicyInputList.1', policyArn: null, statementIndex: 1 });
  });

  test('validatePolicy findings carry the same type, with the statement they are in', async () => {
    const bad = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }, { Effect: 'Allow', Resource: '*' }] });
    const res = await s.gql(`query($d: String!) { validatePolicy(policyDocument: $d) { findings { issueCode path ${SOURCE} } } }`, { d: bad }, token);
    expect(res.errors).toBeUndefined();
    const f = res.data.validatePolicy.findings.find((x: { path: string }) => x.path.startsWith('$.Statement[1]'));
    expect(f.policySource).toEqual({ type: 'NONE', policyId: 'policyDocument', policyArn: null, policyName: 'policyDocument', versionId: null, viaGroup: null, statementIndex: 1 });
    const trust = await s.gql(`query($d: String!) { validatePolicy(policyDocument: $d, policyType: TRUST_POLICY) { findings { ${SOURCE} } } }`, { d: bad }, token);
    expect(trust.data.validatePolicy.findings[0].policySource.type).toBe('RESOURCE');
  });
});
