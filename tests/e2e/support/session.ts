import { type Page, expect } from '@playwright/test';
import { DEMO_PASSWORD } from './ui';

/** Signs the page in as a demo user through the API; answers their id and the CSRF header their writes need. */
export async function signInAs(page: Page, email: string): Promise<{ id: string; headers: Record<string, string> }> {
  const signIn = await page.request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const session = await (await page.request.get('/api/auth/me')).json();
  return { id: session.user.id, headers: { 'x-csrf-token': session.csrfToken } };
}
