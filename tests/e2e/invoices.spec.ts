import { type Page, expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { BACK_OFFICE, activeAssignment, addDays, mondayOf, todayIso } from './support/back-office';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { signInAs } from './support/session';
import { notification } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ timeout: 120_000 });

/** A client with an active temporary assignment (£21.00 an hour billed, £15.00 paid) and a week of 40 approved hours, all through the API. */
async function clientWithApprovedWeek(page: Page, weekStart: string) {
  const { organizationId, organizationName, candidateName, assignmentId, backOffice } = await activeAssignment(page, weekStart);
  const days = [0, 1, 2, 3, 4].map((offset) => ({ workDate: addDays(weekStart, offset), regularMinutes: 480 }));
  const saved = await (await page.request.put(`/api/assignments/${assignmentId}/timesheets/${weekStart}`, { headers: backOffice.headers, data: { days, notes: '' } })).json();
  await page.request.post(`/api/timesheets/${saved.data.id}/submit`, { headers: backOffice.headers, data: { version: saved.data.version } });
  const approvedSheet = await page.request.post('/api/timesheets/approve', { headers: backOffice.headers, data: { ids: [saved.data.id] } });
  expect(approvedSheet.status()).toBe(200);
  return { organizationId, organizationName, candidateName, assignmentId };
}

test('the back office runs invoices for a client, issues the draft, downloads its PDF, records the payment, and exports payroll', async ({ page }) => {
  const weekStart = addDays(mondayOf(todayIso()), -14);
  const { organizationName, candidateName } = await clientWithApprovedWeek(page, weekStart);

  await page.goto('/invoices');
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  await page.getByRole('button', { name: 'Run invoices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Run invoices' });
  await dialog.getByLabel('Period from').fill(weekStart);
  await dialog.getByLabel('Period to').fill(todayIso());
  await dialog.getByRole('combobox', { name: 'Clients' }).fill(organizationName);
  await page.getByRole('option', { name: organizationName }).click();
  await dialog.getByText(/^Bills every approved timesheet/).click();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const planned = dialog.getByRole('table', { name: 'Invoices the run will create' }).getByRole('row').filter({ hasText: organizationName });
  await expect(planned).toContainText('£840');
  await dialog.getByRole('button', { name: 'Create drafts' }).click();
  await expect(notification(page, '1 draft invoice created.')).toBeVisible();

  await expect(page.getByRole('heading', { level: 1, name: `Draft invoice · ${organizationName}` })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Invoice lines' });
  await expect(lines.getByText(`${candidateName} — Warehouse operative, week of ${weekStart}`, { exact: true })).toBeVisible();
  await expect(lines.getByText(/regular 40\.00 h$/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Issue' }).click();
  await page.getByRole('dialog', { name: 'Issue the invoice' }).getByRole('button', { name: 'Issue' }).click();
  await expect(notification(page, /^Issued as INV-\d{4}, due /)).toBeVisible();
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^INV-\\d{4} · ${organizationName}$`) });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? '').split(' · ')[0];

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  expect((await download).suggestedFilename()).toBe(`${reference}.pdf`);

  await page.getByRole('button', { name: 'Record payment' }).click();
  const payment = page.getByRole('dialog', { name: 'Record a payment' });
  await expect(payment.getByLabel(/Amount/)).toHaveValue('840');
  await payment.getByLabel('Reference').fill('BACS 2041');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(notification(page, 'Payment recorded: the invoice is paid.')).toBeVisible();
  await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Payments' }).getByText('BACS 2041')).toBeVisible();

  await page.goto('/invoices');
  const listed = page.getByRole('table', { name: 'Invoices' }).getByRole('row').filter({ hasText: reference ?? '' });
  await expect(listed).toContainText('Paid');
  await expect(listed).toContainText(organizationName);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/payroll');
  await expect(page.getByRole('heading', { level: 1, name: 'Payroll' })).toBeVisible();
  await page.getByLabel('Period from').fill(weekStart);
  await page.getByLabel('Period to').fill(addDays(weekStart, 6));
  const pending = page.getByRole('table', { name: 'Approved time not yet exported' }).getByRole('row').filter({ hasText: candidateName });
  await expect(pending).toContainText('40.00');
  await expect(pending).toContainText('£600');
  await page.getByRole('button', { name: 'Export to payroll' }).click();
  await expect(notification(page, /^Exported \d+ timesheets?\./)).toBeVisible();
  await expect(page.getByText('Nothing new to export in this period.')).toBeVisible();
  const history = page.getByRole('table', { name: 'Payroll exports' });
  await expect(history.getByRole('link', { name: /^Download the CSV/ }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('B12: reactivating an assignment whose time is on an issued invoice is refused naming the invoice; once it is voided, the assignment reactivates', async ({ page }) => {
  const weekStart = addDays(mondayOf(todayIso()), -14);
  const { organizationId, assignmentId } = await clientWithApprovedWeek(page, weekStart);
  const backOffice = await signInAs(page, BACK_OFFICE);
  const run = await page.request.post('/api/invoices/run', { headers: backOffice.headers, data: { organizationIds: [organizationId], periodFrom: weekStart, periodTo: todayIso() } });
  expect(run.status(), JSON.stringify(await run.json())).toBe(201);
  const [draft] = (await run.json()).data.invoices;
  const issued = await page.request.post(`/api/invoices/${draft.id}/issue`, { headers: backOffice.headers, data: { version: draft.version } });
  expect(issued.status()).toBe(200);
  const reference = (await issued.json()).data.reference as string;
  const closed = await page.request.post('/api/assignments/close', { headers: backOffice.headers, data: { ids: [assignmentId], options: { endOn: addDays(weekStart, 4) } } });
  expect(closed.status()).toBe(200);

  await page.goto(`/assignments/${assignmentId}`);
  await page.getByRole('button', { name: 'Update status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update status' });
  await expect(dialog.getByRole('radio', { name: 'Reactivate assignment' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Reactivate assignment' }).click();
  const refusal = dialog.getByRole('alert', { name: 'Nothing was changed' });
  await expect(refusal).toContainText('B12');
  await refusal.getByRole('link', { name: `invoice ${reference}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${reference} · `) })).toBeVisible();
  await page.getByRole('button', { name: 'Void' }).click();
  const voiding = page.getByRole('dialog', { name: 'Void the invoice' });
  await voiding.getByLabel('Reason').fill('Assignment hours to be corrected before billing');
  await voiding.getByRole('button', { name: 'Void invoice' }).click();
  await expect(notification(page, new RegExp(`^${reference} is void`))).toBeVisible();

  await page.goto(`/assignments/${assignmentId}`);
  await page.getByRole('button', { name: 'Update status' }).click();
  await dialog.getByRole('button', { name: 'Reactivate assignment' }).click();
  await expect(notification(page, '1 assignment reactivated.')).toBeVisible();
  const after = await (await page.request.get(`/api/assignments/${assignmentId}`)).json();
  expect(after.data.status).toBe('active');
});
