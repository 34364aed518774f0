import { graphql } from '../generated';
import { createUser, createUserWithLogin, strongPassword } from '../support/factories';
import { Q } from '../support/mfa';
import { CREATE_LOGIN_PROFILE, ME, USER_NAMES } from '../support/operations';
import { codeOf, dataOf, firstError,useTestServer } from '../support/server';

const CHANGE = graphql(`
  mutation ChangePasswordInCredentialsPasswordPolicy($o: String!, $n: String!) {
    changePassword(input: { oldPassword: $o, newPassword: $n }) {
      session {
        token
      }
    }
  }
`);

describe('passwords and the account password policy', () => {
  const s = useTestServer();

  test('defaults follow NIST: 12 to 128 characters, no composition rules', async () => {
    const res = await s.gql(
      graphql(`
        query AccountPasswordPolicyInCredentialsPasswordPolicy {
          accountPasswordPolicy {
            minimumPasswordLength
            maximumPasswordLength
            requireSymbols
            requireNumbers
            allowUsersToChangePassword
            expirePasswords
          }
        }
      `),
      {},
      await s.adminToken(),
    );
    expect(dataOf(res).accountPasswordPolicy).toEqual({
      minimumPasswordLength: 12,
      maximumPasswordLength: 128,
      requireSymbols: false,
      requireNumbers: false,
      allowUsersToChangePassword: true,
      expirePasswords: false,
    });
  });

  test('a common password is refused with the reason, on create and on change', async () => {
    const { userName } = await createUser(s);
    const res = await s.gql(CREATE_LOGIN_PROFILE, { i: { userName, password: 'qwerty123456' } }, await s.adminToken());
    expect(codeOf(res)).toBe('PASSWORD_POLICY_VIOLATION');
    expect(firstError(res).extensions?.reasons).toEqual(['is a commonly used or breached password']);
    const u = await createUserWithLogin(s);
    const change = await s.gql(CHANGE, { o: u.password, n: '1qaz2wsx3edc' }, u.token);
    expect(codeOf(change)).toBe('PASSWORD_POLICY_VIOLATION');
  });

  test('updateAccountPasswordPolicy applies composition and reuse rules to changes', async () => {
    const admin = await s.adminToken();
    const upd = await s.gql(
      graphql(`
        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy {
          updateAccountPasswordPolicy(input: { minimumPasswordLength: 14, requireNumbers: true, passwordReusePrevention: 2 }) {
            passwordPolicy {
              minimumPasswordLength
              requireNumbers
              passwordReusePrevention
            }
          }
        }
      `),
      {},
      admin,
    );
    expect(dataOf(upd).updateAccountPasswordPolicy?.passwordPolicy).toEqual({
      minimumPasswordLength: 14,
      requireNumbers: true,
      passwordReusePrevention: 2,
    });
    const u = await createUserWithLogin(s);
    const weak = await s.gql(CHANGE, { o: u.password, n: 'only letters here ok' }, u.token);
    expect(firstError(weak).extensions?.reasons).toEqual(['must contain a number']);
    const second = `${strongPassword()}7`;
    expect((await s.gql(CHANGE, { o: u.password, n: second }, u.token)).errors).toBeUndefined();
    const back = await s.gql(CHANGE, { o: second, n: u.password }, u.token);
    expect(codeOf(back)).toBe('PASSWORD_POLICY_VIOLATION');
    expect(firstError(back).extensions?.reasons).toEqual(['must differ from the last 2 passwords']);
    await s.gql(
      graphql(`
        mutation UpdateAccountPasswordPolicyInCredentialsPasswordPolicy2 {
          updateAccountPasswordPolicy(input: {}) {
            passwordPolicy {
              minimumPasswordLength
            }
          }
        }
      `),
      {},
      admin,
    );
  });

  test('passwordResetRequired: login gives a session that can only changePassword, then a full one', async () => {
    const { userName } = await createUser(s);
    const password = strongPassword();
    await s.gql(CREATE_LOGIN_PROFILE, { i: { userName, password, passwordResetRequired: true } }, await s.adminToken());
    const login = await s.gql(Q.login, { u: userName, p: password });
    expect(dataOf(login).login?.status).toBe('PASSWORD_RESET_REQUIRED');
    const limited = dataOf(login).login?.session?.token;
    expect(codeOf(await s.gql(USER_NAMES, {}, limited))).toBe('ACCESS_DENIED');
    const changed = await s.gql(CHANGE, { o: password, n: strongPassword() }, limited);
    expect(changed.errors).toBeUndefined();
    expect(dataOf(changed).changePassword?.session?.token).toBeTruthy();
    expect(codeOf(await s.gql(ME, {}, limited))).toBe('UNAUTHENTICATED');
  });

  test('changePassword with a wrong old password is INVALID_CREDENTIALS; a change ends the other sessions', async () => {
    const u = await createUserWithLogin(s);
    const other = dataOf(await s.gql(Q.login, { u: u.userName, p: u.password })).login?.session?.token;
    expect(codeOf(await s.gql(CHANGE, { o: 'not the password at all', n: strongPassword() }, u.token))).toBe('INVALID_CREDENTIALS');
    expect((await s.gql(CHANGE, { o: u.password, n: strongPassword() }, u.token)).errors).toBeUndefined();
    expect(codeOf(await s.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    expect((await s.gql(ME, {}, u.token)).errors).toBeUndefined();
  });
});
