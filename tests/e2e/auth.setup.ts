import { expect, test as setup } from '@playwright/test';
import { ADMIN_STATE, SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_ADMIN, DEMO_PASSWORD } from './support/ui';

setup.skip(!hasBrowser(), SKIP_MESSAGE);

// Signing in is tested through the form in auth.spec.ts; other specs start signed in (cookie saved here).
setup('sign in as the demo admin through the API', async ({ request }) => {
  const response = await request.post('/api/auth/login', { data: { email: DEMO_ADMIN.email, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  await request.storageState({ path: ADMIN_STATE });
});
