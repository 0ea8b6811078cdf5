import { expect, test } from '@playwright/test';
import { SKIP_MESSAGE, hasBrowser } from './support/environment';
import { changeStatus, qualifyAllYes } from './support/jobs';
import { DEMO_PASSWORD, notification, signInWithForm, unique } from './support/ui';

test.skip(!hasBrowser(), SKIP_MESSAGE);
test.use({ storageState: { cookies: [], origins: [] } });

test('an account manager adds an organization, a contact and a deal, moves the deal on the board, and takes in a job order from it through to open, on hold and open again', async ({ page }) => {
  await signInWithForm(page, 'accounts@northwind.test', DEMO_PASSWORD);
  const organizationName = unique('Fairhaven Freight');
  const dealTitle = unique('Night shift pickers');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
  // The demo's clients are listed.
  await expect(page.getByRole('link', { name: 'Harbor Logistics' })).toBeVisible();
  await page.getByRole('button', { name: 'New organization' }).click();
  const newOrganization = page.getByRole('dialog', { name: 'New organization' });
  await newOrganization.getByRole('textbox', { name: 'Name' }).fill(organizationName);
  await newOrganization.getByRole('textbox', { name: 'Industry' }).fill('Logistics');
  await newOrganization.getByRole('textbox', { name: 'Payment terms (days)' }).fill('45');
  await newOrganization.getByRole('button', { name: 'Create organization' }).click();

  await expect(page.getByRole('heading', { level: 1, name: organizationName })).toBeVisible();
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview).toContainText('Logistics');
  await expect(overview).toContainText('45 days');
  await expect(overview).toContainText('Tomás Ferreira');

  await page.getByRole('button', { name: 'Add contact' }).click();
  const newContact = page.getByRole('dialog', { name: 'New contact' });
  await newContact.getByRole('textbox', { name: 'First name' }).fill('Rowan');
  await newContact.getByRole('textbox', { name: 'Last name' }).fill('Achebe');
  await newContact.getByRole('textbox', { name: 'Job title' }).fill('Warehouse Manager');
  await newContact.getByRole('button', { name: 'Create contact' }).click();
  await expect(notification(page, `Rowan Achebe was added at ${organizationName}.`)).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts (1)' });
  await expect(contacts.getByRole('link', { name: 'Rowan Achebe' })).toBeVisible();
  await expect(contacts).toContainText('Warehouse Manager');

  await page.getByRole('button', { name: 'New deal' }).click();
  const newDeal = page.getByRole('dialog', { name: 'New deal' });
  await expect(newDeal.getByRole('combobox', { name: 'Organization' })).toHaveValue(organizationName);
  await newDeal.getByRole('textbox', { name: 'Title' }).fill(dealTitle);
  await newDeal.getByRole('textbox', { name: 'Value' }).fill('12500');
  await newDeal.getByLabel('Contacts').click();
  await page.getByRole('option', { name: 'Rowan Achebe' }).click();
  await newDeal.getByRole('textbox', { name: 'Title' }).click();
  await newDeal.getByRole('button', { name: 'Create deal' }).click();
  await expect(notification(page, `${dealTitle} was opened in Lead.`)).toBeVisible();
  const deals = page.getByRole('region', { name: 'Deals (1)' });
  await expect(deals.getByRole('row').filter({ hasText: dealTitle })).toContainText('Lead');
  await expect(deals.getByRole('row').filter({ hasText: dealTitle })).toContainText('£12,500');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deals' })).toBeVisible();
  const lead = page.getByRole('region', { name: 'Lead stage' });
  const proposal = page.getByRole('region', { name: 'Proposal stage' });
  const card = page.getByRole('article', { name: dealTitle });
  await expect(lead.getByRole('article', { name: dealTitle })).toContainText('£12,500');
  await expect(card).toContainText('Tomás Ferreira');
  await card.getByRole('button', { name: `Change stage of ${dealTitle}` }).click();
  await page.getByRole('menuitem', { name: 'Proposal' }).click();
  await expect(notification(page, `${dealTitle} moved to Proposal.`)).toBeVisible();
  await expect(proposal.getByRole('article', { name: dealTitle })).toBeVisible();
  await expect(lead.getByRole('article', { name: dealTitle })).toHaveCount(0);

  // The move is the server's, not only the screen's: after a reload the card is still in Proposal, and its page says so.
  await page.reload();
  await expect(proposal.getByRole('article', { name: dealTitle })).toBeVisible();
  await proposal.getByRole('link', { name: dealTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: dealTitle })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key facts' })).toContainText('Proposal');
  await expect(page.getByRole('region', { name: 'Contacts' }).getByRole('link', { name: 'Rowan Achebe' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create job order' })).toHaveAttribute('href', /\/jobs\/new\?dealId=[0-9a-f-]{36}$/);

  // From the deal, the intake: the organization comes with it, and the job links back to the deal.
  const jobTitle = unique('Night shift picker');
  await page.getByRole('link', { name: 'Create job order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New job order' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Organization' })).toHaveValue(organizationName);
  await page.getByRole('textbox', { name: 'Job title' }).fill(jobTitle);
  await page.getByRole('button', { name: 'Create job order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: jobTitle })).toBeVisible();
  await expect(page.getByRole('link', { name: dealTitle })).toBeVisible();

  await qualifyAllYes(page);
  await changeStatus(page, 'Open');
  await expect(page.getByRole('button', { name: 'Put on hold' })).toBeVisible();

  // A call logged on the job shows on its timeline.
  const activity = page.getByRole('region', { name: 'Activity' });
  await activity.locator('label').filter({ hasText: /^Call$/ }).click();
  await activity.getByRole('textbox', { name: 'What happened' }).fill('Agreed the shortlist date with Rowan');
  await activity.getByRole('button', { name: 'Log call' }).click();
  await expect(notification(page, 'Call logged.')).toBeVisible();
  await expect(activity.getByRole('list', { name: 'Timeline' })).toContainText('Agreed the shortlist date with Rowan');

  // The next action set on the job is the account manager's task for today.
  const nextActionTitle = unique('Send the shortlist');
  const nextAction = page.getByRole('region', { name: 'Next action' });
  await nextAction.getByRole('button', { name: 'Set next action' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set next action' });
  await dialog.getByLabel('Title').fill(nextActionTitle);
  await dialog.getByRole('button', { name: 'Set next action' }).click();
  await expect(dialog).toBeHidden();
  await expect(nextAction).toContainText(nextActionTitle);
  const jobUrl = page.url();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tasks' }).click();
  const today = page.getByRole('region', { name: 'Today' });
  await expect(today.getByText(nextActionTitle)).toBeVisible();
  await expect(today.getByRole('link', { name: new RegExp(jobTitle) })).toBeVisible();

  // Back on the job: on hold, then open again.
  await page.goto(jobUrl);
  await changeStatus(page, 'Put on hold', 'Client waiting for budget sign-off');
  await expect(page.getByRole('main').getByText('On hold', { exact: true })).toBeVisible();
  await changeStatus(page, 'Resume');
  await expect(page.getByRole('button', { name: 'Put on hold' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Activity' }).getByRole('list', { name: 'Timeline' })).toContainText('Client waiting for budget sign-off');
});
