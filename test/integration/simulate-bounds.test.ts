import { createUser } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * Issue 9, item 3 ("One request can freeze the server"): every simulator input is bounded as AWS
 * bounds it, matching stays exact at the bounds, and the simulations of one request share one
 * work budget. No clock: each test asserts what the caller gets back.
 */
const SIM = `query($i: SimulateCustomPolicyInput!) { simulateCustomPolicy(input: $i) {
  evaluationResults { evalActionName evalResourceName evalDecision } } }`;
const PRINCIPAL_SIM = `query($i: SimulatePrincipalPolicyInput!) { simulatePrincipalPolicy(input: $i) {
  evaluationResults { evalActionName evalDecision } } }`;

const doc = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allowAll = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const allowResources = (resources: string[]) => doc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }]);
const STRING = 'STRING';

describe('simulator bounds (issue 9, item 3)', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => {
    await s.close();
  });
  const sim = (input: Record<string, unknown>) => s.gql(SIM, { i: input }, admin);
  const refusedField = (res: Awaited<ReturnType<typeof sim>>) => [codeOf(res), res.errors?.[0]?.extensions?.field];

  test('the 120 KB simulateCustomPolicy of the report is refused at once, naming the field', async () => {
    // Before: the variable splitter was quadratic on this value and held the server for seconds.
    const value = `${'${a:'.repeat(29_000)} x y}`;
    const big = doc([{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringLike: { 'aws:username': value } } }]);
    expect(big.length).toBeGreaterThan(115_000);
    const res = await sim({ policyInputList: [big], actionNames: ['s3:GetObject'] });
    expect(refusedField(res)).toEqual(['BAD_USER_INPUT', 'policyInputList']);
    expect(res.errors![0]!.message).toMatch(/at most 10240 characters other than whitespace/);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  test('each list and string is bounded, with BAD_USER_INPUT naming the field', async () => {
    const arn = (n: number) => `arn:aws:s3:::${'k'.repeat(n - 13)}`;
    const entry = (name: string, values: string[]) => ({ contextKeyName: name, contextKeyValues: values, contextKeyType: values.length === 1 ? STRING : 'STRING_LIST' });
    const cases: [string, Record<string, unknown>, string][] = [
      ['101 actions', { actionNames: Array.from({ length: 101 }, (_, i) => `s3:Action${i}`) }, 'actionNames'],
      ['11 actions × 10 resources', { actionNames: Array.from({ length: 11 }, (_, i) => `s3:A${i}`), resourceArns: Array.from({ length: 10 }, (_, i) => arn(20 + i)) }, 'actionNames'],
      ['an action name of 2 characters', { actionNames: ['s3'] }, 'actionNames'],
      ['an action name of 129 characters', { actionNames: [`s3:${'a'.repeat(126)}`] }, 'actionNames'],
      ['a resource ARN of 2049 characters', { resourceArns: [arn(2049)] }, 'resourceArns'],
      ['a callerArn of 2049 characters', { callerArn: `arn:aws:iam::000000000000:user/${'u'.repeat(2049 - 31)}` }, 'callerArn'],
      ['101 context entries', { contextEntries: Array.from({ length: 101 }, (_, i) => entry(`ex:key${i}`, ['v'])) }, 'contextEntries'],
      ['a context key of 4 characters', { contextEntries: [entry('ex:k', ['v'])] }, 'contextEntries'],
      ['a context key of 257 characters', { contextEntries: [entry(`ex:${'k'.repeat(254)}`, ['v'])] }, 'contextEntries'],
      ['101 values for one key', { contextEntries: [entry('aws:TagKeys', Array.from({ length: 101 }, (_, i) => `t${i}`))] }, 'contextEntries'],
      ['a context value of 2049 characters', { contextEntries: [entry('aws:username', ['u'.repeat(2049)])] }, 'contextEntries'],
      ['65,537 characters of context values', { contextEntries: Array.from({ length: 33 }, (_, i) => entry(`ex:key${i}`, ['v'.repeat(i === 0 ? 1 : 2048)])) }, 'contextEntries'],
      ['11 policy documents', { policyInputList: Array.from({ length: 11 }, () => allowAll) }, 'policyInputList'],
      ['a document of 10,241 characters without whitespace', { policyInputList: [allowResources([`arn:aws:s3:::${'b'.repeat(10_241)}`])] }, 'policyInputList'],
      ['a document of 131,073 characters', { policyInputList: [`${allowAll}${' '.repeat(131_073 - allowAll.length)}`] }, 'policyInputList'],
      ['two permissions boundaries', { permissionsBoundaryPolicyInputList: [allowAll, allowAll] }, 'permissionsBoundaryPolicyInputList'],
      ['a boundary of 6,145 characters without whitespace', { permissionsBoundaryPolicyInputList: [allowResources([`arn:aws:s3:::${'b'.repeat(6_145)}`])] }, 'permissionsBoundaryPolicyInputList'],
    ];
    for (const [name, input, field] of cases) {
      const res = await sim({ policyInputList: [allowAll], actionNames: ['s3:GetObject'], ...input });
      expect([name, ...refusedField(res)]).toEqual([name, 'BAD_USER_INPUT', field]);
    }
    const u = await createUser(s);
    for (const policySourceArn of [`${u.arn}${'x'.repeat(2049 - u.arn.length)}`, 'arn:aws:iam::0:user']) {
      const res = await s.gql(PRINCIPAL_SIM, { i: { policySourceArn, actionNames: ['s3:GetObject'] } }, admin);
      expect(refusedField(res)).toEqual(['BAD_USER_INPUT', 'policySourceArn']);
    }
  });

  test('inputs at the bounds are simulated', async () => {
    const res = await sim({
      policyInputList: Array.from({ length: 10 }, () => allowAll),
      permissionsBoundaryPolicyInputList: [allowAll],
      actionNames: Array.from({ length: 10 }, (_, i) => `s3:A${i}`),
      resourceArns: Array.from({ length: 10 }, (_, i) => `arn:aws:s3:::${String(i).padEnd(2048 - 13, 'k')}`),
      contextEntries: Array.from({ length: 32 }, (_, i) => ({ contextKeyName: `ex:key${i}`, contextKeyValues: ['v'.repeat(2048)], contextKeyType: STRING })),
    });
    expect(res.errors).toBeUndefined();
    const results = res.data.simulateCustomPolicy.evaluationResults;
    expect(results).toHaveLength(100);
    expect(new Set(results.map((r: { evalDecision: string }) => r.evalDecision))).toEqual(new Set(['ALLOWED']));
  });

  test('adversarial wildcards at the bounds still give exact answers', async () => {
    const aaa = `arn:aws:s3:::${'a'.repeat(2048 - 13)}`;
    const patterns = {
      starA: `arn:aws:s3:::${'a*'.repeat(2000)}b`,
      longLiteral: `arn:aws:s3:::*${'a'.repeat(1000)}b*`,
      innerQuestion: `arn:aws:s3:::*${'a?'.repeat(1000)}b*`,
      matching: `arn:aws:s3:::*${'a*'.repeat(1000)}a`,
    };
    const decide = async (resource: string) => {
      const res = await sim({ policyInputList: [allowResources([resource])], actionNames: ['s3:GetObject'], resourceArns: [aaa] });
      expect(res.errors).toBeUndefined();
      return res.data.simulateCustomPolicy.evaluationResults[0].evalDecision;
    };
    expect(await decide(patterns.starA)).toBe('IMPLICIT_DENY');
    expect(await decide(patterns.longLiteral)).toBe('IMPLICIT_DENY');
    expect(await decide(patterns.innerQuestion)).toBe('IMPLICIT_DENY');
    expect(await decide(patterns.matching)).toBe('ALLOWED');
  });

  test('the simulations of one request share one work budget: LIMIT_EXCEEDED past it', async () => {
    // 300 patterns that each scan a 2,048-character ARN: about 2 million steps per simulation.
    const costly = allowResources(Array.from({ length: 300 }, (_, i) => `arn:aws:s3:::*x-${i.toString(36)}*`));
    const input = { policyInputList: [costly], actionNames: ['s3:GetObject'], resourceArns: [`arn:aws:s3:::${'x'.repeat(2048 - 13)}`] };
    const one = await sim(input);
    expect(one.errors).toBeUndefined();
    expect(one.data.simulateCustomPolicy.evaluationResults[0].evalDecision).toBe('IMPLICIT_DENY');
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: simulateCustomPolicy(input: $i) { evaluationResults { evalDecision } }`).join('\n');
    const many = await s.gql(`query($i: SimulateCustomPolicyInput!) { ${aliases} }`, { i: input }, admin);
    const codes = (many.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['LIMIT_EXCEEDED']));
    // The next request has a budget of its own.
    expect((await sim(input)).errors).toBeUndefined();
  });
});

describe('validatePolicy shares the request budget (issue 9, item 3)', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => {
    await s.close();
  });

  test('30 aliases of one 131 KB document are not 30 parses', async () => {
    const statement = JSON.stringify({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const body = Array.from({ length: 1500 }, () => statement).join(',');
    const big = `{"Version":"2012-10-17","Statement":[${body}]}`.slice(0, 131_000);
    const q = 'query($d: String!) { validatePolicy(policyDocument: $d, policyType: IDENTITY_POLICY) { valid } }';
    const one = await s.gql(q, { d: big }, admin);
    expect(one.errors).toBeUndefined();
    const aliases = Array.from({ length: 30 }, (_, i) => `v${i}: validatePolicy(policyDocument: $d) { valid }`).join('\n');
    const many = await s.gql(`query($d: String!) { ${aliases} }`, { d: big }, admin);
    const codes = new Set((many.errors ?? []).map((e) => e.extensions?.code));
    expect(codes).toEqual(new Set(['LIMIT_EXCEEDED']));
    expect(Object.values(many.data ?? {}).filter((v) => v !== null).length).toBeLessThan(30);
  });
});
