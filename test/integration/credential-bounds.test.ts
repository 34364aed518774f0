import { createUser, createUserWithLogin } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { challengeFor, createMfaUser,Q } from './mfa-support';

/**
 * Credentials are bounded as AWS bounds them (passwords 128 characters, codes 6 digits, keys 128)
 * before anything is hashed, looked up or counted: input that can never be right is no guess.
 */
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }';
const GST = 'mutation($i: GetSessionTokenInput!) { getSessionToken(input: $i) { credentials { sessionToken } } }';

describe('bounded credentials', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.adminToken();
  });
  afterAll(async () => s.close());

  /** Failures counted on a user's factor, from every source (a success leaves rows at zero). */
  const failures = async (userName: string, factor: string) =>
    Number((await s.app.dataSource.query(
      'SELECT COALESCE(sum(c.failures), 0) AS n FROM auth_attempt_counters c JOIN users u ON u.id = c.user_id WHERE u.user_name = $1 AND c.key LIKE $2',
      [userName, `${factor}:%`],
    ))[0].n);

  test('a password longer than 128 characters is BAD_USER_INPUT before argon2, and never counted', async () => {
    const u = await createUser(s);
    for (const password of ['x'.repeat(200_000), 'é'.repeat(129)]) {
      const res = await s.gql(Q.login, { u: u.userName, p: password });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    }
    expect(await failures(u.userName, 'password')).toBe(0);
    expect(codeOf(await s.gql(Q.login, { u: u.userName, p: 'é'.repeat(128) }))).toBe('INVALID_CREDENTIALS');
  });

  test('changePassword bounds both passwords before counting', async () => {
    const u = await createUserWithLogin(s);
    const res = await s.gql(CHANGE, { i: { oldPassword: 'x'.repeat(100_000), newPassword: 'a fine new password' } }, u.token);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'oldPassword' });
    expect(await failures(u.userName, 'password')).toBe(0);
  });

  test('getSessionToken: a malformed tokenCode is BAD_USER_INPUT and never counts against the owner\'s MFA', async () => {
    const { userName } = await createUser(s);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetSessionToken', Resource: '*' }] });
    await s.gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName, policyName: 'sts', policyDocument: policy } }, admin);
    const key = (await s.gql('mutation($u: String) { createAccessKey(input: {userName: $u}) { accessKey { accessKeyId secretAccessKey } } }', { u: userName }, admin)).data.createAccessKey.accessKey;
    for (let i = 0; i < 7; i++) {
      const res = await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, serialNumber: 'arn:aws:iam::000000000000:mfa/x', tokenCode: '12345' } });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tokenCode' });
    }
    expect(await failures(userName, 'mfa')).toBe(0);
    expect((await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } })).errors).toBeUndefined();
    const long = await s.gql(GST, { i: { accessKeyId: key.accessKeyId, secretAccessKey: 'x'.repeat(10_000) } });
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secretAccessKey' });
  });

  test('a sign-in code longer than any code is BAD_USER_INPUT, and never counted', async () => {
    const u = await createMfaUser(s);
    const t = await challengeFor(s, u.userName, u.password);
    for (let i = 0; i < 7; i++) {
      const res = await s.gql(Q.respond, { t, c: '1'.repeat(100_000) });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    }
    expect(await failures(u.userName, 'mfa')).toBe(0);
  });
});
