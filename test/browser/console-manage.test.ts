import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { haveChromium, useConsoleInBrowser } from '../support/console';
import { uniqueName } from '../support/factories';

/**
 * Administration as an operator does it in the web console, in real Chromium: create a group and a
 * user, put the user in the group, attach a policy to the group and see the user's effective permissions change;
 * creating a role with its trust policy, its page; deleting a user (refused while they are in a group).
 */
if (!haveChromium) console.warn('console browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install -y chromium)');
const browserTest = haveChromium ? test : test.skip;

describe('managing users, groups and roles in the web console', () => {
  const ui = useConsoleInBrowser();

  async function signInAsAdmin(path = '/console'): Promise<Page> {
    await ui.context.clearCookies();
    const page = await ui.context.newPage();
    await page.goto(`${ui.s.url}${path}`);
    await page.getByLabel('User name', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(ui.s.adminPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation', { name: 'Console' }).waitFor();
    return page;
  }

  browserTest('create a user, add them to a group, attach a policy to the group: the effective permissions change', async () => {
    const groupName = uniqueName('readers');
    const userName = uniqueName('carol');
    const page = await signInAsAdmin();

    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Groups', exact: true }).click();
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByLabel('Group name', { exact: true }).fill(groupName);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: groupName, exact: true }).waitFor();

    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('button', { name: 'Create user' }).click();
    // A refused name keeps what was typed, with the API's reason.
    await page.getByLabel('User name', { exact: true }).fill('admin');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('User name', { exact: true }).inputValue()).toBe('admin');
    await page.getByLabel('User name', { exact: true }).fill(userName);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: userName, exact: true }).waitFor();
    expect(page.url()).toBe(`${ui.s.url}/console/users/${userName}`);
    await page.getByText('No statement applies').waitFor();

    // A tag, added and shown at once.
    await page.getByLabel('Tag key', { exact: true }).fill('team');
    await page.getByLabel('Tag value', { exact: true }).fill('blue');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('list', { name: 'Tags' }).getByText('team=blue').waitFor();

    await page.getByRole('button', { name: 'Add to group' }).click();
    const choice = page.getByLabel('Group', { exact: true });
    await choice.locator('option', { hasText: groupName }).waitFor({ state: 'attached' });
    await choice.selectOption({ label: groupName });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const groups = page.getByRole('list', { name: 'Groups' });
    await groups.getByRole('link', { name: groupName, exact: true }).click();

    // The group's page: the new member, then a policy attached to the group.
    await page.getByRole('heading', { name: groupName, exact: true }).waitFor();
    await page.getByRole('list', { name: 'Members' }).getByRole('link', { name: userName, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Attach policy' }).click();
    const policy = page.getByLabel('Policy', { exact: true });
    await policy.locator('option', { hasText: 'IAMReadOnlyAccess' }).waitFor({ state: 'attached' });
    await policy.selectOption({ label: 'IAMReadOnlyAccess' });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    await page.getByRole('table', { name: 'Effective permissions' }).locator('tbody tr').first().waitFor();

    // Back on the user's page: the group's policy applies to them, and says it comes through the group.
    await page.getByRole('list', { name: 'Members' }).getByRole('link', { name: userName, exact: true }).click();
    const rows = page.getByRole('table', { name: 'Effective permissions' }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.first().innerText()).resolves.toMatch(
      new RegExp(`iam:Get\\*[\\s\\S]*IAMReadOnlyAccess \\(AWS managed, via group ${groupName}\\)`),
    );

    // Deleting a user in a group is refused (as in AWS) and says why; removed from it, the user goes.
    await page.getByRole('button', { name: 'Delete user' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/group/i);
    await groups.getByRole('button', { name: `Remove from ${groupName}` }).click();
    await page.getByText('No statement applies').waitFor();
    await page.getByRole('button', { name: 'Delete user' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'admin', exact: true }).waitFor();
    expect(await page.getByRole('table', { name: 'Users' }).getByRole('link', { name: userName, exact: true }).count()).toBe(0);

    // The group still has a policy attached: deleting it is refused and says so.
    await page.goto(`${ui.s.url}/console/groups/${groupName}`);
    await page.getByRole('button', { name: 'Delete group' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/polic/i);
    await page.close();
  });

  browserTest("a role's page shows its trust policy, and a policy's page its document", async () => {
    const roleName = uniqueName('deployer');
    const page = await signInAsAdmin('/console/roles');
    // Created here, its trust policy checked as a trust policy while typed (the template trusts this account).
    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByLabel('Role name', { exact: true }).fill(roleName);
    await page.getByText('No findings.').waitFor();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: roleName, exact: true }).waitFor();
    await expect(page.getByRole('region', { name: 'Trust policy' }).innerText()).resolves.toContain('"sts:AssumeRole"');
    await page.getByText('No statement applies').waitFor();

    // An inline policy, written in the editor: it applies at once, and goes when deleted.
    await page.getByRole('button', { name: 'Add inline policy' }).click();
    await page.getByLabel('Policy name', { exact: true }).fill('ReadRoles');
    const inline = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }] };
    await page.getByLabel('Policy document', { exact: true }).fill(JSON.stringify(inline, null, 2));
    await page.getByRole('button', { name: 'Save inline policy' }).click();
    const effective = page.getByRole('table', { name: 'Effective permissions' }).locator('tbody tr');
    await expect(effective.first().innerText()).resolves.toMatch(/iam:GetRole[\s\S]*ReadRoles \(role inline\)/);
    await page.getByRole('region', { name: 'Inline policies' }).getByText('ReadRoles').click();
    await page.getByRole('button', { name: 'Delete ReadRoles' }).click();
    await page.getByText('No statement applies').waitFor();

    await page.getByRole('button', { name: 'Attach policy' }).click();
    await page.getByLabel('Policy', { exact: true }).locator('option', { hasText: 'IAMReadOnlyAccess' }).waitFor({ state: 'attached' });
    await page.getByLabel('Policy', { exact: true }).selectOption({ label: 'IAMReadOnlyAccess' });
    await page.getByRole('button', { name: 'Attach', exact: true }).click();
    // A permissions boundary, set and removed.
    await page.getByRole('button', { name: 'Set boundary' }).click();
    const boundary = page.getByLabel('Boundary policy', { exact: true });
    await boundary.locator('option', { hasText: 'IAMReadOnlyAccess' }).waitFor({ state: 'attached' });
    await boundary.selectOption({ label: 'IAMReadOnlyAccess' });
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    const region = page.getByRole('region', { name: 'Permissions boundary' });
    await region.getByRole('link', { name: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' }).waitFor();
    await page.getByRole('button', { name: 'Remove boundary' }).click();
    await region.getByText('None: its policies are not capped.').waitFor();
    await page.getByRole('list', { name: 'Attached policies' }).getByRole('link', { name: 'IAMReadOnlyAccess' }).click();
    await page.getByRole('heading', { name: 'IAMReadOnlyAccess', exact: true }).waitFor();
    await expect(page.getByRole('region', { name: /^Document/ }).innerText()).resolves.toContain('iam:Get*');
    // The policy's page is a deep link of its own.
    await page.reload();
    await page.getByRole('heading', { name: 'IAMReadOnlyAccess', exact: true }).waitFor();

    // A role with a policy attached is not deleted, and the page says why.
    await page.goto(`${ui.s.url}/console/roles/${roleName}`);
    await page.getByRole('button', { name: 'Delete role' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/polic/i);
    await page.close();
  });

  browserTest('the credential report: a table, and the same as a CSV download', async () => {
    const page = await signInAsAdmin();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Credential report', exact: true }).click();
    const row = page.getByRole('table', { name: 'Credential report' }).getByRole('row').filter({ hasText: 'admin' }).first();
    await row.waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const saved = readFileSync(await (await download).path(), 'utf8').split('\r\n');
    expect(saved[0]).toMatch(/^user,arn,user_creation_time,password_enabled,/);
    expect(saved.some((l) => l.startsWith('admin,arn:aws:iam::000000000000:user/admin,'))).toBe(true);
    await page.close();
  });
});
