import { createUserWithLogin } from '../support/factories';
import { Q } from '../support/mfa';
import { ME } from '../support/operations';
import { dataOf, useTestServer } from '../support/server';

describe('live sessions per user', () => {
  // Parallel right passwords are counted in advance too: a high backoff threshold lets all in.
  const s = useTestServer({ IAM_MAX_SESSIONS_PER_USER: '3', IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '100' });

  const signIn = async (u: { userName: string; password: string }) =>
    dataOf(await s.gql(Q.login, { u: u.userName, p: u.password })).login?.session?.token as string;
  const alive = async (token: string) => (await s.gql(ME, {}, token)).errors === undefined;

  test('a fourth sign-in ends the least recently used session', async () => {
    const u = await createUserWithLogin(s);
    const tokens = [u.token, await signIn(u), await signIn(u)];
    expect(await Promise.all(tokens.map(alive))).toEqual([true, true, true]);
    const fourth = await signIn(u);
    expect(await Promise.all([...tokens, fourth].map(alive))).toEqual([false, true, true, true]);
  });

  test('10 parallel sign-ins leave exactly 3 live sessions', async () => {
    const u = await createUserWithLogin(s);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => signIn(u)));
    const live = await Promise.all([u.token, ...tokens].map(alive));
    expect(live.filter(Boolean)).toHaveLength(3);
    const rows = await s.app.dataSource.query(
      'SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.user_name = $1 AND s.revoked_at IS NULL AND s.kind ' +
        "= 'USER'",
      [u.userName],
    );
    expect(Number(rows[0].n)).toBe(3);
  });
});
