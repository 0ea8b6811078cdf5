import { expect, test } from '@playwright/test';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, mainNav, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter finds a forklift driver with the search syntax and sees why they matched', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  const lastName = unique('Okafor');
  const candidate = await postThroughApi(page, '/api/candidates', {
    firstName: 'Chidi',
    lastName,
    source: 'sourced',
    status: 'actively_searching',
    skills: [{ name: 'Forklift' }, { name: 'Reach truck' }],
    workHistory: [{ title: 'Warehouse Operative', employer: 'Dockside Freight' }],
  });
  await postThroughApi(page, '/api/candidates', { firstName: 'Idle', lastName, source: 'sourced', status: 'not_looking', skills: [{ name: 'Forklift' }] });

  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  // `/` focuses the list's search box; typed inside it, `/` is just a character.
  await page.getByRole('heading', { level: 1, name: 'Candidates' }).click();
  await page.keyboard.press('/');
  const search = page.getByRole('textbox', { name: 'Search candidates' });
  await expect(search).toBeFocused();
  await search.fill(`forklift status:actively_searching ${lastName}`);
  const table = page.getByRole('table', { name: 'Candidates' });
  const row = table.getByRole('row').filter({ hasText: candidate.name });
  await expect(row).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: `Idle ${lastName}` })).toHaveCount(0);
  await expect(row.locator('mark')).toHaveText(['Forklift']);
  await expect(row).toContainText('Warehouse Operative · Forklift, Reach truck · Dockside Freight');

  await search.fill(`forklift "reach truck`);
  await expect(page.getByText(/a quote is not closed \(at character 10\)/)).toBeVisible();
});

test('a recruiter types an organization name into the header search and opens it', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  // A seeded client (the demo's Oakridge Retail group has two divisions, so there is a list to choose from).
  const name = 'Oakridge Retail South';

  await mainNav(page).getByRole('link', { name: 'Desk' }).click();
  await page.keyboard.press('/');
  const search = page.getByRole('textbox', { name: 'Search everything' });
  await expect(search).toBeFocused();
  await search.pressSequentially('oakridge ret');
  await expect(page.getByRole('option', { name: /Oakridge Retail North/ })).toBeVisible();
  const option = page.getByRole('option', { name: /Oakridge Retail South/ });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/organizations\//);
});
