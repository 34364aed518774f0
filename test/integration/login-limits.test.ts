import { createUser, createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { challengeFor, codeAt, createMfaUser,Q } from './mfa-support';

const attemptsMetric = async (s: TestServer) => {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  let total = 0;
  for (const m of text.matchAll(/^iam_login_attempts_total\{result="(invalid_credentials|throttled)"\} (\d+)/gm)) total += Number(m[2]);
  return total;
};

describe('guessing limits on sign-in', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_AUTH_IP_MAX_FAILURES: '100000' });
  });
  afterAll(async () => {
    await s.close();
  });

  test('after 5 wrong passwords even the right one is refused with retryAfterSeconds; an administrator reset unlocks', async () => {
    const { userName, password } = await createUserWithLogin(s);
    for (let i = 0; i < 5; i++) expect(codeOf(await s.gql(Q.login, { u: userName, p: `wrong-${i}-password` }))).toBe('INVALID_CREDENTIALS');
    const locked = await s.gql(Q.login, { u: userName, p: password });
    expect(codeOf(locked)).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const newPassword = strongPassword();
    const reset = await s.gql('mutation($i: UpdateLoginProfileInput!) { updateLoginProfile(input: $i) { loginProfile { userName } } }', { i: { userName, password: newPassword } }, await s.adminToken());
    expect(reset.errors).toBeUndefined();
    expect((await s.gql(Q.login, { u: userName, p: newPassword })).data.login.status).toBe('SUCCESS');
  });

  test('an unknown user gets the same INVALID_CREDENTIALS, then the same lockout', async () => {
    const ghost = uniqueName('ghost');
    const wrong = await s.gql(Q.login, { u: ghost, p: 'some wrong password' });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < 4; i++) await s.gql(Q.login, { u: ghost, p: 'some wrong password' });
    expect(codeOf(await s.gql(Q.login, { u: ghost, p: 'some wrong password' }))).toBe('TOO_MANY_ATTEMPTS');
  });

  test('100 parallel wrong passwords are all counted, exactly 100', async () => {
    const { userName, password } = await createUserWithLogin(s);
    const before = await attemptsMetric(s);
    const startedAt = Date.now();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => s.gql(Q.login, { u: userName, p: `parallel wrong ${i}` })));
    expect(results.every((r) => ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS'].includes(codeOf(r)!))).toBe(true);
    expect((await attemptsMetric(s)) - before).toBe(100);
    // The user's password from this address (the pair), and the user's password over all addresses.
    const rows: Array<{ pair: boolean; failures: number; refused: number }> = await s.app.dataSource.query(
      `SELECT strpos(c.key, '#') > 0 AS pair, failures, refused FROM auth_attempt_counters c JOIN users u ON u.id = c.user_id
        WHERE u.user_name = $1 AND c.key LIKE 'password:%' ORDER BY 1 DESC`,
      [userName],
    );
    const checked = results.filter((r) => codeOf(r) === 'INVALID_CREDENTIALS').length;
    expect(rows.map((r) => r.pair)).toEqual([true, false]);
    expect(rows[0]!.failures).toBe(checked);
    expect(rows[0]!.failures + rows[0]!.refused).toBe(100);
    expect(rows[1]!.failures).toBe(checked);
    // Attempts are admitted (and counted) before they are evaluated, so a parallel burst gets no
    // more guesses evaluated than a sequential one: the backoff threshold, five (one more for each
    // 15 s backoff that a slow machine lets expire during the burst).
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(5 + Math.floor((Date.now() - startedAt) / 15_000));
    expect(codeOf(await s.gql(Q.login, { u: userName, p: password }))).toBe('TOO_MANY_ATTEMPTS');
  });

  test('a locked second factor refuses the right code; deactivating the device resets it', async () => {
    const u = await createMfaUser(s);
    const t = await challengeFor(s, u.userName, u.password);
    const right = await codeAt(u.device.base32StringSeed, u.enabledStep + 1);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect(codeOf(await s.gql(Q.respond, { t, c: wrong }))).toBe('INVALID_AUTHENTICATION_CODE');
    const locked = await s.gql(Q.respond, { t, c: right });
    expect(codeOf(locked)).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await s.gql(Q.respond, { t, c: u.recoveryCodes[0]! }))).toBe('TOO_MANY_ATTEMPTS');
    // The password factor is separate: it still works and leads to the (locked) second factor.
    expect((await s.gql(Q.login, { u: u.userName, p: u.password })).data.login.status).toBe('MFA_REQUIRED');
  });
});

describe('guessing limits per source address', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_AUTH_IP_MAX_FAILURES: '6' });
  });
  afterAll(async () => {
    await s.close();
  });

  test('failures across many user names from one address block that address, except for users who signed in from it', async () => {
    const known = await createUserWithLogin(s);
    const fresh = { userName: uniqueName('fresh'), password: strongPassword() };
    await createUser(s, fresh.userName);
    await s.gql('mutation($i: CreateLoginProfileInput!) { createLoginProfile(input: $i) { loginProfile { userName } } }', { i: fresh }, await s.adminToken());
    for (let i = 0; i < 6; i++) expect(codeOf(await s.gql(Q.login, { u: uniqueName('spray'), p: 'Winter2026!' }))).toBe('INVALID_CREDENTIALS');
    const blocked = await s.gql(Q.login, { u: fresh.userName, p: fresh.password });
    expect(codeOf(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(800);
    // A source from which a user signed in successfully is known for that user: others' failures there do not slow them.
    expect((await s.gql(Q.login, { u: known.userName, p: known.password })).data.login.status).toBe('SUCCESS');
  });
});
