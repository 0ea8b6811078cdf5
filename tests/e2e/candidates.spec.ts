import { expect, test } from '@playwright/test';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, mainNav, notification, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter adds a candidate past a duplicate warning, finds them by skill, logs a call, sets a next action and hands them to a colleague', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  const lastName = unique('Okafor');
  const sharedEmail = `${unique('ada')}@example.test`;
  const skill = unique('forklift');
  const existing = await postThroughApi(page, '/api/candidates', { firstName: 'Adaeze', lastName: unique('Existing'), emails: [sharedEmail], source: 'sourced' });

  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await page.getByRole('link', { name: 'New candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New candidate' })).toBeVisible();

  const form = page.getByRole('form', { name: 'New candidate' });
  await form.getByRole('textbox', { name: 'First name' }).fill('Ada');
  await form.getByRole('textbox', { name: 'Last name' }).fill(lastName);
  await form.getByRole('combobox', { name: 'Emails' }).fill(sharedEmail);
  await form.getByRole('combobox', { name: 'Emails' }).press('Enter');

  // The email is already someone's: the match is shown with why, and can be opened instead.
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(duplicates).toContainText('same email');
  await expect(duplicates.getByRole('link', { name: `Open ${existing.name}` })).toHaveAttribute('href', `/candidates/${existing.id}`);

  // Creating anyway stays possible; the API's error about one phone shows under the phones.
  const phones = form.getByRole('combobox', { name: 'Phones' });
  await phones.fill('+44 12');
  await phones.press('Enter');
  await form.getByRole('textbox', { name: 'Current title' }).fill('Warehouse Supervisor');
  await form.getByRole('textbox', { name: 'Current employer' }).fill('Harbor Logistics');
  await form.getByRole('textbox', { name: 'Skill 1 name' }).fill(skill);
  await form.getByRole('textbox', { name: 'Skill 1 years' }).fill('4');
  await form.getByRole('button', { name: 'Create candidate' }).click();
  await expect(form.getByText(/^\+44 12: not a phone number/)).toBeVisible();
  await phones.press('Backspace');
  await phones.fill('+44 7911 123456');
  await phones.press('Enter');
  await form.getByRole('button', { name: 'Create candidate' }).click();

  const name = `Ada ${lastName}`;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  const candidateUrl = page.url();
  await expect(page.getByRole('main')).toContainText('Warehouse Supervisor at Harbor Logistics');
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview).toContainText('+44 7911 123456');
  await expect(overview).toContainText(sharedEmail);
  await expect(page.getByRole('region', { name: 'Skills' })).toContainText(`${skill} · 4 yr`);
  await expect(page.getByRole('region', { name: 'Source history' })).toContainText('First source');

  // The list's skill filter finds them (and not the other candidate with the same email).
  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('textbox', { name: 'Skill' }).fill(skill);
  const table = page.getByRole('table', { name: 'Candidates' });
  await expect(table.getByRole('link', { name })).toBeVisible();
  await expect(table.getByRole('link', { name: existing.name })).toHaveCount(0);
  await table.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // A call logged on the candidate shows on their timeline.
  const activity = page.getByRole('region', { name: 'Activity' });
  await activity.locator('label').filter({ hasText: /^Call$/ }).click();
  await activity.getByRole('textbox', { name: 'What happened' }).fill('Confirmed availability for night shifts');
  await activity.getByRole('button', { name: 'Log call' }).click();
  await expect(notification(page, 'Call logged.')).toBeVisible();
  await expect(activity.getByRole('list', { name: 'Timeline' })).toContainText('Confirmed availability for night shifts');

  // The next action is the recruiter's task for today, in My tasks.
  const nextActionTitle = unique('Send the shift pattern');
  const nextAction = page.getByRole('region', { name: 'Next action' });
  await nextAction.getByRole('button', { name: 'Set next action' }).click();
  const taskDialog = page.getByRole('dialog', { name: 'Set next action' });
  await taskDialog.getByLabel('Title').fill(nextActionTitle);
  await taskDialog.getByRole('button', { name: 'Set next action' }).click();
  await expect(taskDialog).toBeHidden();
  await expect(nextAction).toContainText(nextActionTitle);
  await mainNav(page).getByRole('link', { name: 'My tasks' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.getByText(nextActionTitle)).toBeVisible();
  await expect(today.getByRole('link', { name: new RegExp(lastName) })).toBeVisible();

  // Chosen in the list, they are handed to a colleague in bulk, with a note the record then shows.
  await mainNav(page).getByRole('link', { name: 'Candidates' }).click();
  await page.getByRole('textbox', { name: 'Skill' }).fill(skill);
  await table.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Change owner' }).click();
  const bulkDialog = page.getByRole('dialog', { name: 'Change owner of 1 candidate' });
  await bulkDialog.getByRole('combobox', { name: 'New owner' }).click();
  await page.getByRole('option', { name: 'Tomás Ferreira' }).click();
  await bulkDialog.getByRole('textbox', { name: 'Handoff note' }).fill('Covering while Priya is on leave.');
  await bulkDialog.getByRole('button', { name: 'Change owner' }).click();
  await expect(notification(page, '1 candidate now belongs to Tomás Ferreira.')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: name })).toContainText('Tomás Ferreira');
  await table.getByRole('link', { name }).click();
  await expect(page.getByRole('region', { name: 'Handoff note' })).toContainText('Covering while Priya is on leave.');
  await expect(page).toHaveURL(candidateUrl);

  // Handing them on from the record takes a note too, and the new one replaces it.
  await page.getByRole('button', { name: 'Change owner' }).click();
  const ownerDialog = page.getByRole('dialog', { name: `Change owner of ${name}` });
  await ownerDialog.getByRole('button', { name: 'Change owner' }).click();
  await expect(ownerDialog).toContainText('Write a handoff note for the new owner');
  await ownerDialog.getByRole('combobox', { name: 'New owner' }).click();
  await page.getByRole('option', { name: 'Marcus Oyelaran' }).click();
  await ownerDialog.getByRole('textbox', { name: 'Handoff note' }).fill('Ada is keen on nights; call her before Friday.');
  await ownerDialog.getByRole('button', { name: 'Change owner' }).click();
  await expect(notification(page, `${name} now belongs to Marcus Oyelaran.`)).toBeVisible();
  const handoff = page.getByRole('region', { name: 'Handoff note' });
  await expect(handoff).toContainText('Ada is keen on nights; call her before Friday.');
  await expect(handoff).toContainText('Handoff note for Marcus Oyelaran');
  await expect(page.getByRole('region', { name: 'Key facts' })).toContainText('Marcus Oyelaran');
});
