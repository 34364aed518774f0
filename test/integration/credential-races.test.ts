import { createUser, createUserWithLogin, strongPassword } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { createMfaUser } from './mfa-support';

/**
 * Read-then-write on credentials, sent in parallel: each must lock what it will write before it
 * reads it, so that concurrent requests queue instead of failing or losing a write.
 */
const CREATE_PROFILE = 'mutation($i: CreateLoginProfileInput!) { createLoginProfile(input: $i) { loginProfile { userName } } }';
const UPDATE_PROFILE = 'mutation($i: UpdateLoginProfileInput!) { updateLoginProfile(input: $i) { loginProfile { userName } } }';
const RECOVERY = 'mutation($u: String!) { generateRecoveryCodes(input: {userName: $u}) { recoveryCodes } }';

describe('credential writes under concurrency', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  test('8 parallel createLoginProfile for one user: one is created, the others are ENTITY_ALREADY_EXISTS', async () => {
    const { userName } = await createUser(s);
    const results = await Promise.all(Array.from({ length: 8 }, () => s.gql(CREATE_PROFILE, { i: { userName, password: strongPassword() } }, admin)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'ENTITY_ALREADY_EXISTS')).toHaveLength(7);
  });

  test('parallel password changes keep every replaced password in the history (passwordReusePrevention)', async () => {
    const policy = await s.gql('mutation { updateAccountPasswordPolicy(input: {passwordReusePrevention: 24}) { passwordPolicy { passwordReusePrevention } } }', {}, admin);
    expect(policy.errors).toBeUndefined();
    try {
      const u = await createUserWithLogin(s);
      const passwords = Array.from({ length: 4 }, () => strongPassword());
      const results = await Promise.all(passwords.map((p) => s.gql(UPDATE_PROFILE, { i: { userName: u.userName, password: p } }, admin)));
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      // Every one of them, and the first password, is now one of the last 24: none may be set again.
      for (const p of [u.password, ...passwords]) {
        expect(codeOf(await s.gql(UPDATE_PROFILE, { i: { userName: u.userName, password: p } }, admin))).toBe('PASSWORD_POLICY_VIOLATION');
      }
    } finally {
      await s.gql('mutation { updateAccountPasswordPolicy(input: {}) { passwordPolicy { passwordReusePrevention } } }', {}, admin);
    }
  });

  test('6 parallel generateRecoveryCodes leave exactly one set of 10, the last one shown', async () => {
    const u = await createMfaUser(s);
    const results = await Promise.all(Array.from({ length: 6 }, () => s.gql(RECOVERY, { u: u.userName }, admin)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const rows = await s.app.dataSource.query(
      'SELECT count(*) AS n FROM mfa_recovery_codes c JOIN users u ON u.id = c.user_id WHERE u.user_name = $1 AND c.used_at IS NULL',
      [u.userName],
    );
    expect(Number(rows[0].n)).toBe(10);
  });
});
