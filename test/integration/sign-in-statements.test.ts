import { createUserWithLogin, uniqueName } from '../support/factories';
import { codeAt, createMfaUser, Q, stepNow } from '../support/mfa';
import { codeOf, dataOf, present, useTestServer } from '../support/server';

/**
 * How many SQL statements a sign-in sends (iam_db_queries_total counts every one, BEGIN, COMMIT
 * and ROLLBACK included), so that the figure of issue 12 (at most 12 for password + TOTP) cannot
 * grow unnoticed. Each step: its read and its limiter admission before the transaction, then
 * BEGIN, its guarded write, the audit record (with the session and the limiter's success riding
 * in it), COMMIT.
 */
describe('statements per sign-in', () => {
  const s = useTestServer();
  const statements = async () => Number(/^iam_db_queries_total (\d+)/m.exec(await (await fetch(`${s.url}/metrics`)).text())![1]);
  const counted = async <T>(send: () => Promise<T>): Promise<{ result: T; count: number }> => {
    const before = await statements();
    const result = await send();
    return { result, count: (await statements()) - before };
  };

  test('password + TOTP: at most 6 statements per step, 12 in all', async () => {
    const u = await createMfaUser(s);
    const login = await counted(() => s.gql(Q.login, { u: u.userName, p: u.password }));
    expect(dataOf(login.result).login?.status).toBe('MFA_REQUIRED');
    const code = await codeAt(u.device.base32StringSeed, Math.max(stepNow(), u.enabledStep + 1));
    const token = present(dataOf(login.result).login?.mfaChallenge).token;
    const respond = await counted(() => s.gql(Q.respond, { t: token, c: code }));
    expect(dataOf(respond.result).respondToMfaChallenge).toMatchObject({ status: 'SUCCESS', session: { mfaAuthenticated: true } });
    expect(login.count).toBeLessThanOrEqual(6);
    expect(respond.count).toBeLessThanOrEqual(6);
    expect(login.count + respond.count).toBeLessThanOrEqual(12);
  });

  test('password only: at most 6 statements', async () => {
    const u = await createUserWithLogin(s);
    const login = await counted(() => s.gql(Q.login, { u: u.userName, p: u.password }));
    expect(dataOf(login.result).login?.status).toBe('SUCCESS');
    expect(login.count).toBeLessThanOrEqual(6);
  });

  test('a wrong password and an unknown user: the same statements, at most 3', async () => {
    const u = await createUserWithLogin(s);
    const wrong = await counted(() => s.gql(Q.login, { u: u.userName, p: 'not the password at all' }));
    const unknown = await counted(() => s.gql(Q.login, { u: uniqueName('nobody'), p: 'not the password at all' }));
    expect(codeOf(wrong.result)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown.result)).toBe('INVALID_CREDENTIALS');
    expect(unknown.count).toBe(wrong.count);
    expect(wrong.count).toBeLessThanOrEqual(3);
  });
});
