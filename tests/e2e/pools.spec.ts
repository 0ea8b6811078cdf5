import { expect, test } from '@playwright/test';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, mainNav, notification, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter picks two candidates in the list, adds them to a new pool, opens the pool and takes one out again', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  const skill = unique('reach-truck');
  const first = await postThroughApi(page, '/api/candidates', { firstName: 'Kemi', lastName: unique('Adeyemi'), source: 'sourced', skills: [{ name: skill }] });
  const second = await postThroughApi(page, '/api/candidates', { firstName: 'Lars', lastName: unique('Nilsen'), source: 'referral', skills: [{ name: skill }] });
  const poolName = unique('Reach truck drivers');

  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('textbox', { name: 'Skill' }).fill(skill);
  const candidatesTable = page.getByRole('table', { name: 'Candidates' });
  await expect(candidatesTable.getByRole('link', { name: first.name })).toBeVisible();
  await candidatesTable.getByRole('checkbox', { name: `Select ${first.name}` }).check();
  await candidatesTable.getByRole('checkbox', { name: `Select ${second.name}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Add to pool' }).click();

  const dialog = page.getByRole('dialog', { name: 'Add 2 candidates to a pool' });
  await dialog.locator('label').filter({ hasText: /^New pool$/ }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(poolName);
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Counterbalance and reach, Felixstowe nights');
  await dialog.getByRole('switch', { name: /Shared with the agency/ }).check();
  await dialog.getByRole('button', { name: 'Add to pool' }).click();
  await expect(notification(page, `Added 2 candidates to ${poolName}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Bulk actions' })).toHaveCount(0);

  await mainNav(page).getByRole('link', { name: 'Talent pools' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Talent pools' })).toBeVisible();
  const poolsTable = page.getByRole('table', { name: 'Talent pools' });
  await expect(poolsTable.getByRole('row').filter({ hasText: poolName })).toContainText('Shared');
  await poolsTable.getByRole('link', { name: poolName }).click();

  await expect(page.getByRole('heading', { level: 1, name: poolName })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('2 candidates · kept by you');
  const members = page.getByRole('table', { name: `Candidates in ${poolName}` });
  await expect(members.getByRole('link', { name: first.name })).toBeVisible();
  await expect(members.getByRole('link', { name: second.name })).toBeVisible();

  await members.getByRole('checkbox', { name: `Select ${second.name}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Remove from pool' }).click();
  const confirm = page.getByRole('dialog', { name: `Remove 1 candidate from ${poolName}?` });
  await confirm.getByRole('button', { name: 'Remove from pool' }).click();
  await expect(notification(page, `Removed 1 candidate from ${poolName}.`)).toBeVisible();
  await expect(members.getByRole('link', { name: second.name })).toHaveCount(0);
  await expect(members.getByRole('link', { name: first.name })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('1 candidate · kept by you');

  // The candidate still in the pool shows it on their page, as a link back to the pool.
  await members.getByRole('link', { name: first.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pools' }).getByRole('link', { name: poolName })).toBeVisible();
});
