/** Clients (organizations, contacts, deals): values and labels shared by server and web. */
export const ORGANIZATION_STATUSES = ['prospect', 'active', 'inactive'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];
export const ORGANIZATION_STATUS_LABELS: Record<OrganizationStatus, string> = { prospect: 'Prospect', active: 'Active', inactive: 'Inactive' };

export const CONTACT_STATUSES = ['active', 'inactive'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const CONTACT_STATUS_LABELS: Record<ContactStatus, string> = { active: 'Active', inactive: 'Inactive' };

export const CONTACT_ROLES = ['hiring_manager', 'billing', 'decision_maker'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = { hiring_manager: 'Hiring manager', billing: 'Billing', decision_maker: 'Decision maker' };

/** Who may create and edit organizations, contacts and deals: the same roles as ROLE_SETS.clientWriters on the server. */
export const CLIENT_WRITER_ROLES = ['admin', 'manager', 'account_manager'] as const;

export const CLIENT_LIMITS = {
  addresses: 10,
  tags: 30,
  tagLength: 50,
  emails: 10,
  phones: 10,
  contactsPerDeal: 50,
  /** Largest deal value in minor units (a trillion in major units of a two-decimal currency). */
  valueMinorMax: 100_000_000_000_000,
} as const;

