import { createUserWithLogin, strongPassword } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';

/**
 * AllowUsersToChangePassword grants iam:ChangePassword on oneself to every user: no policy is
 * needed, but an explicit deny still refuses, and switching the setting off leaves it to policies.
 */
describe('account settings that grant actions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s.close());

  const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { __typename } }';

  async function setAllow(allow: boolean) {
    const res = await s.gql(
      'mutation($i: UpdateAccountPasswordPolicyInput!) { updateAccountPasswordPolicy(input: $i) { passwordPolicy { allowUsersToChangePassword } } }',
      { i: { allowUsersToChangePassword: allow } },
      await s.adminToken(),
    );
    expect(res.data.updateAccountPasswordPolicy.passwordPolicy.allowUsersToChangePassword).toBe(allow);
  }

  test('with the setting on, a user with no policy changes their own password', async () => {
    await setAllow(true);
    const u = await createUserWithLogin(s);
    expect((await s.gql(CHANGE, { i: { oldPassword: u.password, newPassword: strongPassword() } }, u.token)).errors).toBeUndefined();
  });

  test('with the setting on, an explicit Deny on iam:ChangePassword still refuses', async () => {
    await setAllow(true);
    const u = await createUserWithLogin(s);
    const deny = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:ChangePassword', Resource: '*' }] };
    const put = await s.gql('mutation($i: PutUserPolicyInput!) { putUserPolicy(input: $i) { user { userName } } }', { i: { userName: u.userName, policyName: 'NoPasswordChange', policyDocument: JSON.stringify(deny) } }, await s.adminToken());
    expect(put.errors).toBeUndefined();
    const res = await s.gql(CHANGE, { i: { oldPassword: u.password, newPassword: strongPassword() } }, u.token);
    expect(codeOf(res)).toBe('ACCESS_DENIED');
    expect(res.errors![0]!.message).toContain('with an explicit deny in an identity-based policy');
  });

  test('with the setting off, a user with no policy is refused', async () => {
    await setAllow(false);
    const u = await createUserWithLogin(s);
    expect(codeOf(await s.gql(CHANGE, { i: { oldPassword: u.password, newPassword: strongPassword() } }, u.token))).toBe('ACCESS_DENIED');
    await setAllow(true);
  });
});
