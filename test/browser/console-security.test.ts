import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { codeAfter, haveChromium, useConsoleInBrowser } from '../support/console';
import { createUserWithLogin } from '../support/factories';
import { codeAt, freshStep } from '../support/mfa';
import { ATTACH_USER_POLICY_BY_INPUT, LOGIN_STATUS, ME, PUT_USER_POLICY } from '../support/operations';
import { startTestServer, type TestServer } from '../support/server';

/**
 * "My security" in the web console, in real Chromium, as a user under a self-service policy:
 * set up an authenticator app (QR code, secret key, two codes, recovery codes shown once) and
 * sign in with it, revoke a session, change the password under the account policy, create an
 * access key whose secret is shown once.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

/** What AWS's self-service examples grant: one's own MFA devices and access keys. */
const SELF_SERVICE = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice'],
      Resource: 'arn:aws:iam::*:mfa/${aws:username}*',
    },
    {
      Effect: 'Allow',
      Action: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:GenerateRecoveryCodes', 'iam:CreateAccessKey', 'iam:ListAccessKeys'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
  ],
};

describe('my security, in the web console', () => {
  const ui = useConsoleInBrowser();

  /** A user with a password, the self-service policy and AWS's IAMUserChangePassword. */
  async function selfServiceUser() {
    const u = await createUserWithLogin(ui.s);
    const admin = await ui.s.adminToken();
    const doc = JSON.stringify(SELF_SERVICE);
    expect(
      (await ui.s.gql(PUT_USER_POLICY, { i: { userName: u.userName, policyName: 'SelfService', policyDocument: doc } }, admin)).errors,
    ).toBeUndefined();
    const attach = { userName: u.userName, policyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' };
    expect((await ui.s.gql(ATTACH_USER_POLICY_BY_INPUT, { i: attach }, admin)).errors).toBeUndefined();
    return u;
  }

  async function signIn(userName: string, password: string): Promise<Page> {
    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    await page.goto(`${ui.s.url}/console`);
    await page.getByLabel('User name', { exact: true }).fill(userName);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    return page;
  }

  browserTest(
    'sets up an authenticator app, keeps the recovery codes, and signs in with it',
    async () => {
      const u = await selfServiceUser();
      const page = await signIn(u.userName, u.password);
      // A set-up left half-way is undone: the next one can take the same device name.
      await page.getByRole('button', { name: 'Set up authenticator app' }).click();
      await page.getByRole('img', { name: 'QR code' }).waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Set up authenticator app' }).click();

      const qr = page.getByRole('img', { name: 'QR code' });
      await qr.waitFor();
      // The SVG from the API is drawn (a data: image, which the page's policy allows).
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const seed = await page.getByLabel('Secret key', { exact: true }).inputValue();
      expect(seed).toMatch(/^[A-Z2-7]{16,}=*$/);
      const step = await freshStep();
      await page.getByLabel('First code', { exact: true }).fill(await codeAt(seed, step - 1));
      await page.getByLabel('Second code', { exact: true }).fill(await codeAt(seed, step));
      await page.getByRole('button', { name: 'Enable' }).click();

      const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
      await codes.first().waitFor();
      const shown = await codes.allInnerTexts();
      expect(shown).toHaveLength(10);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download recovery codes' }).click();
      const saved = readFileSync(await (await download).path(), 'utf8');
      for (const code of shown) expect(saved).toContain(code.trim());
      await page.getByRole('button', { name: 'I have saved them' }).click();
      expect(await page.getByRole('list', { name: 'Recovery codes' }).count()).toBe(0);
      await expect(page.getByRole('list', { name: 'MFA devices' }).innerText()).resolves.toContain(`mfa/${u.userName}`);
      // New recovery codes replace the old ones, shown once again.
      await page.getByRole('button', { name: 'Generate new recovery codes' }).click();
      await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
      const replaced = await codes.allInnerTexts();
      expect(replaced).toHaveLength(10);
      expect(replaced.filter((c) => shown.includes(c))).toEqual([]);
      await page.getByRole('button', { name: 'I have saved them' }).click();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('User name', { exact: true }).fill(u.userName);
      await page.getByLabel('Password', { exact: true }).fill(u.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      // The enabling spent this step's code: the next one signs in.
      await page.getByLabel('Authentication code', { exact: true }).fill(await codeAfter(seed, step));
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByRole('heading', { name: 'My security' }).waitFor();
      const current = page.getByRole('table', { name: 'Sessions' }).getByRole('row').filter({ hasText: 'This session' });
      await expect(current.innerText()).resolves.toMatch(/Yes/);
      await page.close();
    },
    90_000,
  );

  browserTest("revokes another of one's sessions from the Sessions table, then this one", async () => {
    const u = await selfServiceUser(); // its sign-in left a session, by token, outside the browser
    const page = await signIn(u.userName, u.password);
    const rows = page.getByRole('table', { name: 'Sessions' }).locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    await rows.filter({ hasNotText: 'This session' }).getByRole('button', { name: 'Revoke' }).click();
    await rows.nth(1).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    await expect(rows.first().innerText()).resolves.toContain('This session');
    expect((await ui.s.gql(ME, {}, u.token)).status).toBe(401);
    // Revoking this session is signing out: the console goes back to the sign-in.
    await rows.first().getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await page.close();
  });

  browserTest('changes the password: the rules shown first, a refusal with its reasons keeps the input', async () => {
    const u = await selfServiceUser();
    const page = await signIn(u.userName, u.password);
    const rules = page.getByRole('list', { name: 'Password rules' });
    await expect(rules.innerText()).resolves.toMatch(/Between \d+ and \d+ characters/);

    await page.getByLabel('Current password', { exact: true }).fill(u.password);
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/^The new password must be at least \d+ characters/);
    expect(await page.getByLabel('Current password', { exact: true }).inputValue()).toBe(u.password);
    expect(await page.getByLabel('New password', { exact: true }).inputValue()).toBe('short');

    const newPassword = `${u.password}-New`;
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'password was changed' }).innerText()).resolves.toMatch(/changed/);
    expect((await ui.s.gql(LOGIN_STATUS, { u: u.userName, p: newPassword })).data?.login?.status).toBe('SUCCESS');
    // Still signed in here: the change ended the other sessions only.
    await page.reload();
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    await page.close();
  });

  browserTest('creates an access key and shows its secret once', async () => {
    const u = await selfServiceUser();
    const page = await signIn(u.userName, u.password);
    await page.getByRole('button', { name: 'Create access key' }).click();
    const secret = page.getByLabel('Secret access key', { exact: true });
    await secret.waitFor();
    expect((await secret.inputValue()).length).toBeGreaterThanOrEqual(40);
    const keyId = await page.getByLabel('Access key ID', { exact: true }).inputValue();
    await expect(page.getByRole('table', { name: 'Access keys' }).innerText()).resolves.toContain(keyId);
    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.getByLabel('Secret access key', { exact: true }).count()).toBe(0);
    await page.reload();
    await page.getByRole('table', { name: 'Access keys' }).waitFor();
    expect(await page.getByLabel('Secret access key', { exact: true }).count()).toBe(0);
    await page.close();
  });
});
