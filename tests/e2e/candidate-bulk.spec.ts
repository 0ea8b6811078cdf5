import { expect, test } from '@playwright/test';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, mainNav, notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter tags two candidates and gives both a task from the list, and the hidden Location column stays hidden', async ({ page }) => {
  const login = await page.request.post('/api/auth/login', { data: { email: 'recruiter@northwind.test', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const skill = unique('bulkskill');
  const tag = unique('nightshift').toLowerCase();
  const first = await postThroughApi(page, '/api/candidates', { firstName: 'Bea', lastName: unique('Bulk'), skills: [{ name: skill }], location: 'Leeds', source: 'sourced' });
  const second = await postThroughApi(page, '/api/candidates', { firstName: 'Cal', lastName: unique('Bulk'), skills: [{ name: skill }], location: 'York', source: 'sourced' });

  await page.goto('/');
  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  const table = page.getByRole('table');
  await page.getByRole('textbox', { name: 'Skill' }).fill(skill);
  await expect(table.getByRole('row').filter({ hasText: skill })).toHaveCount(2);

  // Both chosen, tagged at once.
  await table.getByRole('checkbox', { name: `Select ${first.name}` }).check();
  await table.getByRole('checkbox', { name: `Select ${second.name}` }).check();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bulk).toContainText('2 selected');
  await bulk.getByRole('button', { name: 'Tag…' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Tag 2 candidates' });
  await tagDialog.getByRole('combobox', { name: 'Tags to add' }).fill(tag);
  await tagDialog.getByRole('combobox', { name: 'Tags to add' }).press('Enter');
  await tagDialog.getByRole('button', { name: 'Save tags' }).click();
  await expect(notification(page, 'Tags changed on 2 candidates.')).toBeVisible();
  await expect(tagDialog).toBeHidden();

  // Filtering by the new tag finds both.
  await page.getByRole('textbox', { name: 'Tag' }).fill(tag);
  await expect(table.getByRole('row').filter({ hasText: skill })).toHaveCount(2);

  // Both get a task for today (all day), which lands in the recruiter's My tasks.
  const title = unique('Confirm night shifts');
  await table.getByRole('checkbox', { name: `Select ${first.name}` }).check();
  await table.getByRole('checkbox', { name: `Select ${second.name}` }).check();
  await bulk.getByRole('button', { name: 'Add task…' }).click();
  const taskDialog = page.getByRole('dialog', { name: 'Add a task to 2 candidates' });
  await taskDialog.getByLabel('Title').fill(title);
  await expect(taskDialog.getByRole('checkbox', { name: 'All day' })).toBeChecked();
  await taskDialog.getByRole('button', { name: 'Add task' }).click();
  await expect(notification(page, '2 tasks added.')).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'My tasks' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.getByText(title)).toHaveCount(2);
  await expect(today.getByRole('link', { name: first.name })).toBeVisible();
  await expect(today.getByRole('link', { name: second.name })).toBeVisible();

  // The column chooser: Location hidden, and still hidden after a reload.
  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await expect(table.getByRole('columnheader', { name: 'Location' })).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('checkbox', { name: 'Name' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Location' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Location' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Location' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Status' })).toBeVisible();
});
