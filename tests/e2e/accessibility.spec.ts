import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { ADMIN_STATE, SKIP_MESSAGE, hasBrowser } from './support/environment';

test.skip(!hasBrowser(), SKIP_MESSAGE);

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

  test('the My tasks page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/tasks');
    await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Today' }).or(page.getByText('No open tasks'))).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the settings page has no serious accessibility violations', async ({ page }) => {
    await page.goto('/admin/settings');
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the jobs list and a job page have no serious accessibility violations', async ({ page }) => {
    const session = await (await page.request.get('/api/auth/me')).json();
    const headers = { 'x-csrf-token': session.csrfToken };
    const organization = await (await page.request.post('/api/organizations', { headers, data: { name: `Axe Client ${Date.now()}`, status: 'active' } })).json();
    const job = await (await page.request.post('/api/jobs', { headers, data: { organizationId: organization.data.id, title: 'Accessibility check role', employmentType: 'contract' } })).json();

    await page.goto('/jobs');
    await expect(page.getByRole('row').filter({ hasText: 'Accessibility check role' }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/jobs/${job.data.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Accessibility check role' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pipeline stages' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the client lists, record pages and the deal board have no serious accessibility violations', async ({ page }) => {
    await page.goto('/organizations');
    await page.getByRole('link', { name: 'Oakridge Retail Group' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oakridge Retail Group' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Divisions' })).toContainText('Oakridge Retail North');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();
    await expect(page.getByRole('row').filter({ hasText: 'Harbor Logistics' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/contacts');
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
    await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().click();
    await expect(page.getByRole('region', { name: 'Employment history' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/deals');
    await page.getByRole('link', { name: 'Peak season warehouse temps' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Peak season warehouse temps' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Negotiation stage' })).toContainText('Peak season warehouse temps');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the candidates list, a candidate page and the new candidate form have no serious accessibility violations', async ({ page }) => {
    const session = await (await page.request.get('/api/auth/me')).json();
    const headers = { 'x-csrf-token': session.csrfToken };
    const lastName = `Axe${Date.now()}`;
    const created = await page.request.post('/api/candidates', {
      headers,
      data: {
        firstName: 'Robin',
        lastName,
        emails: [`robin.${lastName.toLowerCase()}@example.test`],
        phones: ['+44 7911 123456'],
        source: 'referral',
        skills: [{ name: 'Forklift', years: 3, level: 'advanced' }],
        workHistory: [{ title: 'Picker', employer: 'Harbor Logistics' }],
        tags: ['nights'],
        profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/example' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const candidate = await created.json();

    await page.goto('/candidates');
    await expect(page.getByRole('row').filter({ hasText: `Robin ${lastName}` })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/candidates/${candidate.data.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Robin ${lastName}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Source history' })).toContainText('First source');
    await expect(page.getByRole('region', { name: 'Fit notes' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/candidates/new');
    await expect(page.getByRole('heading', { level: 1, name: 'New candidate' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the talent pools list, a pool page and the Add to pool dialog have no serious accessibility violations', async ({ page }) => {
    await page.goto('/pools');
    const pools = page.getByRole('table', { name: 'Talent pools' });
    await expect(pools.getByRole('row').filter({ hasText: 'Registered nurses' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await pools.getByRole('link', { name: 'Registered nurses' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registered nurses' })).toBeVisible();
    const members = page.getByRole('table', { name: 'Candidates in Registered nurses' });
    await expect(members.getByRole('row').nth(1)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await members.getByRole('link').first().click();
    await expect(page.getByRole('region', { name: 'Pools' }).getByRole('link', { name: 'Registered nurses' })).toBeVisible();
    await page.getByRole('region', { name: 'Pools' }).getByRole('button', { name: 'Add to pool' }).click();
    const dialog = page.getByRole('dialog', { name: /^Add .+ to a pool$/ });
    await expect(dialog).toBeVisible();
    // Checked once the dialog has faded in: mid-transition colours would fail contrast for a moment.
    await expect(dialog).toHaveCSS('opacity', '1');
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
