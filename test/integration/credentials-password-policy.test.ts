import { createUser, createUserWithLogin, strongPassword } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { Q } from './mfa-support';

const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(input: {oldPassword: $o, newPassword: $n}) { session { token } } }';

describe('passwords and the account password policy', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s.close();
  });

  test('defaults follow NIST: 12 to 128 characters, no composition rules', async () => {
    const res = await s.gql('{ accountPasswordPolicy { minimumPasswordLength maximumPasswordLength requireSymbols requireNumbers allowUsersToChangePassword expirePasswords } }', {}, await s.adminToken());
    expect(res.data.accountPasswordPolicy).toEqual({ minimumPasswordLength: 12, maximumPasswordLength: 128, requireSymbols: false, requireNumbers: false, allowUsersToChangePassword: true, expirePasswords: false });
  });

  test('a common password is refused with the reason, on create and on change', async () => {
    const { userName } = await createUser(s);
    const res = await s.gql('mutation($i: CreateLoginProfileInput!) { createLoginProfile(input: $i) { loginProfile { userName } } }', { i: { userName, password: 'qwerty123456' } }, await s.adminToken());
    expect(codeOf(res)).toBe('PASSWORD_POLICY_VIOLATION');
    expect(res.errors![0]!.extensions!.reasons).toEqual(['is a commonly used or breached password']);
    const u = await createUserWithLogin(s);
    const change = await s.gql(CHANGE, { o: u.password, n: '1qaz2wsx3edc' }, u.token);
    expect(codeOf(change)).toBe('PASSWORD_POLICY_VIOLATION');
  });

  test('updateAccountPasswordPolicy applies composition and reuse rules to changes', async () => {
    const admin = await s.adminToken();
    const upd = await s.gql('mutation { updateAccountPasswordPolicy(input: {minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2}) { passwordPolicy { minimumPasswordLength requireNumbers passwordReusePrevention } } }', {}, admin);
    expect(upd.data.updateAccountPasswordPolicy.passwordPolicy).toEqual({ minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2 });
    const u = await createUserWithLogin(s);
    const weak = await s.gql(CHANGE, { o: u.password, n: 'only letters here ok' }, u.token);
    expect(weak.errors![0]!.extensions!.reasons).toEqual(['must contain a number']);
    const second = `${strongPassword()}7`;
    expect((await s.gql(CHANGE, { o: u.password, n: second }, u.token)).errors).toBeUndefined();
    const back = await s.gql(CHANGE, { o: second, n: u.password }, u.token);
    expect(codeOf(back)).toBe('PASSWORD_POLICY_VIOLATION');
    expect(back.errors![0]!.extensions!.reasons).toEqual(['must differ from the last 2 passwords']);
    await s.gql('mutation { updateAccountPasswordPolicy(input: {}) { passwordPolicy { minimumPasswordLength } } }', {}, admin);
  });

  test('passwordResetRequired: login gives a session that can only changePassword, then a full one', async () => {
    const { userName } = await createUser(s);
    const password = strongPassword();
    await s.gql('mutation($i: CreateLoginProfileInput!) { createLoginProfile(input: $i) { loginProfile { userName } } }', { i: { userName, password, passwordResetRequired: true } }, await s.adminToken());
    const login = await s.gql(Q.login, { u: userName, p: password });
    expect(login.data.login.status).toBe('PASSWORD_RESET_REQUIRED');
    const limited = login.data.login.session.token;
    expect(codeOf(await s.gql('{ users { edges { node { userName } } } }', {}, limited))).toBe('ACCESS_DENIED');
    const changed = await s.gql(CHANGE, { o: password, n: strongPassword() }, limited);
    expect(changed.errors).toBeUndefined();
    expect(changed.data.changePassword.session.token).toBeTruthy();
    expect(codeOf(await s.gql('{ me { arn } }', {}, limited))).toBe('UNAUTHENTICATED');
  });

  test('changePassword with a wrong old password is INVALID_CREDENTIALS; a change ends the other sessions', async () => {
    const u = await createUserWithLogin(s);
    const other = (await s.gql(Q.login, { u: u.userName, p: u.password })).data.login.session.token;
    expect(codeOf(await s.gql(CHANGE, { o: 'not the password at all', n: strongPassword() }, u.token))).toBe('INVALID_CREDENTIALS');
    expect((await s.gql(CHANGE, { o: u.password, n: strongPassword() }, u.token)).errors).toBeUndefined();
    expect(codeOf(await s.gql('{ me { arn } }', {}, other))).toBe('UNAUTHENTICATED');
    expect((await s.gql('{ me { arn } }', {}, u.token)).errors).toBeUndefined();
  });
});
