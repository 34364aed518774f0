import type { MeQuery } from '../generated/graphql';
import { createUserWithLogin } from '../support/factories';
import { LOGIN_WITH_SESSION_DELIVERY, ME } from '../support/operations';
import { codeOf, dataOf, type GqlError, type GqlResponse, present, startTestServer } from '../support/server';

/**
 * The session cookie over HTTPS (API.md, "Browsers"): `__Host-iam_session`, Secure. One embedded
 * database per process, so this file starts its servers one after the other, apart from
 * browser-http.test.ts.
 */
const APP = 'http://app.example.test:5173';

async function cookieLogin(url: string, userName: string, password: string, headers: Record<string, string>): Promise<string | null> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN_WITH_SESSION_DELIVERY.toString(), variables: { u: userName, p: password, d: 'COOKIE' } }),
  });
  return res.headers.get('set-cookie');
}

describe('the session cookie over HTTPS', () => {
  test('behind a trusted proxy that says https: __Host-iam_session, Secure; only that name authenticates', async () => {
    const tls = await startTestServer({ IAM_TRUST_PROXY: 'loopback', IAM_CORS_ORIGINS: APP });
    try {
      const u = await createUserWithLogin(tls);
      const setCookie = await cookieLogin(tls.url, u.userName, u.password, { 'x-forwarded-proto': 'https' });
      expect(setCookie).toMatch(/^__Host-iam_session=iam_[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
      const token = setCookie!.split(';')[0]!.split('=')[1]!;
      const me = async (cookie: string): Promise<GqlResponse<MeQuery>> => {
        const res = await fetch(`${tls.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https', cookie, origin: APP },
          body: JSON.stringify({ query: ME.toString() }),
        });
        const body = (await res.json()) as { data?: MeQuery; errors?: GqlError[] };
        return { status: res.status, data: body.data ?? null, errors: body.errors };
      };
      const hostCookie = await me(`__Host-iam_session=${token}`);
      expect(present(dataOf(hostCookie).me, 'me').arn).toMatch(new RegExp(`${u.userName}$`));
      // A plain iam_session over HTTPS could have been planted by a sibling host: it counts as none.
      expect(codeOf(await me(`iam_session=${token}`))).toBe('UNAUTHENTICATED');
    } finally {
      await tls.close();
    }
  });

  test('IAM_COOKIE_SECURE=1 forces Secure on plain HTTP (TLS ended at a proxy)', async () => {
    const forced = await startTestServer({ IAM_COOKIE_SECURE: '1' });
    try {
      const u = await createUserWithLogin(forced);
      const setCookie = await cookieLogin(forced.url, u.userName, u.password, {});
      expect(setCookie).toMatch(/^iam_session=iam_[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      await forced.close();
    }
  });
});
