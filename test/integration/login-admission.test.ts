import { createUserWithLogin, strongPassword } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { createDevice,Q } from './mfa-support';

/**
 * Every path that checks a factor counts the attempt before evaluating it, after authorizing the
 * caller: bursts get no more guesses than sequences, a right answer never counts as a guess, and
 * nobody can lock another user's factor by naming it.
 */
/**
 * Five guesses are evaluated, then the first backoff (15 s) refuses the rest; a burst that takes
 * longer than that (a loaded machine) may see one more evaluated per backoff that expires.
 */
function expectAtMostThreshold(results: Array<Parameters<typeof codeOf>[0]>, failureCode: string, startedAt: number) {
  const t = tally(results);
  const extra = Math.floor((Date.now() - startedAt) / 15_000);
  expect(t[failureCode]).toBeGreaterThanOrEqual(5);
  expect(t[failureCode]).toBeLessThanOrEqual(5 + extra);
  expect((t[failureCode] ?? 0) + (t.TOO_MANY_ATTEMPTS ?? 0)).toBe(results.length);
}

function tally(results: Array<Parameters<typeof codeOf>[0]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) out[codeOf(r) ?? 'OK'] = (out[codeOf(r) ?? 'OK'] ?? 0) + 1;
  return out;
}

describe('guessing limits on every factor path', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer({ IAM_AUTH_IP_MAX_FAILURES: '100000' });
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }';

  test('a right old password with a rejected new one never counts as a guess', async () => {
    const u = await createUserWithLogin(s);
    for (let i = 0; i < 7; i++) {
      const res = await s.gql(CHANGE, { i: { oldPassword: u.password, newPassword: 'short' } }, u.token);
      expect(codeOf(res)).toBe('PASSWORD_POLICY_VIOLATION');
    }
    expect((await s.gql(CHANGE, { i: { oldPassword: u.password, newPassword: strongPassword() } }, u.token)).errors).toBeUndefined();
  });

  test('parallel wrong old passwords in changePassword: at most five are evaluated', async () => {
    const u = await createUserWithLogin(s);
    const startedAt = Date.now();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => s.gql(CHANGE, { i: { oldPassword: `wrong guess ${i}`, newPassword: strongPassword() } }, u.token)));
    expectAtMostThreshold(results, 'INVALID_CREDENTIALS', startedAt);
  });

  test('parallel wrong codes in enableMfaDevice: at most five are evaluated', async () => {
    const u = await createUserWithLogin(s);
    const device = await createDevice(s);
    const startedAt = Date.now();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        s.gql(Q.enable, { i: { userName: u.userName, serialNumber: device.serialNumber, authenticationCode1: String(100000 + i), authenticationCode2: String(200000 + i) } }, admin),
      ),
    );
    expectAtMostThreshold(results, 'INVALID_AUTHENTICATION_CODE', startedAt);
  });

  test('a caller who may not enable devices for a user cannot lock that user\'s second factor', async () => {
    const victim = await createUserWithLogin(s);
    const attacker = await createUserWithLogin(s);
    const device = await createDevice(s);
    for (let i = 0; i < 8; i++) {
      const res = await s.gql(Q.enable, { i: { userName: victim.userName, serialNumber: device.serialNumber, authenticationCode1: '123456', authenticationCode2: '654321' } }, attacker.token);
      expect(codeOf(res)).toBe('ACCESS_DENIED');
    }
    const rows: unknown[] = await s.app.dataSource.query(
      "SELECT 1 FROM auth_attempt_counters c JOIN users u ON u.id = c.user_id WHERE u.user_name = $1 AND c.key LIKE 'mfa:%'",
      [victim.userName],
    );
    expect(rows).toHaveLength(0);
  });

  test('an unknown user and a wrong password cost the same statements (no enumeration by timing)', async () => {
    const u = await createUserWithLogin(s);
    const sql = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${s.url}/metrics`)).text())![1]);
    const cost = async (userName: string) => {
      const before = await sql();
      const res = await s.gql('mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p}) { status } }', { u: userName, p: 'not the password at all' });
      expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
      return (await sql()) - before;
    };
    const known = await cost(u.userName);
    const unknown = await cost(`nobody-${u.userName}`);
    expect(unknown).toBe(known);
  });
});
