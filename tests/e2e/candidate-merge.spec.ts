import { expect, test } from '@playwright/test';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, notification, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter merges a duplicate into a candidate, keeping the duplicate\'s phone first; its call and old address follow', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  const lastName = unique('Mensah');
  const email = `${unique('kofi')}@example.test`;
  const first = await postThroughApi(page, '/api/candidates', { firstName: 'Kofi', lastName, emails: [email], phones: ['+44 7911 123111'], source: 'sourced' });
  const second = await postThroughApi(page, '/api/candidates', { firstName: 'Kofi', lastName, emails: [email], phones: ['+44 7911 123222'], source: 'job_board' });
  await postThroughApi(page, '/api/activities', { kind: 'call', callOutcome: 'connected', body: 'Talked through forklift licences', candidateId: second.id });

  await page.goto(`/candidates/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toContainText(second.name);
  await page.getByRole('button', { name: 'Merge duplicates…' }).click();

  const dialog = page.getByRole('dialog', { name: `Merge duplicates into ${first.name}` });
  await expect(dialog.getByRole('checkbox', { name: new RegExp(email) })).toBeChecked();
  const values = dialog.getByRole('table', { name: 'Values to keep' });
  await expect(values.getByRole('radio', { name: `Phones: +44 7911 123111 (${first.name})` })).toBeChecked();
  await values.getByRole('radio', { name: `Phones: +44 7911 123222 (${second.name})` }).check();
  await expect(dialog.getByRole('status', { name: 'What will happen' })).toHaveText(
    `1 record will be merged into ${first.name}; its activities, tasks, sources and pools move; its links will open this record.`,
  );
  await dialog.getByRole('button', { name: 'Merge 1 record' }).click();

  await expect(notification(page, `1 record was merged into ${first.name}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/candidates/${first.id}$`));
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview).toContainText('+44 7911 123222');
  await expect(overview).toContainText('+44 7911 123111');
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toHaveCount(0);
  const timeline = page.getByRole('region', { name: 'Activity' }).getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Talked through forklift licences');
  await expect(timeline).toContainText('Merged into');

  // The duplicate's old address opens the survivor, saying so.
  await page.goto(`/candidates/${second.id}`);
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Merged record' })).toContainText('was merged into this record');
  await expect(page.getByRole('region', { name: 'Activity' }).getByRole('list', { name: 'Timeline' })).toContainText('Talked through forklift licences');
});
