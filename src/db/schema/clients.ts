import { sql } from 'drizzle-orm';
import { bigint, date, foreignKey, index, integer, jsonb, pgTable, type PgTableExtraConfigValue, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { editableColumns, instant, tenantColumns } from './columns';
import { users } from './users';

export const organizationStatuses = ['prospect', 'active', 'inactive'] as const;
export const contactStatuses = ['active', 'inactive'] as const;
export const contactRoles = ['hiring_manager', 'billing', 'decision_maker'] as const;

export type Address = { label: string; line1: string; line2?: string; city: string; region?: string; postalCode?: string; country: string };

/** Client organizations; a division points at its parent. */
export const organizations = pgTable(
  'organizations',
  {
    ...tenantColumns(),
    ...editableColumns(),
    name: text('name').notNull(),
    status: text('status', { enum: organizationStatuses }).notNull().default('prospect'),
    industry: text('industry'),
    website: text('website'),
    phone: text('phone'),
    addresses: jsonb('addresses').$type<Address[]>().notNull().default([]),
    ownerId: uuid('owner_id'),
    parentId: uuid('parent_id'),
    billingContactId: uuid('billing_contact_id'),
    billingAddress: jsonb('billing_address').$type<Address | null>(),
    paymentTermsDays: integer('payment_terms_days').notNull().default(30),
    currency: text('currency').notNull(),
    taxId: text('tax_id'),
    /** Tax charged on its invoices, in basis points (2000 = 20 %). */
    taxRateBp: integer('tax_rate_bp').notNull().default(0),
    /** Default markup on pay rates (temporary work) and fee on salary (permanent), in basis points. */
    defaultMarkupBp: integer('default_markup_bp'),
    defaultFeeBp: integer('default_fee_bp'),
    notes: text('notes'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
  },
  // Annotated: the billing-contact key makes organizations and contacts refer to each other.
  (t): PgTableExtraConfigValue[] => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'organizations_owner_fk' }),
    foreignKey({ columns: [t.agencyId, t.parentId], foreignColumns: [t.agencyId, t.id], name: 'organizations_parent_fk' }),
    foreignKey({ columns: [t.agencyId, t.billingContactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'organizations_billing_contact_fk' }),
    index('organizations_updated_idx').on(t.agencyId, t.updatedAt, t.id),
    index('organizations_name_idx').on(t.agencyId, sql`lower(${t.name})`, t.id),
    index('organizations_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('organizations_status_idx').on(t.agencyId, t.status, t.updatedAt, t.id),
    index('organizations_owner_idx').on(t.agencyId, t.ownerId, t.updatedAt, t.id),
    index('organizations_industry_idx').on(t.agencyId, sql`lower(${t.industry})`, t.updatedAt, t.id),
    index('organizations_parent_idx').on(t.agencyId, t.parentId),
    index('organizations_billing_contact_idx').on(t.agencyId, t.billingContactId),
    index('organizations_tags_idx').using('gin', t.tags),
  ],
);

/** People at client organizations. `organizationId` is where they are now; `contact_employments` keeps where they were. */
export const contacts = pgTable(
  'contacts',
  {
    ...tenantColumns(),
    ...editableColumns(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    title: text('title'),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    organizationId: uuid('organization_id').notNull(),
    roles: text('roles', { enum: contactRoles }).array().notNull().default(sql`'{}'::text[]`),
    ownerId: uuid('owner_id'),
    status: text('status', { enum: contactStatuses }).notNull().default('active'),
    lastContactedAt: instant('last_contacted_at'),
    notes: text('notes'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'contacts_organization_fk' }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'contacts_owner_fk' }),
    index('contacts_updated_idx').on(t.agencyId, t.updatedAt, t.id),
    index('contacts_last_name_idx').on(t.agencyId, sql`lower(${t.lastName})`, t.id),
    index('contacts_first_name_idx').on(t.agencyId, sql`lower(${t.firstName})`, t.id),
    index('contacts_organization_idx').on(t.agencyId, t.organizationId, t.updatedAt, t.id),
    index('contacts_owner_idx').on(t.agencyId, t.ownerId, t.updatedAt, t.id),
    index('contacts_status_idx').on(t.agencyId, t.status, t.updatedAt, t.id),
    index('contacts_emails_idx').using('gin', t.emails),
  ],
);

/** Where a contact has worked while the agency knew them: moving organizations closes one row and opens the next. */
export const contactEmployments = pgTable(
  'contact_employments',
  {
    ...tenantColumns(),
    contactId: uuid('contact_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    title: text('title'),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.contactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'contact_employments_contact_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'contact_employments_organization_fk' }),
    index('contact_employments_contact_idx').on(t.agencyId, t.contactId, t.startedOn),
    index('contact_employments_organization_idx').on(t.agencyId, t.organizationId),
  ],
);

/** Commercial opportunities; `stage` is a value of the agency's `deal_stages` list. */
export const deals = pgTable(
  'deals',
  {
    ...tenantColumns(),
    ...editableColumns(),
    title: text('title').notNull(),
    organizationId: uuid('organization_id').notNull(),
    stage: text('stage').notNull(),
    valueMinor: bigint('value_minor', { mode: 'number' }),
    currency: text('currency').notNull(),
    expectedCloseOn: date('expected_close_on'),
    ownerId: uuid('owner_id'),
    notes: text('notes'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'deals_organization_fk' }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'deals_owner_fk' }),
    index('deals_updated_idx').on(t.agencyId, t.updatedAt, t.id),
    index('deals_stage_idx').on(t.agencyId, t.stage, t.updatedAt, t.id),
    index('deals_organization_idx').on(t.agencyId, t.organizationId, t.updatedAt, t.id),
    index('deals_owner_idx').on(t.agencyId, t.ownerId, t.updatedAt, t.id),
    // The board's count and total per stage and currency, read from the index alone.
    index('deals_board_totals_idx').on(t.agencyId, t.stage, t.currency, t.valueMinor),
  ],
);

export const dealContacts = pgTable(
  'deal_contacts',
  {
    agencyId: uuid('agency_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    contactId: uuid('contact_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.dealId, t.contactId] }),
    foreignKey({ columns: [t.agencyId, t.dealId], foreignColumns: [deals.agencyId, deals.id], name: 'deal_contacts_deal_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.contactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'deal_contacts_contact_fk' }),
    index('deal_contacts_contact_idx').on(t.agencyId, t.contactId),
  ],
);
