import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createUserWithLogin } from '../support/factories';
import { codeAt, freshStep } from '../support/mfa';
import { ME, PUT_USER_POLICY } from '../support/operations';
import { startTestServer, type TestServer } from '../support/server';

/**
 * A frontend on another origin, in real Chromium (Debian's `chromium`, driven by playwright-core):
 * a page served from another port signs in with a cookie session, lists its sessions and revokes
 * one; a page on an origin not in IAM_CORS_ORIGINS is refused. Without /usr/bin/chromium the
 * tests are skipped, and say so.
 */
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`browser tests skipped: ${CHROMIUM} is not installed (Debian: apt-get install -y chromium; .ci/run does it)`);
}
const browserTest = haveChromium ? test : test.skip;

/** The page's own code: a minimal client of the API, as a frontend would write it. */
function pageHtml(api: string): string {
  return `<!doctype html><meta charset="utf-8"><title>app</title><script>
  const API = ${JSON.stringify(api)};
  async function gql(query, variables) {
    const res = await fetch(API + '/graphql', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.json() };
  }
  window.iam = {
    login: (userName, password) => gql(
      'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p, sessionDelivery: COOKIE})'
        + ' { status session { token expiresAt } } }',
      { u: userName, p: password },
    ),
    me: () => gql('{ me { arn } }'),
    sessions: () => gql('{ sessions { id userAgent sourceIp current mfaAuthenticated } }'),
    revoke: (id) => gql('mutation($id: ID!) { revokeSession(input: {sessionId: $id}) { sessionId } }', { id }),
    logout: () => gql('mutation { logout { ok } }'),
    createDevice: (name) => gql(
      'mutation($n: String!) { createVirtualMfaDevice(input: {virtualMfaDeviceName: $n})'
        + ' { virtualMfaDevice { serialNumber base32StringSeed } } }',
      { n: name },
    ),
    enable: (serialNumber, code1, code2) => gql(
      'mutation($s: String!, $a: String!, $b: String!) { enableMfaDevice(input:'
        + ' {serialNumber: $s, authenticationCode1: $a, authenticationCode2: $b}) { mfaDevice { serialNumber } recoveryCodes } }',
      { s: serialNumber, a: code1, b: code2 },
    ),
    respond: (challengeToken, code) => gql(
      'mutation($t: String!, $c: String!) { respondToMfaChallenge(input:'
        + ' {challengeToken: $t, code: $c, sessionDelivery: COOKIE}) { status session { token mfaAuthenticated } } }',
      { t: challengeToken, c: code },
    ),
    loginStep: (userName, password) => gql(
      'mutation($u: String!, $p: String!) { login(input: {userName: $u, password: $p, sessionDelivery: COOKIE})'
        + ' { status mfaChallenge { token } } }',
      { u: userName, p: password },
    ),
  };
</script><p>app</p>`;
}

async function serveStatic(html: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('a frontend on another origin, in Chromium', () => {
  let s: TestServer;
  let app: { server: Server; origin: string };
  let evil: { server: Server; origin: string };
  let context: BrowserContext;
  let userDataDir: string;

  beforeAll(async () => {
    if (!haveChromium) return;
    let api = '';
    app = await serveStatic(() => pageHtml(api));
    evil = await serveStatic(() => pageHtml(api));
    s = await startTestServer({ IAM_CORS_ORIGINS: app.origin });
    api = s.url;
    userDataDir = mkdtempSync(join(tmpdir(), 'iam-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    if (!haveChromium) return;
    await context?.close();
    await s?.close();
    app?.server.close();
    evil?.server.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function open(origin: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    return page;
  }

  browserTest('signs in with a cookie session, lists its sessions and revokes one', async () => {
    const u = await createUserWithLogin(s); // this leaves one session, by token, outside the browser
    const page = await open(app.origin);
    const login = await page.evaluate(([n, p]) => (window as any).iam.login(n, p), [u.userName, u.password]);
    expect(login.status).toBe(200);
    expect(login.body.data.login).toMatchObject({ status: 'SUCCESS', session: { token: null } });
    // HttpOnly: the page's scripts cannot read it (cookies do not separate ports).
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/iam_session/);
    const me = await page.evaluate(() => (window as any).iam.me());
    expect(me.body.data.me.arn).toMatch(new RegExp(`:user/${u.userName}$`));

    const listed = await page.evaluate(() => (window as any).iam.sessions());
    expect(listed.body.errors).toBeUndefined();
    const sessions = listed.body.data.sessions as Array<{ id: string; userAgent: string; sourceIp: string; current: boolean }>;
    expect(sessions).toHaveLength(2);
    const mine = sessions.find((x) => x.current)!;
    expect(mine.userAgent).toMatch(/Chrome/);
    expect(mine.sourceIp).toBe('127.0.0.1');
    const other = sessions.find((x) => !x.current)!;

    const revoked = await page.evaluate((id) => (window as any).iam.revoke(id), other.id);
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data.revokeSession.sessionId).toBe(other.id);
    expect((await s.gql(ME, {}, u.token)).status).toBe(401);
    const after = await page.evaluate(() => (window as any).iam.sessions());
    expect(after.body.data.sessions).toEqual([expect.objectContaining({ id: mine.id, current: true })]);

    const out = await page.evaluate(() => (window as any).iam.logout());
    expect(out.body.data.logout.ok).toBe(true);
    const gone = await page.evaluate(() => (window as any).iam.me());
    expect(gone.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await page.close();
  });

  browserTest(
    'enrols an authenticator app, signs out, and signs in again with password and code',
    async () => {
      const u = await createUserWithLogin(s);
      // What AWS's "self-manage an MFA device" example policy grants: a device of one's own.
      const selfManageMfa = {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:CreateVirtualMFADevice', Resource: 'arn:aws:iam::*:mfa/*' },
          { Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:ListMFADevices'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
        ],
      };
      const put = await s.gql(
        PUT_USER_POLICY,
        { i: { userName: u.userName, policyName: 'SelfManageMfa', policyDocument: JSON.stringify(selfManageMfa) } },
        await s.adminToken(),
      );
      expect(put.errors).toBeUndefined();
      const page = await open(app.origin);
      const iam = <T>(call: string, ...args: unknown[]) =>
        page.evaluate(([c, a]) => (window as any).iam[c as string](...(a as unknown[])), [call, args] as const) as Promise<T>;
      type Answer = { status: number; body: { data: any; errors?: Array<{ extensions: { code: string } }> } };

      expect((await iam<Answer>('login', u.userName, u.password)).body.data.login.status).toBe('SUCCESS');
      const created = await iam<Answer>('createDevice', `${u.userName}-phone`);
      expect(created.body.errors).toBeUndefined();
      const { serialNumber, base32StringSeed } = created.body.data.createVirtualMfaDevice.virtualMfaDevice;
      const step = await freshStep();
      const enabled = await iam<Answer>(
        'enable',
        serialNumber,
        await codeAt(base32StringSeed, step - 1),
        await codeAt(base32StringSeed, step),
      );
      expect(enabled.body.errors).toBeUndefined();
      expect(enabled.body.data.enableMfaDevice.recoveryCodes).toHaveLength(10);
      expect((await iam<Answer>('logout')).body.data.logout.ok).toBe(true);
      expect((await iam<Answer>('me')).body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

      const first = await iam<Answer>('loginStep', u.userName, u.password);
      expect(first.body.data.login.status).toBe('MFA_REQUIRED');
      // The next step's code: the enabling spent this one.
      await new Promise((r) => setTimeout(r, (30 - ((Date.now() / 1000) % 30) + 0.5) * 1000));
      const second = await iam<Answer>('respond', first.body.data.login.mfaChallenge.token, await codeAt(base32StringSeed, step + 1));
      expect(second.body.errors).toBeUndefined();
      expect(second.body.data.respondToMfaChallenge).toMatchObject({ status: 'SUCCESS', session: { token: null, mfaAuthenticated: true } });
      const me = await iam<Answer>('me');
      expect(me.body.data.me.arn).toMatch(new RegExp(`:user/${u.userName}$`));
      const listed = await iam<Answer>('sessions');
      expect(listed.body.data.sessions).toContainEqual(expect.objectContaining({ current: true, mfaAuthenticated: true }));
      await page.close();
    },
    90_000,
  );

  browserTest('a page on an origin not listed cannot call the API, not even with the signed-in cookie', async () => {
    const u = await createUserWithLogin(s);
    const page = await open(app.origin);
    await page.evaluate(([n, p]) => (window as any).iam.login(n, p), [u.userName, u.password]);
    const other = await open(evil.origin);
    // The preflight gets no Access-Control-Allow-Origin: the browser refuses, the request is never sent.
    const result = await other.evaluate(() =>
      (window as any).iam.logout().then(
        () => 'answered',
        (e: Error) => `refused: ${e.name}`,
      ),
    );
    expect(result).toBe('refused: TypeError');
    // The session the other page tried to end still works on the listed origin.
    const me = await page.evaluate(() => (window as any).iam.me());
    expect(me.body.data.me.arn).toMatch(new RegExp(`:user/${u.userName}$`));
    await other.close();
    await page.close();
  });
});
