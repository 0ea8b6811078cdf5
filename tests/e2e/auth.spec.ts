import { expect, test } from '@playwright/test';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { AGENCY, DEMO_ADMIN, DEMO_PASSWORD, mainNav, notification, signInWithForm, signOutWithMenu, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);

test('an admin invites a recruiter, who accepts through the mailed link and signs in with their new password', async ({ page, browser }) => {
  const email = `${unique('robin')}@example.test`;
  const name = `Robin ${unique('Okafor')}`;
  const password = 'a-long-new-password-1';

  await signInWithForm(page, DEMO_ADMIN.email, DEMO_PASSWORD);
  await mainNav(page).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Invite user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite user' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Name').fill(name);
  await expect(dialog.getByRole('combobox', { name: 'Role' })).toHaveValue('Recruiter');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(notification(page, `Invitation sent to ${email}`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Invited');
  await expect(row).toContainText('Recruiter');

  await mainNav(page).getByRole('link', { name: 'Outbox' }).click();
  const mailRow = page.getByRole('row').filter({ hasText: email });
  await mailRow.getByRole('button', { name: `You are invited to ${AGENCY} on Fillrate` }).click();
  const drawer = page.getByRole('dialog', { name: `You are invited to ${AGENCY} on Fillrate` });
  await expect(drawer).toContainText(`Hello ${name},`);
  const link = drawer.getByRole('link', { name: /\/invitations\// });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invitations\/[\w-]+$/);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The invitee opens the link in their own browser.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(href ?? '');
  await expect(invitee.getByRole('heading', { name: `Join ${AGENCY} on Fillrate` })).toBeVisible();
  await expect(invitee.getByLabel('Email')).toHaveValue(email);
  await expect(invitee.getByLabel('Your name')).toHaveValue(name);
  await invitee.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await invitee.getByLabel('Confirm password').fill(password);
  await invitee.getByRole('button', { name: `Join ${AGENCY}` }).click();

  await expect(invitee.getByRole('heading', { level: 1, name: new RegExp(`, Robin$`) })).toBeVisible();
  await expect(invitee.getByText(`You are signed in to ${AGENCY} as recruiter.`)).toBeVisible();
  const nav = mainNav(invitee);
  await expect(nav.getByRole('link')).toHaveText(['Desk', 'My tasks', 'Interviews', 'Candidates', 'Talent pools', 'Jobs', 'Organizations', 'Contacts', 'Deals', 'Placements', 'Back office home', 'Hiring management', 'Assignments', 'Employees', 'Timesheets', 'Invoices', 'Payroll']);
  await expect(nav.getByText('Admin')).toHaveCount(0);

  await signOutWithMenu(invitee, name);
  await signInWithForm(invitee, email, password);
  await expect(invitee.getByRole('button', { name: `Account menu for ${name}` })).toBeVisible();
  await signOutWithMenu(invitee, name);
  await inviteeContext.close();

  // The admin sees the invitation accepted.
  await mainNav(page).getByRole('link', { name: 'Users' }).click();
  // The list fetched under two seconds ago counts as fresh (the app's staleTime); the invitee can be that fast here.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Active');

  // Signing out from a page that has data on it is a plain sign-out, not an "expired session".
  await signOutWithMenu(page, DEMO_ADMIN.name);
  await expect(notification(page, 'Your session ended')).toHaveCount(0);
});

test('a wrong password is refused with a message under the form', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('recruiter@northwind.test');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveValue('');
});

test('after five wrong passwords within a minute, sign-in asks to wait', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(`${unique('nobody')}@northwind.test`);
  const password = page.getByRole('textbox', { name: 'Password', exact: true });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await password.fill(`wrong-password-${attempt}`);
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await answered).status()).toBe(401);
    await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');
  }
  await password.fill('wrong-password-6');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Too many attempts. Wait a minute, then try again.');
});

test('a page opened while signed out asks to sign in, then returns to it', async ({ page }) => {
  await page.goto('/admin/settings');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(DEMO_ADMIN.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/settings$/);
});

test('a manager sees only the admin pages a manager may use', async ({ page }) => {
  const signIn = await page.request.post('/api/auth/login', { data: { email: 'manager@northwind.test', password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  await page.goto('/');
  const nav = mainNav(page);
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(nav.getByRole('link')).toHaveText(['Desk', 'My tasks', 'Interviews', 'Candidates', 'Talent pools', 'Jobs', 'Organizations', 'Contacts', 'Deals', 'Placements', 'Back office home', 'Hiring management', 'Assignments', 'Employees', 'Timesheets', 'Invoices', 'Payroll', 'Audit log', 'Settings']);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /, Marcus$/ })).toBeVisible();
});
