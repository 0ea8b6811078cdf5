import { type Page, expect } from '@playwright/test';

/**
 * Seeds a record through the API as the page's signed-in user (with the session's CSRF header), expecting 201:
 * data a test only needs to exist is made this way, never by clicking.
 */
export async function postThroughApi(page: Page, path: string, body: Record<string, unknown>): Promise<{ id: string; name: string }> {
  const session = await (await page.request.get('/api/auth/me')).json();
  const response = await page.request.post(path, { headers: { 'x-csrf-token': session.csrfToken }, data: body });
  expect(response.status()).toBe(201);
  return (await response.json()).data;
}
