import { expect, test } from '@playwright/test';
import { ADMIN_STATE, SKIP_MESSAGE, hasBrowser } from './support/environment';
import { mainNav, notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: ADMIN_STATE });

test('an API key is shown once when created, and can be revoked', async ({ page }) => {
  const name = unique('Payroll export');
  await page.goto('/admin/api-keys');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('checkbox', { name: 'Write' }).check();
  await dialog.getByRole('button', { name: 'Create key' }).click();

  const shown = page.getByRole('dialog', { name: 'Your new API key' });
  await expect(shown).toContainText('This is the only time the key is shown');
  const key = (await shown.getByLabel('New API key').textContent())?.trim() ?? '';
  expect(key.length).toBeGreaterThan(20);
  await expect(shown.getByRole('button', { name: 'Copy key' })).toBeVisible();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('write');
  await expect(page.getByText(key)).toHaveCount(0);
  // The list shows only the key's prefix, never the key.
  const prefix = (await row.locator('code').textContent())?.replace('…', '') ?? '';
  expect(prefix.length).toBeGreaterThan(3);
  expect(key).toContain(prefix);

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke ${name}?` });
  await expect(confirm).toContainText('Anything using this key is refused from now on.');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(notification(page, `${name} no longer works.`)).toBeVisible();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
});

test('a changed time zone is still there after a reload, and the audit log shows the change', async ({ page }) => {
  await page.goto('/admin/settings');
  const timeZone = page.getByRole('combobox', { name: 'Time zone' });
  const before = await timeZone.inputValue();
  const next = before === 'America/New_York' ? 'Europe/Paris' : 'America/New_York';

  await timeZone.click();
  await timeZone.fill(next);
  await page.getByRole('option', { name: next, exact: true }).click();
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await expect(notification(page, 'Time zone saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue(next);

  await mainNav(page).getByRole('link', { name: 'Audit log' }).click();
  const change = page.getByRole('row').filter({ hasText: 'update agency.timeZone' }).first();
  await expect(change).toContainText('Dana Whitfield');
  await change.getByRole('button', { name: 'Show changes' }).click();
  await expect(page.getByLabel('After').first()).toContainText(next);
  await expect(page.getByLabel('Before').first()).toContainText(before);

  // Other specs read times in the demo agency's zone: put it back.
  const session = await (await page.request.get('/api/auth/me')).json();
  const restored = await page.request.put('/api/settings/agency.timeZone', { headers: { 'x-csrf-token': session.csrfToken }, data: { value: before } });
  expect(restored.status()).toBe(200);
});

test('a template using an unknown variable is refused under the field', async ({ page }) => {
  await page.goto('/admin/settings');
  await page.getByRole('tab', { name: 'Templates' }).click();
  const invitation = page.getByRole('form', { name: 'Invitation to a new user' });
  const body = invitation.getByLabel('Body');
  await expect(body).toHaveValue(/\{\{link\}\}/);
  await body.press('ControlOrMeta+End');
  await body.pressSequentially('\nYour salary: {{salary}}');
  await invitation.getByRole('button', { name: 'Save template' }).click();
  await expect(body).toHaveAccessibleDescription(/unknown variable \{\{salary\}\}/);
  await expect(invitation.getByText('Default wording')).toBeVisible();
});

test('changing the password with a wrong current password is refused under that field', async ({ page }) => {
  await page.goto('/account');
  await expect(page.getByText('admin@northwind.test')).toBeVisible();
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('another-long-password');
  await page.getByLabel('Confirm new password').fill('another-long-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  const current = page.getByLabel('Current password');
  await expect(current).toHaveAccessibleDescription(/not your current password/);
});

test('a change someone else made meanwhile is not overwritten: the drawer says so and reloads', async ({ page }) => {
  // Data through the API: a user to edit, and a colleague's rename while the drawer is open.
  const session = await (await page.request.get('/api/auth/me')).json();
  const headers = { 'x-csrf-token': session.csrfToken };
  const name = `Kim ${unique('Novak')}`;
  const invited = await page.request.post('/api/users', { headers, data: { email: `${unique('kim')}@example.test`, name, role: 'recruiter' } });
  expect(invited.status()).toBe(201);
  const user = (await invited.json()).data;

  await page.goto('/admin/users');
  await page.getByRole('button', { name, exact: true }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('combobox', { name: 'Role' })).toHaveValue('Recruiter');

  const renamed = `${name} (renamed)`;
  const rename = await page.request.patch(`/api/users/${user.id}`, { headers, data: { version: user.version, name: renamed } });
  expect(rename.status()).toBe(200);

  await drawer.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Account manager' }).click();
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  // The alert names who changed it: here the admin's own rename through the API.
  await expect(drawer.getByRole('alert')).toContainText(`This user was changed by ${session.user.name} since you opened it`);
  await drawer.getByRole('button', { name: 'Reload' }).click();
  await expect(drawer.getByRole('textbox', { name: 'Name' })).toHaveValue(renamed);
  await expect(drawer.getByRole('combobox', { name: 'Role' })).toHaveValue('Recruiter');
  await expect(drawer.getByRole('alert')).toHaveCount(0);
});
