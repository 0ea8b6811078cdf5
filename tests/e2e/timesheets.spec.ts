import { type Page, expect, test } from '@playwright/test';
import { ALL_YES } from '../factories/jobs';
import { makePdf } from '../factories/documents';
import { postThroughApi } from './support/api';
import { seriousViolations } from './support/axe';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { signInAs } from './support/session';
import { notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ timeout: 90_000 });

const BACK_OFFICE = 'backoffice@northwind.test';
/** The agency's today (Europe/London) and the Monday of its week (the agency's weeks start on Monday). */
const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

/** An active temporary assignment, seeded through the API: a job opened, a new candidate placed, onboarded and approved. */
async function activeAssignment(page: Page, startOn: string): Promise<{ candidateName: string; assignmentId: string }> {
  const accountManager = await signInAs(page, 'accounts@northwind.test');
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Harbour Freight'), status: 'active' });
  const job = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title: 'Warehouse operative', employmentType: 'temporary', openings: 1, ownerId: accountManager.id });
  const detail = await (await page.request.get(`/api/jobs/${job.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${job.id}/qualification`, { headers: accountManager.headers, data: { version: detail.data.version, checks: ALL_YES } });
  await page.request.post(`/api/jobs/${job.id}/transitions`, { headers: accountManager.headers, data: { to: 'open', version: (await qualified.json()).data.version } });

  const recruiter = await signInAs(page, 'recruiter@northwind.test');
  const lastName = unique('Okafor');
  const candidate = await postThroughApi(page, '/api/candidates', { firstName: 'Tunde', lastName, source: 'sourced', emails: [`${lastName.toLowerCase()}@example.test`] });
  const added = await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers: recruiter.headers, data: { candidateIds: [candidate.id], addedFrom: 'job' } });
  const [entry] = (await added.json()).data;
  const placed = await page.request.post('/api/placements', { headers: recruiter.headers, data: { entryId: entry.id, startOn, currency: 'GBP', payMinor: 1500, payUnit: 'hour', billRateMinor: 2100, billRateUnit: 'hour' } });
  expect(placed.status()).toBe(201);

  const backOffice = await signInAs(page, BACK_OFFICE);
  await postThroughApi(page, '/api/employees', { candidateId: candidate.id, hiredOn: startOn, workerType: 'w2', payFrequency: 'weekly' });
  const list = await (await page.request.get(`/api/assignments?candidateId=${candidate.id}&status=all`)).json();
  const assignmentId = list.data[0].id;
  const approved = await page.request.post('/api/assignments/approve', { headers: backOffice.headers, data: { ids: [assignmentId], options: {} } });
  expect(approved.status(), JSON.stringify(await approved.json())).toBe(200);
  return { candidateName: `Tunde ${lastName}`, assignmentId };
}

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
