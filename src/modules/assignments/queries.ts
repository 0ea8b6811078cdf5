import { type SQL, and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignmentEvents, assignmentRates, assignments, candidates, employees, invoiceClaims, invoices, jobs, organizations, placements } from '../../db/schema';
import { invoiceReference } from '../../domain/invoices';
import type { RecordRef } from '../../platform/errors';
import { personName, personNamePrefix } from '../../platform/name-search';
import { decodeCursor, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { OPEN_ASSIGNMENT_STATUSES } from '../../shared/back-office';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../../shared/pipeline';
import type { TAssignmentListQuery } from './schema';

export type AssignmentRow = typeof assignments.$inferSelect;
export type AssignmentRateRow = typeof assignmentRates.$inferSelect;

/** An assignment of the agency (404 otherwise); `forUpdate` locks it for the caller's change (timesheets, expenses, B11). */
export const assignmentForEntry = (tx: Executor, agencyId: string, id: string, options?: FindOptions): Promise<AssignmentRow> => findTenantRow(tx, assignments, agencyId, id, 'Assignment', options);

/** How a refusal names an invoice: its reference once issued (invoice INV-0042), else "a draft invoice". */
const invoiceLabel = (number: number | null): string => `invoice ${invoiceReference(number) ?? '(draft)'}`;

/**
 * B12: the non-void invoices that hold time, expenses or a fee of each assignment. A void invoice has no claims
 * left (voiding deletes them), so every claim found is on a draft, issued or paid invoice.
 */
export async function invoicesHolding(tx: Executor, agencyId: string, assignmentIds: readonly string[]): Promise<Map<string, RecordRef[]>> {
  const held = new Map<string, RecordRef[]>();
  if (assignmentIds.length === 0) {
    return held;
  }
  const rows = await tx
    .selectDistinct({ assignmentId: invoiceClaims.assignmentId, id: invoices.id, number: invoices.number })
    .from(invoiceClaims)
    .innerJoin(invoices, and(eq(invoices.agencyId, invoiceClaims.agencyId), eq(invoices.id, invoiceClaims.invoiceId)))
    .where(and(eq(invoiceClaims.agencyId, agencyId), inArray(invoiceClaims.assignmentId, [...assignmentIds])))
    .orderBy(asc(invoices.number));
  for (const row of rows) {
    held.set(row.assignmentId, [...(held.get(row.assignmentId) ?? []), { type: 'invoice', id: row.id, label: invoiceLabel(row.number) }]);
  }
  return held;
}

/** The rates in force on a day (or, before the first starts, the first), as one JSON value per assignment row. */
const currentRates = (day: string) => sql<CurrentRatesJson | null>`(
  select json_build_object('currency', r.currency, 'unit', r.unit, 'payRegularMinor', r.pay_regular_minor, 'billRegularMinor', r.bill_regular_minor)
  from ${assignmentRates} r
  where r.agency_id = ${assignments.agencyId} and r.assignment_id = ${assignments.id}
  order by (r.effective_from <= ${day}::date) desc, case when r.effective_from <= ${day}::date then r.effective_from end desc, r.effective_from asc
  limit 1)`;
export type CurrentRatesJson = { currency: string; unit: 'hour' | 'day'; payRegularMinor: number; billRegularMinor: number };

function summaryQuery(tx: Executor, today: string) {
  return tx
    .select({
      assignment: assignments,
      candidateName: personName(candidates),
      candidateKey: sql<string>`lower(${candidates.lastName} || ' ' || ${candidates.firstName})`,
      jobNumber: jobs.number,
      jobTitle: jobs.title,
      organizationName: organizations.name,
      placementNumber: placements.number,
      employeeId: employees.id,
      employeeNumber: employees.number,
      employeeStatus: employees.status,
      currentRates: currentRates(today),
    })
    .from(assignments)
    .innerJoin(candidates, and(eq(candidates.agencyId, assignments.agencyId), eq(candidates.id, assignments.candidateId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, assignments.agencyId), eq(organizations.id, assignments.organizationId)))
    .innerJoin(placements, and(eq(placements.agencyId, assignments.agencyId), eq(placements.id, assignments.placementId)))
    .leftJoin(employees, and(eq(employees.agencyId, assignments.agencyId), eq(employees.candidateId, assignments.candidateId)));
}
export type AssignmentSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

// Dates sort with the missing ones last whichever the direction, through a sentinel the cursor can carry.
const NO_DATE = '9999-12-31';
const SORT_EXPRESSIONS = {
  startOn: sql<string>`coalesce(${assignments.startOn}, ${NO_DATE}::date)::text`,
  endOn: sql<string>`coalesce(${assignments.endOn}, ${NO_DATE}::date)::text`,
  candidate: sql<string>`lower(${candidates.lastName} || ' ' || ${candidates.firstName})`,
  status: sql<string>`${assignments.status}::text`,
} as const;

/** The statuses a list filter asks for: B5's default is `active` + `needs_approval`. */
export function statusesOf(filter: string | undefined): readonly AssignmentStatus[] {
  if (!filter) {
    return OPEN_ASSIGNMENT_STATUSES;
  }
  return filter === 'all' ? ASSIGNMENT_STATUSES : (filter.split(',') as AssignmentStatus[]);
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

function filtersOf(agencyId: string, query: Omit<TAssignmentListQuery, 'limit' | 'cursor' | 'sort' | 'dir'>, today: string): SQL | undefined {
  const q = query.q?.trim();
  const number = q && /^\d+$/.test(q) ? Number(q) : null;
  return and(
    eq(assignments.agencyId, agencyId),
    inArray(assignments.status, [...statusesOf(query.status)]),
    query.organizationId ? eq(assignments.organizationId, query.organizationId) : undefined,
    query.candidateId ? eq(assignments.candidateId, query.candidateId) : undefined,
    query.jobId ? eq(assignments.jobId, query.jobId) : undefined,
    query.employmentType ? eq(assignments.employmentType, query.employmentType) : undefined,
    query.startFrom ? gte(assignments.startOn, query.startFrom) : undefined,
    query.startTo ? lte(assignments.startOn, query.startTo) : undefined,
    query.endFrom ? gte(assignments.endOn, query.endFrom) : undefined,
    query.endTo ? lte(assignments.endOn, query.endTo) : undefined,
    query.endingWithin ? and(gte(assignments.endOn, today), lte(assignments.endOn, addDays(today, query.endingWithin))) : undefined,
    q ? (number !== null ? eq(employees.number, number) : personNamePrefix(sql`lower(${candidates.firstName})`, sql`lower(${candidates.lastName})`, q)) : undefined,
  );
}

/** The assignment list (B5): filters on indexed columns, sortable, keyset pages. */
export async function listAssignments(tx: Executor, agencyId: string, query: TAssignmentListQuery, today: string) {
  const sortExpression = SORT_EXPRESSIONS[query.sort];
  const ascending = query.dir === 'asc';
  let after: SQL | undefined;
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor);
    after = ascending ? sql`(${sortExpression}, ${assignments.id}) > (${value}, ${id})` : sql`(${sortExpression}, ${assignments.id}) < (${value}, ${id})`;
  }
  const order = ascending ? [asc(sortExpression), asc(assignments.id)] : [desc(sortExpression), desc(assignments.id)];
  const rows = await summaryQuery(tx, today)
    .where(and(filtersOf(agencyId, query, today), after))
    .orderBy(...order)
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [sortValueOf(row, query.sort), row.assignment.id]);
}

function sortValueOf(row: AssignmentSummaryRow, sort: TAssignmentListQuery['sort']): string {
  switch (sort) {
    case 'startOn':
      return row.assignment.startOn ?? NO_DATE;
    case 'endOn':
      return row.assignment.endOn ?? NO_DATE;
    case 'candidate':
      return row.candidateKey;
    default:
      return row.assignment.status;
  }
}

export async function getAssignmentSummaries(tx: Executor, agencyId: string, ids: readonly string[], today: string): Promise<AssignmentSummaryRow[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await summaryQuery(tx, today).where(and(eq(assignments.agencyId, agencyId), inArray(assignments.id, [...ids])));
  const order = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (order.get(a.assignment.id) ?? 0) - (order.get(b.assignment.id) ?? 0));
}

/** The assignment page: its summary, every effective-dated rate and its history. */
export async function getAssignmentDetail(tx: Executor, agencyId: string, id: string, today: string) {
  await assignmentForEntry(tx, agencyId, id);
  const [[summary], rates, events] = await Promise.all([
    getAssignmentSummaries(tx, agencyId, [id], today),
    ratesOf(tx, agencyId, id),
    tx.select().from(assignmentEvents).where(and(eq(assignmentEvents.agencyId, agencyId), eq(assignmentEvents.assignmentId, id))).orderBy(desc(assignmentEvents.createdAt), desc(assignmentEvents.id)),
  ]);
  if (!summary) {
    throw new Error(`assignment ${id} vanished`);
  }
  return { summary, rates, events };
}

export const ratesOf = (tx: Executor, agencyId: string, assignmentId: string): Promise<AssignmentRateRow[]> =>
  tx.select().from(assignmentRates).where(and(eq(assignmentRates.agencyId, agencyId), eq(assignmentRates.assignmentId, assignmentId))).orderBy(asc(assignmentRates.effectiveFrom));
