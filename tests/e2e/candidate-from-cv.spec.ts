import { expect, test } from '@playwright/test';
import { makePdf } from '../factories/documents';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, mainNav, notification, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter creates a candidate from a CV, finds them by a skill from it, logs a call, adds a task and a pool, and merges a duplicate', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  // Capitalized letters only, so the line reads as a name; unique per run.
  const lastName = `Quill${Date.now().toString(36).replace(/\d/g, '').replace(/^./, (c) => c.toUpperCase())}${'abcdefghij'.charAt(Math.floor(Math.random() * 10))}`;
  const name = `Marisol ${lastName}`;
  const email = `${unique('marisol')}@example.test`;
  // Early in the alphabet so it is among the agency's most used skill names even with many one-off ones.
  const skill = unique('abseilwright');
  // Another candidate already has the skill: it is in the agency's skill names, which CVs are read against.
  await postThroughApi(page, '/api/candidates', { firstName: 'Rope', lastName: unique('Access'), source: 'sourced', skills: [{ name: skill }] });
  // A phone of this run only: other specs' candidates share the demo agency, and a shared phone is a duplicate.
  const phoneDigits = `177${String(Date.now()).slice(-3)}`;
  const pdf = await makePdf(`${name}\n${email}\nMobile 07911 ${phoneDigits}\nRope access technician: Excel, ${skill}.`);

  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('link', { name: 'New candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New candidate' })).toBeVisible();
  await page.getByRole('group', { name: 'Start from a CV' }).locator('input[type="file"]').setInputFiles({ name: 'marisol-cv.pdf', mimeType: 'application/pdf', buffer: pdf });

  // The form is prefilled for the recruiter to confirm.
  const form = page.getByRole('form', { name: 'New candidate' });
  await expect(form.getByRole('textbox', { name: 'First name' })).toHaveValue('Marisol');
  await expect(form.getByRole('textbox', { name: 'Last name' })).toHaveValue(lastName);
  await expect(form).toContainText(email);
  await expect(form).toContainText(`+447911${phoneDigits}`);
  await expect(form.getByRole('textbox', { name: 'Skill 1 name' })).toHaveValue('Excel');
  await expect(form.getByRole('textbox', { name: 'Skill 2 name' })).toHaveValue(skill);
  await form.getByRole('button', { name: 'Create candidate' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  const candidateId = page.url().split('/').pop() ?? '';
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText(email);
  // The CV it started from is the current CV.
  await expect(page.getByRole('listitem', { name: 'marisol-cv.pdf' })).toContainText('Current CV');

  // The candidate search finds them by the skill from the CV.
  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('textbox', { name: 'Search candidates' }).fill(`skill:${skill}`);
  const table = page.getByRole('table', { name: 'Candidates' });
  await expect(table.getByRole('link', { name })).toBeVisible();
  await table.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // A call is logged on the record.
  const activity = page.getByRole('region', { name: 'Activity' });
  await activity.locator('label').filter({ hasText: /^Call$/ }).click();
  await activity.getByRole('textbox', { name: 'What happened' }).fill('Talked through rope access tickets');
  await activity.getByRole('button', { name: 'Log call' }).click();
  await expect(notification(page, 'Call logged.')).toBeVisible();
  await expect(activity.getByRole('list', { name: 'Timeline' })).toContainText('Talked through rope access tickets');

  // A task for today appears in My tasks.
  const taskTitle = unique('Check IRATA level');
  const nextAction = page.getByRole('region', { name: 'Next action' });
  await nextAction.getByRole('button', { name: 'Set next action' }).click();
  const taskDialog = page.getByRole('dialog', { name: 'Set next action' });
  await taskDialog.getByLabel('Title').fill(taskTitle);
  await taskDialog.getByRole('button', { name: 'Set next action' }).click();
  await expect(taskDialog).toBeHidden();
  await mainNav(page).getByRole('link', { name: 'My tasks' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.getByText(taskTitle)).toBeVisible();
  await today.getByRole('link', { name: new RegExp(lastName) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Added to a new pool from the record.
  const poolName = unique('Rope access');
  const pools = page.getByRole('region', { name: 'Pools' });
  await pools.getByRole('button', { name: 'Add to pool' }).click();
  const poolDialog = page.getByRole('dialog', { name: `Add ${name} to a pool` });
  await poolDialog.locator('label').filter({ hasText: /^New pool$/ }).click();
  await poolDialog.getByRole('textbox', { name: 'Name' }).fill(poolName);
  await poolDialog.getByRole('button', { name: 'Add to pool' }).click();
  await expect(notification(page, `Added ${name} to ${poolName}.`)).toBeVisible();
  await expect(pools.getByRole('link', { name: poolName })).toBeVisible();

  // A duplicate with the same email, made through the API, is merged into them.
  const duplicate = await postThroughApi(page, '/api/candidates', { firstName: 'Mari', lastName, emails: [email], source: 'job_board' });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toContainText(duplicate.name);
  await page.getByRole('button', { name: 'Merge duplicates…' }).click();
  const mergeDialog = page.getByRole('dialog', { name: `Merge duplicates into ${name}` });
  await expect(mergeDialog.getByRole('checkbox', { name: new RegExp(email) })).toBeChecked();
  await mergeDialog.getByRole('button', { name: 'Merge 1 record' }).click();
  await expect(notification(page, `1 record was merged into ${name}.`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/candidates/${candidateId}$`));
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Pools' }).getByRole('link', { name: poolName })).toBeVisible();
});
