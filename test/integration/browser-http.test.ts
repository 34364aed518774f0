import { createUserWithLogin } from '../support/factories';
import { codeOf, startTestServer, type TestServer } from '../support/server';
import { challengeFor, createMfaUser } from './mfa-support';

/**
 * Browsers over HTTP (API.md, "Browsers"): CORS for the listed origins, cookie sessions with their
 * attributes and their CSRF check, Retry-After, and the sessions API.
 */
const APP = 'http://app.example.test:5173';
const LOGIN = `mutation($u: String!, $p: String!, $d: SessionDelivery) {
  login(input: {userName: $u, password: $p, sessionDelivery: $d}) { status session { token expiresAt mfaAuthenticated } }
}`;
const SESSIONS = 'query($n: String) { sessions(userName: $n) { id createdAt lastUsedAt expiresAt sourceIp userAgent mfaAuthenticated current } }';
const REVOKE = 'mutation($id: ID!) { revokeSession(input: {sessionId: $id}) { sessionId } }';

interface Raw {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

describe('browsers: CORS, cookie sessions, CSRF, Retry-After, sessions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ IAM_CORS_ORIGINS: `${APP},http://other.example.test` });
  });
  afterAll(async () => {
    await s.close();
  });

  async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Raw> {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Raw['body'] };
  }

  /** A user signed in with a cookie session: the cookie's name=value pair and the Set-Cookie header. */
  async function cookieLogin(userAgent = 'jest-browser/1.0') {
    const u = await createUserWithLogin(s);
    const res = await post(LOGIN, { u: u.userName, p: u.password, d: 'COOKIE' }, { origin: APP, 'user-agent': userAgent });
    expect(res.body.errors).toBeUndefined();
    const setCookie = res.headers.get('set-cookie')!;
    return { ...u, res, setCookie, cookie: setCookie.split(';')[0]! };
  }

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
    const res = await post('{ __typename }', {}, { origin: 'http://evil.example.test' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await post('{ __typename }', {}, { origin: APP });
    expect(listed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listed.headers.get('vary')).toMatch(/Origin/);
  });

  test('sessionDelivery COOKIE sets iam_session HttpOnly, SameSite=Lax, Path=/, and the body has no token', async () => {
    const { res, setCookie } = await cookieLogin();
    expect(res.body.data.login.status).toBe('SUCCESS');
    expect(res.body.data.login.session.token).toBeNull();
    expect(res.body.data.login.session.expiresAt).toEqual(expect.any(String));
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
    expect(res.body.data.login.session.token).toMatch(/^iam_/);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('the cookie authenticates a request from an allowed origin and from the server itself', async () => {
    const { cookie, userName } = await cookieLogin();
    const fromApp = await post('{ me { arn } }', {}, { cookie, origin: APP });
    expect(fromApp.body.errors).toBeUndefined();
    expect(fromApp.body.data.me.arn).toMatch(new RegExp(`:user/${userName}$`));
    const own = await post('{ me { arn } }', {}, { cookie, origin: s.url });
    expect(own.body.data.me.arn).toMatch(new RegExp(`:user/${userName}$`));
  });

  test('a cookie request from a forged or missing Origin is refused with 403 UNAUTHENTICATED (CSRF)', async () => {
    const { cookie } = await cookieLogin();
    for (const headers of [{ cookie, origin: 'http://evil.example.test' }, { cookie, origin: 'null' }, { cookie }] as Array<Record<string, string>>) {
      const res = await post('{ me { arn } }', {}, headers);
      expect(res.status).toBe(403);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0]?.message).toMatch(/IAM_CORS_ORIGINS/);
    }
  });

  test('Apollo CSRF prevention stays on: a simple (text/plain) request is refused before it runs', async () => {
    const { cookie } = await cookieLogin();
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie, origin: APP },
      body: JSON.stringify({ query: 'mutation { logout { ok } }' }),
    });
    expect(res.status).toBe(400);
    const still = await post('{ me { arn } }', {}, { cookie, origin: APP });
    expect(still.body.errors).toBeUndefined();
  });

  test('GET never mutates, even with a valid cookie and the preflight header', async () => {
    const { cookie } = await cookieLogin();
    const url = `${s.url}/graphql?query=${encodeURIComponent('mutation { logout { ok } }')}`;
    const res = await fetch(url, { headers: { cookie, origin: s.url, 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(res.status).toBe(405);
    const still = await post('{ me { arn } }', {}, { cookie, origin: APP });
    expect(still.body.errors).toBeUndefined();
  });

  test('a bearer header wins over the cookie', async () => {
    const a = await cookieLogin();
    const b = await createUserWithLogin(s);
    const res = await post('{ me { arn } }', {}, { cookie: a.cookie, origin: APP, authorization: `Bearer ${b.token}` });
    expect(res.body.data.me.arn).toMatch(new RegExp(`:user/${b.userName}$`));
    // The header is checked as before: a bad one is 401 even with a good cookie.
    const bad = await post('{ me { arn } }', {}, { cookie: a.cookie, origin: APP, authorization: 'Bearer iam_not-a-valid-token-at-all' });
    expect(bad.status).toBe(401);
    // And with a header the CSRF check does not apply (the page had to set it itself).
    const forged = await post('{ me { arn } }', {}, { cookie: a.cookie, origin: 'http://evil.example.test', authorization: `Bearer ${b.token}` });
    expect(forged.body.data.me.arn).toMatch(new RegExp(`:user/${b.userName}$`));
  });

  test('logout ends the session and clears the cookie; the stale cookie then counts as none', async () => {
    const { cookie } = await cookieLogin();
    const out = await post('mutation { logout { ok } }', {}, { cookie, origin: APP });
    expect(out.body.data.logout.ok).toBe(true);
    const cleared = out.headers.get('set-cookie')!;
    expect(cleared).toMatch(/^iam_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax/);
    const me = await post('{ me { arn } }', {}, { cookie, origin: APP });
    expect(codeOf({ status: me.status, data: null, errors: me.body.errors })).toBe('UNAUTHENTICATED');
    expect(me.status).toBe(200);
  });

  test('respondToMfaChallenge with COOKIE sets the cookie of an MFA session; the body has no token', async () => {
    const u = await createMfaUser(s);
    const t = await challengeFor(s, u.userName, u.password);
    const res = await post(
      'mutation($t: String!, $c: String!) { respondToMfaChallenge(input: {challengeToken: $t, code: $c, sessionDelivery: COOKIE}) { status session { token mfaAuthenticated } } }',
      { t, c: u.recoveryCodes[0]! },
      { origin: APP },
    );
    expect(res.body.data.respondToMfaChallenge).toEqual({ status: 'SUCCESS', session: { token: null, mfaAuthenticated: true } });
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const list = await post(SESSIONS, {}, { cookie, origin: APP });
    expect(list.body.data.sessions).toEqual([expect.objectContaining({ current: true, mfaAuthenticated: true })]);
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
    const err = locked.body.errors![0]!;
    expect(err.extensions!.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.headers.get('retry-after')).toBe(String(Math.ceil(err.extensions!.retryAfterSeconds)));
    const fine = await post('{ __typename }', {});
    expect(fine.headers.get('retry-after')).toBeNull();
  });

  test('sessions lists the caller\'s own with source address, user agent and current; never a token or hash', async () => {
    const a = await cookieLogin('agent-one/1.0');
    // A second sign-in of the same user, by token, from another client.
    const second = await post(LOGIN, { u: a.userName, p: a.password }, { 'user-agent': 'agent-two/2.0' });
    const token = second.body.data.login.session.token as string;
    const res = await post(SESSIONS, {}, { cookie: a.cookie, origin: APP });
    expect(res.body.errors).toBeUndefined();
    const list = res.body.data.sessions as Array<Record<string, unknown>>;
    expect(list).toHaveLength(3); // createUserWithLogin's, the cookie's, the second
    expect(list.filter((x) => x.current)).toHaveLength(1);
    const current = list.find((x) => x.current)!;
    expect(current).toMatchObject({ userAgent: 'agent-one/1.0', sourceIp: '127.0.0.1', mfaAuthenticated: false });
    expect(list.map((x) => x.userAgent)).toContain('agent-two/2.0');
    expect(JSON.stringify(res.body)).not.toContain(token);
    const byName = await post(SESSIONS, { n: a.userName }, { authorization: `Bearer ${token}` });
    expect(byName.body.data.sessions).toHaveLength(3);
    expect((byName.body.data.sessions as Array<{ current: boolean; userAgent: string }>).find((x) => x.current)!.userAgent).toBe('agent-two/2.0');
  });

  test('a user revokes one of their own sessions; revoking the calling one clears its cookie', async () => {
    const a = await cookieLogin();
    const other = await post(LOGIN, { u: a.userName, p: a.password });
    const otherToken = other.body.data.login.session.token as string;
    const list = (await post(SESSIONS, {}, { authorization: `Bearer ${otherToken}` })).body.data.sessions as Array<{ id: string; current: boolean }>;
    const otherId = list.find((x) => x.current)!.id;
    const revoked = await post(REVOKE, { id: otherId }, { cookie: a.cookie, origin: APP });
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data.revokeSession.sessionId).toBe(otherId);
    expect(revoked.headers.get('set-cookie')).toBeNull();
    expect((await post('{ me { arn } }', {}, { authorization: `Bearer ${otherToken}` })).status).toBe(401);
    // Again: the session is gone.
    const again = await post(REVOKE, { id: otherId }, { cookie: a.cookie, origin: APP });
    expect(['NO_SUCH_ENTITY', 'ACCESS_DENIED']).toContain(again.body.errors?.[0]?.extensions?.code);
    const mine = ((await post(SESSIONS, {}, { cookie: a.cookie, origin: APP })).body.data.sessions as Array<{ id: string; current: boolean }>).find((x) => x.current)!;
    const self = await post(REVOKE, { id: mine.id }, { cookie: a.cookie, origin: APP });
    expect(self.body.errors).toBeUndefined();
    expect(self.headers.get('set-cookie')).toMatch(/^iam_session=; Max-Age=0/);
  });

  test('a user can neither list nor revoke another user\'s sessions; an administrator can', async () => {
    const a = await cookieLogin();
    const b = await createUserWithLogin(s);
    const listB = await post(SESSIONS, { n: b.userName }, { cookie: a.cookie, origin: APP });
    expect(listB.body.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    expect(listB.body.errors?.[0]?.message).toMatch(/iam:ListSessions/);
    const ghost = await post(SESSIONS, { n: 'no-such-user-here' }, { cookie: a.cookie, origin: APP });
    expect(ghost.body.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    const bSession = ((await post(SESSIONS, {}, { authorization: `Bearer ${b.token}` })).body.data.sessions as Array<{ id: string }>)[0]!.id;
    const revoke = await post(REVOKE, { id: bSession }, { cookie: a.cookie, origin: APP });
    expect(revoke.body.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    expect(revoke.body.errors?.[0]?.message).toMatch(/iam:RevokeSession/);
    // An unknown id looks the same to this user as another's session.
    const unknown = await post(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, { cookie: a.cookie, origin: APP });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    expect((await post('{ me { arn } }', {}, { authorization: `Bearer ${b.token}` })).status).toBe(200);
    const admin = await s.adminToken();
    expect((await post(SESSIONS, { n: b.userName }, { authorization: `Bearer ${admin}` })).body.data.sessions).toHaveLength(1);
    expect((await post(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, { authorization: `Bearer ${admin}` })).body.errors?.[0]?.extensions?.code).toBe('NO_SUCH_ENTITY');
    expect((await post(REVOKE, { id: bSession }, { authorization: `Bearer ${admin}` })).body.errors).toBeUndefined();
    expect((await post('{ me { arn } }', {}, { authorization: `Bearer ${b.token}` })).status).toBe(401);
  });

  test('revokeUserSessions with keepCurrent ends the others and keeps the calling one (and its cookie)', async () => {
    const a = await cookieLogin();
    const res = await post('mutation($n: String!) { revokeUserSessions(input: {userName: $n, keepCurrent: true}) { revokedCount } }', { n: a.userName }, { cookie: a.cookie, origin: APP });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.revokeUserSessions.revokedCount).toBe(1);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(a.token).toBeTruthy();
    expect((await post('{ me { arn } }', {}, { authorization: `Bearer ${a.token}` })).status).toBe(401);
    const list = (await post(SESSIONS, {}, { cookie: a.cookie, origin: APP })).body.data.sessions as Array<{ current: boolean }>;
    expect(list).toEqual([expect.objectContaining({ current: true })]);
    const all = await post('mutation($n: String!) { revokeUserSessions(input: {userName: $n}) { revokedCount } }', { n: a.userName }, { cookie: a.cookie, origin: APP });
    expect(all.body.data.revokeUserSessions.revokedCount).toBe(1);
    expect(all.headers.get('set-cookie')).toMatch(/^iam_session=; Max-Age=0/);
  });
});
