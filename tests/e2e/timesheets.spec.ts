import { expect, test } from '@playwright/test';
import { makePdf } from '../factories/documents';
import { seriousViolations } from './support/axe';
import { activeAssignment, addDays, mondayOf, todayIso } from './support/back-office';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { notification } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ timeout: 90_000 });

test('the back office enters a week of hours, submits it, approves it from the grid, adds an expense with a receipt, and approves last week from the queue', async ({ page }) => {
  const monday = mondayOf(todayIso());
  const { candidateName, assignmentId } = await activeAssignment(page, addDays(monday, -14));

  await page.goto('/timesheets');
  await expect(page.getByRole('heading', { level: 1, name: 'Timesheets' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: candidateName });
  await expect(row.getByText('Missing')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await row.getByRole('link', { name: `Enter time for ${candidateName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Timesheet: ${candidateName}` })).toBeVisible();
  for (let day = 0; day < 5; day += 1) {
    const label = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${addDays(monday, day)}T00:00:00Z`));
    await page.getByLabel(`Regular hours, ${label}`).fill(day === 2 ? '7.5' : '8');
  }
  await page.getByLabel('Notes').fill('Covered the Wednesday early shift');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(notification(page, 'Timesheet submitted for approval.')).toBeVisible();
  await expect(page.getByText('Submitted', { exact: true })).toBeVisible();
  await expect(page.getByText('39.5 hours in all')).toBeVisible();

  await page.getByRole('link', { name: '← Timesheets' }).click();
  const submittedRow = page.getByRole('row').filter({ hasText: candidateName });
  await expect(submittedRow.getByText('Submitted')).toBeVisible();
  await expect(submittedRow.getByRole('cell', { name: '39.5' })).toBeVisible();
  await submittedRow.getByRole('checkbox', { name: `Select the timesheet of ${candidateName}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Approve' }).click();
  await expect(notification(page, '1 timesheet approved.')).toBeVisible();
  await expect(submittedRow.getByText('Approved')).toBeVisible();

  await submittedRow.getByRole('link', { name: `Open the week of ${candidateName}` }).click();
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add expense' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an expense' });
  await dialog.getByLabel('Date').fill(addDays(monday, 1));
  await dialog.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Travel' }).click();
  await dialog.getByLabel('Description').fill('Train to the depot');
  await dialog.getByRole('textbox', { name: 'Amount' }).fill('42.50');
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'rail-fare.pdf', mimeType: 'application/pdf', buffer: await makePdf('Rail fare 42.50') });
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Add expense' }).click();
  await expect(notification(page, 'Expense recorded as a draft.')).toBeVisible();
  const expenses = page.getByRole('table', { name: 'Expenses of the assignment' });
  await expect(expenses.getByText('Travel: Train to the depot')).toBeVisible();
  await expect(expenses.getByRole('link', { name: 'rail-fare.pdf' })).toBeVisible();
  await expenses.getByRole('button', { name: /^Submit the Travel expense/ }).click();
  await expect(notification(page, 'Expense submitted for approval.')).toBeVisible();
  await expect(expenses.getByText('Submitted')).toBeVisible();

  // Last week's sheet, submitted, waits in the approval queue (every week's submitted sheets) and is approved there.
  const lastMonday = addDays(monday, -7);
  await page.goto(`/timesheets/${assignmentId}/${lastMonday}`);
  const lastMondayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${lastMonday}T00:00:00Z`));
  await page.getByLabel(`Regular hours, ${lastMondayLabel}`).fill('6');
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(notification(page, 'Timesheet submitted for approval.')).toBeVisible();

  await page.goto('/timesheets?queue=submitted');
  await expect(page.getByRole('heading', { level: 1, name: 'Timesheets awaiting approval' })).toBeVisible();
  const queued = page.getByRole('table', { name: 'Timesheets awaiting approval' }).getByRole('row').filter({ hasText: candidateName });
  await expect(queued).toHaveCount(1);
  await expect(queued.getByRole('cell', { name: '6', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await queued.getByRole('checkbox', { name: `Select the timesheet of ${candidateName}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Approve' }).click();
  await expect(notification(page, '1 timesheet approved.')).toBeVisible();
  await expect(queued).toHaveCount(0);
});
