import { type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'northwind-demo';
export const DEMO_ADMIN = { email: 'admin@northwind.test', name: 'Dana Whitfield' };
export const AGENCY = 'Northwind Staffing';

/** Unique per run and per call, for emails and names the tests create. */
export const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Signs in through the sign-in page, as a person would, and waits for the desk. */
export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening), / })).toBeVisible();
}

export async function signOutWithMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
}

/** A Mantine notification with this text (they live in a region of their own). */
export const notification = (page: Page, text: string | RegExp) => page.locator('.mantine-Notifications-root').getByText(text);
