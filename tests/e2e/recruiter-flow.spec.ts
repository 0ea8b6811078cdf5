import { type Page, expect, test } from '@playwright/test';
import { makePdf } from '../factories/documents';
import { ALL_YES } from '../factories/jobs';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { seriousViolations } from './support/axe';
import { card, column, drag } from './support/board';
import { signInAs } from './support/session';
import { notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });
// Wide enough for every column of the default stages side by side: the card travels from the first to the last.
test.use({ viewport: { width: 2700, height: 1100 } });

type StageKind = 'sourced' | 'screening' | 'submitted' | 'interview' | 'offer' | 'placed';

/** A temporary job with one opening and a hiring contact with an email, opened by the account manager (through the API). */
async function seedOpenJob(page: Page, title: string) {
  const { id: ownerId, headers } = await signInAs(page, 'accounts@northwind.test');
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Quayside Logistics'), status: 'active' });
  const lastName = unique('Mori');
  const created = await postThroughApi(page, '/api/contacts', { organizationId: organization.id, firstName: 'Hana', lastName, emails: [`${unique('hana')}@quayside.test`] });
  const contact = { id: created.id, name: `Hana ${lastName}` };
  const job = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, contactId: contact.id, title, employmentType: 'temporary', ownerId, openings: 1, currency: 'GBP', payUnit: 'hour' });
  const detail = await (await page.request.get(`/api/jobs/${job.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${job.id}/qualification`, { headers, data: { version: detail.data.version, checks: ALL_YES } });
  expect(qualified.status()).toBe(200);
  const opened = await page.request.post(`/api/jobs/${job.id}/transitions`, { headers, data: { to: 'open', version: (await qualified.json()).data.version } });
  expect(opened.status()).toBe(200);
  // Another test may have renamed a stage of the agency's template: the names are read, by kind.
  const board = await (await page.request.get(`/api/jobs/${job.id}/pipeline/board`)).json();
  const stages = Object.fromEntries(board.data.stages.map((stage: { kind: string; name: string }) => [stage.kind, stage.name])) as Record<StageKind, string>;
  return { id: job.id, contact, stages };
}


test('a recruiter drags a candidate across the board, submits them with a CV, records the client feedback, schedules an interview, makes an offer that is accepted and places them: the job is filled', async ({ page }) => {
  // The whole journey of a placement, through six dialogs: longer than one page's test.
  test.setTimeout(120_000);
  const title = unique('Reach truck operator');
  const job = await seedOpenJob(page, title);
  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const candidate = await postThroughApi(page, '/api/candidates', { firstName: 'Tomasz', lastName: unique('Nowak'), source: 'sourced', emails: [`${unique('tomasz')}@example.test`] });
  const upload = await page.request.post(`/api/candidates/${candidate.id}/documents`, {
    headers,
    multipart: { kind: 'cv', file: { name: 'tomasz-cv.pdf', mimeType: 'application/pdf', buffer: await makePdf('Tomasz Nowak. Reach trucks, counterbalance, night shifts.') } },
  });
  expect(upload.status()).toBe(201);
  const added = await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers, data: { candidateIds: [candidate.id] } });
  expect(added.status()).toBe(201);
  const { stages } = job;

  await page.goto(`/jobs/${job.id}?tab=pipeline`);
  await expect(card(page, candidate.name)).toBeVisible();
  await drag(page, card(page, candidate.name), column(page, stages.screening));
  await expect(notification(page, `${candidate.name} moved to ${stages.screening}.`)).toBeVisible();

  // Into the submitted stage: the submission dialog, with the current CV and the hiring contact chosen.
  await drag(page, card(page, candidate.name), column(page, stages.submitted));
  const submit = page.getByRole('dialog', { name: new RegExp(`^Submit ${candidate.name} to`) });
  await expect(submit.getByRole('combobox', { name: 'CV' })).toHaveValue('tomasz-cv.pdf (current CV)');
  await expect(submit.getByRole('combobox', { name: 'Send to' })).toHaveValue(new RegExp(`^Hana .* \\(hiring contact\\)`));
  await submit.getByRole('textbox', { name: 'Note to the client' }).fill('Five years on reach trucks, available for nights.');
  await submit.getByRole('checkbox', { name: 'Desired pay' }).check();
  await submit.getByRole('button', { name: 'Send submission' }).click();
  await expect(notification(page, `${candidate.name} was submitted to ${job.contact.name}.`)).toBeVisible();
  await expect(column(page, stages.submitted).getByRole('button', { name: candidate.name })).toContainText('Awaiting feedback');

  // The client's feedback, on the job's submissions list.
  await page.getByRole('tab', { name: /^Submissions/ }).click();
  const submissions = page.getByRole('table', { name: 'Submissions of this job' });
  const row = submissions.getByRole('row').filter({ hasText: candidate.name });
  await expect(row).toContainText('Awaiting feedback');
  await expect(row).toContainText(`Emailed to ${job.contact.name}`);
  await row.getByRole('button', { name: `Actions for ${candidate.name}'s submission` }).click();
  await page.getByRole('menuitem', { name: 'Record client feedback' }).click();
  const feedback = page.getByRole('dialog', { name: `Client feedback on ${candidate.name}` });
  await feedback.getByRole('combobox', { name: 'Feedback' }).click();
  await page.getByRole('option', { name: 'Wants an interview' }).click();
  await feedback.getByRole('textbox', { name: 'Remark' }).fill('Keen to meet him this week.');
  await feedback.getByRole('button', { name: 'Record feedback' }).click();
  await expect(notification(page, `Feedback on ${candidate.name} recorded.`)).toBeVisible();
  await expect(row).toContainText('Wants an interview');
  await expect(row).toContainText('Keen to meet him this week.');

  // Into the interview stage: the interview dialog, in the user's time zone.
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await drag(page, card(page, candidate.name), column(page, stages.interview));
  const schedule = page.getByRole('dialog', { name: `Schedule an interview with ${candidate.name}` });
  await expect(schedule.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/London');
  await schedule.getByRole('textbox', { name: 'Meeting link' }).fill('https://meet.example.test/tomasz');
  await schedule.getByRole('button', { name: 'Schedule and send invitations' }).click();
  await expect(notification(page, new RegExp(`Interview with ${candidate.name} scheduled for`))).toBeVisible();
  await expect(column(page, stages.interview).getByRole('button', { name: candidate.name })).toContainText('Interview');

  // Into the offer stage: a draft, extended, then accepted, all in the offer dialog.
  await drag(page, card(page, candidate.name), column(page, stages.offer));
  const makeOffer = page.getByRole('dialog', { name: `Make an offer to ${candidate.name}` });
  await makeOffer.getByRole('textbox', { name: 'Pay', exact: true }).fill('18.50');
  await makeOffer.getByRole('button', { name: 'Save draft offer' }).click();
  await expect(notification(page, `Draft offer to ${candidate.name} saved: extend it when the client has approved it.`)).toBeVisible();
  const offer = page.getByRole('dialog', { name: `Offer to ${candidate.name}` });
  const panel = offer.getByRole('region', { name: `Offer to ${candidate.name}` });
  await expect(panel).toContainText('Draft');
  await expect(panel).toContainText('£18.50 per hour');
  // The candidate counters; the client approves; both are kept on the offer.
  await panel.getByRole('button', { name: 'Revise or counter-offer' }).click();
  const revise = page.getByRole('dialog', { name: `Revise the offer to ${candidate.name}` });
  await expect(revise.getByRole('radio', { name: /^Candidate \(a counter-offer\)/ })).toBeChecked();
  await revise.getByRole('textbox', { name: 'Pay', exact: true }).fill('19.25');
  await revise.getByRole('textbox', { name: 'Note' }).fill('Asked for more for night shifts.');
  await revise.getByRole('button', { name: 'Save revision' }).click();
  await expect(notification(page, "The candidate's counter-offer was recorded.")).toBeVisible();
  const history = panel.getByRole('region', { name: 'Offer history' });
  await expect(history).toContainText('Terms proposed (2)');
  await expect(history).toContainText('Counter-offer from the candidate');
  await expect(history).toContainText('Asked for more for night shifts.');
  await expect(panel).toContainText('£19.25 per hour');
  await panel.getByRole('button', { name: 'Record client approval' }).click();
  const approval = page.getByRole('dialog', { name: "Record the client's approval" });
  await expect(approval.getByRole('textbox', { name: 'Approved by' })).toHaveValue(job.contact.name);
  await approval.getByRole('button', { name: 'Record approval' }).click();
  await expect(notification(page, `Client approval of the offer to ${candidate.name} recorded.`)).toBeVisible();
  await expect(panel).toContainText(job.contact.name);
  await panel.getByRole('button', { name: 'Extend offer' }).click();
  await page.getByRole('dialog', { name: `Extend the offer to ${candidate.name}?` }).getByRole('button', { name: 'Extend offer' }).click();
  await expect(notification(page, `The offer was extended to ${candidate.name}.`)).toBeVisible();
  await panel.getByRole('button', { name: 'Candidate accepted' }).click();
  await page.getByRole('dialog', { name: `${candidate.name} accepts the offer` }).getByRole('button', { name: 'Record acceptance' }).click();
  await expect(notification(page, `${candidate.name} accepted the offer.`)).toBeVisible();
  await expect(panel).toContainText('Accepted');
  await offer.getByRole('button', { name: 'Done' }).click();
  await expect(column(page, stages.offer).getByRole('button', { name: candidate.name })).toContainText('Offer accepted');

  // Into the placed stage: the placement starts from the accepted offer and fills the job's only opening.
  await drag(page, card(page, candidate.name), column(page, stages.placed));
  const place = page.getByRole('dialog', { name: `Place ${candidate.name}` });
  await expect(place).toContainText('The terms start from the accepted offer.');
  await place.getByRole('button', { name: 'Place candidate' }).click();
  await expect(notification(page, new RegExp(`${candidate.name} is placed on ${title}`))).toBeVisible();
  await expect(column(page, stages.placed).getByRole('button', { name: candidate.name })).toBeVisible();
  await expect(page.getByRole('main').getByText('Filled', { exact: true })).toBeVisible();

  // B1: the submissions list shows the placement, its assignment and where it sits in the back office.
  await page.getByRole('tab', { name: /^Submissions/ }).click();
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('Assignment: Needs approval');
  await expect(row.getByRole('link', { name: 'Hiring management' })).toHaveAttribute('href', '/hiring');
  await expect(row.getByRole('link', { name: 'Placement details' })).toHaveAttribute('href', /\/placements\/[0-9a-f-]{36}/);

  // The job list's candidates count opens this list.
  await page.goto(`/jobs?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: /^1 candidates, 1 submitted/ }).click();
  await expect(page.getByRole('table', { name: 'Submissions of this job' }).getByRole('row').filter({ hasText: candidate.name })).toBeVisible();
  await expect(page).toHaveURL(/tab=submissions/);
});

test('a recruiter sees the interviews they organize on the calendar, week by week, with the calendar file', async ({ page }) => {
  const title = unique('Warehouse supervisor');
  const job = await seedOpenJob(page, title);
  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const candidate = await postThroughApi(page, '/api/candidates', { firstName: 'Ada', lastName: unique('Mensah'), source: 'sourced', emails: [`${unique('ada')}@example.test`] });
  const [entry] = (await (await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers, data: { candidateIds: [candidate.id] } })).json()).data;
  // Next Wednesday, 14:00 London time (15:00 in Paris, where the interview is held).
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + ((3 - start.getUTCDay() + 7) % 7 || 7));
  const day = start.toISOString().slice(0, 10);
  const scheduled = await page.request.post('/api/interviews', {
    headers,
    data: { entryId: entry.id, type: 'onsite', startsAt: `${day}T13:00:00Z`, endsAt: `${day}T14:00:00Z`, timeZone: 'Europe/Paris', location: 'Quayside depot, gate 4', attendeeContactIds: [job.contact.id] },
  });
  expect(scheduled.status()).toBe(201);
  const interview = (await scheduled.json()).data;

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interviews' }).click();
  await expect(page.getByRole('heading', { name: 'Interviews', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'This week' })).toBeDisabled();
  // The calendar opens on this week (Monday to Sunday): next Wednesday may be in the next one.
  const mondayOf = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - ((date.getUTCDay() + 6) % 7))).getTime();
  if (mondayOf(start) !== mondayOf(new Date())) {
    await page.getByRole('button', { name: 'Next week' }).click();
  }
  const item = page.getByRole('article', { name: new RegExp(`^${candidate.name}: On site interview`) });
  await expect(item).toContainText('Quayside depot, gate 4');
  expect(await seriousViolations(page, 'main')).toEqual([]);
  await expect(item).toContainText('(Europe/Paris)');
  await expect(item).toContainText('your time (Europe/London)');
  await expect(item).toContainText(job.contact.name);
  await expect(item.getByRole('link', { name: 'Download .ics' })).toHaveAttribute('href', `/api/interviews/${interview.id}/invite.ics`);
  const ics = await page.request.get(`/api/interviews/${interview.id}/invite.ics`);
  expect(await ics.text()).toContain('METHOD:REQUEST');

  // Moved an hour later, in the interview's own time zone: the attendees get the update.
  await item.getByRole('button', { name: 'Reschedule' }).click();
  const reschedule = page.getByRole('dialog', { name: `Reschedule: On site interview with ${candidate.name}` });
  await expect(reschedule.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Paris');
  await expect(reschedule.getByLabel('Starts')).toHaveValue('14:00');
  await reschedule.getByLabel('Starts').fill('15:00');
  await reschedule.getByLabel('Ends').fill('16:30');
  await reschedule.getByRole('button', { name: 'Save and send update' }).click();
  await expect(notification(page, /was updated; the attendees get the change\./)).toBeVisible();
  await expect(item).toContainText('15:00–16:30');
  const updated = await (await page.request.get(`/api/interviews/${interview.id}`)).json();
  expect(updated.data.startsAt).toBe(`${day}T14:00:00.000Z`);
  expect(updated.data.sequence).toBe(1);

  // Cancelled from the calendar: the attendees get the cancellation.
  await item.getByRole('button', { name: 'Cancel interview' }).click();
  const cancel = page.getByRole('dialog', { name: `Cancel the interview with ${candidate.name}?` });
  await cancel.getByRole('textbox', { name: 'Reason' }).fill('The client filled the role internally.');
  await cancel.getByRole('button', { name: 'Cancel interview' }).click();
  await expect(notification(page, /was cancelled; the attendees are told\./)).toBeVisible();
  await expect(item).toContainText('Cancelled');
});

test('a recruiter sends a shortlist of two candidates in one email, then withdraws one submission; the list and its dialogs have no serious accessibility violations', async ({ page }) => {
  const title = unique('Cold store operative');
  const job = await seedOpenJob(page, title);
  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const people = [];
  for (const firstName of ['Lena', 'Omar']) {
    const person = await postThroughApi(page, '/api/candidates', { firstName, lastName: unique('Shortlist'), source: 'sourced' });
    const upload = await page.request.post(`/api/candidates/${person.id}/documents`, {
      headers,
      multipart: { kind: 'cv', file: { name: `${firstName.toLowerCase()}-cv.pdf`, mimeType: 'application/pdf', buffer: await makePdf(`${firstName}. Cold store, chilled goods.`) } },
    });
    expect(upload.status()).toBe(201);
    people.push(person);
  }
  const added = await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers, data: { candidateIds: people.map((person) => person.id) } });
  expect(added.status()).toBe(201);
  const [lena, omar] = people as [{ id: string; name: string }, { id: string; name: string }];

  await page.goto(`/jobs/${job.id}?tab=submissions`);
  await expect(page.getByText('No submissions yet')).toBeVisible();
  await page.getByRole('button', { name: 'Send shortlist' }).click();
  const dialog = page.getByRole('dialog', { name: `Send a shortlist for ${title}` });
  await expect(dialog.getByRole('combobox', { name: 'Send to' })).toHaveValue(new RegExp(`^${job.contact.name} \\(hiring contact\\)`));
  const picker = dialog.getByRole('combobox', { name: 'Candidates' });
  for (const person of people) {
    await picker.fill(person.name.split(' ')[0] ?? person.name);
    await page.getByRole('option', { name: new RegExp(`^${person.name}`) }).click();
  }
  await picker.press('Tab');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Send shortlist' }).click();
  await expect(notification(page, `Shortlist of 2 candidates sent to ${job.contact.name}.`)).toBeVisible();

  const list = page.getByRole('table', { name: 'Submissions of this job' });
  await expect(list.getByRole('row').filter({ hasText: lena.name })).toContainText(`Emailed to ${job.contact.name}`);
  await expect(list.getByRole('row').filter({ hasText: omar.name })).toContainText('Awaiting feedback');
  // The list's section (the toast's close button above it is the notification helper's, checked elsewhere).
  expect(await seriousViolations(page, 'section[aria-label="Submissions"]')).toEqual([]);

  const omarRow = list.getByRole('row').filter({ hasText: omar.name });
  await omarRow.getByRole('button', { name: `Actions for ${omar.name}'s submission` }).click();
  await page.getByRole('menuitem', { name: 'Withdraw submission' }).click();
  const withdraw = page.getByRole('dialog', { name: `Withdraw ${omar.name}'s submission` });
  await withdraw.getByRole('textbox', { name: 'Reason' }).fill('Took another job.');
  await withdraw.getByRole('button', { name: 'Withdraw submission' }).click();
  await expect(notification(page, `${omar.name}'s submission was withdrawn.`)).toBeVisible();
  await expect(omarRow).toContainText('Withdrawn');

  // The row opens the submission: what was shared and the (empty) feedback history.
  await list.getByRole('row').filter({ hasText: lena.name }).getByText('Awaiting feedback').click();
  const drawer = page.getByRole('dialog', { name: `Submission of ${lena.name}` });
  await expect(drawer.getByRole('region', { name: 'Client feedback' })).toContainText('The client has not answered yet.');
  await expect(drawer).toContainText('lena-cv.pdf');
  expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
});
