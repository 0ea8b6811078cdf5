import { type Page, expect, test } from '@playwright/test';
import { ALL_YES } from '../factories/jobs';
import { postThroughApi } from './support/api';
import { seriousViolations } from './support/axe';
import { BACK_OFFICE, todayIso } from './support/back-office';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { signInAs } from './support/session';
import { notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });
// Each test seeds several placements through the API, then works through the list, the dialog and the record page.
test.describe.configure({ timeout: 90_000 });

type Headers = Record<string, string>;
type Person = { candidate: { id: string; name: string }; jobTitle: string; assignmentId: string };

const shown = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

async function headersOf(page: Page): Promise<Headers> {
  const session = await (await page.request.get('/api/auth/me')).json();
  return { 'x-csrf-token': session.csrfToken };
}

/** An open job (as the account manager), a new candidate on its pipeline and placed (as the recruiter): answers the candidate and the assignment. */
async function placeNewCandidate(page: Page, firstName: string, job: { employmentType: string; title: string }, placement: Record<string, unknown> = {}): Promise<Person> {
  await signInAs(page, 'accounts@northwind.test');
  const me = await (await page.request.get('/api/auth/me')).json();
  const headers = await headersOf(page);
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Harbour Freight'), status: 'active' });
  const created = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title: job.title, employmentType: job.employmentType, openings: 1, ownerId: me.user.id });
  const detail = await (await page.request.get(`/api/jobs/${created.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${created.id}/qualification`, { headers, data: { version: detail.data.version, checks: ALL_YES } });
  expect(qualified.status()).toBe(200);
  const opened = await page.request.post(`/api/jobs/${created.id}/transitions`, { headers, data: { to: 'open', version: (await qualified.json()).data.version } });
  expect(opened.status()).toBe(200);
  return placeOnJob(page, firstName, created.id, job.title, placement);
}

async function placeOnJob(page: Page, firstName: string, jobId: string, jobTitle: string, placement: Record<string, unknown>, existing?: { id: string; name: string }): Promise<Person> {
  await signInAs(page, 'recruiter@northwind.test');
  const headers = await headersOf(page);
  const candidate = existing ?? (await postThroughApi(page, '/api/candidates', { firstName, lastName: unique('Nowak'), source: 'sourced', emails: [`${unique(firstName.toLowerCase())}@example.test`] }));
  const added = await page.request.post(`/api/jobs/${jobId}/pipeline`, { headers, data: { candidateIds: [candidate.id], addedFrom: 'job' } });
  expect(added.status()).toBe(201);
  const [entry] = (await added.json()).data;
  const placed = await page.request.post('/api/placements', { headers, data: { entryId: entry.id, ...placement } });
  expect(placed.status(), JSON.stringify(await placed.json())).toBe(201);
  const list = await (await page.request.get(`/api/assignments?candidateId=${candidate.id}&status=all`)).json();
  const assignment = list.data.find((row: { job: { id: string } }) => row.job.id === jobId);
  return { candidate, jobTitle, assignmentId: assignment.id };
}

/** A second placement of the same candidate, on a new job of the given type. */
async function placeAgain(page: Page, person: Person, job: { employmentType: string; title: string }, placement: Record<string, unknown>): Promise<Person> {
  await signInAs(page, 'accounts@northwind.test');
  const me = await (await page.request.get('/api/auth/me')).json();
  const headers = await headersOf(page);
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Quay Logistics'), status: 'active' });
  const created = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title: job.title, employmentType: job.employmentType, openings: 1, ownerId: me.user.id });
  const detail = await (await page.request.get(`/api/jobs/${created.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${created.id}/qualification`, { headers, data: { version: detail.data.version, checks: ALL_YES } });
  await page.request.post(`/api/jobs/${created.id}/transitions`, { headers, data: { to: 'open', version: (await qualified.json()).data.version } });
  return placeOnJob(page, '', created.id, job.title, placement, person.candidate);
}

/** Onboards the candidate as an employee (hiring management, as the back office). */
async function onboard(page: Page, person: Person) {
  await signInAs(page, BACK_OFFICE);
  await postThroughApi(page, '/api/employees', { candidateId: person.candidate.id, hiredOn: todayIso(), workerType: 'w2', payFrequency: 'weekly' });
}

async function approveThroughApi(page: Page, person: Person) {
  await signInAs(page, BACK_OFFICE);
  const approved = await page.request.post('/api/assignments/approve', { headers: await headersOf(page), data: { ids: [person.assignmentId], options: {} } });
  expect(approved.status(), JSON.stringify(await approved.json())).toBe(200);
}

const assignment = async (page: Page, id: string) => (await (await page.request.get(`/api/assignments/${id}`)).json()).data;
const rowOf = (page: Page, person: Person) => page.getByRole('row').filter({ hasText: person.candidate.name }).filter({ hasText: person.jobTitle });
const select = (page: Page, person: Person) => page.getByRole('checkbox', { name: `Select ${person.candidate.name} on ${person.jobTitle}` }).check();

test('a back-office user is refused approving a non-employee (rule named, nothing changed), then approves a temp assignment without a start date: it starts on the approval date', async ({ page }) => {
  const employee = await placeNewCandidate(page, 'Marta', { employmentType: 'temporary', title: unique('Forklift driver') });
  await onboard(page, employee);
  const newcomer = await placeNewCandidate(page, 'Piotr', { employmentType: 'temporary', title: unique('Night picker') });

  // The back-office home counts them and links to the list behind the count.
  await signInAs(page, BACK_OFFICE);
  await page.goto('/back-office');
  const needing = page.getByRole('region', { name: 'Assignments needing approval' });
  await expect(needing.getByRole('link', { name: /^Assignments needing approval: [1-9]\d*$/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await needing.getByRole('link').click();
  await expect(page).toHaveURL(/\/assignments\?status=needs_approval/);
  await expect(page.getByRole('heading', { level: 1, name: 'Assignments' })).toBeVisible();
  await expect(rowOf(page, employee)).toContainText('Needs approval');
  await expect(rowOf(page, newcomer)).toContainText('Not set');
  expect(await seriousViolations(page)).toEqual([]);

  // Piotr is not an employee yet: approving is refused, the rule and the reason are listed in the dialog.
  await select(page, newcomer);
  await page.getByRole('button', { name: 'Update status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update status' });
  await expect(dialog.getByRole('radio', { name: 'Approve assignment' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Cancel assignment' })).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Start date for assignments without one' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Start date', exact: true })).toHaveValue(todayIso());
  await expect(dialog.getByRole('group', { name: 'Direct assignments' })).toHaveCount(0);
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Approve assignment' }).click();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'Nothing was changed' });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole('list', { name: 'Refused assignments' })).toContainText('employee.required');
  await expect(refusal).toContainText('is not an employee yet');
  await expect(refusal.getByRole('link', { name: newcomer.candidate.name })).toBeVisible();
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect((await assignment(page, newcomer.assignmentId)).status).toBe('needs_approval');

  // Marta is an employee: approving gives her assignment the date shown as its start date.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await select(page, employee);
  await page.getByRole('button', { name: 'Update status' }).click();
  await expect(dialog).toContainText('1 temp/contract assignment becomes active');
  await expect(dialog.getByRole('textbox', { name: 'Start date', exact: true })).toHaveValue(todayIso());
  await dialog.getByRole('button', { name: 'Approve assignment' }).click();
  await expect(notification(page, '1 assignment approved.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, employee)).toHaveCount(0);

  await page.goto(`/assignments/${employee.assignmentId}`);
  await expect(page.getByRole('heading', { level: 1, name: employee.candidate.name })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(shown(todayIso()));
  await expect(page.getByRole('main')).toContainText('Active');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Needs approval → Active');
});

test('approving a direct (permanent) assignment shows the direct section; it closes, the candidate is hired and terminated, and their other active assignment closes', async ({ page }) => {
  const temp = await placeNewCandidate(page, 'Ana', { employmentType: 'temporary', title: unique('Warehouse operative') });
  await onboard(page, temp);
  await approveThroughApi(page, temp);
  const start = todayIso();
  const direct = await placeAgain(page, temp, { employmentType: 'permanent', title: unique('Shift manager') }, { startOn: start, firstYearSalaryMinor: 4_200_000 });

  await signInAs(page, BACK_OFFICE);
  await page.goto('/assignments?status=needs_approval');
  await select(page, direct);
  await page.getByRole('button', { name: 'Update status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update status' });
  const section = dialog.getByRole('group', { name: 'Direct assignments' });
  await expect(section).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Start date for assignments without one' })).toHaveCount(0);
  await expect(section.getByRole('textbox', { name: 'End date', exact: true })).toHaveValue(start);
  await expect(section.getByRole('textbox', { name: 'Termination date', exact: true })).toHaveValue(todayIso());
  await expect(section).toContainText("The employee's other active assignments will be closed.");
  await expect(section.getByRole('textbox', { name: 'Close date', exact: true })).toHaveValue(todayIso());
  await expect(dialog).toContainText('never overwritten');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Approve assignment' }).click();
  await expect(notification(page, '1 assignment approved.')).toBeVisible();

  const after = await assignment(page, direct.assignmentId);
  expect(after).toMatchObject({ status: 'closed', endOn: start, employee: { status: 'terminated' } });
  expect((await assignment(page, temp.assignmentId)).status).toBe('closed');
  await page.goto(`/assignments/${direct.assignmentId}`);
  await expect(page.getByRole('status').filter({ hasText: 'read-only until reactivated (B10)' })).toBeVisible();
});

test('closing with "override existing end dates" uses the dialog date; reactivating with "change end date" sets the new one', async ({ page }) => {
  const person = await placeNewCandidate(page, 'Ben', { employmentType: 'contract', title: unique('Site engineer') }, { startOn: '2026-01-05', endOn: '2027-06-30' });
  await onboard(page, person);
  await approveThroughApi(page, person);

  await signInAs(page, BACK_OFFICE);
  await page.goto('/assignments');
  await select(page, person);
  await page.getByRole('button', { name: 'Update status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update status' });
  await expect(dialog.getByRole('radio', { name: 'Close assignment' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'End date', exact: true }).fill('2027-01-15');
  await dialog.getByRole('checkbox', { name: 'Override existing end dates with this date' }).check();
  await dialog.getByRole('button', { name: 'Close assignment' }).click();
  await expect(notification(page, '1 assignment closed.')).toBeVisible();
  expect(await assignment(page, person.assignmentId)).toMatchObject({ status: 'closed', endOn: '2027-01-15' });

  // Closed ones show under their status; reactivate with a new end date.
  await page.goto('/assignments?status=closed');
  await select(page, person);
  await page.getByRole('button', { name: 'Update status' }).click();
  await expect(dialog.getByRole('radio', { name: 'Reactivate assignment' })).toBeChecked();
  await expect(dialog).toContainText('The end date is kept.');
  await expect(dialog).toContainText('do not tick “Change end date”');
  await expect(dialog.getByRole('checkbox', { name: 'Reactivate the employee record' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Change end date' }).check();
  await dialog.getByRole('textbox', { name: 'New end date', exact: true }).fill('2027-09-30');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Reactivate assignment' }).click();
  await expect(notification(page, '1 assignment reactivated.')).toBeVisible();
  expect(await assignment(page, person.assignmentId)).toMatchObject({ status: 'active', endOn: '2027-09-30' });
});
