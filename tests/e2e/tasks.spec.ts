import { expect, test } from '@playwright/test';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, mainNav, notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);

test('a recruiter adds a task due today in My tasks, sees it under Today, and ticks it off', async ({ page }) => {
  // The browser context shares the cookie the API answers with, so the page opens signed in as the recruiter.
  const login = await page.request.post('/api/auth/login', { data: { email: 'recruiter@northwind.test', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const title = unique('Call the warehouse about Friday');

  await page.goto('/');
  await mainNav(page).getByRole('link', { name: 'My tasks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
  const today = page.getByRole('region', { name: 'Today' });
  const countBefore = Number(await today.getByLabel(/ today$/).textContent());

  await page.getByRole('button', { name: 'New task' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await dialog.getByLabel('Title').fill(title);
  // The form starts due today, all day; the assignee is the recruiter.
  await expect(dialog.getByLabel('All day')).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Assignee' })).toHaveValue(/\(me\)$/);
  await dialog.getByRole('button', { name: 'New task' }).click();
  await expect(notification(page, `“${title}” added to your tasks.`)).toBeVisible();
  await expect(dialog).toBeHidden();

  await expect(today.getByText(title)).toBeVisible();
  await expect(today.getByLabel(/ today$/)).toHaveText(String(countBefore + 1));
  await expect(page.getByRole('region', { name: 'Overdue' }).getByText(title)).toHaveCount(0);

  await today.getByRole('checkbox', { name: `Complete ${title}` }).click();
  await expect(today.getByText(title)).toHaveCount(0);
  await expect(notification(page, `“${title}” is done.`)).toBeVisible();
  await expect(today.getByLabel(/ today$/)).toHaveText(String(countBefore));

  // Done stays done: after a reload the task is not listed anywhere.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Today' })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);

  // The desk counts the same tasks.
  await mainNav(page).getByRole('link', { name: 'Desk' }).click();
  await expect(page.getByRole('link', { name: 'My tasks' }).last()).toContainText(`${countBefore} due today`);
});
