import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import {
  assignments,
  candidates,
  contacts,
  deals,
  employees,
  jobs,
  organizations,
  placementChecklistItems,
  placementFollowUps,
  placementIssues,
  placementRepeatOrders,
  placements,
  users,
} from '../../db/schema';
import { personName } from '../../platform/name-search';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { TPlacementListQuery } from './schema';

export type PlacementRow = typeof placements.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;

export const getPlacementRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, placements, agencyId, id, 'Placement', options);

export async function getAssignmentOf(tx: Executor, agencyId: string, placementId: string, options: FindOptions = {}): Promise<AssignmentRow> {
  const query = tx.select().from(assignments).where(and(eq(assignments.agencyId, agencyId), eq(assignments.placementId, placementId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw new Error(`placement ${placementId} has no assignment`);
  }
  return row;
}

/** Candidates placed for the first time have never had an employee record (PRODUCT.md §6). */
export async function employeeCandidateIds(tx: Executor, agencyId: string, candidateIds: readonly string[]): Promise<Set<string>> {
  if (candidateIds.length === 0) {
    return new Set();
  }
  const rows = await tx
    .select({ candidateId: employees.candidateId })
    .from(employees)
    .where(and(eq(employees.agencyId, agencyId), inArray(employees.candidateId, [...candidateIds])));
  return new Set(rows.map((row) => row.candidateId));
}

const recruiter = alias(users, 'recruiter');
const accountManager = alias(users, 'account_manager');

/** Per-placement figures of the overview, computed in SQL beside each row (no query per row). */
const figures = {
  checklistTotal: sql<number>`(select count(*)::int from ${placementChecklistItems} i where i.agency_id = ${placements.agencyId} and i.placement_id = ${placements.id})`,
  checklistDone: sql<number>`(select count(*)::int from ${placementChecklistItems} i where i.agency_id = ${placements.agencyId} and i.placement_id = ${placements.id} and i.done_at is not null)`,
  billingItemDone: sql<boolean>`exists (select 1 from ${placementChecklistItems} i where i.agency_id = ${placements.agencyId} and i.placement_id = ${placements.id} and i.kind = 'billing_set_up' and i.done_at is not null)`,
  followUpsTotal: sql<number>`(select count(*)::int from ${placementFollowUps} f where f.agency_id = ${placements.agencyId} and f.placement_id = ${placements.id})`,
  followUpsDone: sql<number>`(select count(*)::int from ${placementFollowUps} f where f.agency_id = ${placements.agencyId} and f.placement_id = ${placements.id} and f.done_at is not null)`,
  openIssues: sql<number>`(select count(*)::int from ${placementIssues} s where s.agency_id = ${placements.agencyId} and s.placement_id = ${placements.id} and s.resolved_at is null)`,
  isEmployee: sql<boolean>`exists (select 1 from ${employees} e where e.agency_id = ${placements.agencyId} and e.candidate_id = ${placements.candidateId})`,
};

const summaryColumns = {
  placement: placements,
  assignmentStatus: assignments.status,
  candidateName: personName(candidates),
  jobNumber: jobs.number,
  jobTitle: jobs.title,
  organizationName: organizations.name,
  recruiterName: recruiter.name,
  accountManagerName: accountManager.name,
  ...figures,
};

function summaryQuery(tx: Executor) {
  return tx
    .select(summaryColumns)
    .from(placements)
    .innerJoin(assignments, and(eq(assignments.agencyId, placements.agencyId), eq(assignments.placementId, placements.id)))
    .innerJoin(candidates, and(eq(candidates.agencyId, placements.agencyId), eq(candidates.id, placements.candidateId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, placements.agencyId), eq(jobs.id, placements.jobId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, placements.agencyId), eq(organizations.id, placements.organizationId)))
    .leftJoin(recruiter, and(eq(recruiter.agencyId, placements.agencyId), eq(recruiter.id, placements.recruiterId)))
    .leftJoin(accountManager, and(eq(accountManager.agencyId, placements.agencyId), eq(accountManager.id, placements.accountManagerId)));
}

export type PlacementSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/** The placements overview: newest placed first, keyset pages, filters on indexed columns. */
export async function listPlacements(tx: Executor, agencyId: string, query: TPlacementListQuery) {
  const rows = await summaryQuery(tx)
    .where(
      and(
        eq(placements.agencyId, agencyId),
        query.status ? eq(placements.status, query.status) : undefined,
        query.ownerId ? or(eq(placements.recruiterId, query.ownerId), eq(placements.accountManagerId, query.ownerId)) : undefined,
        query.organizationId ? eq(placements.organizationId, query.organizationId) : undefined,
        query.employmentType ? eq(placements.employmentType, query.employmentType) : undefined,
        query.startFrom ? gte(placements.startOn, query.startFrom) : undefined,
        query.startTo ? lte(placements.startOn, query.startTo) : undefined,
        query.candidateId ? eq(placements.candidateId, query.candidateId) : undefined,
        query.jobId ? eq(placements.jobId, query.jobId) : undefined,
        query.entryId ? eq(placements.entryId, query.entryId) : undefined,
        afterCursorDesc(placements.placedAt, placements.id, query.cursor),
      ),
    )
    .orderBy(desc(placements.placedAt), desc(placements.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.placement.placedAt.toISOString(), row.placement.id]);
}

export async function getPlacementSummary(tx: Executor, agencyId: string, id: string): Promise<PlacementSummaryRow> {
  const [row] = await summaryQuery(tx).where(and(eq(placements.agencyId, agencyId), eq(placements.id, id)));
  if (!row) {
    throw new Error(`placement ${id} vanished`);
  }
  return row;
}

const owner = alias(users, 'owner');

/** Everything the placement page shows besides the summary: a fixed set of queries. */
export async function getPlacementParts(tx: Executor, agencyId: string, placement: PlacementRow) {
  const byPlacement = (table: { agencyId: AnyPgColumn; placementId: AnyPgColumn }) => and(eq(table.agencyId, agencyId), eq(table.placementId, placement.id));
  const linked = alias(placements, 'linked');
  const linkedCandidate = alias(candidates, 'linked_candidate');
  const linkedPlacement = (condition: ReturnType<typeof eq>) =>
    tx
      .select({ id: linked.id, number: linked.number, status: linked.status, candidateName: personName(linkedCandidate) })
      .from(linked)
      .innerJoin(linkedCandidate, and(eq(linkedCandidate.agencyId, linked.agencyId), eq(linkedCandidate.id, linked.candidateId)))
      .where(and(eq(linked.agencyId, agencyId), condition));
  const [assignment, checklist, followUps, issues, repeatOrders, replaces, replacedBy, people] = await Promise.all([
    getAssignmentOf(tx, agencyId, placement.id),
    tx
      .select({ item: placementChecklistItems, ownerName: owner.name })
      .from(placementChecklistItems)
      .leftJoin(owner, and(eq(owner.agencyId, placementChecklistItems.agencyId), eq(owner.id, placementChecklistItems.ownerId)))
      .where(byPlacement(placementChecklistItems))
      .orderBy(asc(placementChecklistItems.position)),
    tx
      .select({ followUp: placementFollowUps, ownerName: owner.name })
      .from(placementFollowUps)
      .leftJoin(owner, and(eq(owner.agencyId, placementFollowUps.agencyId), eq(owner.id, placementFollowUps.ownerId)))
      .where(byPlacement(placementFollowUps))
      .orderBy(asc(placementFollowUps.dueOn), asc(placementFollowUps.party)),
    tx.select().from(placementIssues).where(byPlacement(placementIssues)).orderBy(desc(placementIssues.createdAt)),
    tx
      .select({ jobId: placementRepeatOrders.jobId, dealId: placementRepeatOrders.dealId, jobTitle: jobs.title, jobNumber: jobs.number, dealTitle: deals.title })
      .from(placementRepeatOrders)
      .leftJoin(jobs, and(eq(jobs.agencyId, placementRepeatOrders.agencyId), eq(jobs.id, placementRepeatOrders.jobId)))
      .leftJoin(deals, and(eq(deals.agencyId, placementRepeatOrders.agencyId), eq(deals.id, placementRepeatOrders.dealId)))
      .where(byPlacement(placementRepeatOrders))
      .orderBy(asc(placementRepeatOrders.createdAt)),
    placement.replacesPlacementId ? linkedPlacement(eq(linked.id, placement.replacesPlacementId)) : Promise.resolve([]),
    linkedPlacement(eq(linked.replacesPlacementId, placement.id)),
    contactNames(tx, agencyId, [placement.billingContactId]),
  ]);
  return { assignment, checklist, followUps, issues, repeatOrders, replaces: replaces[0] ?? null, replacedBy, contacts: people };
}

/** Names of contacts by id (billing and hiring contacts). */
export async function contactNames(tx: Executor, agencyId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await tx
    .select({ id: contacts.id, name: personName(contacts) })
    .from(contacts)
    .where(and(eq(contacts.agencyId, agencyId), inArray(contacts.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * B3: candidates being placed for the first time (no employee record) with their pending placements, oldest
 * placement first. Two queries: the pending placements of non-employees, then nothing per row.
 */
export async function listHiring(tx: Executor, agencyId: string) {
  return tx
    .select({
      placementId: placements.id,
      number: placements.number,
      employmentType: placements.employmentType,
      startOn: placements.startOn,
      placedAt: placements.placedAt,
      candidateId: candidates.id,
      candidateName: personName(candidates),
      candidateStatus: candidates.status,
      jobTitle: jobs.title,
      organizationName: organizations.name,
    })
    .from(placements)
    .innerJoin(candidates, and(eq(candidates.agencyId, placements.agencyId), eq(candidates.id, placements.candidateId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, placements.agencyId), eq(jobs.id, placements.jobId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, placements.agencyId), eq(organizations.id, placements.organizationId)))
    .leftJoin(employees, and(eq(employees.agencyId, placements.agencyId), eq(employees.candidateId, placements.candidateId)))
    .where(and(eq(placements.agencyId, agencyId), eq(placements.status, 'pending'), isNull(employees.id)))
    .orderBy(asc(candidates.lastName), asc(candidates.firstName), asc(candidates.id), asc(placements.placedAt));
}

/** The job's hiring contact (id and name), whom client follow-ups and confirmations are about. */
export async function hiringContactOf(tx: Executor, agencyId: string, jobId: string): Promise<{ id: string; name: string } | null> {
  const [row] = await tx
    .select({ id: contacts.id, name: personName(contacts) })
    .from(jobs)
    .innerJoin(contacts, and(eq(contacts.agencyId, jobs.agencyId), eq(contacts.id, jobs.contactId)))
    .where(and(eq(jobs.agencyId, agencyId), eq(jobs.id, jobId)));
  return row ?? null;
}
