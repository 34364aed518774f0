import { haveChromium, useConsoleInBrowser } from '../support/console';
import { uniqueName } from '../support/factories';

/**
 * The policy editor of the web console, in real Chromium: validatePolicy's findings appear on the
 * lines their JSON paths point to, a refused save keeps the text, new versions become the default
 * (or not), and two versions compare as a line diff.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

const document = (effect: string, actions: string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: actions, Resource: '*' }] }, null, 2);

describe('the policy editor in the web console', () => {
  const ui = useConsoleInBrowser();

  browserTest('create a policy past a finding, add a version, compare them, roll back', async () => {
    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    await page.goto(`${ui.s.url}/console/policies`);
    await page.getByLabel('User name', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(ui.s.adminPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Create policy' }).click();
    await page.getByRole('heading', { name: 'Create policy' }).waitFor();

    const name = uniqueName('ReadUsers');
    await page.getByLabel('Policy name', { exact: true }).fill(name);
    const editor = page.getByLabel('Policy document', { exact: true });
    const typo = document('Alow', ['iam:GetUser']);
    await editor.fill(typo);
    // "Effect" is line 5 of the pretty-printed document: the finding is shown there, with that line's text.
    const findings = page.getByRole('list', { name: 'Findings' });
    await findings.getByText('Line 5').waitFor();
    await expect(findings.innerText()).resolves.toMatch(/Line 5\s*"Effect": "Alow",[\s\S]*Error/);

    // Saving anyway is refused; the text stays as typed, the findings stay on their line.
    await page.getByRole('button', { name: 'Create policy' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/./);
    expect(await editor.inputValue()).toBe(typo);
    await findings.getByText('Line 5').waitFor();

    await editor.fill(document('Allow', ['iam:GetUser']));
    await page.getByText('No findings.').waitFor();
    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.getByRole('heading', { name, exact: true }).waitFor();
    await expect(page.getByRole('region', { name: 'Document (v1)' }).innerText()).resolves.toContain('iam:GetUser');

    // A second version, made the default.
    await page.getByRole('button', { name: 'Create version' }).click();
    await page.getByLabel('Policy document', { exact: true }).fill(document('Allow', ['iam:GetUser', 'iam:ListUsers']));
    await page.getByRole('button', { name: 'Save version' }).click();
    const versions = page.getByRole('table', { name: 'Versions' });
    await versions.getByRole('row', { name: /v2.*Default/ }).waitFor();

    // The diff of v1 → v2: the added action, nothing removed.
    const diff = page.getByRole('list', { name: 'Differences' });
    await diff.waitFor();
    const squeeze = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' '));
    expect(squeeze(await diff.locator('ins').allInnerTexts())).toEqual(['+ "iam:GetUser",', '+ "iam:ListUsers"']);
    expect(squeeze(await diff.locator('del').allInnerTexts())).toEqual(['− "iam:GetUser"']);

    // Roll back: v1 is the default again.
    await page.getByRole('button', { name: 'Set v1 as default' }).click();
    await versions.getByRole('row', { name: /v1.*Default/ }).waitFor();
    await expect(page.getByRole('region', { name: 'Document (v1)' }).innerText()).resolves.not.toContain('iam:ListUsers');
    await page.close();
  });

  browserTest('an AWS managed policy says why it cannot be changed, instead of offering a version', async () => {
    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    await page.goto(`${ui.s.url}/console/policies/${encodeURIComponent('arn:aws:iam::aws:policy/IAMReadOnlyAccess')}`);
    await page.getByLabel('User name', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(ui.s.adminPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'IAMReadOnlyAccess', exact: true }).waitFor();
    await page.getByText('AWS managed policies cannot be changed').waitFor();
    expect(await page.getByRole('button', { name: 'Create version' }).count()).toBe(0);
    await page.close();
  });
});
