import { type Page, expect, test } from '@playwright/test';
import { ALL_YES } from '../factories/jobs';
import { postThroughApi } from './support/api';
import { seriousViolations } from './support/axe';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { signInAs } from './support/session';
import { notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
// Each test signs in as the person it is about.
test.use({ storageState: { cookies: [], origins: [] } });
// A journey across hiring management, the employee list and the employee page, each loaded cold.
test.describe.configure({ timeout: 60_000 });

/** A candidate placed for the first time on a new open temporary job (seeded through the API): in hiring management. */
async function seedPlacedCandidate(page: Page, firstName: string, startOn: string) {
  const { headers: accountHeaders } = await signInAs(page, 'accounts@northwind.test');
  const me = await (await page.request.get('/api/auth/me')).json();
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Harbour Freight'), status: 'active' });
  const job = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title: unique('Loader'), employmentType: 'temporary', openings: 1, ownerId: me.user.id });
  const detail = await (await page.request.get(`/api/jobs/${job.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${job.id}/qualification`, { headers: accountHeaders, data: { version: detail.data.version, checks: ALL_YES } });
  expect(qualified.status()).toBe(200);
  const opened = await page.request.post(`/api/jobs/${job.id}/transitions`, { headers: accountHeaders, data: { to: 'open', version: (await qualified.json()).data.version } });
  expect(opened.status()).toBe(200);

  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const candidate = await postThroughApi(page, '/api/candidates', { firstName, lastName: unique('Okafor'), source: 'sourced', emails: [`${unique(firstName.toLowerCase())}@example.test`] });
  const added = await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers, data: { candidateIds: [candidate.id], addedFrom: 'job' } });
  expect(added.status()).toBe(201);
  const [entry] = (await added.json()).data;
  const placed = await page.request.post('/api/placements', { headers, data: { entryId: entry.id, startOn } });
  expect(placed.status()).toBe(201);
  return candidate;
}

test('a back-office user onboards a new hire from hiring management, ticks a document, terminates and reactivates the employee', async ({ page }) => {
  const candidate = await seedPlacedCandidate(page, 'Ifeoma', '2027-03-01');

  await signInAs(page, 'backoffice@northwind.test');
  await page.goto('/hiring');
  const row = page.getByRole('row').filter({ hasText: candidate.name });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: `Onboard ${candidate.name}` }).click();

  // The onboard dialog starts from the placement's start date and the agency's defaults, and lists the documents.
  const dialog = page.getByRole('dialog', { name: `Onboard ${candidate.name}` });
  await expect(dialog.getByLabel('Hire date')).toHaveValue('2027-03-01');
  await expect(dialog.getByRole('textbox', { name: 'Employee number' })).toHaveValue('');
  await expect(dialog.getByRole('combobox', { name: 'Worker type' })).toHaveValue('W-2 employee');
  await expect(dialog.getByRole('list', { name: 'Required documents' })).toContainText('Right to work');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('combobox', { name: 'Pay frequency' }).click();
  await page.getByRole('option', { name: 'Every two weeks' }).click();
  await dialog.getByRole('button', { name: 'Onboard as employee' }).click();
  await expect(notification(page, new RegExp(`^${candidate.name} is now employee E-\\d+\\.$`))).toBeVisible();

  // The employee page opens; the candidate left hiring management.
  await expect(page.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Key facts' });
  await expect(facts).toContainText('Every two weeks');
  await expect(facts).toContainText('W-2 employee');
  const employeeUrl = page.url();
  await page.goto('/hiring');
  await expect(page.getByRole('heading', { level: 1, name: 'Hiring management' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: candidate.name })).toHaveCount(0);

  // The employee list finds them by name; their row opens the record.
  await page.goto('/employees');
  await page.getByRole('textbox', { name: 'Search employees' }).fill(candidate.name.split(' ')[1] ?? candidate.name);
  const listed = page.getByRole('row').filter({ hasText: candidate.name });
  await expect(listed).toContainText('Active');
  expect(await seriousViolations(page)).toEqual([]);
  await listed.getByRole('link', { name: /^E-\d+$/ }).click();
  await expect(page).toHaveURL(employeeUrl);

  // Tick a document as received.
  const documents = page.getByRole('region', { name: 'Documents' });
  await expect(documents).toContainText('0 of 4 received');
  const rightToWork = documents.getByRole('checkbox', { name: 'Right to work' });
  await rightToWork.click();
  await expect(rightToWork).toBeChecked();
  await expect(documents).toContainText('1 of 4 received');
  await expect(notification(page, '“Right to work” received.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Terminate with a date and a reason.
  await page.getByRole('button', { name: 'Terminate' }).click();
  const terminate = page.getByRole('dialog', { name: `Terminate ${candidate.name}` });
  await terminate.getByLabel('Termination date').fill('2027-03-19');
  await terminate.getByRole('button', { name: 'Terminate' }).click();
  await expect(terminate.getByText('Give the reason')).toBeVisible();
  await terminate.getByRole('textbox', { name: 'Reason' }).fill('Contract ended early');
  await terminate.getByRole('button', { name: 'Terminate' }).click();
  await expect(terminate).toBeHidden();
  const header = page.getByRole('main');
  await expect(header.getByText('Terminated', { exact: true }).first()).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Terminated');
  await expect(history).toContainText('Contract ended early');

  // Reactivate from a date on or after the termination.
  await page.getByRole('button', { name: 'Reactivate' }).click();
  const reactivate = page.getByRole('dialog', { name: `Reactivate ${candidate.name}` });
  await reactivate.getByLabel('Active again from').fill('2027-04-05');
  await reactivate.getByRole('button', { name: 'Reactivate' }).click();
  await expect(reactivate).toBeHidden();
  await expect(page.getByRole('button', { name: 'Terminate' })).toBeVisible();
  await expect(history).toContainText('Reactivated');
  await expect(history).toContainText('Hired');
});
