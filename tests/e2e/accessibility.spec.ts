import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { ADMIN_STATE, SKIP_MESSAGE, hasBrowser } from './support/environment';

test.skip(!hasBrowser(), SKIP_MESSAGE);

/** Serious and critical WCAG 2.2 A/AA violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('signed in as the admin', () => {
  test.use({ storageState: ADMIN_STATE });

  test('the users page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/admin/users');
    await expect(page.getByRole('row').filter({ hasText: 'admin@northwind.test' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the settings page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/admin/settings');
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
