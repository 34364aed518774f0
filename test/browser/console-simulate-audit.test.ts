import { haveChromium, useConsoleInBrowser } from '../support/console';
import { createUserWithLogin, uniqueName } from '../support/factories';
import { ATTACH_USER_POLICY_BY_INPUT, CREATE_POLICY, CREATE_USER } from '../support/operations';

/**
 * Why was a call refused? In real Chromium: a user's createUser is denied (their policy wants MFA);
 * the operator simulates that action for them, reads the decision, the missing context key and the
 * explanation, gives the key a value to see it allowed, and finds the refused call in the audit
 * log by principal, action and time.
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

/** A datetime-local value in this machine's time zone (the browser's too). */
const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

describe('the simulator and the audit log in the web console', () => {
  const ui = useConsoleInBrowser();

  browserTest('simulate a denied action, read its explanation, and find the refused call in the audit log', async () => {
    const admin = await ui.s.adminToken();
    const frank = await createUserWithLogin(ui.s, uniqueName('frank'));
    const frankArn = `arn:aws:iam::000000000000:user/${frank.userName}`;
    const mfaOnly = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iam:CreateUser', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
      ],
    };
    const policy = await ui.s.ok(
      CREATE_POLICY,
      { i: { policyName: uniqueName('CreateWithMfa'), policyDocument: JSON.stringify(mfaOnly) } },
      admin,
    );
    await ui.s.ok(ATTACH_USER_POLICY_BY_INPUT, { i: { userName: frank.userName, policyArn: policy.createPolicy!.policy.arn } }, admin);
    // Frank signed in with a password only: his createUser is refused.
    const refused = await ui.s.gql(CREATE_USER, { n: uniqueName('x') }, frank.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');

    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    await page.goto(`${ui.s.url}/console/simulator`);
    await page.getByLabel('User name', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(ui.s.adminPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Principal', { exact: true }).fill(frankArn);
    await page.getByLabel('Actions', { exact: true }).fill('iam:CreateUser');
    await page.getByRole('button', { name: 'Simulate' }).click();
    const row = page.getByRole('table', { name: 'Simulation results' }).locator('tbody tr').first();
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toMatch(/Denied implicitly/);
    expect(text).toMatch(/Missing context keys: aws:MultiFactorAuthPresent/);
    expect((await row.getByRole('cell').nth(3).innerText()).length).toBeGreaterThan(40);

    // With the key given (as a sign-in with MFA would), the same request is allowed by the policy.
    await page.getByRole('button', { name: 'Add context key' }).click();
    const key = page.getByRole('group', { name: 'Context key 1' });
    await key.getByLabel('Key', { exact: true }).fill('aws:MultiFactorAuthPresent');
    await key.getByLabel('Type', { exact: true }).selectOption('BOOLEAN');
    await key.getByLabel('Values', { exact: true }).fill('true');
    await page.getByRole('button', { name: 'Simulate' }).click();
    await row.filter({ hasText: 'Allowed' }).waitFor();
    expect(await row.innerText()).not.toMatch(/Missing context keys/);

    // The refused call itself, from the result's link: the log filtered to Frank's iam:CreateUser.
    await row.getByRole('link', { name: 'Find in audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    expect(await page.getByLabel('Principal', { exact: true }).inputValue()).toBe(frankArn);
    const events = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
    await events.first().waitFor();
    expect(await events.count()).toBe(1);
    await expect(events.first().innerText()).resolves.toMatch(/iam:CreateUser[\s\S]*Failure \(ACCESS_DENIED\)/);

    // The time filter: around now it is there, from later on it is not.
    const now = Date.now();
    await page.getByLabel('From', { exact: true }).fill(local(new Date(now - 5 * 60_000)));
    await page.getByLabel('To', { exact: true }).fill(local(new Date(now + 5 * 60_000)));
    await page.getByRole('button', { name: 'Search' }).click();
    await events.first().waitFor();
    expect(await events.count()).toBe(1);
    await page.getByLabel('From', { exact: true }).fill(local(new Date(now + 2 * 60_000)));
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No event matches.').waitFor();
    await page.close();
  });
});
