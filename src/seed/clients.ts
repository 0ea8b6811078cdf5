import { and, eq } from 'drizzle-orm';
import { contactEmployments, contacts, dealContacts, deals, organizations } from '../db/schema';
import type { Address } from '../db/schema/clients';
import type { ContactRole, OrganizationStatus } from '../shared/clients';
import type { DemoContext, DemoSeed } from './context';
import { CITIES, COMPANY_NAMES, CONTACT_TITLES, FIRST_NAMES, INDUSTRIES, LAST_NAMES, STREETS, pick, slugOf } from './vocabulary';

const DAY = 24 * 3600 * 1000;
const daysAgo = (context: DemoContext, days: number) => new Date(context.now.getTime() - days * DAY);
const dateDaysAgo = (context: DemoContext, days: number) => daysAgo(context, days).toISOString().slice(0, 10);

type OrganizationPlan = { name: string; status: OrganizationStatus; industry: string; city: number; parent?: string; currency?: string; tags: string[] };

// Ten companies of the vocabulary plus two divisions of Oakridge: the parent with two divisions the demo shows.
const ORGANIZATIONS: OrganizationPlan[] = [
  ...COMPANY_NAMES.slice(0, 10).map((name, index) => ({
    name,
    status: pick<OrganizationStatus>(['active', 'active', 'prospect', 'active', 'active', 'inactive'], index),
    industry: pick(INDUSTRIES, index),
    city: index,
    currency: pick(CITIES, index).country === 'IE' || pick(CITIES, index).country === 'NL' ? 'EUR' : undefined,
    tags: index % 3 === 0 ? ['key account'] : index % 3 === 1 ? ['temp staffing'] : ['permanent'],
  })),
  { name: 'Oakridge Retail North', status: 'active', industry: 'Retail', city: 3, parent: 'Oakridge Retail Group', tags: ['temp staffing'] },
  { name: 'Oakridge Retail South', status: 'prospect', industry: 'Retail', city: 4, parent: 'Oakridge Retail Group', tags: [] },
];

const ROLE_SETS: ContactRole[][] = [['hiring_manager', 'decision_maker'], ['billing'], ['hiring_manager'], ['decision_maker'], []];

/** Demo clients: twelve organizations (one with two divisions) with invoicing terms, thirty contacts (two of whom moved), eight deals across the stages. */
export const seedClients: DemoSeed = async (context) => {
  const { tx, agencyId, team } = context;
  const ids = new Map<string, string>();
  for (const [index, plan] of ORGANIZATIONS.entries()) {
    const place = pick(CITIES, plan.city);
    const address: Address = { label: 'Head office', line1: `${10 + index * 7} ${pick(STREETS, index)}`, city: place.city, region: place.region, postalCode: place.postalCode, country: place.country };
    const at = daysAgo(context, 90 - index * 6);
    const [row] = await tx
      .insert(organizations)
      .values({
        agencyId,
        name: plan.name,
        status: plan.status,
        industry: plan.industry,
        website: `https://www.${slugOf(plan.name)}.example`,
        phone: `+44 20 7946 ${String(1000 + index * 37).slice(-4)}`,
        addresses: [address],
        ownerId: index % 3 === 2 ? team.manager.id : team.accounts.id,
        parentId: plan.parent ? ids.get(plan.parent) : null,
        billingAddress: { ...address, label: 'Accounts payable' },
        paymentTermsDays: pick([30, 45, 60, 14], index),
        currency: plan.currency ?? 'GBP',
        taxId: place.country === 'GB' ? `GB${String(100000000 + index * 7919).slice(0, 9)}` : `${place.country}${String(9000000 + index * 131)}`,
        defaultMarkupBp: pick([2200, 2500, 2800, null], index),
        defaultFeeBp: pick([1800, 2000, 1500, 2200], index),
        tags: plan.tags,
        notes: index === 0 ? 'Peak season runs September to January; temps need forklift licences.' : null,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: organizations.id });
    if (!row) {
      throw new Error('demo organization not inserted');
    }
    ids.set(plan.name, row.id);
  }
  const organizationIds = ORGANIZATIONS.map((plan) => ids.get(plan.name) ?? '');

  const contactIds: string[] = [];
  for (let index = 0; index < 30; index += 1) {
    const organizationId = pick(organizationIds, index);
    const firstName = pick(FIRST_NAMES, index);
    const lastName = pick(LAST_NAMES, index * 7 + 3);
    const title = pick(CONTACT_TITLES, index + Math.floor(index / ORGANIZATIONS.length));
    const roles = pick(ROLE_SETS, index);
    const startedDaysAgo = 400 - index * 9;
    const at = daysAgo(context, 60 - index * 2);
    const [contact] = await tx
      .insert(contacts)
      .values({
        agencyId,
        firstName,
        lastName,
        title,
        emails: [`${slugOf(firstName)}.${slugOf(lastName)}@${slugOf(ORGANIZATIONS[index % ORGANIZATIONS.length]?.name ?? 'client')}.example`],
        phones: [`+44 7700 9${String(10000 + index * 311).slice(-5)}`],
        organizationId,
        roles,
        ownerId: index % 2 === 0 ? team.accounts.id : team.manager.id,
        status: index % 11 === 10 ? 'inactive' : 'active',
        lastContactedAt: index % 4 === 0 ? daysAgo(context, index % 9) : null,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: contacts.id });
    if (!contact) {
      throw new Error('demo contact not inserted');
    }
    contactIds.push(contact.id);
    await tx.insert(contactEmployments).values({ agencyId, contactId: contact.id, organizationId, title, startedOn: dateDaysAgo(context, startedDaysAgo) });
    if (roles.includes('billing')) {
      await tx.update(organizations).set({ billingContactId: contact.id }).where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, organizationId)));
    }
  }

  // Two contacts changed employer while the agency knew them: the first employment ended, the current one began.
  for (const [index, from] of [
    [3, 6],
    [17, 9],
  ] as const) {
    const contactId = contactIds[index] ?? '';
    const previous = pick(organizationIds, from);
    await tx
      .update(contactEmployments)
      .set({ organizationId: previous, title: 'Recruitment Partner', endedOn: dateDaysAgo(context, 120 - index) })
      .where(and(eq(contactEmployments.agencyId, agencyId), eq(contactEmployments.contactId, contactId)));
    await tx.insert(contactEmployments).values({ agencyId, contactId, organizationId: pick(organizationIds, index), title: pick(CONTACT_TITLES, index), startedOn: dateDaysAgo(context, 120 - index) });
  }

  const dealPlans = [
    { title: 'Peak season warehouse temps', stage: 'negotiation', value: 8_400_000, org: 0 },
    { title: 'Graduate engineering intake', stage: 'proposal', value: 4_500_000, org: 2 },
    { title: 'Ward nurses framework', stage: 'discovery', value: 12_000_000, org: 3 },
    { title: 'Store manager search (North)', stage: 'lead', value: 1_800_000, org: 10 },
    { title: 'Platform team contractors', stage: 'won', value: 6_250_000, org: 5 },
    { title: 'Facilities cover 2027', stage: 'lead', value: null, org: 6 },
    { title: 'Finance transformation interims', stage: 'proposal', value: 3_900_000, org: 7 },
    { title: 'Site supervisors for new build', stage: 'lost', value: 2_100_000, org: 8 },
  ];
  for (const [index, plan] of dealPlans.entries()) {
    const organizationId = pick(organizationIds, plan.org);
    const at = daysAgo(context, 30 - index * 3);
    const [deal] = await tx
      .insert(deals)
      .values({
        agencyId,
        title: plan.title,
        organizationId,
        stage: plan.stage,
        valueMinor: plan.value,
        currency: pick(ORGANIZATIONS, plan.org).currency ?? 'GBP',
        expectedCloseOn: dateDaysAgo(context, -30 - index * 10),
        ownerId: index % 3 === 0 ? team.manager.id : team.accounts.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: deals.id });
    const people = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.agencyId, agencyId), eq(contacts.organizationId, organizationId)))
      .limit(2);
    if (deal && people.length > 0) {
      await tx.insert(dealContacts).values(people.map((person) => ({ agencyId, dealId: deal.id, contactId: person.id })));
    }
  }
};
