import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { haveChromium, useConsoleInBrowser } from '../support/console';
import { createUser } from '../support/factories';
import { ATTACH_USER_POLICY_BY_INPUT, CREATE_GROUP, CREATE_POLICY, CREATE_POLICY_VERSION } from '../support/operations';

/**
 * The README's screenshots of the console (docs/console/*.png), taken in Chromium at 1280×720 and
 * at phone width. Only with CONSOLE_SCREENSHOTS=1 (`CONSOLE_SCREENSHOTS=1 npm test -- test/browser/console-screenshots.test.ts`):
 * an ordinary test run does not rewrite the docs.
 */
const wanted = process.env.CONSOLE_SCREENSHOTS === '1';
const shotTest = haveChromium && wanted ? test : test.skip;
const DOCS = join(__dirname, '..', '..', 'docs', 'console');

const policy = (actions: string[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });

describe('README screenshots of the web console', () => {
  const ui = useConsoleInBrowser();

  shotTest('the main pages', async () => {
    const admin = await ui.s.adminToken();
    for (const name of ['alice', 'bob', 'carol']) await createUser(ui.s, name);
    await ui.s.ok(CREATE_GROUP, { i: { groupName: 'developers' } }, admin);
    const created = await ui.s.ok(CREATE_POLICY, { i: { policyName: 'ReadUsers', policyDocument: policy(['iam:GetUser']) } }, admin);
    const arn = created.createPolicy!.policy.arn;
    await ui.s.ok(
      CREATE_POLICY_VERSION,
      { i: { policyArn: arn, policyDocument: policy(['iam:GetUser', 'iam:ListUsers']), setAsDefault: true } },
      admin,
    );
    await ui.s.ok(ATTACH_USER_POLICY_BY_INPUT, { i: { userName: 'alice', policyArn: arn } }, admin);
    await ui.s.ok(ATTACH_USER_POLICY_BY_INPUT, { i: { userName: 'alice', policyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' } }, admin);

    await ui.context.clearCookies();
    const page: Page = await ui.context.newPage();
    await page.goto(`${ui.s.url}/console/users`);
    await page.getByLabel('User name', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(ui.s.adminPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('table', { name: 'Users' }).getByRole('link', { name: 'alice', exact: true }).waitFor();
    await page.screenshot({ path: join(DOCS, 'users.png') });

    await page.getByRole('link', { name: 'alice', exact: true }).click();
    await page.getByRole('table', { name: 'Effective permissions' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'user.png'), fullPage: true });

    await page.goto(`${ui.s.url}/console/policies/new`);
    await page.getByLabel('Policy name', { exact: true }).fill('DeployRole');
    await page
      .getByLabel('Policy document', { exact: true })
      .fill(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Alow', Action: 'iam:PassRole', Resource: '*' }] }, null, 2));
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'policy-editor.png'), fullPage: true });

    await page.goto(`${ui.s.url}/console/policies/${encodeURIComponent(arn)}`);
    await page.getByRole('list', { name: 'Differences' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'policy-versions.png'), fullPage: true });

    await page.goto(`${ui.s.url}/console/simulator`);
    await page.getByLabel('Principal', { exact: true }).fill('arn:aws:iam::000000000000:user/alice');
    await page.getByLabel('Actions', { exact: true }).fill('iam:ListUsers, iam:CreateUser');
    await page.getByRole('button', { name: 'Simulate' }).click();
    await page.getByRole('table', { name: 'Simulation results' }).locator('tbody tr').nth(1).waitFor();
    await page.screenshot({ path: join(DOCS, 'simulator.png'), fullPage: true });

    await page.goto(`${ui.s.url}/console/audit-log`);
    await page.getByRole('table', { name: 'Audit events' }).locator('tbody tr').first().waitFor();
    await page.screenshot({ path: join(DOCS, 'audit-log.png') });

    await page.goto(`${ui.s.url}/console/credential-report`);
    await page.getByRole('table', { name: 'Credential report' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'credential-report.png') });

    await page.goto(`${ui.s.url}/console`);
    await page.getByRole('heading', { name: 'My security' }).waitFor();
    await page.getByRole('table', { name: 'Sessions' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'my-security.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(DOCS, 'my-security-phone.png') });
    await page.close();
  });
});
