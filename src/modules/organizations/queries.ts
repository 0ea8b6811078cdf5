import { type SQL, and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Executor, resultRows } from '../../db/client';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { contacts, deals, organizations, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { namePrefix, personName } from '../../platform/name-search';
import { afterCursorAsc, afterCursorDesc, toPage } from '../../platform/pagination';
import type { TListOrganizationsQuery, TOrganizationFilters } from './schema';

const owners = alias(users, 'owner');
const lowerName = sql<string>`lower(${organizations.name})`;

/** The columns of a list row: the organization and its owner's name (one join, no query per row). */
const listColumns = { organization: organizations, ownerName: owners.name };

export type OrganizationListRow = { organization: typeof organizations.$inferSelect; ownerName: string | null };

function filterConditions(agencyId: string, filters: Omit<TOrganizationFilters, 'sort' | 'q'>): (SQL | undefined)[] {
  return [
    eq(organizations.agencyId, agencyId),
    filters.status ? eq(organizations.status, filters.status) : undefined,
    filters.ownerId ? eq(organizations.ownerId, filters.ownerId) : undefined,
    filters.parentId ? eq(organizations.parentId, filters.parentId) : undefined,
    filters.industry ? sql`lower(${organizations.industry}) = ${filters.industry.toLowerCase()}` : undefined,
    filters.tag ? sql`${organizations.tags} @> ARRAY[${filters.tag}]::text[]` : undefined,
  ];
}

/**
 * Organizations of the agency, most recently changed first or by name, keyset-paginated. A search is a name prefix;
 * when the first page finds fewer than a page of names, names that look like the text (typos, a later word) follow
 * it, best match first, on that one page.
 */
export async function listOrganizations(tx: Executor, agencyId: string, query: TListOrganizationsQuery) {
  const base = filterConditions(agencyId, query);
  const byName = query.sort === 'name';
  const rows = await tx
    .select(listColumns)
    .from(organizations)
    .leftJoin(owners, and(eq(owners.agencyId, organizations.agencyId), eq(owners.id, organizations.ownerId)))
    .where(
      and(
        ...base,
        query.q ? namePrefix(lowerName, query.q) : undefined,
        byName ? afterCursorAsc(lowerName, organizations.id, query.cursor) : afterCursorDesc(organizations.updatedAt, organizations.id, query.cursor),
      ),
    )
    .orderBy(...(byName ? [asc(lowerName), asc(organizations.id)] : [desc(organizations.updatedAt), desc(organizations.id)]))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => (byName ? [row.organization.name.toLowerCase(), row.organization.id] : [row.organization.updatedAt.toISOString(), row.organization.id]));
  if (!query.q || query.cursor || page.data.length >= query.limit) {
    return page;
  }
  const q = query.q.toLowerCase();
  const similar = await tx
    .select(listColumns)
    .from(organizations)
    .leftJoin(owners, and(eq(owners.agencyId, organizations.agencyId), eq(owners.id, organizations.ownerId)))
    .where(and(...base, sql`${q} <% ${lowerName}`, sql`NOT starts_with(${lowerName}, ${q})`))
    .orderBy(sql`word_similarity(${q}, ${lowerName}) DESC`, asc(organizations.id))
    .limit(query.limit - page.data.length);
  return { data: [...page.data, ...similar], nextCursor: null };
}

/** One organization row of the agency; another agency's is simply not found. */
export const getOrganizationRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, organizations, agencyId, id, 'Organization', options);

const parents = alias(organizations, 'parent');
const billingContacts = alias(contacts, 'billing_contact');

/** The organization page: the record with its owner, parent, divisions, billing contact, and how many contacts and deals it has. */
export async function getOrganizationDetail(tx: Executor, agencyId: string, id: string) {
  const [row] = await tx
    .select({
      organization: organizations,
      ownerName: owners.name,
      parent: { id: parents.id, name: parents.name, status: parents.status },
      billingContactName: personName<string | null>(billingContacts),
    })
    .from(organizations)
    .leftJoin(owners, and(eq(owners.agencyId, organizations.agencyId), eq(owners.id, organizations.ownerId)))
    .leftJoin(parents, and(eq(parents.agencyId, organizations.agencyId), eq(parents.id, organizations.parentId)))
    .leftJoin(billingContacts, and(eq(billingContacts.agencyId, organizations.agencyId), eq(billingContacts.id, organizations.billingContactId)))
    .where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, id)));
  if (!row) {
    throw notFound('Organization');
  }
  const [children, [contactCount], [dealCount]] = await Promise.all([
    tx
      .select({ id: organizations.id, name: organizations.name, status: organizations.status })
      .from(organizations)
      .where(and(eq(organizations.agencyId, agencyId), eq(organizations.parentId, id)))
      .orderBy(asc(lowerName))
      .limit(200),
    tx.select({ n: count() }).from(contacts).where(and(eq(contacts.agencyId, agencyId), eq(contacts.organizationId, id))),
    tx.select({ n: count() }).from(deals).where(and(eq(deals.agencyId, agencyId), eq(deals.organizationId, id))),
  ]);
  return {
    ...row,
    parent: row.parent?.id ? row.parent : null,
    children,
    contactCount: contactCount?.n ?? 0,
    dealCount: dealCount?.n ?? 0,
  };
}

export type OrganizationDetailRow = Awaited<ReturnType<typeof getOrganizationDetail>>;

/** True when `candidateId` is the organization itself or one of its divisions (at any depth): it cannot become its parent. */
export async function isSelfOrDescendant(tx: Executor, agencyId: string, organizationId: string, candidateId: string): Promise<boolean> {
  if (organizationId === candidateId) {
    return true;
  }
  // Walk up from the candidate through its parents (primary-key lookups); UNION stops on any loop already there.
  const result = await tx.execute(sql`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM organizations WHERE agency_id = ${agencyId} AND id = ${candidateId}
      UNION
      SELECT o.id, o.parent_id FROM organizations o JOIN up ON o.agency_id = ${agencyId} AND o.id = up.parent_id
    )
    SELECT 1 AS hit FROM up WHERE id = ${organizationId} LIMIT 1`);
  return resultRows(result).length > 0;
}
