import { type Page, expect, test } from '@playwright/test';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { changeStatus, qualifyAllYes } from './support/jobs';
import { DEMO_PASSWORD, notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
// Each test signs in as the person it is about.
test.use({ storageState: { cookies: [], origins: [] } });

async function signInAs(page: Page, email: string): Promise<Record<string, string>> {
  const signIn = await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const session = await (await page.request.get('/api/auth/me')).json();
  return { 'x-csrf-token': session.csrfToken };
}

test('an account manager takes in a job order, qualifies it, opens it, puts it on hold and resumes it', async ({ page }) => {
  const headers = await signInAs(page, 'accounts@northwind.test');
  const organizationName = unique('Harbour Logistics');
  const created = await page.request.post('/api/organizations', { headers, data: { name: organizationName, status: 'active', currency: 'GBP' } });
  expect(created.status()).toBe(201);
  const title = unique('Warehouse shift lead');

  await page.goto('/jobs/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New job order' })).toBeVisible();
  const organization = page.getByRole('combobox', { name: 'Organization' });
  await organization.click();
  await organization.fill(organizationName);
  await page.getByRole('option', { name: organizationName }).click();
  await page.getByRole('textbox', { name: 'Job title' }).fill(title);
  await page.getByRole('textbox', { name: 'Location' }).fill('Felixstowe');
  await page.getByRole('textbox', { name: 'Pay from' }).fill('32000');
  await page.getByRole('textbox', { name: 'Pay to' }).fill('38500');
  await page.getByRole('combobox', { name: 'Must-have skills' }).fill('Forklift licence');
  await page.getByRole('combobox', { name: 'Must-have skills' }).press('Enter');
  // The owner is the person taking the order in unless changed.
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue('Tomás Ferreira');
  await page.getByRole('button', { name: 'Create job order' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('link', { name: organizationName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText('£32,000 – £38,500');

  await qualifyAllYes(page);
  await expect(page.getByRole('region', { name: 'Qualification' })).toContainText('Decided by Tomás Ferreira');

  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const openDialog = page.getByRole('dialog', { name: /^Open: / });
  await expect(openDialog).toContainText('It needs an owner (Tomás Ferreira)');
  await openDialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(openDialog).toBeHidden();
  await changeStatus(page, 'Put on hold', 'Client paused hiring until the budget review');
  await expect(page.getByRole('main').getByText('On hold', { exact: true })).toBeVisible();
  await changeStatus(page, 'Resume');
  await expect(page.getByRole('button', { name: 'Put on hold' })).toBeVisible();

  await page.goto('/jobs');
  await page.getByRole('textbox', { name: 'Search jobs' }).fill(title);
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Open');
  await expect(row).toContainText(organizationName);
  await expect(row).toContainText('Tomás Ferreira');
  await page.getByRole('tab', { name: /^On hold/ }).click();
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0);
});

test('a manager renames a stage of the default pipeline template', async ({ page }) => {
  await signInAs(page, 'manager@northwind.test');
  await page.goto('/admin/settings');
  await page.getByRole('tab', { name: 'Pipeline stages' }).click();
  const stage = page.getByRole('textbox', { name: 'Stage 2 name' });
  await expect(stage).not.toHaveValue('');
  const renamed = unique('Phone screen').slice(0, 40);
  await stage.fill(renamed);
  await page.getByRole('button', { name: 'Save default stages' }).click();
  await expect(notification(page, 'Pipeline stages saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Stage 2 name' })).toHaveValue(renamed);
});

test('the job list is worked from the keyboard: j and k move through the rows, Enter opens one', async ({ page }) => {
  await signInAs(page, 'recruiter@northwind.test');
  await page.goto('/jobs');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(2)).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const picked = page.locator('tr[aria-current="true"]');
  await expect(picked).toHaveCount(1);
  // The first data row (row 0 is the header) is the one picked after j, j, k.
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  const reference = (await picked.getByText(/^J-\d+$/).textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('main')).toContainText(reference);
});

test('a recruiter saves the current filters as a view and comes back to them from the Saved views menu', async ({ page }) => {
  await signInAs(page, 'recruiter@northwind.test');
  await page.goto('/jobs?urgency=high&status=open');
  const name = unique('Urgent open work').slice(0, 40);
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save current view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(notification(page, `“${name}” was saved.`)).toBeVisible();
  // The menu names the view the list shows.
  await expect(page.getByRole('button', { name })).toBeVisible();

  await page.goto('/jobs');
  await page.getByRole('button', { name: 'Saved views' }).click();
  await page.getByRole('menuitem', { name }).click();
  await expect(page).toHaveURL(/urgency=high/);
  await expect(page).toHaveURL(/status=open/);
  await expect(page.getByText('Urgency: High')).toBeVisible();

  // The view applied can be removed from the same menu.
  await page.getByRole('button', { name }).click();
  await page.getByRole('menuitem', { name: `Remove “${name}”` }).click();
  await expect(notification(page, `“${name}” was removed.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Saved views' })).toBeVisible();
});
