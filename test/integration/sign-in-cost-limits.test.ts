import { createUserWithLogin } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { Q } from './mfa-support';

/**
 * Successful sign-ins cost argon2 too: one request checks at most one credential, and a user's
 * own live sessions are capped (the least recently used end).
 */
const ME = '{ me { arn } }';
const attempts = async (s: TestServer) => {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return [...text.matchAll(/^iam_login_attempts_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
};

describe('at most one credential check per request', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s.close());

  test('30 aliased logins with the right password are refused before any is checked', async () => {
    const u = await createUserWithLogin(s);
    const before = await attempts(s);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: login(input: {userName: $u, password: $p}) { status }`).join(' ');
    const res = await s.gql(`mutation($u: String!, $p: String!) { ${aliases} }`, { u: u.userName, p: u.password });
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(codeOf(res)).toBe('LIMIT_EXCEEDED');
    expect(res.errors![0]!.message).toContain('at most one credential');
    expect(await attempts(s)).toBe(before);
  });

  test('two different credential checks in one request are refused too, through fragments as well', async () => {
    const u = await createUserWithLogin(s);
    const mixed = await s.gql(
      'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status } changePassword(input: {oldPassword: $p, newPassword: $p}) { __typename } }',
      { u: u.userName, p: u.password },
      u.token,
    );
    expect(codeOf(mixed)).toBe('LIMIT_EXCEEDED');
    const hidden = await s.gql(
      'mutation($u: String!, $p: String!) { ...A ... on Mutation { b: login(input: {userName: $u, password: $p}) { status } } } fragment A on Mutation { a: login(input: {userName: $u, password: $p}) { status } }',
      { u: u.userName, p: u.password },
    );
    expect(codeOf(hidden)).toBe('LIMIT_EXCEEDED');
  });

  test('one credential check next to other mutations is fine', async () => {
    const u = await createUserWithLogin(s);
    const res = await s.gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status } logout { ok } }', { u: u.userName, p: u.password }, u.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.login.status).toBe('SUCCESS');
  });
});

describe('live sessions per user', () => {
  let s: TestServer;
  beforeAll(async () => {
    // Parallel right passwords are counted in advance too: a high backoff threshold lets all in.
    s = await startTestServer({ IAM_MAX_SESSIONS_PER_USER: '3', IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '100' });
  });
  afterAll(async () => s.close());

  const signIn = async (u: { userName: string; password: string }) => (await s.gql(Q.login, { u: u.userName, p: u.password })).data.login.session.token as string;
  const alive = async (token: string) => (await s.gql(ME, {}, token)).errors === undefined;

  test('a fourth sign-in ends the least recently used session', async () => {
    const u = await createUserWithLogin(s);
    const tokens = [u.token, await signIn(u), await signIn(u)];
    expect(await Promise.all(tokens.map(alive))).toEqual([true, true, true]);
    const fourth = await signIn(u);
    expect(await Promise.all([...tokens, fourth].map(alive))).toEqual([false, true, true, true]);
  });

  test('10 parallel sign-ins leave exactly 3 live sessions', async () => {
    const u = await createUserWithLogin(s);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => signIn(u)));
    const live = await Promise.all([u.token, ...tokens].map(alive));
    expect(live.filter(Boolean)).toHaveLength(3);
    const rows = await s.app.dataSource.query(
      "SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.user_name = $1 AND s.revoked_at IS NULL AND s.kind = 'USER'",
      [u.userName],
    );
    expect(Number(rows[0].n)).toBe(3);
  });
});
