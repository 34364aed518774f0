import { graphql } from '../generated';
import { createUserWithLogin } from '../support/factories';
import { codeOf, dataOf, firstError,type TestServer, useTestServer } from '../support/server';
const attempts = async (s: TestServer) => {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  return [...text.matchAll(/^iam_login_attempts_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
};

describe('at most one credential check per request', () => {
  const s = useTestServer();

  test('30 aliased logins with the right password are refused before any is checked', async () => {
    const u = await createUserWithLogin(s);
    const before = await attempts(s);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: login(input: {userName: $u, password: $p}) { status }`).join(' ');
    // 30 aliases built at run time: rawGql, since the document only exists to be refused.
    const res = await s.rawGql(`mutation($u: String!, $p: String!) { ${aliases} }`, { u: u.userName, p: u.password });
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(codeOf(res)).toBe('LIMIT_EXCEEDED');
    expect(firstError(res).message).toContain('at most one credential');
    expect(await attempts(s)).toBe(before);
  });

  test('two different credential checks in one request are refused too, through fragments as well', async () => {
    const u = await createUserWithLogin(s);
    const mixed = await s.gql(
      graphql(`
        mutation LoginAndChangePassword($u: String!, $p: String!) {
          login(input: { userName: $u, password: $p }) {
            status
          }
          changePassword(input: { oldPassword: $p, newPassword: $p }) {
            __typename
          }
        }
      `),
      { u: u.userName, p: u.password },
      u.token,
    );
    expect(codeOf(mixed)).toBe('LIMIT_EXCEEDED');
    // The second check hides in a named and an inline fragment of the same document: sent as text (rawGql)
    // so that the request keeps exactly that shape.
    const hidden = await s.rawGql(
      `mutation($u: String!, $p: String!) {
        ...A
        ... on Mutation { b: login(input: {userName: $u, password: $p}) { status } }
      }
      fragment A on Mutation { a: login(input: {userName: $u, password: $p}) { status } }`,
      { u: u.userName, p: u.password },
    );
    expect(codeOf(hidden)).toBe('LIMIT_EXCEEDED');
  });

  test('one credential check next to other mutations is fine', async () => {
    const u = await createUserWithLogin(s);
    const res = await s.gql(
      graphql(`
        mutation LoginAndLogout($u: String!, $p: String!) {
          login(input: { userName: $u, password: $p }) {
            status
          }
          logout {
            ok
          }
        }
      `),
      { u: u.userName, p: u.password },
      u.token,
    );
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).login?.status).toBe('SUCCESS');
  });
});
