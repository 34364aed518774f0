import { graphql } from '../generated';
import { LOGIN_STATUS, ME, USER_NAMES } from '../support/operations';
import { codeOf, dataOf, firstError,useTestServer } from '../support/server';

describe('sign-in, tokens and logout', () => {
  const s = useTestServer();

  test('the bootstrap admin signs in and sees itself in me', async () => {
    const token = await s.adminToken();
    const res = await s.gql(
      graphql(`
        query MeInFoundation {
          me {
            arn
            ... on User {
              userName
            }
          }
        }
      `),
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).me).toEqual({ arn: 'arn:aws:iam::000000000000:user/admin', userName: 'admin' });
  });

  test('a request without a token is UNAUTHENTICATED; a bad token too', async () => {
    expect(codeOf(await s.gql(USER_NAMES))).toBe('UNAUTHENTICATED');
    const bad = await s.gql(ME, {}, 'iam_not-a-real-token-at-all');
    expect(bad.status).toBe(401);
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
  });

  test('a wrong password and an unknown user get the same INVALID_CREDENTIALS', async () => {
    const q = LOGIN_STATUS;
    const wrong = await s.gql(q, { u: 'admin', p: 'wrong password here' });
    const unknown = await s.gql(q, { u: 'ghost-user', p: 'wrong password here' });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(firstError(wrong).message).toBe(firstError(unknown).message);
  });

  test('logout ends the session', async () => {
    const login = await s.gql(
      graphql(`
        mutation LoginInFoundation2($p: String!) {
          login(input: { userName: "admin", password: $p }) {
            session {
              token
            }
          }
        }
      `),
      { p: s.adminPassword },
    );
    const token = dataOf(login).login?.session?.token;
    expect(
      dataOf(
        await s.gql(
          graphql(`
            mutation Logout {
              logout {
                ok
              }
            }
          `),
          {},
          token,
        ),
      ).logout?.ok,
    ).toBe(true);
    expect(codeOf(await s.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });
});
