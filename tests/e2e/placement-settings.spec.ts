import { type Locator, type Page, expect, test } from '@playwright/test';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { DEMO_PASSWORD, notification } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);

const CHECKLISTS = 'placements.handoffChecklists';
const FOLLOW_UPS = 'placements.followUps';
let original: Record<string, unknown> = {};

async function signInAsManager(page: Page): Promise<void> {
  const signIn = await page.request.post('/api/auth/login', { data: { email: 'manager@northwind.test', password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const settings = await (await page.request.get('/api/settings')).json();
  original = Object.fromEntries(settings.data.filter((setting: { key: string }) => [CHECKLISTS, FOLLOW_UPS].includes(setting.key)).map((setting: { key: string; value: unknown }) => [setting.key, setting.value]));
}

/** The values of the inputs a locator finds, in order. */
const valuesOf = (inputs: Locator) => inputs.evaluateAll((elements) => elements.map((element) => (element instanceof HTMLInputElement ? element.value : '')));

/** Shows one employment type's checklist (the segmented control's radios are hidden behind their labels). */
async function showType(checklist: Locator, type: string): Promise<void> {
  await checklist.getByRole('radiogroup', { name: 'Employment type' }).getByText(type, { exact: true }).click();
  await expect(checklist.getByRole('radio', { name: new RegExp(`^${type}`) })).toBeChecked();
}

async function pickOption(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(combobox).toHaveValue(option);
}

// Other specs start placements from the demo agency's default checklists: put the settings back as they were.
test.afterEach(async ({ page }) => {
  const session = await (await page.request.get('/api/auth/me')).json();
  for (const [key, value] of Object.entries(original)) {
    const response = await page.request.put(`/api/settings/${key}`, { headers: { 'x-csrf-token': session.csrfToken }, data: { value } });
    expect(response.status()).toBe(200);
  }
});

test('a manager edits the temporary handoff checklist and a follow-up, and finds both after a reload', async ({ page }) => {
  await signInAsManager(page);
  await page.goto('/admin/settings');
  const checklist = page.getByRole('group', { name: 'Handoff checklist per employment type' });
  await showType(checklist, 'Temporary');
  const temporary = checklist.getByRole('table', { name: 'Temporary checklist' });
  await expect(temporary.getByRole('textbox', { name: /^Item \d+ label$/ })).toHaveCount(4);

  await temporary.getByRole('button', { name: /^Remove Shifts and timesheet expectations set/ }).click();
  await checklist.getByRole('button', { name: 'Add item' }).click();
  const label = temporary.getByRole('textbox', { name: 'Item 4 label' });
  await expect(label).toBeFocused();
  await label.fill('Site induction booked');
  await pickOption(page, temporary.getByRole('combobox', { name: 'Item 4 owner' }), 'Account manager');
  const due = temporary.getByRole('textbox', { name: 'Item 4 due days' });
  await due.fill('-5');
  await expect(due).toHaveAccessibleDescription('5 days before');
  await temporary.getByRole('button', { name: 'Move Site induction booked up' }).click();
  await expect(temporary.getByRole('textbox', { name: 'Item 3 label' })).toHaveValue('Site induction booked');

  // A blank label is refused by the server, and the message stands under that item's label.
  const first = temporary.getByRole('textbox', { name: 'Item 1 label' });
  const firstLabel = await first.inputValue();
  await first.fill('');
  const save = page.getByRole('button', { name: 'Save handoff checklist per employment type' });
  await save.click();
  await expect(first).toHaveAccessibleDescription(/give the item a label/);
  await expect(checklist.getByRole('radio', { name: /^Temporary.*needs fixing/ })).toBeAttached();
  await first.fill(firstLabel);
  await save.click();
  await expect(notification(page, 'Handoff checklist per employment type saved.')).toBeVisible();

  const followUps = page.getByRole('group', { name: 'Post-placement follow-ups (days after the start)' });
  const dayThirty = followUps.getByRole('textbox', { name: 'Follow-up 5 days after start' });
  await expect(dayThirty).toHaveValue('30');
  await dayThirty.fill('28');
  await expect(dayThirty).toHaveAccessibleDescription('28 days after');
  await page.getByRole('button', { name: 'Save post-placement follow-ups (days after the start)' }).click();
  await expect(notification(page, 'Post-placement follow-ups (days after the start) saved.')).toBeVisible();

  await page.reload();
  await showType(checklist, 'Temporary');
  expect(await valuesOf(temporary.getByRole('textbox', { name: /^Item \d+ label$/ }))).toEqual([
    'Start details sent to the candidate',
    'Documents received (ID, right to work, references)',
    'Site induction booked',
    'Billing set up (billing contact, PO number, terms)',
  ]);
  await expect(temporary.getByRole('combobox', { name: 'Item 3 kind' })).toHaveValue('Other (custom)');
  await expect(temporary.getByRole('combobox', { name: 'Item 3 owner' })).toHaveValue('Account manager');
  await expect(temporary.getByRole('textbox', { name: 'Item 3 due days' })).toHaveValue('-5');
  await expect(followUps.getByRole('textbox', { name: 'Follow-up 5 days after start' })).toHaveValue('28');
  // The other employment types keep their own lists.
  await showType(checklist, 'Contract to hire');
  await expect(checklist.getByRole('table', { name: 'Contract to hire checklist' }).getByRole('textbox', { name: /^Item \d+ label$/ })).toHaveCount(5);
});
