import { type SQL, and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { contactEmployments, contacts, organizations, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { afterCursorAsc, afterCursorDesc, toPage } from '../../platform/pagination';
import { personNamePrefix } from '../../platform/name-search';
import type { TListContactsQuery } from './schema';

const owners = alias(users, 'owner');
const lowerFirst = sql<string>`lower(${contacts.firstName})`;
const lowerLast = sql<string>`lower(${contacts.lastName})`;

const listColumns = { contact: contacts, organizationName: organizations.name, ownerName: owners.name };
export type ContactListRow = { contact: typeof contacts.$inferSelect; organizationName: string; ownerName: string | null };

/** What was typed chooses the index: an address (has "@") is an exact email on the emails GIN index, else a name prefix. */
function searchCondition(q: string): SQL | undefined {
  if (q.includes('@')) {
    return sql`${contacts.emails} @> ARRAY[${q.toLowerCase()}]::text[]`;
  }
  return personNamePrefix(lowerFirst, lowerLast, q);
}

function baseSelect(tx: Executor) {
  return tx
    .select(listColumns)
    .from(contacts)
    .innerJoin(organizations, and(eq(organizations.agencyId, contacts.agencyId), eq(organizations.id, contacts.organizationId)))
    .leftJoin(owners, and(eq(owners.agencyId, contacts.agencyId), eq(owners.id, contacts.ownerId)));
}

/** Contacts of the agency, most recently changed first or by last name, keyset-paginated. */
export async function listContacts(tx: Executor, agencyId: string, query: TListContactsQuery) {
  const byName = query.sort === 'name';
  const filters = [
    eq(contacts.agencyId, agencyId),
    query.organizationId ? eq(contacts.organizationId, query.organizationId) : undefined,
    query.ownerId ? eq(contacts.ownerId, query.ownerId) : undefined,
    query.status ? eq(contacts.status, query.status) : undefined,
    query.role ? sql`${contacts.roles} @> ARRAY[${query.role}]::text[]` : undefined,
    query.q ? searchCondition(query.q) : undefined,
  ];
  if (query.q?.includes('@')) {
    // An address matches a handful of contacts. With ORDER BY or LIMIT the planner walks the updated_at index or
    // the table looking for them (0.15–0.6 s at 1M contacts); asked plainly it takes the emails GIN index (~5 ms).
    // Ids first, then the rows by id: joined in one statement, the GIN estimate (hundreds of rows) makes the planner hash
    // every organization of the agency to label a handful of contacts.
    const ids = await tx.select({ id: contacts.id }).from(contacts).where(and(...filters));
    const hits = ids.length === 0 ? [] : await baseSelect(tx).where(and(eq(contacts.agencyId, agencyId), inArray(contacts.id, ids.map((row) => row.id))));
    const ordered = hits.sort((a, b) =>
      byName ? a.contact.lastName.toLowerCase().localeCompare(b.contact.lastName.toLowerCase()) : b.contact.updatedAt.getTime() - a.contact.updatedAt.getTime(),
    );
    return { data: query.cursor ? [] : ordered.slice(0, query.limit), nextCursor: null };
  }
  const rows = await baseSelect(tx)
    .where(and(...filters, byName ? afterCursorAsc(lowerLast, contacts.id, query.cursor) : afterCursorDesc(contacts.updatedAt, contacts.id, query.cursor)))
    .orderBy(...(byName ? [asc(lowerLast), asc(contacts.id)] : [desc(contacts.updatedAt), desc(contacts.id)]))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => (byName ? [row.contact.lastName.toLowerCase(), row.contact.id] : [row.contact.updatedAt.toISOString(), row.contact.id]));
}

/** One contact row of the agency; another agency's is simply not found. */
export const getContactRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, contacts, agencyId, id, 'Contact', options);

/** The contact page: the contact, where they work and who owns them, and every organization they worked at, latest first. */
export async function getContactDetail(tx: Executor, agencyId: string, id: string) {
  const [row] = await baseSelect(tx).where(and(eq(contacts.agencyId, agencyId), eq(contacts.id, id)));
  if (!row) {
    throw notFound('Contact');
  }
  const employments = await tx
    .select({
      id: contactEmployments.id,
      organizationId: contactEmployments.organizationId,
      organizationName: organizations.name,
      title: contactEmployments.title,
      startedOn: contactEmployments.startedOn,
      endedOn: contactEmployments.endedOn,
    })
    .from(contactEmployments)
    .innerJoin(organizations, and(eq(organizations.agencyId, contactEmployments.agencyId), eq(organizations.id, contactEmployments.organizationId)))
    .where(and(eq(contactEmployments.agencyId, agencyId), eq(contactEmployments.contactId, id)))
    .orderBy(desc(contactEmployments.startedOn), sql`${contactEmployments.endedOn} DESC NULLS FIRST`, desc(contactEmployments.createdAt));
  return { ...row, employments };
}

export type ContactDetailRow = Awaited<ReturnType<typeof getContactDetail>>;
