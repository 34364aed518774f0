import { codeOf, startTestServer, type TestServer } from '../support/server';
import { challengeFor, codeAt, createMfaUser,Q } from './mfa-support';

/** One-time secrets under concurrent submits: the guarded UPDATE's row count lets exactly one through. */
describe('one-time codes under concurrency', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_AUTH_IP_MAX_FAILURES: '100000' });
  });
  afterAll(async () => {
    await s.close();
  });

  const challenges = async (userName: string, password: string, n: number) => {
    const out: string[] = [];
    // Sign-ins in parallel groups of five, each its own challenge: the limiter admits at most five
    // attempts of one user at a time (the backoff threshold), right or wrong.
    while (out.length < n) out.push(...(await Promise.all(Array.from({ length: Math.min(5, n - out.length) }, () => challengeFor(s, userName, password)))));
    return out;
  };

  test('50 parallel submits of one TOTP code give exactly one session', async () => {
    const u = await createMfaUser(s);
    const tokens = await challenges(u.userName, u.password, 50);
    const code = await codeAt(u.device.base32StringSeed, u.enabledStep + 1);
    const results = await Promise.all(tokens.map((t) => s.gql(Q.respond, { t, c: code })));
    expect(results.filter((r) => r.data?.respondToMfaChallenge?.status === 'SUCCESS')).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'INVALID_AUTHENTICATION_CODE' || codeOf(r) === 'TOO_MANY_ATTEMPTS')).toHaveLength(49);
  });

  test('50 parallel submits of one recovery code give exactly one session', async () => {
    const u = await createMfaUser(s);
    const tokens = await challenges(u.userName, u.password, 50);
    const results = await Promise.all(tokens.map((t) => s.gql(Q.respond, { t, c: u.recoveryCodes[3]! })));
    expect(results.filter((r) => r.data?.respondToMfaChallenge?.status === 'SUCCESS')).toHaveLength(1);
  });

  test('50 parallel submits on one challenge give exactly one session', async () => {
    const u = await createMfaUser(s);
    const [t] = await challenges(u.userName, u.password, 1);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => s.gql(Q.respond, { t: t!, c: u.recoveryCodes[i % 10]! })));
    expect(results.filter((r) => r.data?.respondToMfaChallenge?.status === 'SUCCESS')).toHaveLength(1);
  });
});
