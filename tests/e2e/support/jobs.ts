import { type Page, expect } from '@playwright/test';
import { notification } from './ui';

/** Answers the four qualification checks yes, with a note each, on the job page; the job becomes qualified. */
export async function qualifyAllYes(page: Page): Promise<void> {
  const qualification = page.getByRole('region', { name: 'Qualification' });
  for (const check of ['Real', 'Fundable', 'Actionable', 'Specific']) {
    await qualification.getByRole('radiogroup', { name: check }).getByRole('radio', { name: 'Yes' }).check();
    await qualification.getByRole('textbox', { name: `${check} note` }).fill(`${check}: confirmed with the hiring manager`);
  }
  await qualification.getByRole('button', { name: 'Record qualification' }).click();
  await expect(notification(page, /is qualified\./)).toBeVisible();
  await expect(page.getByRole('main').getByText('Qualified', { exact: true })).toBeVisible();
}

/** Clicks a status action on the job page (Open, Put on hold, Resume…), gives the reason if any, and confirms. */
export async function changeStatus(page: Page, action: string, reason?: string): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${action}: `) });
  if (reason) {
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
  }
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
}
