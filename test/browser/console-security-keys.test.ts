import { createServer } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { haveChromium, useConsoleInBrowser } from '../support/console';
import { createUserWithLogin } from '../support/factories';
import { PUT_USER_POLICY } from '../support/operations';

/**
 * Security keys and passkeys in the web console, in real Chromium with its virtual authenticator
 * (DevTools protocol WebAuthn domain: a CTAP2 platform authenticator that keeps discoverable
 * credentials and verifies its user): a user adds a key in My security, signs out, signs in with
 * password + key, then with the passkey alone; both sessions are MFA ones, as a policy that asks
 * for aws:MultiFactorAuthPresent sees.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

/**
 * A free port: WebAuthn needs the page's origin to be a secure context with a domain RP ID, so
 * http://localhost:PORT, known before the server starts.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Self-service of one's own MFA devices; access keys only with MFA (the MFA-conditioned action the test tries). */
const POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:DeactivateMFADevice'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
    },
    {
      Effect: 'Allow',
      Action: ['iam:CreateAccessKey', 'iam:ListAccessKeys'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    },
  ],
};

describe('security keys and passkeys, in the web console', () => {
  // The server's WebAuthn origin and RP ID are the page's: http://localhost:PORT and localhost.
  const env: Record<string, string> = {};
  beforeAll(async () => {
    const port = await freePort();
    Object.assign(env, { PORT: String(port), IAM_WEBAUTHN_ORIGINS: `http://localhost:${port}` });
  });
  const ui = useConsoleInBrowser(env);
  const consoleUrl = () => `http://localhost:${env.PORT}/console`;

  /** The page's virtual authenticator: a passkey-capable platform authenticator that says yes at once. */
  async function addAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return { cdp, authenticatorId };
  }

  async function typePassword(page: Page, userName: string, password: string) {
    await page.getByLabel('User name', { exact: true }).fill(userName);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** What the signed-in session can do: its Sessions row says MFA, and the MFA-only action succeeds. */
  async function expectMfaSession(page: Page) {
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    const current = page.getByRole('table', { name: 'Sessions' }).getByRole('row').filter({ hasText: 'This session' });
    await expect(current.getByRole('cell').nth(5).innerText()).resolves.toBe('Yes');
    await page.getByRole('button', { name: 'Create access key' }).click();
    await page.getByRole('region', { name: 'New access key' }).waitFor();
    await page.getByRole('button', { name: 'I have saved it' }).click();
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  }

  browserTest(
    'adds a key in My security, signs in with password + key, then with the passkey alone, and removes it',
    async () => {
      const u = await createUserWithLogin(ui.s);
      const policyDocument = JSON.stringify(POLICY);
      await ui.s.ok(PUT_USER_POLICY, { i: { userName: u.userName, policyName: 'KeysWithMfa', policyDocument } }, await ui.s.adminToken());
      await ui.context.clearCookies();
      const page = await ui.context.newPage();
      const scriptErrors: string[] = [];
      page.on('pageerror', (e) => scriptErrors.push(e.message));
      const { cdp, authenticatorId } = await addAuthenticator(page);

      // Password alone: no MFA, so the access-key action is refused.
      await page.goto(consoleUrl());
      await typePassword(page, u.userName, u.password);
      await page.getByRole('heading', { name: 'My security' }).waitFor();
      // Without MFA the console offers no access key: the control is off, with its reason (callerPermissions).
      const createKey = page.getByRole('button', { name: 'Create access key' });
      // Off with a reason once the console has its decisions (it may be off, reasonless, while it asks).
      await createKey.and(page.locator('[aria-describedby]')).waitFor();
      await expect(createKey.isDisabled()).resolves.toBe(true);
      const reasonId = await createKey.getAttribute('aria-describedby');
      await expect(page.locator(`[id="${reasonId}"]`).innerText()).resolves.toMatch(/Needs a sign-in with MFA/);

      // Add a security key (kept as a passkey, the default choice); the first MFA device brings recovery codes.
      await page.getByLabel('Key name', { exact: true }).fill('laptop');
      await page.getByRole('button', { name: 'Add security key' }).click();
      await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
      await page.getByRole('button', { name: 'I have saved them' }).click();
      await expect(page.getByRole('list', { name: 'Security keys' }).innerText()).resolves.toMatch(/laptop.*passkey/);
      await expect(page.getByRole('list', { name: 'MFA devices' }).innerText()).resolves.toMatch(/u2f\/user\/.*\/laptop.*security key/);
      const { credentials } = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })) as {
        credentials: Array<{ isResidentCredential: boolean }>;
      };
      expect(credentials).toEqual([expect.objectContaining({ isResidentCredential: true })]);
      await signOut(page);

      // Password, then the key.
      await typePassword(page, u.userName, u.password);
      await page.getByLabel('Authentication code', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Use security key' }).click();
      await expectMfaSession(page);
      await signOut(page);

      // The passkey alone: no user name, no password.
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
      await expectMfaSession(page);

      // Removed, the key is gone from the list (and from the sign-in: the API tests check that).
      await page.getByRole('button', { name: 'Remove laptop' }).click();
      await page.getByText('No security key yet.').waitFor();
      expect(scriptErrors).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
