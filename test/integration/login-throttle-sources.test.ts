import { createUser, createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { addressNo, gqlFrom } from '../support/source-address';
import { challengeFor, codeAt, createMfaUser,Q } from './mfa-support';

/**
 * Guessing is throttled per source, so that nobody can lock a named user or access key out
 * (NIST SP 800-63B allows throttling, not an attacker-controlled lockout). Source addresses are
 * simulated through X-Forwarded-For behind a trusted proxy (IAM_TRUST_PROXY=loopback).
 */
const ATTACKER = '203.0.113.7';
const OWNER = '192.0.2.44';

const GST = 'mutation($i: GetSessionTokenInput!) { getSessionToken(input: $i) { credentials { sessionToken } } }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }';
const THROTTLE = `query($u: String!) { user(userName: $u) { signInThrottle {
  password { failures maxFailures refused throttledUntil windowEndsAt sourcesInBackoff }
  mfa { failures maxFailures throttledUntil sourcesInBackoff } } } }`;
const RESET = 'mutation($i: ResetSignInThrottleInput!) { resetSignInThrottle(input: $i) { userName } }';

const PUT_POLICY = 'mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }';
const allow = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

/** A user allowed sts:GetSessionToken, with an access key. */
async function keyHolder(s: TestServer, admin: string) {
  const { userName } = await createUser(s);
  await s.gql(PUT_POLICY, { i: { userName, policyName: 'sts', policyDocument: allow('sts:GetSessionToken') } }, admin);
  const res = await s.gql('mutation($u: String) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId secretAccessKey } } }', { u: userName }, admin);
  return res.data.createAccessKey.accessKey as { accessKeyId: string; secretAccessKey: string };
}

async function wrongPasswords(s: TestServer, userName: string, from: string, n: number) {
  const codes: string[] = [];
  for (let i = 0; i < n; i++) codes.push(codeOf(await gqlFrom(s, from, Q.login, { u: userName, p: `wrong password ${i}` }))!);
  return codes;
}

describe('guessing limits per source: no attacker-controlled lockout', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer({ IAM_TRUST_PROXY: 'loopback' });
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('wrong passwords for bob from one address slow that address, not bob signing in from another', async () => {
    const bob = await createUserWithLogin(s);
    const codes = await wrongPasswords(s, bob.userName, ATTACKER, 7);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    const stillBlocked = await gqlFrom(s, ATTACKER, Q.login, { u: bob.userName, p: bob.password });
    expect(codeOf(stillBlocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(stillBlocked.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const owner = await gqlFrom(s, OWNER, Q.login, { u: bob.userName, p: bob.password });
    expect(owner.data?.login?.status).toBe('SUCCESS');
  });

  test('more than 100 failures from many addresses never lock bob for good', async () => {
    const bob = await createUserWithLogin(s);
    for (let i = 0; i < 110; i++) {
      expect(codeOf(await gqlFrom(s, addressNo(i), Q.login, { u: bob.userName, p: `guess ${i}` }))).toBe('INVALID_CREDENTIALS');
    }
    const owner = await gqlFrom(s, OWNER, Q.login, { u: bob.userName, p: bob.password });
    expect(owner.data?.login?.status).toBe('SUCCESS');
    expect(owner.errors).toBeUndefined();
  });

  test('addresses of one IPv6 /64 count as one source', async () => {
    const bob = await createUserWithLogin(s);
    const codes: string[] = [];
    for (let i = 1; i <= 6; i++) codes.push(codeOf(await gqlFrom(s, `2001:db8:7:9::${i.toString(16)}`, Q.login, { u: bob.userName, p: `guess ${i}` }))!);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    expect((await gqlFrom(s, '2001:db8:7:a::1', Q.login, { u: bob.userName, p: bob.password })).data?.login?.status).toBe('SUCCESS');
  });

  test('an access key is never locked: wrong secrets from 120 addresses, then the right one works', async () => {
    const key = await keyHolder(s, admin);
    for (let i = 0; i < 120; i++) {
      const res = await gqlFrom(s, addressNo(1000 + i), GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: `wrong secret ${i}`.padEnd(40, 'x') } });
      expect(codeOf(res)).toBe('INVALID_CREDENTIALS');
    }
    const ok = await gqlFrom(s, OWNER, GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } });
    expect(ok.errors).toBeUndefined();
  });

  test('guessing an access key secret is throttled per source', async () => {
    const key = await keyHolder(s, admin);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await gqlFrom(s, ATTACKER, GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: 'x'.repeat(40) } }))!);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    expect(codeOf(await gqlFrom(s, ATTACKER, GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } }))).toBe('TOO_MANY_ATTEMPTS');
    expect((await gqlFrom(s, OWNER, GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } })).errors).toBeUndefined();
  });

  test('wrong second-factor codes from one address do not slow the owner from another', async () => {
    const u = await createMfaUser(s);
    const right = await codeAt(u.device.base32StringSeed, u.enabledStep + 1);
    const wrong = right === '000000' ? '111111' : '000000';
    const attackerChallenge = (await gqlFrom(s, ATTACKER, Q.login, { u: u.userName, p: u.password })).data.login.mfaChallenge.token;
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await gqlFrom(s, ATTACKER, Q.respond, { t: attackerChallenge, c: wrong }))!);
    expect(codes).toEqual([...Array(5).fill('INVALID_AUTHENTICATION_CODE'), 'TOO_MANY_ATTEMPTS']);
    const ownerChallenge = (await gqlFrom(s, OWNER, Q.login, { u: u.userName, p: u.password })).data.login.mfaChallenge.token;
    const owner = await gqlFrom(s, OWNER, Q.respond, { t: ownerChallenge, c: await codeAt(u.device.base32StringSeed, Math.max(u.enabledStep + 1, Math.floor(Date.now() / 30_000))) });
    expect(owner.data?.respondToMfaChallenge?.status).toBe('SUCCESS');
  });

  test('wrong old passwords in changePassword from one address do not slow the owner from another', async () => {
    const u = await createUserWithLogin(s);
    const other = (await gqlFrom(s, ATTACKER, Q.login, { u: u.userName, p: u.password })).data.login.session.token;
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await gqlFrom(s, ATTACKER, CHANGE, { i: { oldPassword: `wrong old ${i}`, newPassword: strongPassword() } }, other))!);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    const mine = (await gqlFrom(s, OWNER, Q.login, { u: u.userName, p: u.password })).data.login.session.token;
    expect((await gqlFrom(s, OWNER, CHANGE, { i: { oldPassword: u.password, newPassword: strongPassword() } }, mine)).errors).toBeUndefined();
  });

  test('an unknown user name from many addresses is throttled the same way, never locked', async () => {
    const ghost = uniqueName('ghost');
    for (let i = 0; i < 6; i++) expect(codeOf(await gqlFrom(s, addressNo(2000 + i), Q.login, { u: ghost, p: 'some wrong password' }))).toBe('INVALID_CREDENTIALS');
    const codes = await wrongPasswords(s, ghost, ATTACKER, 6);
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
  });
});

describe('the per-account ceiling', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer({ IAM_TRUST_PROXY: 'loopback', IAM_AUTH_ACCOUNT_MAX_FAILURES: '20' });
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('at the ceiling only addresses that signed in before are admitted; an administrator sees and clears it', async () => {
    const bob = await createUserWithLogin(s);
    expect((await gqlFrom(s, OWNER, Q.login, { u: bob.userName, p: bob.password })).data.login.status).toBe('SUCCESS');
    for (let i = 0; i < 20; i++) {
      expect(codeOf(await gqlFrom(s, addressNo(3000 + i), Q.login, { u: bob.userName, p: `guess ${i}` }))).toBe('INVALID_CREDENTIALS');
    }
    const fresh = await gqlFrom(s, addressNo(4000), Q.login, { u: bob.userName, p: bob.password });
    expect(codeOf(fresh)).toBe('TOO_MANY_ATTEMPTS');
    expect(fresh.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect(fresh.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect((await gqlFrom(s, OWNER, Q.login, { u: bob.userName, p: bob.password })).data.login.status).toBe('SUCCESS');

    const seen = (await s.gql(THROTTLE, { u: bob.userName }, admin)).data.user.signInThrottle;
    expect(seen.password).toMatchObject({ failures: 20, maxFailures: 20, refused: 1, sourcesInBackoff: 0 });
    expect(new Date(seen.password.throttledUntil).getTime()).toBeGreaterThan(Date.now());
    expect(seen.mfa).toMatchObject({ failures: 0, throttledUntil: null, sourcesInBackoff: 0 });

    const reset = await s.gql(RESET, { i: { userName: bob.userName } }, admin);
    expect(reset.errors).toBeUndefined();
    expect((await gqlFrom(s, addressNo(4001), Q.login, { u: bob.userName, p: bob.password })).data.login.status).toBe('SUCCESS');
    expect((await s.gql(THROTTLE, { u: bob.userName }, admin)).data.user.signInThrottle.password).toMatchObject({ failures: 0, throttledUntil: null });
  });

  test('60 parallel guesses from 60 addresses: exactly the ceiling is evaluated, and the refused leave no count', async () => {
    const bob = await createUserWithLogin(s);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => gqlFrom(s, addressNo(5000 + i), Q.login, { u: bob.userName, p: `parallel guess ${i}` })));
    const codes = results.map((r) => codeOf(r));
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(20);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(40);
    const pairs: Array<{ failures: number }> = await s.app.dataSource.query(
      `SELECT c.failures FROM auth_attempt_counters c JOIN users u ON u.id = c.user_id WHERE u.user_name = $1 AND c.key LIKE 'password:%#%'`,
      [bob.userName],
    );
    expect(pairs.reduce((n, p) => n + p.failures, 0)).toBe(20);
    const seen = (await s.gql(THROTTLE, { u: bob.userName }, admin)).data.user.signInThrottle.password;
    expect(seen).toMatchObject({ failures: 20, refused: 40 });
  });

  test('reading and clearing the throttle are iam:GetSignInThrottle and iam:ResetSignInThrottle on the user', async () => {
    const bob = await createUserWithLogin(s);
    const stranger = await createUserWithLogin(s);
    await s.gql(PUT_POLICY, { i: { userName: stranger.userName, policyName: 'read', policyDocument: allow('iam:GetUser') } }, admin);
    const read = await s.gql(THROTTLE, { u: bob.userName }, stranger.token);
    expect(read.data.user.signInThrottle).toBeNull();
    expect(read.errors![0]!.message).toContain('iam:GetSignInThrottle');
    const reset = await s.gql(RESET, { i: { userName: bob.userName } }, stranger.token);
    expect(codeOf(reset)).toBe('ACCESS_DENIED');
    expect(reset.errors![0]!.message).toContain('iam:ResetSignInThrottle');
  });
});

describe('old counters', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => s.close());

  test('counters quiet for a day are purged; a known source is kept for 30 days', async () => {
    const bob = await createUserWithLogin(s);
    await wrongPasswords(s, bob.userName, ATTACKER, 2);
    await wrongPasswords(s, uniqueName('ghost'), ATTACKER, 1);
    const ds = s.app.dataSource;
    const count = async () => Number((await ds.query('SELECT count(*) AS n FROM auth_attempt_counters'))[0].n);
    const before = await count();
    await ds.query("UPDATE auth_attempt_counters SET updated_at = now() - interval '25 hours', window_start = now() - interval '25 hours'");
    await s.app.services.limiter.purge(ds.manager);
    const kept: Array<{ key: string; known: boolean }> = await ds.query('SELECT key, last_success_at IS NOT NULL AS known FROM auth_attempt_counters');
    // Only the sources that users signed in from (127.0.0.1, for the administrator and bob) are left.
    expect(before).toBeGreaterThan(kept.length);
    expect(kept.map((k) => k.known)).toEqual([true, true]);
    expect(kept.every((k) => k.key.endsWith('#127.0.0.1'))).toBe(true);
  });
});
