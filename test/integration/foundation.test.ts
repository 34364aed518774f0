import { createUser, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

describe('foundation: HTTP, sign-in, users and errors', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('health, readiness and metrics endpoints answer', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toMatch(/^iam_db_queries_total \d+/m);
    expect(metrics).toContain('iam_http_request_duration_seconds_bucket');
  });

  test('the bootstrap admin signs in and sees itself in me', async () => {
    const token = await s.adminToken();
    const res = await s.gql('{ me { arn ... on User { userName } } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.me).toEqual({ arn: 'arn:aws:iam::000000000000:user/admin', userName: 'admin' });
  });

  test('a request without a token is UNAUTHENTICATED; a bad token too', async () => {
    expect(codeOf(await s.gql('{ users { edges { node { userName } } } }'))).toBe('UNAUTHENTICATED');
    const bad = await s.gql('{ me { arn } }', {}, 'iam_not-a-real-token-at-all');
    expect(bad.status).toBe(401);
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
  });

  test('createUser returns AWS ARNs and ids; a path goes into the ARN', async () => {
    const name = uniqueName('alice');
    const u = await createUser(s, name, { path: '/eng/' });
    expect(u.arn).toBe(`arn:aws:iam::000000000000:user/eng/${name}`);
    expect(u.userId).toMatch(/^AIDA[A-Z2-7]{17}$/);
  });

  test('names are unique case-insensitively: ENTITY_ALREADY_EXISTS', async () => {
    const name = uniqueName('Bob');
    await createUser(s, name);
    const res = await s.gql('mutation($n: String!) { createUser(input: {userName: $n}) { user { arn } } }', { n: name.toUpperCase() }, await s.adminToken());
    expect(codeOf(res)).toBe('ENTITY_ALREADY_EXISTS');
  });

  test('an invalid name is BAD_USER_INPUT naming the field', async () => {
    const res = await s.gql('mutation { createUser(input: {userName: "no spaces allowed"}) { user { arn } } }', {}, await s.adminToken());
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe('userName');
  });

  test('an unknown user is NO_SUCH_ENTITY', async () => {
    const res = await s.gql('{ user(userName: "nobody-here") { arn } }', {}, await s.adminToken());
    expect(codeOf(res)).toBe('NO_SUCH_ENTITY');
  });

  test('a wrong password and an unknown user get the same INVALID_CREDENTIALS', async () => {
    const q = 'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status } }';
    const wrong = await s.gql(q, { u: 'admin', p: 'wrong password here' });
    const unknown = await s.gql(q, { u: 'ghost-user', p: 'wrong password here' });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  test('a too-deep query and too many aliases are refused by validation', async () => {
    const token = await s.adminToken();
    let deep = 'userName';
    for (let i = 0; i < 8; i++) deep = `groups { edges { node { users { edges { node { ${deep} } } } } } }`;
    const res = await s.gql(`{ users { edges { node { ${deep} } } } }`, {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: me { arn }`).join(' ');
    const wide = await s.gql(`{ ${aliases} }`, {}, token);
    expect(wide.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('logout ends the session', async () => {
    const login = await s.gql('mutation($p: String!) { login(input: {userName: "admin", password: $p}) { session { token } } }', { p: s.adminPassword });
    const token = login.data.login.session.token;
    expect((await s.gql('mutation { logout { ok } }', {}, token)).data.logout.ok).toBe(true);
    expect(codeOf(await s.gql('{ me { arn } }', {}, token))).toBe('UNAUTHENTICATED');
  });
});
