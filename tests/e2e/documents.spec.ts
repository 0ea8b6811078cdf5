import { expect, test } from '@playwright/test';
import { makePdf } from '../factories/documents';
import { postThroughApi } from './support/api';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('a recruiter uploads a PDF CV on the candidate page, sees it as the current CV and, once read, its text', async ({ page }) => {
  await signInWithForm(page, 'recruiter@northwind.test', DEMO_PASSWORD);
  const candidate = await postThroughApi(page, '/api/candidates', { firstName: 'Ines', lastName: unique('Carvalho'), source: 'sourced' });
  const word = `Zeppelinwright${Date.now()}`;
  const pdf = await makePdf(`Ines Carvalho. Skills: ${word}, reach trucks.`);

  await page.goto(`/candidates/${candidate.id}`);
  const documents = page.getByRole('group', { name: 'Upload a document' });
  await expect(documents).toBeVisible();
  await documents.locator('input[type="file"]').setInputFiles({ name: 'ines-cv.pdf', mimeType: 'application/pdf', buffer: pdf });

  const item = page.getByRole('listitem', { name: 'ines-cv.pdf' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Current CV');
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('listitem', { name: 'ines-cv.pdf' })).toContainText('Text read', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('listitem', { name: 'ines-cv.pdf' }).getByRole('button', { name: 'Show text' }).click();
  await expect(page.getByLabel('Text of ines-cv.pdf')).toContainText(word);
});
