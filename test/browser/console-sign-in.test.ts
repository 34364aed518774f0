import type { BrowserContext, Page } from 'playwright-core';
import { codeAfter, haveChromium, useConsoleInBrowser } from '../support/console';
import { createUser, createUserWithLogin, strongPassword, uniqueName } from '../support/factories';
import { createMfaUser } from '../support/mfa';
import { CREATE_LOGIN_PROFILE, LOGIN_STATUS } from '../support/operations';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Signing in to the web console as a person does, in real Chromium: password, then the code from
 * the authenticator app (or a recovery code), a cookie session, sign-out; refusals that keep what
 * was typed and say when to try again; a forced password reset that leads to the change-password
 * form and nowhere else.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

describe('signing in to the web console', () => {
  // Two wrong passwords from one address, then that address waits: the throttle test reaches it quickly.
  const ui = useConsoleInBrowser({ IAM_AUTH_MAX_FAILURES_BEFORE_BACKOFF: '2' });

  /** Requests to anywhere but this server, and uncaught script errors, of the pages opened. */
  const outside: string[] = [];
  const scriptErrors: string[] = [];

  async function openConsole(): Promise<Page> {
    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(`${ui.s.url}/`) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
    });
    page.on('pageerror', (e) => scriptErrors.push(e.message));
    await page.goto(`${ui.s.url}/console`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    return page;
  }

  async function typePassword(page: Page, userName: string, password: string) {
    await page.getByLabel('User name', { exact: true }).fill(userName);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  browserTest(
    'signs in with password and a code from the authenticator app, then signs out',
    async () => {
      const u = await createMfaUser(ui.s);
      const page = await openConsole();
      await typePassword(page, u.userName, u.password);
      const code = page.getByLabel('Authentication code', { exact: true });
      await code.fill(await codeAfter(u.device.base32StringSeed, u.enabledStep));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByRole('heading', { name: 'My security' }).waitFor();
      // The session is an HttpOnly cookie: the page's scripts cannot read it.
      expect(await page.evaluate(() => document.cookie)).not.toMatch(/iam_session/);
      const sessions = page.getByRole('table', { name: 'Sessions' });
      await expect(sessions.getByRole('row').filter({ hasText: 'This session' }).innerText()).resolves.toMatch(/Yes/);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
      await page.reload();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
      expect(await page.getByRole('heading', { name: 'My security' }).count()).toBe(0);
      expect(outside).toEqual([]);
      expect(scriptErrors).toEqual([]);
      await page.close();
    },
    90_000,
  );

  browserTest('a recovery code works in place of the code', async () => {
    const u = await createMfaUser(ui.s);
    const page = await openConsole();
    await typePassword(page, u.userName, u.password);
    await page.getByLabel('Authentication code', { exact: true }).fill(u.recoveryCodes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    await page.close();
  });

  browserTest('a wrong password is refused with the input kept; repeated guesses say when to try again', async () => {
    const u = await createUserWithLogin(ui.s);
    const page = await openConsole();
    await typePassword(page, u.userName, 'not-the-password');
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/user name or password is incorrect/);
    expect(await page.getByLabel('User name', { exact: true }).inputValue()).toBe(u.userName);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('not-the-password');

    let text = '';
    for (let i = 0; i < 5 && !/Too many attempts/.test(text); i++) {
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign in', exact: true }).and(page.locator(':enabled')).waitFor();
      text = await alert.innerText();
    }
    expect(text).toMatch(/^Too many attempts\. Try again in \d+ (second|minute)s? \(at \d\d:\d\d:\d\d\)\.$/);
    expect(await page.getByLabel('User name', { exact: true }).inputValue()).toBe(u.userName);
    await page.close();
  });

  browserTest('a password reset required by an administrator leads to the change-password form and nowhere else', async () => {
    const userName = uniqueName('reset');
    await createUser(ui.s, userName);
    const password = strongPassword();
    const created = await ui.s.gql(
      CREATE_LOGIN_PROFILE,
      { i: { userName, password, passwordResetRequired: true } },
      await ui.s.adminToken(),
    );
    expect(created.errors).toBeUndefined();

    const page = await openConsole();
    await typePassword(page, userName, password);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByRole('table', { name: 'Sessions' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Create access key' }).count()).toBe(0);

    const newPassword = strongPassword();
    await page.getByLabel('Current password', { exact: true }).fill(password);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    expect((await ui.s.gql(LOGIN_STATUS, { u: userName, p: newPassword })).data?.login?.status).toBe('SUCCESS');
    expect((await ui.s.gql(LOGIN_STATUS, { u: userName, p: password })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    await page.close();
  });
});
