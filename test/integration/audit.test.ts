import { createUserWithLogin, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

const EVENTS = 'query($a: String) { auditEvents(first: 20, action: $a) { edges { node { action resourceArn outcome errorCode principalArn requestId sourceIp } } } }';

describe('audit trail', () => {
  let s: TestServer;
  let token: string;
  beforeAll(async () => {
    s = await startTestServer();
    token = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('a successful mutation writes one SUCCESS record with principal, action and resource', async () => {
    const name = uniqueName('audited');
    await s.gql('mutation($n: String!) { createUser(input: {userName: $n}) { user { arn } } }', { n: name }, token);
    const res = await s.gql(EVENTS, { a: 'iam:CreateUser' }, token);
    const mine = res.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.resourceArn?.endsWith(`/${name}`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      action: 'iam:CreateUser',
      outcome: 'SUCCESS',
      errorCode: null,
      principalArn: 'arn:aws:iam::000000000000:user/admin',
      sourceIp: '127.0.0.1',
    });
  });

  test('a denied mutation changes nothing and leaves only its denial in the log', async () => {
    const caller = await createUserWithLogin(s);
    const victim = uniqueName('never');
    const denied = await s.gql('mutation($n: String!) { createUser(input: {userName: $n}) { user { arn } } }', { n: victim }, caller.token);
    expect(codeOf(denied)).toBe('ACCESS_DENIED');
    expect(denied.errors![0]!.message).toBe(
      `User: arn:aws:iam::000000000000:user/${caller.userName} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::000000000000:user/${victim} because no identity-based policy allows the iam:CreateUser action`,
    );
    expect(codeOf(await s.gql('query($n: String!) { user(userName: $n) { arn } }', { n: victim }, token))).toBe('NO_SUCH_ENTITY');
    const res = await s.gql(EVENTS, { a: 'iam:CreateUser' }, token);
    const mine = res.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.resourceArn?.endsWith(`/${victim}`));
    expect(mine).toEqual([expect.objectContaining({ outcome: 'FAILURE', errorCode: 'ACCESS_DENIED', principalArn: `arn:aws:iam::000000000000:user/${caller.userName}` })]);
  });

  test('failed sign-ins are recorded without the user name of an unknown user', async () => {
    await s.gql('mutation { login(input: {userName: "surely-unknown-user", password: "Secret-typed-in-wrong-box"}) { status } }');
    const res = await s.gql(EVENTS, { a: 'signin:ConsoleLogin' }, token);
    const failures = res.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.outcome === 'FAILURE');
    expect(failures.length).toBeGreaterThan(0);
    expect(JSON.stringify(failures)).not.toContain('surely-unknown-user');
    expect(failures[0].errorCode).toBe('INVALID_CREDENTIALS');
  });

  test('X-Forwarded-For is not believed unless IAM_TRUST_PROXY names the proxies', async () => {
    const name = uniqueName('spoof');
    await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation { createUser(input: {userName: "${name}"}) { user { arn } } }` }),
    });
    const res = await s.gql(EVENTS, { a: 'iam:CreateUser' }, token);
    const mine = res.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.resourceArn?.endsWith(`/${name}`));
    expect(mine.map((n: any) => n.sourceIp)).toEqual(['127.0.0.1']);
  });

  test('IAMReadOnlyAccess (iam:List*) does not read the audit trail', async () => {
    const reader = await createUserWithLogin(s);
    await s.gql('mutation($u: String!) { attachUserPolicy(input: {userName: $u, policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess"}) { user { userName } } }', { u: reader.userName }, token);
    expect(codeOf(await s.gql(EVENTS, {}, reader.token))).toBe('ACCESS_DENIED');
    expect((await s.gql('{ users(first: 1) { edges { cursor } } }', {}, reader.token)).errors).toBeUndefined();
  });
});
