import { type Page, expect, test } from '@playwright/test';
import { ALL_YES } from '../factories/jobs';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { seriousViolations } from './support/axe';
import { card, column, drag } from './support/board';
import { signInAs } from './support/session';
import { notification, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });
// Wide enough for every column of the default stages side by side: cards are dragged from the first to the last.
test.use({ viewport: { width: 2700, height: 1000 } });

type StageNames = Record<string, string>;

/** An open job taken in by the account manager (seeded through the API); answers it with its stages' names by kind. */
async function seedOpenJob(page: Page, title: string): Promise<{ id: string; stages: StageNames }> {
  const { id: ownerId, headers } = await signInAs(page, 'accounts@northwind.test');
  const organization = await postThroughApi(page, '/api/organizations', { name: unique('Harbour Freight'), status: 'active' });
  const job = await postThroughApi(page, '/api/jobs', { organizationId: organization.id, title, employmentType: 'temporary', ownerId });
  const detail = await (await page.request.get(`/api/jobs/${job.id}`)).json();
  const qualified = await page.request.put(`/api/jobs/${job.id}/qualification`, { headers, data: { version: detail.data.version, checks: ALL_YES } });
  expect(qualified.status()).toBe(200);
  const opened = await page.request.post(`/api/jobs/${job.id}/transitions`, { headers, data: { to: 'open', version: (await qualified.json()).data.version } });
  expect(opened.status()).toBe(200);
  // Another test may have renamed a stage of the agency's template: the names are read, by kind.
  const board = await (await page.request.get(`/api/jobs/${job.id}/pipeline/board`)).json();
  const stages: StageNames = Object.fromEntries(board.data.stages.map((stage: { kind: string; name: string }) => [stage.kind, stage.name]));
  return { id: job.id, stages };
}


/**
 * Drops a card on a stage whose move needs a record (submitted, interview, offer, placed): the record's dialog opens
 * with the card shown in the stage, and Cancel puts it back; a kind whose dialog is not in the board's registry yet
 * explains instead, and the card does not move.
 */
async function dropAndCancelRecord(page: Page, name: string, stage: string, record: string): Promise<void> {
  await drag(page, card(page, name), column(page, stage));
  const dialog = page.getByRole('dialog');
  await expect(notification(page, new RegExp(`when a ${record} is created for them`)).or(dialog)).toBeVisible();
  if (await dialog.isVisible()) {
    await expect(column(page, stage).getByRole('button', { name })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
}

test('a recruiter adds candidates to an open job, drags one across stages, rejects one with a reason, moves one with the keyboard and reads its history', async ({ page }) => {
  // Many steps, each waiting on the server: more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const title = unique('Night shift picker');
  const job = await seedOpenJob(page, title);
  await signInAs(page, 'recruiter@northwind.test');
  const amara = await postThroughApi(page, '/api/candidates', { firstName: 'Amara', lastName: unique('Okafor'), source: 'sourced', emails: [`${unique('amara')}@example.test`] });
  const bruno = await postThroughApi(page, '/api/candidates', { firstName: 'Bruno', lastName: unique('Salas'), source: 'referral' });
  const { sourced, screening, shortlisted, submitted, placed, rejected } = job.stages as Record<'sourced' | 'screening' | 'shortlisted' | 'submitted' | 'placed' | 'rejected', string>;

  await page.goto(`/jobs/${job.id}`);
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await expect(page.getByText('No candidates on this job yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add candidates' }).click();
  const addDialog = page.getByRole('dialog', { name: `Add candidates to ${title}` });
  const picker = addDialog.getByRole('combobox', { name: 'Candidates' });
  for (const candidate of [amara, bruno]) {
    await picker.fill(candidate.name.split(' ')[1] ?? candidate.name);
    await page.getByRole('option', { name: new RegExp(`^${candidate.name}`) }).click();
  }
  // Leaving the picker closes its list, which covers the dialog's buttons.
  await picker.press('Tab');
  await addDialog.getByRole('button', { name: 'Add to job' }).click();
  await expect(notification(page, `Added 2 candidates to ${title}.`)).toBeVisible();
  await expect(column(page, sourced).getByRole('button')).toHaveCount(2);
  await expect(column(page, sourced)).toContainText('2 candidates');

  // Dragged with the mouse: Sourced → Screening → Shortlisted.
  await drag(page, card(page, amara.name), column(page, screening));
  await expect(notification(page, `${amara.name} moved to ${screening}.`)).toBeVisible();
  await expect(column(page, screening).getByRole('button', { name: amara.name })).toBeVisible();
  await drag(page, card(page, amara.name), column(page, shortlisted));
  await expect(notification(page, `${amara.name} moved to ${shortlisted}.`)).toBeVisible();
  await expect(column(page, shortlisted).getByRole('button', { name: amara.name })).toBeVisible();
  await expect(column(page, sourced)).toContainText('1 candidate');

  // Submitted and placed stages are reached by saving the submission or the placement: the card waits in the stage
  // while the record's dialog is open, and goes back where it was when it is cancelled.
  await dropAndCancelRecord(page, amara.name, submitted, 'submission');
  await expect(column(page, shortlisted).getByRole('button', { name: amara.name })).toBeVisible();
  await dropAndCancelRecord(page, amara.name, placed, 'placement');
  await expect(column(page, shortlisted).getByRole('button', { name: amara.name })).toBeVisible();

  // Rejecting asks the reason first; the card moves only once it is given.
  await drag(page, card(page, bruno.name), column(page, rejected));
  const reasonDialog = page.getByRole('dialog', { name: `Move ${bruno.name} to ${rejected}` });
  await reasonDialog.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Salary expectations' }).click();
  await reasonDialog.getByRole('button', { name: `Move to ${rejected}` }).click();
  await expect(notification(page, `${bruno.name} moved to ${rejected}.`)).toBeVisible();
  await expect(column(page, rejected).getByRole('button', { name: bruno.name })).toContainText('Reason: Salary expectations');

  // The keyboard: the focused card goes back one stage with Shift+←, and keeps the focus.
  await expect(page.getByText('moves it to the previous or next stage')).toBeVisible();
  await card(page, amara.name).focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(notification(page, `${amara.name} moved to ${screening}.`).last()).toBeVisible();
  await expect(column(page, screening).getByRole('button', { name: amara.name })).toBeFocused();

  // Enter opens the entry with every move: who, from, to.
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: amara.name });
  const history = drawer.getByRole('region', { name: 'Stage history' });
  await expect(history).toContainText(`${shortlisted} → ${screening}`);
  await expect(history).toContainText(`${screening} → ${shortlisted}`);
  await expect(history).toContainText(`${sourced} → ${screening}`);
  await expect(history).toContainText(`Added to ${sourced}`);
  await expect(history).toContainText('Priya Raman');
  await expect(page).toHaveURL(/entry=/);
});

test('a recruiter adds a candidate from their page and another from the search results, then rejects both from the list view', async ({ page }) => {
  const title = unique('Forklift driver');
  const job = await seedOpenJob(page, title);
  await signInAs(page, 'recruiter@northwind.test');
  const cleo = await postThroughApi(page, '/api/candidates', { firstName: 'Cleo', lastName: unique('Marchetti'), source: 'sourced', emails: [`${unique('cleo')}@example.test`] });
  const skill = unique('counterbalance');
  const dev = await postThroughApi(page, '/api/candidates', { firstName: 'Dev', lastName: unique('Patel'), source: 'sourced', skills: [{ name: skill }] });

  await page.goto(`/candidates/${cleo.id}`);
  const section = page.getByRole('region', { name: 'Pipeline', exact: true });
  await expect(section).toContainText('Not on any job yet.');
  await section.getByRole('button', { name: 'Add to job' }).click();
  const jobDialog = page.getByRole('dialog', { name: `Add ${cleo.name} to a job` });
  await jobDialog.getByRole('combobox', { name: 'Job' }).fill(title);
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await jobDialog.getByRole('button', { name: 'Add to job' }).click();
  await expect(notification(page, new RegExp(`Added ${cleo.name} to .*${title}`))).toBeVisible();
  await expect(section.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await expect(section).toContainText(job.stages.sourced ?? 'Sourced');

  await page.goto('/candidates');
  await page.getByRole('textbox', { name: 'Skill' }).fill(skill);
  const results = page.getByRole('table', { name: 'Candidates' });
  await results.getByRole('checkbox', { name: `Select ${dev.name}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Add to job' }).click();
  const bulkDialog = page.getByRole('dialog', { name: `Add ${dev.name} to a job` });
  await bulkDialog.getByRole('combobox', { name: 'Job' }).fill(title);
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await bulkDialog.getByRole('button', { name: 'Add to job' }).click();
  await expect(notification(page, new RegExp(`Added ${dev.name} to`))).toBeVisible();

  await page.goto(`/jobs/${job.id}?tab=pipeline&view=list`);
  const list = page.getByRole('table', { name: 'Candidates on this job' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await list.getByRole('checkbox', { name: 'Select all candidates on this job' }).check();

  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Email…' }).click();
  const email = page.getByRole('dialog', { name: 'Email 2 candidates' });
  await expect(email).toContainText('1 candidate has no email address.');
  await expect(email.getByRole('link', { name: 'Open in mail app' })).toHaveAttribute('href', /^mailto:\?bcc=cleo-/);
  await email.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Reject…' }).click();
  const reject = page.getByRole('dialog', { name: 'Reject 2 candidates' });
  await reject.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Location' }).click();
  await reject.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(notification(page, `2 candidates moved to ${job.stages.rejected}.`)).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: cleo.name })).toContainText(job.stages.rejected ?? 'Rejected');
  await expect(list.getByRole('row').filter({ hasText: dev.name })).toContainText(job.stages.rejected ?? 'Rejected');
});

test('the pipeline board, its list view and an entry have no serious accessibility violations', async ({ page }) => {
  const title = unique('Reach truck driver');
  const job = await seedOpenJob(page, title);
  const { headers } = await signInAs(page, 'recruiter@northwind.test');
  const candidate = await postThroughApi(page, '/api/candidates', { firstName: 'Ines', lastName: unique('Duarte'), source: 'sourced', currentTitle: 'Warehouse operative' });
  const added = await page.request.post(`/api/jobs/${job.id}/pipeline`, { headers, data: { candidateIds: [candidate.id] } });
  expect(added.status()).toBe(201);

  await page.goto(`/jobs/${job.id}?tab=pipeline`);
  await expect(card(page, candidate.name)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await card(page, candidate.name).click();
  await expect(page.getByRole('dialog', { name: candidate.name }).getByRole('region', { name: 'Stage history' })).toContainText(`Added to ${job.stages.sourced}`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByText('List', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Candidates on this job' }).getByRole('row').filter({ hasText: candidate.name })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
