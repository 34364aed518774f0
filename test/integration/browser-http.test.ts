import { graphql } from '../generated';
import type { TypedDocumentString } from '../generated/graphql';
import { createUserWithLogin } from '../support/factories';
import { challengeFor, createMfaUser } from '../support/mfa';
import { LOGIN_WITH_SESSION_DELIVERY, ME, REVOKE_USER_SESSIONS, TYPENAME } from '../support/operations';
import { codeOf, dataOf, firstError, type GqlError, type GqlResponse, present, useTestServer } from '../support/server';

/**
 * Browsers over HTTP (API.md, "Browsers"): CORS for the listed origins, cookie sessions with their
 * attributes and their CSRF check, Retry-After, and the sessions API.
 */
const APP = 'http://app.example.test:5173';
const LOGIN = LOGIN_WITH_SESSION_DELIVERY;
const SESSIONS = graphql(`
  query SessionsWithClientAndCurrent($n: String) {
    sessions(userName: $n) {
      id
      createdAt
      lastUsedAt
      expiresAt
      sourceIp
      userAgent
      mfaAuthenticated
      current
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeSessionId($id: ID!) {
    revokeSession(input: { sessionId: $id }) {
      sessionId
    }
  }
`);
const LOGOUT = graphql(`
  mutation LogoutOk {
    logout {
      ok
    }
  }
`);
const RESPOND_BY_COOKIE = graphql(`
  mutation RespondToMfaChallengeByCookie($t: String!, $c: String!) {
    respondToMfaChallenge(input: { challengeToken: $t, code: $c, sessionDelivery: COOKIE }) {
      status
      session {
        token
        mfaAuthenticated
      }
    }
  }
`);
const REVOKE_USER_SESSIONS_KEEPING = graphql(`
  mutation RevokeUserSessionsKeepingCurrent($n: String!) {
    revokeUserSessions(input: { userName: $n, keepCurrent: true }) {
      revokedCount
    }
  }
`);

/** An answer with its HTTP headers, and the body as it came (to check that no token is anywhere in it). */
interface Raw<T> extends GqlResponse<T> {
  headers: Headers;
  body: unknown;
}

describe('browsers: CORS, cookie sessions, CSRF, Retry-After, sessions', () => {
  const s = useTestServer({ IAM_CORS_ORIGINS: `${APP},http://other.example.test` });

  /** One POST to /graphql with the headers a browser would send (cookie, origin, user-agent). */
  async function post<TData, TVariables>(
    document: TypedDocumentString<TData, TVariables>,
    variables: TVariables,
    headers: Record<string, string> = {},
  ): Promise<Raw<TData>> {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await res.json()) as { data?: TData; errors?: GqlError[] };
    return { status: res.status, headers: res.headers, data: body.data ?? null, errors: body.errors, body };
  }

  /** A user signed in with a cookie session: the cookie's name=value pair and the Set-Cookie header. */
  async function cookieLogin(userAgent = 'jest-browser/1.0') {
    const u = await createUserWithLogin(s);
    const res = await post(LOGIN, { u: u.userName, p: u.password, d: 'COOKIE' }, { origin: APP, 'user-agent': userAgent });
    expect(res.errors).toBeUndefined();
    const setCookie = res.headers.get('set-cookie')!;
    return { ...u, res, setCookie, cookie: setCookie.split(';')[0]! };
  }

  /** The sessions listed to the caller these headers authenticate. */
  async function sessionsOf(headers: Record<string, string>, n?: string) {
    return dataOf(await post(SESSIONS, { n }, headers)).sessions;
  }

  const arnOf = async (headers: Record<string, string>) => present(dataOf(await post(ME, {}, headers)).me, 'me').arn;

  test('a preflight from a listed origin gets 204 with the origin, credentials and Vary: Origin', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });

  test('an origin not listed gets no Access-Control-Allow-Origin, on the preflight or the request', async () => {
    const pre = await fetch(`${s.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example.test', 'access-control-request-method': 'POST' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(TYPENAME, {}, { origin: 'http://evil.example.test' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await post(TYPENAME, {}, { origin: APP });
    expect(listed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listed.headers.get('vary')).toMatch(/Origin/);
  });

  test('sessionDelivery COOKIE sets iam_session HttpOnly, SameSite=Lax, Path=/, and the body has no token', async () => {
    const { res, setCookie } = await cookieLogin();
    const login = present(dataOf(res).login, 'a login payload');
    expect(login.status).toBe('SUCCESS');
    expect(present(login.session, 'a session').token).toBeNull();
    expect(present(login.session, 'a session').expiresAt).toEqual(expect.any(String));
    expect(setCookie).toMatch(/^iam_session=iam_[A-Za-z0-9_-]{20,}; /);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=\d+/);
    expect(setCookie).not.toMatch(/Secure/); // plain HTTP, IAM_COOKIE_SECURE unset
    expect(JSON.stringify(res.body)).not.toMatch(/iam_[A-Za-z0-9_-]{20,}/);
  });

  test('the default (TOKEN) sets no cookie', async () => {
    const u = await createUserWithLogin(s);
    const res = await post(LOGIN, { u: u.userName, p: u.password });
    expect(present(dataOf(res).login?.session, 'a session').token).toMatch(/^iam_/);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('the cookie authenticates a request from an allowed origin and from the server itself', async () => {
    const { cookie, userName } = await cookieLogin();
    const fromApp = await post(ME, {}, { cookie, origin: APP });
    expect(fromApp.errors).toBeUndefined();
    expect(present(dataOf(fromApp).me, 'me').arn).toMatch(new RegExp(`:user/${userName}$`));
    expect(await arnOf({ cookie, origin: s.url })).toMatch(new RegExp(`:user/${userName}$`));
  });

  test('a cookie request from a forged or missing Origin is refused with 403 UNAUTHENTICATED (CSRF)', async () => {
    const { cookie } = await cookieLogin();
    const forged: Array<Record<string, string>> = [{ cookie, origin: 'http://evil.example.test' }, { cookie, origin: 'null' }, { cookie }];
    for (const headers of forged) {
      const res = await post(ME, {}, headers);
      expect(res.status).toBe(403);
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(firstError(res).message).toMatch(/IAM_CORS_ORIGINS/);
    }
  });

  test('Apollo CSRF prevention stays on: a simple (text/plain) request is refused before it runs', async () => {
    const { cookie } = await cookieLogin();
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie, origin: APP },
      body: JSON.stringify({ query: LOGOUT.toString() }),
    });
    expect(res.status).toBe(400);
    const still = await post(ME, {}, { cookie, origin: APP });
    expect(still.errors).toBeUndefined();
  });

  test('GET never mutates, even with a valid cookie and the preflight header', async () => {
    const { cookie } = await cookieLogin();
    const url = `${s.url}/graphql?query=${encodeURIComponent(LOGOUT.toString())}`;
    const res = await fetch(url, { headers: { cookie, origin: s.url, 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(res.status).toBe(405);
    const still = await post(ME, {}, { cookie, origin: APP });
    expect(still.errors).toBeUndefined();
  });

  test('a bearer header wins over the cookie', async () => {
    const a = await cookieLogin();
    const b = await createUserWithLogin(s);
    expect(await arnOf({ cookie: a.cookie, origin: APP, authorization: `Bearer ${b.token}` })).toMatch(new RegExp(`:user/${b.userName}$`));
    // The header is checked as before: a bad one is 401 even with a good cookie.
    const bad = await post(ME, {}, { cookie: a.cookie, origin: APP, authorization: 'Bearer iam_not-a-valid-token-at-all' });
    expect(bad.status).toBe(401);
    // And with a header the CSRF check does not apply (the page had to set it itself).
    const forged = await arnOf({ cookie: a.cookie, origin: 'http://evil.example.test', authorization: `Bearer ${b.token}` });
    expect(forged).toMatch(new RegExp(`:user/${b.userName}$`));
  });

  test('logout ends the session and clears the cookie; the stale cookie then counts as none', async () => {
    const { cookie } = await cookieLogin();
    const out = await post(LOGOUT, {}, { cookie, origin: APP });
    expect(present(dataOf(out).logout, 'a logout payload').ok).toBe(true);
    const cleared = out.headers.get('set-cookie')!;
    expect(cleared).toMatch(/^iam_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await post(ME, {}, { cookie, origin: APP });
    expect(codeOf(me)).toBe('UNAUTHENTICATED');
    expect(me.status).toBe(200);
  });

  test('respondToMfaChallenge with COOKIE sets the cookie of an MFA session; the body has no token', async () => {
    const u = await createMfaUser(s);
    const t = await challengeFor(s, u.userName, u.password);
    const res = await post(RESPOND_BY_COOKIE, { t, c: u.recoveryCodes[0]! }, { origin: APP });
    expect(dataOf(res).respondToMfaChallenge).toEqual({ status: 'SUCCESS', session: { token: null, mfaAuthenticated: true } });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect(await sessionsOf({ cookie, origin: APP })).toEqual([expect.objectContaining({ current: true, mfaAuthenticated: true })]);
  });

  test('GraphiQL sends credentials (the cookie) and keeps no headers in localStorage', async () => {
    const res = await fetch(`${s.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    const options = /renderYogaGraphiQL\(\s*[^,]+,\s*(\{.*?\}),\s*\)/s.exec(html.slice(-4000))?.[1];
    expect(JSON.parse(options!)).toMatchObject({ endpoint: '/graphql', credentials: 'include', shouldPersistHeaders: false });
  });

  test('TOO_MANY_ATTEMPTS answers carry Retry-After with retryAfterSeconds', async () => {
    const u = await createUserWithLogin(s);
    for (let i = 0; i < 5; i++) await post(LOGIN, { u: u.userName, p: `wrong-${i}-password` });
    const locked = await post(LOGIN, { u: u.userName, p: u.password });
    const err = firstError(locked);
    expect(err.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfterSeconds = err.extensions?.retryAfterSeconds;
    expect(retryAfterSeconds).toEqual(expect.any(Number));
    expect(locked.headers.get('retry-after')).toBe(String(Math.ceil(retryAfterSeconds as number)));
    const fine = await post(TYPENAME, {});
    expect(fine.headers.get('retry-after')).toBeNull();
  });

  test('sessions lists the caller\'s own with source address, user agent and current; never a token or hash', async () => {
    const a = await cookieLogin('agent-one/1.0');
    // A second sign-in of the same user, by token, from another client.
    const second = await post(LOGIN, { u: a.userName, p: a.password }, { 'user-agent': 'agent-two/2.0' });
    const token = present(present(dataOf(second).login?.session, 'a session').token, 'a token');
    const res = await post(SESSIONS, {}, { cookie: a.cookie, origin: APP });
    expect(res.errors).toBeUndefined();
    const list = dataOf(res).sessions;
    expect(list).toHaveLength(3); // createUserWithLogin's, the cookie's, the second
    expect(list.filter((x) => x.current)).toHaveLength(1);
    const current = list.find((x) => x.current)!;
    expect(current).toMatchObject({ userAgent: 'agent-one/1.0', sourceIp: '127.0.0.1', mfaAuthenticated: false });
    expect(list.map((x) => x.userAgent)).toContain('agent-two/2.0');
    expect(JSON.stringify(res.body)).not.toContain(token);
    const byName = await sessionsOf({ authorization: `Bearer ${token}` }, a.userName);
    expect(byName).toHaveLength(3);
    expect(byName.find((x) => x.current)!.userAgent).toBe('agent-two/2.0');
  });

  test('a user revokes one of their own sessions; revoking the calling one clears its cookie', async () => {
    const a = await cookieLogin();
    const other = await post(LOGIN, { u: a.userName, p: a.password });
    const otherToken = present(present(dataOf(other).login?.session, 'a session').token, 'a token');
    const list = await sessionsOf({ authorization: `Bearer ${otherToken}` });
    const otherId = list.find((x) => x.current)!.id;
    const revoked = await post(REVOKE, { id: otherId }, { cookie: a.cookie, origin: APP });
    expect(revoked.errors).toBeUndefined();
    expect(dataOf(revoked).revokeSession?.sessionId).toBe(otherId);
    expect(revoked.headers.get('set-cookie')).toBeNull();
    expect((await post(ME, {}, { authorization: `Bearer ${otherToken}` })).status).toBe(401);
    // Again: the session is gone.
    const again = await post(REVOKE, { id: otherId }, { cookie: a.cookie, origin: APP });
    expect(['NO_SUCH_ENTITY', 'ACCESS_DENIED']).toContain(codeOf(again));
    const mine = (await sessionsOf({ cookie: a.cookie, origin: APP })).find((x) => x.current)!;
    const self = await post(REVOKE, { id: mine.id }, { cookie: a.cookie, origin: APP });
    expect(self.errors).toBeUndefined();
    expect(self.headers.get('set-cookie')).toMatch(/^iam_session=; Max-Age=0/);
  });

  test('a user can neither list nor revoke another user\'s sessions; an administrator can', async () => {
    const a = await cookieLogin();
    const b = await createUserWithLogin(s);
    const listB = await post(SESSIONS, { n: b.userName }, { cookie: a.cookie, origin: APP });
    expect(codeOf(listB)).toBe('ACCESS_DENIED');
    expect(firstError(listB).message).toMatch(/iam:ListSessions/);
    const ghost = await post(SESSIONS, { n: 'no-such-user-here' }, { cookie: a.cookie, origin: APP });
    expect(codeOf(ghost)).toBe('ACCESS_DENIED');
    const bSession = (await sessionsOf({ authorization: `Bearer ${b.token}` }))[0]!.id;
    const revoke = await post(REVOKE, { id: bSession }, { cookie: a.cookie, origin: APP });
    expect(codeOf(revoke)).toBe('ACCESS_DENIED');
    expect(firstError(revoke).message).toMatch(/iam:RevokeSession/);
    // An unknown id looks the same to this user as another's session.
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const unknown = await post(REVOKE, { id: unknownId }, { cookie: a.cookie, origin: APP });
    expect(codeOf(unknown)).toBe('ACCESS_DENIED');
    expect((await post(ME, {}, { authorization: `Bearer ${b.token}` })).status).toBe(200);
    const admin = { authorization: `Bearer ${await s.adminToken()}` };
    expect(await sessionsOf(admin, b.userName)).toHaveLength(1);
    expect(codeOf(await post(REVOKE, { id: unknownId }, admin))).toBe('NO_SUCH_ENTITY');
    expect((await post(REVOKE, { id: bSession }, admin)).errors).toBeUndefined();
    expect((await post(ME, {}, { authorization: `Bearer ${b.token}` })).status).toBe(401);
  });

  test('revokeUserSessions with keepCurrent ends the others and keeps the calling one (and its cookie)', async () => {
    const a = await cookieLogin();
    const browser = { cookie: a.cookie, origin: APP };
    const res = await post(REVOKE_USER_SESSIONS_KEEPING, { n: a.userName }, browser);
    expect(res.errors).toBeUndefined();
    expect(dataOf(res).revokeUserSessions?.revokedCount).toBe(1);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(a.token).toBeTruthy();
    expect((await post(ME, {}, { authorization: `Bearer ${a.token}` })).status).toBe(401);
    expect(await sessionsOf(browser)).toEqual([expect.objectContaining({ current: true })]);
    const all = await post(REVOKE_USER_SESSIONS, { n: a.userName }, browser);
    expect(dataOf(all).revokeUserSessions?.revokedCount).toBe(1);
    expect(all.headers.get('set-cookie')).toMatch(/^iam_session=; Max-Age=0/);
  });
});
