import type { Locator, Page } from '@playwright/test';

/** A stage's column on the job's pipeline board. */
export const column = (page: Page, stage: string) => page.getByRole('region', { name: `${stage} stage` });
/** A candidate's card on the board. */
export const card = (page: Page, name: string) => page.getByRole('group', { name: 'Pipeline board' }).getByRole('button', { name, exact: true });

/** A real drag with the mouse: dnd-kit starts after the pointer has moved a few pixels, then follows it in steps. */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) {
    throw new Error('the card or the column is not on screen');
  }
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 4, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + 80, { steps: 12 });
  await page.mouse.up();
}
