import { type SQL, and, asc, count, desc, eq, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { contacts, dealContacts, deals, listItems, organizations, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { dealStages } from '../organizations/references';
import type { TDealBoardQuery, TListDealsQuery } from './schema';

const owners = alias(users, 'owner');
const stages = alias(listItems, 'stage_item');

const listColumns = { deal: deals, organizationName: organizations.name, ownerName: owners.name, stageLabel: stages.label };
export type DealListRow = { deal: typeof deals.$inferSelect; organizationName: string; ownerName: string | null; stageLabel: string | null };

/** Deals with their organization, owner and stage label: joins on keys, never a query per row. */
function baseSelect(tx: Executor) {
  return tx
    .select(listColumns)
    .from(deals)
    .innerJoin(organizations, and(eq(organizations.agencyId, deals.agencyId), eq(organizations.id, deals.organizationId)))
    .leftJoin(owners, and(eq(owners.agencyId, deals.agencyId), eq(owners.id, deals.ownerId)))
    .leftJoin(stages, and(eq(stages.agencyId, deals.agencyId), eq(stages.list, 'deal_stages'), eq(stages.value, deals.stage)));
}

const filters = (agencyId: string, query: { stage?: string; organizationId?: string; ownerId?: string }): (SQL | undefined)[] => [
  eq(deals.agencyId, agencyId),
  query.stage ? eq(deals.stage, query.stage) : undefined,
  query.organizationId ? eq(deals.organizationId, query.organizationId) : undefined,
  query.ownerId ? eq(deals.ownerId, query.ownerId) : undefined,
];

/** Deals of the agency, most recently changed first, keyset-paginated. */
export async function listDeals(tx: Executor, agencyId: string, query: TListDealsQuery) {
  const rows = await baseSelect(tx)
    .where(and(...filters(agencyId, query), afterCursorDesc(deals.updatedAt, deals.id, query.cursor)))
    .orderBy(desc(deals.updatedAt), desc(deals.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.deal.updatedAt.toISOString(), row.deal.id]);
}

/** The most recent deals a board column shows; the column's count and totals still cover all of them. */
export const BOARD_COLUMN_LIMIT = 100;

/**
 * The deal board: one column per stage of the agency's deal_stages list, in list order (an archived stage only while
 * deals still sit in it), each with its most recent deals, its count and its total value per currency.
 */
export async function getDealBoard(tx: Executor, agencyId: string, query: TDealBoardQuery) {
  const where = filters(agencyId, query);
  const [stageList, totals] = await Promise.all([
    dealStages(tx, agencyId),
    tx
      .select({ stage: deals.stage, currency: deals.currency, deals: count(), valueMinor: sum(deals.valueMinor).mapWith(Number) })
      .from(deals)
      .where(and(...where))
      .groupBy(deals.stage, deals.currency)
      .orderBy(deals.stage, deals.currency),
  ]);
  const shown = stageList.filter((stage) => !stage.archived || totals.some((total) => total.stage === stage.value));
  const columns = [];
  for (const stage of shown) {
    // One query per column: a fixed few (the stage list), each served by the (agency_id, stage, updated_at, id) index.
    const items = await baseSelect(tx)
      .where(and(...where, eq(deals.stage, stage.value)))
      .orderBy(desc(deals.updatedAt), desc(deals.id))
      .limit(BOARD_COLUMN_LIMIT);
    const stageTotals = totals.filter((total) => total.stage === stage.value);
    const dealCount = stageTotals.reduce((n, total) => n + total.deals, 0);
    columns.push({
      stage: stage.value,
      label: stage.label,
      archived: stage.archived,
      count: dealCount,
      totals: stageTotals.map((total) => ({ currency: total.currency, valueMinor: total.valueMinor || 0 })),
      items,
      hasMore: dealCount > items.length,
    });
  }
  return columns;
}

/** One deal row of the agency; another agency's is simply not found. */
export const getDealRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, deals, agencyId, id, 'Deal', options);

export async function dealContactIds(tx: Executor, agencyId: string, dealId: string): Promise<string[]> {
  const rows = await tx
    .select({ contactId: dealContacts.contactId })
    .from(dealContacts)
    .where(and(eq(dealContacts.agencyId, agencyId), eq(dealContacts.dealId, dealId)));
  return rows.map((row) => row.contactId).sort();
}

/** The deal page: the deal with its organization, owner, stage label and contacts. */
export async function getDealDetail(tx: Executor, agencyId: string, id: string) {
  const [row] = await baseSelect(tx).where(and(eq(deals.agencyId, agencyId), eq(deals.id, id)));
  if (!row) {
    throw notFound('Deal');
  }
  const people = await tx
    .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, title: contacts.title })
    .from(dealContacts)
    .innerJoin(contacts, and(eq(contacts.agencyId, dealContacts.agencyId), eq(contacts.id, dealContacts.contactId)))
    .where(and(eq(dealContacts.agencyId, agencyId), eq(dealContacts.dealId, id)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  return { ...row, contacts: people };
}

export type DealDetailRow = Awaited<ReturnType<typeof getDealDetail>>;
