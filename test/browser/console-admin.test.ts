import type { BrowserContext, Page } from 'playwright-core';
import { haveChromium, useConsoleInBrowser } from '../support/console';
import { createUser, createUserWithLogin, uniqueName } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The administration links of the web console appear as the caller's policies allow, decided by
 * the API; the simulator shows each decision with its explanation. In real Chromium.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

const ADMIN_LINKS = ['Users', 'Groups', 'Roles', 'Policies', 'Simulator', 'Audit log'];

describe('administration in the web console', () => {
  const ui = useConsoleInBrowser();

  async function signIn(userName: string, password: string, path = '/console'): Promise<Page> {
    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    await page.goto(`${ui.s.url}${path}`);
    await page.getByLabel('User name', { exact: true }).fill(userName);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation', { name: 'Console' }).waitFor();
    return page;
  }

  browserTest('an administrator gets every link; the users list finds a user by name', async () => {
    const alice = await createUser(ui.s, uniqueName('alice'));
    const page = await signIn('admin', ui.s.adminPassword);
    const nav = page.getByRole('navigation', { name: 'Console' });
    for (const name of ADMIN_LINKS) await nav.getByRole('link', { name, exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Users', exact: true }).click();
    const table = page.getByRole('table', { name: 'Users' });
    await table.getByRole('cell', { name: alice.userName, exact: true }).waitFor();
    await page.getByLabel('Search by name', { exact: true }).fill(alice.userName);
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(page.url()).toBe(`${ui.s.url}/console/users`);
    // A reload on the page's own address (a deep link) comes back to it.
    await page.reload();
    await page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'admin', exact: true }).waitFor();
    await page.close();
  });

  browserTest("a user's page: attaching a policy changes the effective permissions, each statement with its source", async () => {
    const dave = await createUser(ui.s, uniqueName('dave'));
    const page = await signIn('admin', ui.s.adminPassword);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('table', { name: 'Users' }).getByRole('link', { name: dave.userName, exact: true }).click();
    await page.getByRole('heading', { name: dave.userName, exact: true }).waitFor();
    expect(page.url()).toBe(`${ui.s.url}/console/users/${dave.userName}`);
    await page.getByText('No statement applies').waitFor();

    await page.getByRole('button', { name: 'Attach policy' }).click();
    const choice = page.getByLabel('Policy', { exact: true });
    await choice.locator('option', { hasText: 'IAMReadOnlyAccess' }).waitFor({ state: 'attached' });
    await choice.selectOption({ label: 'IAMReadOnlyAccess' });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    const statements = page.getByRole('table', { name: 'Effective permissions' }).locator('tbody tr');
    await statements.first().waitFor();
    await expect(statements.first().innerText()).resolves.toMatch(/Allow[\s\S]*iam:Get\*[\s\S]*IAMReadOnlyAccess \(AWS managed\)/);
    await expect(page.getByRole('list', { name: 'Attached policies' }).innerText()).resolves.toContain('IAMReadOnlyAccess');

    await page.getByRole('button', { name: 'Detach IAMReadOnlyAccess' }).click();
    await page.getByText('No statement applies').waitFor();
    await page.close();
  });

  browserTest('the simulator shows each decision and its explanation', async () => {
    const bob = await createUser(ui.s, uniqueName('bob'));
    const page = await signIn('admin', ui.s.adminPassword, '/console/simulator');
    await page.getByLabel('Principal', { exact: true }).fill(bob.arn);
    await page.getByLabel('Actions', { exact: true }).fill('iam:CreateUser, iam:GetUser');
    await page.getByLabel('Resources', { exact: true }).fill('*');
    await page.getByRole('button', { name: 'Simulate' }).click();
    const rows = page.getByRole('table', { name: 'Simulation results' }).locator('tbody tr');
    await rows.nth(1).waitFor();
    const first = await rows.nth(0).innerText();
    expect(first).toMatch(/iam:CreateUser/);
    expect(first).toMatch(/Denied implicitly/);
    // The evaluator's explanation, as the API gives it.
    const cells = rows.nth(0).getByRole('cell');
    expect((await cells.nth(3).innerText()).length).toBeGreaterThan(20);

    await page.getByLabel('Principal', { exact: true }).fill('arn:aws:iam::000000000000:user/admin');
    await page.getByRole('button', { name: 'Simulate' }).click();
    await rows.filter({ hasText: 'Allowed' }).nth(1).waitFor();
    await expect(rows.nth(0).innerText()).resolves.toMatch(/AdministratorAccess/);
    await page.close();
  });

  browserTest('the audit log finds an event by principal and action', async () => {
    const erin = await createUser(ui.s, uniqueName('erin'));
    const page = await signIn('admin', ui.s.adminPassword);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByLabel('Principal', { exact: true }).fill('arn:aws:iam::000000000000:user/admin');
    await page.getByLabel('Action', { exact: true }).fill('iam:CreateUser');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr').filter({ hasText: erin.arn });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/iam:CreateUser[\s\S]*Success/);
    const rows = await page.getByRole('table', { name: 'Audit events' }).locator('tbody tr').allInnerTexts();
    for (const text of rows) expect(text).toMatch(/user\/admin[\s\S]*iam:CreateUser/);
    await page.close();
  });

  browserTest('a user without administration permissions gets no such link, and a deep link says why', async () => {
    const u = await createUserWithLogin(ui.s);
    const page = await signIn(u.userName, u.password);
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Console' });
    for (const name of ADMIN_LINKS) expect(await nav.getByRole('link', { name, exact: true }).count()).toBe(0);
    await page.goto(`${ui.s.url}/console/users`);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/not available: your policies do not allow it/);
    await page.close();
  });
});
