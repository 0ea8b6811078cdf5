import { type Page, expect, test } from '@playwright/test';
import { ALL_YES } from '../factories/jobs';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { seriousViolations } from './support/axe';
import { signInAs } from './support/session';
import { notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
// Each test signs in as the person it is about.
test.use({ storageState: { cookies: [], origins: [] } });
// Each test is a journey across four pages (job, candidate, placement, hiring management), every one loaded cold.
test.describe.configure({ timeout: 60_000 });

type Headers = Record<string, string>;

/** An open temporary job taken in by the account manager (seeded through the API). */
async function seedOpenJob(page: Page, title: string, openings: number): Promise<string> {
  const { headers } = await signInAs(page, 'accounts@northwind.test');
  const me = await (await page.request.get('/api/auth/me')).json();
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Harbour Freight'), status: 'active' });
  const job = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title, employmentType: 'temporary', openings, ownerId: me.user.id });
  const detail = await (await page.request.get(`/api/jobs/${job.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${job.id}/qualification`, { headers, data: { version: detail.data.version, checks: ALL_YES } });
  expect(qualified.status()).toBe(200);
  const opened = await page.request.post(`/api/jobs/${job.id}/transitions`, { headers, data: { to: 'open', version: (await qualified.json()).data.version } });
  expect(opened.status()).toBe(200);
  return job.id;
}

/** A new candidate on the job's pipeline (as the signed-in recruiter): answers the candidate and the entry. */
async function seedEntry(page: Page, headers: Headers, jobId: string, firstName: string) {
  const candidate = await postThroughApi(page, '/api/candidates', { firstName, lastName: unique('Nowak'), source: 'sourced', emails: [`${unique(firstName.toLowerCase())}@example.test`] });
  const added = await page.request.post(`/api/jobs/${jobId}/pipeline`, { headers, data: { candidateIds: [candidate.id], addedFrom: 'job' } });
  expect(added.status()).toBe(201);
  const [entry] = (await added.json()).data;
  return { candidate, entryId: entry.id as string };
}

test('a recruiter places a candidate from the place dialog, sees the job become filled, and ticks a handoff item', async ({ page }) => {
  const title = unique('Forklift driver');
  const jobId = await seedOpenJob(page, title, 1);
  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const { candidate, entryId } = await seedEntry(page, headers, jobId, 'Marta');

  // The candidate's entry on the job's pipeline: "Place candidate" opens the place dialog.
  await page.goto(`/jobs/${jobId}?tab=pipeline&entry=${entryId}`);
  await page.getByRole('button', { name: 'Place candidate' }).click();
  const dialog = page.getByRole('dialog', { name: `Place ${candidate.name}` });
  await expect(dialog).toContainText('0 of 1 openings filled');
  const type = dialog.getByRole('combobox', { name: 'Employment type' });
  await expect(type).toHaveValue('Temporary');
  // The API's field errors show under the fields: a permanent placement needs its start date.
  await type.click();
  await page.getByRole('option', { name: 'Permanent' }).click();
  await dialog.getByRole('button', { name: 'Place candidate' }).click();
  await expect(dialog.getByText('A permanent placement needs a start date')).toBeVisible();
  await type.click();
  await page.getByRole('option', { name: 'Temporary' }).click();
  await dialog.getByLabel('Start date').fill('2027-03-01');
  await dialog.getByRole('textbox', { name: 'Pay', exact: true }).fill('14.50');
  await dialog.getByRole('combobox', { name: 'Pay unit' }).click();
  await page.getByRole('option', { name: 'per hour' }).click();
  await dialog.getByRole('button', { name: 'Add shift' }).click();
  await dialog.getByRole('textbox', { name: 'Location' }).fill('Dock 4');
  await dialog.getByRole('textbox', { name: 'Expected hours per week' }).fill('40');
  await dialog.getByRole('textbox', { name: 'PO number' }).fill('PO-7781');
  await dialog.getByRole('button', { name: 'Place candidate' }).click();
  await expect(notification(page, `${candidate.name} is placed on ${title}`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');

  // The job's only opening is taken: the job is filled.
  await expect(page.getByRole('main').getByText('Filled', { exact: true })).toBeVisible();

  // The candidate's placements panel links to the placement.
  await page.goto(`/candidates/${candidate.id}`);
  const panel = page.getByRole('region', { name: 'Placements' });
  await expect(panel).toContainText('Pending');
  await panel.getByRole('link', { name: /^P-\d+$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();
  const terms = page.getByRole('region', { name: 'Terms' });
  await expect(terms).toContainText('Dock 4');
  await expect(terms).toContainText('PO-7781');

  const checklist = page.getByRole('region', { name: 'Handoff checklist' });
  await expect(checklist).toContainText('0 of 4 done (0%)');
  // The box follows the server's answer (shown at once, rolled back if refused): clicked, then read.
  const first = checklist.getByRole('checkbox').first();
  await first.click();
  await expect(first).toBeChecked();
  await expect(checklist).toContainText('1 of 4 done (25%)');
  await expect(checklist).toContainText(/done .* by Priya Raman/);
});

test('a back-office user cancels the pending placements of two candidates with one reason, sees them cancelled, and reactivates one', async ({ page }) => {
  const jobId = await seedOpenJob(page, unique('Night picker'), 2);
  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const people = [await seedEntry(page, headers, jobId, 'Ana'), await seedEntry(page, headers, jobId, 'Ben')];
  for (const person of people) {
    const submitted = await page.request.post('/api/submissions', { headers, data: { entryId: person.entryId, send: false, note: 'Sent on the phone' } });
    expect(submitted.status()).toBe(201);
    const placed = await page.request.post('/api/placements', { headers, data: { entryId: person.entryId, startOn: '2027-04-05' } });
    expect(placed.status()).toBe(201);
  }
  const [ana, ben] = people.map((person) => person.candidate);
  if (!ana || !ben) {
    throw new Error('candidates missing');
  }

  await signInAs(page, 'backoffice@northwind.test');
  await page.goto('/hiring');
  await expect(page.getByRole('heading', { level: 1, name: 'Hiring management' })).toBeVisible();
  for (const candidate of [ana, ben]) {
    await expect(page.getByRole('row').filter({ hasText: candidate.name })).toContainText('1');
    await page.getByRole('checkbox', { name: `Select ${candidate.name}` }).check();
  }
  await page.getByRole('button', { name: 'Cancel placements…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel placements' });
  await expect(dialog).toContainText(`${ana.name}: 1 pending placement`);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Client froze the headcount');
  await dialog.getByRole('button', { name: 'Cancel placements', exact: true }).click();
  await expect(notification(page, '2 placements of 2 candidates cancelled.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: ana.name })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: ben.name })).toHaveCount(0);

  // B1: the job's submissions list shows both placements cancelled.
  await page.goto(`/jobs/${jobId}?tab=submissions`);
  for (const candidate of [ana, ben]) {
    await expect(page.getByRole('row').filter({ hasText: candidate.name })).toContainText('Cancelled');
  }

  // Both candidates' placements panels show the cancellation.
  await page.goto(`/candidates/${ben.id}`);
  await expect(page.getByRole('region', { name: 'Placements' })).toContainText('Cancelled');
  await page.goto(`/candidates/${ana.id}`);
  const panel = page.getByRole('region', { name: 'Placements' });
  await expect(panel).toContainText('Cancelled');

  // B4: Reactivate opens the same placement in edit mode; "Place candidate" places it again.
  await panel.getByRole('link', { name: /^Reactivate P-\d+$/ }).click();
  const form = page.getByRole('dialog', { name: /^Reactivate P-\d+$/ });
  await expect(form.getByLabel('Start date')).toHaveValue('2027-04-05');
  await form.getByLabel('Start date').fill('2027-04-12');
  await form.getByRole('button', { name: 'Place candidate' }).click();
  await expect(notification(page, `${ana.name} is placed on`)).toBeVisible();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: ana.name })).toBeVisible();
  const header = page.getByRole('main');
  await expect(header.getByText('Pending', { exact: true })).toBeVisible();
  await expect(header.getByText('Assignment: Needs approval')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Terms' })).toContainText('12 Apr 2027');
});

test('the placements overview, a placement page and hiring management have no serious accessibility violations', async ({ page }) => {
  const jobId = await seedOpenJob(page, unique('Axe placement role'), 1);
  const { headers } = await signInAs(page, 'manager@northwind.test');
  const { candidate, entryId } = await seedEntry(page, headers, jobId, 'Cleo');
  const placed = await page.request.post('/api/placements', { headers, data: { entryId, startOn: '2027-05-03' } });
  expect(placed.status()).toBe(201);
  const placement = (await placed.json()).data;

  await page.goto('/placements');
  await expect(page.getByRole('row').filter({ hasText: placement.reference })).toContainText(candidate.name);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto(`/placements/${placement.id}`);
  await expect(page.getByRole('region', { name: 'Handoff checklist' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/hiring');
  await expect(page.getByRole('row').filter({ hasText: candidate.name })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('after placing: the start is confirmed, a check-in recorded, an issue logged and resolved, the confirmation sent and repeat demand made a job order', async ({ page }) => {
  const jobId = await seedOpenJob(page, unique('Warehouse lead'), 1);
  const { headers } = await signInAs(page, 'accounts@northwind.test');
  const { candidate, entryId } = await seedEntry(page, headers, jobId, 'Dara');
  const today = new Date().toISOString().slice(0, 10);
  const placed = await page.request.post('/api/placements', { headers, data: { entryId, startOn: today } });
  expect(placed.status()).toBe(201);
  const placement = (await placed.json()).data;

  await page.goto(`/placements/${placement.id}`);
  await expect(page.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();

  await page.getByRole('button', { name: 'Confirm start' }).click();
  const start = page.getByRole('dialog', { name: `Confirm the start of ${candidate.name}` });
  await start.getByRole('radio', { name: 'Started on time' }).check();
  await start.getByRole('button', { name: 'Record start' }).click();
  await expect(notification(page, `Start of ${placement.reference} recorded: started on time.`)).toBeVisible();
  await expect(page.getByRole('main').getByText('Started on time')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm start' })).toHaveCount(0);

  const followUps = page.getByRole('region', { name: 'Follow-ups' });
  await followUps.getByRole('button', { name: /^Record check-in: .* \(client\)$/ }).first().click();
  const checkIn = page.getByRole('dialog', { name: /with the client$/ });
  await checkIn.getByRole('textbox', { name: 'Feedback' }).fill('Settled in; the client wants two more leads');
  await checkIn.getByRole('combobox', { name: 'Satisfaction' }).click();
  await page.getByRole('option', { name: '5 – Very happy' }).click();
  await checkIn.getByRole('button', { name: 'Record check-in' }).click();
  await expect(checkIn).toBeHidden();
  await expect(followUps).toContainText('1 of');
  await expect(followUps).toContainText('5/5');

  const issues = page.getByRole('region', { name: 'Issues' });
  await issues.getByRole('button', { name: 'Log issue' }).click();
  const log = page.getByRole('dialog', { name: `Log an issue on ${placement.reference}` });
  await log.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Attendance or punctuality' }).click();
  await log.getByRole('textbox', { name: 'What happened' }).fill('Late twice in week one');
  await log.getByRole('button', { name: 'Log issue' }).click();
  await expect(issues).toContainText('Late twice in week one');
  await issues.getByRole('button', { name: 'Resolve Attendance or punctuality issue' }).click();
  const resolve = page.getByRole('dialog', { name: 'Resolve issue' });
  await resolve.getByRole('textbox', { name: 'Resolution' }).fill('Shift moved to 8:00');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(issues).toContainText('Resolution: Shift moved to 8:00');

  await page.getByRole('button', { name: 'Send confirmation' }).click();
  const confirmation = page.getByRole('dialog', { name: `Send confirmation of ${placement.reference}` });
  await confirmation.getByRole('textbox', { name: 'Next steps' }).fill('Bring safety boots');
  await confirmation.getByRole('button', { name: 'Send' }).click();
  await expect(notification(page, /^Confirmation sent to /)).toBeVisible();

  const repeat = page.getByRole('region', { name: 'Repeat demand' });
  await repeat.getByRole('button', { name: 'New job order or deal' }).click();
  const order = page.getByRole('dialog', { name: 'Repeat demand' });
  const orderTitle = unique('Two more leads');
  await order.getByRole('textbox', { name: 'Title' }).fill(orderTitle);
  await order.getByRole('textbox', { name: 'Openings' }).fill('2');
  await order.getByRole('button', { name: 'Take in job order' }).click();
  await repeat.getByRole('link', { name: new RegExp(orderTitle) }).click();
  await expect(page.getByRole('heading', { level: 1, name: orderTitle })).toBeVisible();
  await expect(page.getByRole('main').getByText('Intake', { exact: true })).toBeVisible();
});
