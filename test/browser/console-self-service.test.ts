import type { Locator, Page } from 'playwright-core';
import { haveChromium, useConsoleInBrowser } from '../support/console';
import { createUserWithLogin } from '../support/factories';
import { codeAt, freshStep } from '../support/mfa';
import { ATTACH_USER_POLICY_BY_INPUT, CREATE_POLICY } from '../support/operations';
import { SELF_SERVICE_MFA_POLICY } from '../support/self-service-policy';

/**
 * AWS's self-service policy ("manage your own password and MFA, only after signing in with MFA")
 * makes a usable My security page, in real Chromium: signed in without MFA, what the person may not
 * use is disabled before any click, with the reason; setting up an authenticator app works; signed
 * in again with it, changing the password is open.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

/** The text a control's aria-describedby points to: the reason it is off. */
async function description(control: Locator): Promise<string> {
  const id = await control.getAttribute('aria-describedby');
  if (!id) return '';
  return control.page().locator(`[id="${id}"]`).innerText();
}

describe("My security under AWS's self-service MFA policy", () => {
  const ui = useConsoleInBrowser();

  browserTest('without MFA: refused controls are disabled with the reason; after enrolling and signing in with MFA they open', async () => {
    const admin = await ui.s.adminToken();
    const u = await createUserWithLogin(ui.s);
    const created = await ui.s.ok(
      CREATE_POLICY,
      { i: { policyName: `SelfService${u.userName}`, policyDocument: SELF_SERVICE_MFA_POLICY } },
      admin,
    );
    await ui.s.ok(ATTACH_USER_POLICY_BY_INPUT, { i: { userName: u.userName, policyArn: created.createPolicy!.policy.arn } }, admin);

    await ui.context.clearCookies();
    const page: Page = await ui.context.newPage();
    await page.goto(`${ui.s.url}/console`);
    await page.getByLabel('User name', { exact: true }).fill(u.userName);
    await page.getByLabel('Password', { exact: true }).fill(u.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'My security' }).waitFor();

    // Decided before any click: the password form and access keys are off, each saying why.
    const current = page.getByLabel('Current password', { exact: true });
    await expect(current.isDisabled()).resolves.toBe(true);
    const passwordCard = page.getByRole('region', { name: 'Password' });
    await expect(passwordCard.innerText()).resolves.toMatch(/Needs a sign-in with MFA/);
    const createKey = page.getByRole('button', { name: 'Create access key' });
    await expect(createKey.isDisabled()).resolves.toBe(true);
    await expect(description(createKey)).resolves.toMatch(
      new RegExp(
        '^Not allowed: User: arn:aws:iam::000000000000:user/\\S+ is not authorized to perform: iam:CreateAccessKey ' +
          'on resource: .* explicit deny',
      ),
    );
    await expect(page.getByRole('region', { name: 'Sessions' }).innerText()).resolves.toMatch(/Needs a sign-in with MFA/);

    // What the policy allows without MFA works: setting up an authenticator app.
    const setUp = page.getByRole('button', { name: 'Set up authenticator app' });
    await expect(setUp.isEnabled()).resolves.toBe(true);
    await setUp.click();
    const seed = await page.getByLabel('Secret key', { exact: true }).inputValue();
    const step = await freshStep();
    await page.getByLabel('First code', { exact: true }).fill(await codeAt(seed, step - 1));
    await page.getByLabel('Second code', { exact: true }).fill(await codeAt(seed, step));
    await page.getByRole('button', { name: 'Enable' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    const recovery = (await codes.first().innerText()).trim();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    // The policy does not allow new recovery codes (iam:GenerateRecoveryCodes, not an AWS action): off, with AWS's message.
    const regenerate = page.getByRole('button', { name: 'Generate new recovery codes' });
    await regenerate.waitFor();
    await expect(regenerate.isDisabled()).resolves.toBe(true);
    await expect(description(regenerate)).resolves.toMatch(/^Not allowed: .*iam:GenerateRecoveryCodes/);

    // Signed in again with MFA (a recovery code), the password form is open; access keys stay off (nothing allows them).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('User name', { exact: true }).fill(u.userName);
    await page.getByLabel('Password', { exact: true }).fill(u.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Authentication code', { exact: true }).fill(recovery);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    await page.getByRole('list', { name: 'MFA devices' }).waitFor();
    await page.getByLabel('Current password', { exact: true }).and(page.locator(':enabled')).waitFor();
    await expect(page.getByRole('region', { name: 'Password' }).innerText()).resolves.not.toMatch(/Needs a sign-in with MFA/);
    await expect(description(page.getByRole('button', { name: 'Create access key' }))).resolves.toMatch(
      /^Not allowed: .*iam:CreateAccessKey/,
    );
    await page.close();
  });
});
