import { and, asc, desc, eq, gte, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignmentRates, assignments, candidates, jobs, organizations, timesheetDays, timesheets } from '../../db/schema';
import { addDays } from '../../domain/placements';
import { personName } from '../../platform/name-search';
import { afterCursorAsc, afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { TGridQuery, TTimesheetListQuery } from './schema';

export type TimesheetRow = typeof timesheets.$inferSelect;
export type TimesheetDayRow = typeof timesheetDays.$inferSelect;

export const getTimesheetRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions): Promise<TimesheetRow> => findTenantRow(tx, timesheets, agencyId, id, 'Timesheet', options);

/** The sheet of an assignment's week, if it has one. */
export async function timesheetOfWeek(tx: Executor, agencyId: string, assignmentId: string, weekStart: string, options: FindOptions = {}): Promise<TimesheetRow | undefined> {
  const query = tx.select().from(timesheets).where(and(eq(timesheets.agencyId, agencyId), eq(timesheets.assignmentId, assignmentId), eq(timesheets.weekStart, weekStart)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Names shown beside a sheet: the candidate, the client and the job of its assignment. */
const labels = {
  candidateName: personName(candidates),
  organizationName: organizations.name,
  jobId: jobs.id,
  jobNumber: jobs.number,
  jobTitle: jobs.title,
};

function summaryQuery(tx: Executor) {
  return tx
    .select({ sheet: timesheets, ...labels })
    .from(timesheets)
    .innerJoin(assignments, and(eq(assignments.agencyId, timesheets.agencyId), eq(assignments.id, timesheets.assignmentId)))
    .innerJoin(candidates, and(eq(candidates.agencyId, timesheets.agencyId), eq(candidates.id, timesheets.candidateId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, timesheets.agencyId), eq(organizations.id, timesheets.organizationId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)));
}
export type TimesheetSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/** Sheets escalated and still waiting for a decision. */
export const isEscalated = and(isNotNull(timesheets.escalatedAt), eq(timesheets.status, 'submitted'));

/** Timesheets newest week first (then newest sheet), keyset pages; filters on indexed columns. */
export async function listTimesheets(tx: Executor, agencyId: string, query: TTimesheetListQuery) {
  const rows = await summaryQuery(tx)
    .where(
      and(
        eq(timesheets.agencyId, agencyId),
        query.status ? eq(timesheets.status, query.status) : undefined,
        query.weekStart ? eq(timesheets.weekStart, query.weekStart) : undefined,
        query.organizationId ? eq(timesheets.organizationId, query.organizationId) : undefined,
        query.assignmentId ? eq(timesheets.assignmentId, query.assignmentId) : undefined,
        query.escalated === true ? isEscalated : undefined,
        afterCursorDesc(timesheets.weekStart, timesheets.id, query.cursor),
      ),
    )
    .orderBy(desc(timesheets.weekStart), desc(timesheets.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.sheet.weekStart, row.sheet.id]);
}

export async function getTimesheetSummary(tx: Executor, agencyId: string, id: string): Promise<TimesheetSummaryRow> {
  const [row] = await summaryQuery(tx).where(and(eq(timesheets.agencyId, agencyId), eq(timesheets.id, id)));
  if (!row) {
    throw new Error(`timesheet ${id} vanished`);
  }
  return row;
}

export async function summariesOf(tx: Executor, agencyId: string, ids: readonly string[]): Promise<TimesheetSummaryRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return summaryQuery(tx)
    .where(and(eq(timesheets.agencyId, agencyId), inArray(timesheets.id, [...ids])))
    .orderBy(asc(timesheets.weekStart), asc(timesheets.id));
}

/** The assignment with its labels, for a week that may have no sheet yet. */
export async function assignmentLabels(tx: Executor, agencyId: string, assignmentId: string) {
  const [row] = await tx
    .select({ assignment: assignments, ...labels })
    .from(assignments)
    .innerJoin(candidates, and(eq(candidates.agencyId, assignments.agencyId), eq(candidates.id, assignments.candidateId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, assignments.agencyId), eq(organizations.id, assignments.organizationId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)))
    .where(and(eq(assignments.agencyId, agencyId), eq(assignments.id, assignmentId)));
  if (!row) {
    throw new Error(`assignment ${assignmentId} vanished`);
  }
  return row;
}
export type AssignmentLabelsRow = Awaited<ReturnType<typeof assignmentLabels>>;

export const daysOf = (tx: Executor, agencyId: string, timesheetId: string): Promise<TimesheetDayRow[]> =>
  tx.select().from(timesheetDays).where(and(eq(timesheetDays.agencyId, agencyId), eq(timesheetDays.timesheetId, timesheetId))).orderBy(asc(timesheetDays.workDate));

export const ratesOf = (tx: Executor, agencyId: string, assignmentId: string) =>
  tx.select().from(assignmentRates).where(and(eq(assignmentRates.agencyId, agencyId), eq(assignmentRates.assignmentId, assignmentId))).orderBy(asc(assignmentRates.effectiveFrom));

/**
 * The timesheet grid of a week, in one statement: every assignment that can take time that week — active and
 * started by its end (and not ended before it), or closed/cancelled with an end date in or after it — with the
 * week's sheet when it has one. Ordered by candidate name, keyset pages.
 */
export async function timesheetGrid(tx: Executor, agencyId: string, query: TGridQuery) {
  const weekEnd = addDays(query.weekStart, 6);
  const candidateKey = sql<string>`lower(${candidates.lastName} || ' ' || ${candidates.firstName})`;
  const state = sql<string>`coalesce(${timesheets.status}, 'missing')`;
  const rows = await tx
    .select({
      assignment: { id: assignments.id, status: assignments.status, startOn: assignments.startOn, endOn: assignments.endOn },
      candidateId: candidates.id,
      candidateKey,
      ...labels,
      organizationId: organizations.id,
      sheet: { id: timesheets.id, version: timesheets.version, status: timesheets.status, regularMinutes: timesheets.regularMinutes, overtimeMinutes: timesheets.overtimeMinutes, doubleMinutes: timesheets.doubleMinutes, submittedAt: timesheets.submittedAt, escalatedAt: timesheets.escalatedAt, rejectionReason: timesheets.rejectionReason },
    })
    .from(assignments)
    .innerJoin(candidates, and(eq(candidates.agencyId, assignments.agencyId), eq(candidates.id, assignments.candidateId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, assignments.agencyId), eq(organizations.id, assignments.organizationId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)))
    .leftJoin(timesheets, and(eq(timesheets.agencyId, assignments.agencyId), eq(timesheets.assignmentId, assignments.id), eq(timesheets.weekStart, query.weekStart)))
    .where(
      and(
        eq(assignments.agencyId, agencyId),
        lte(assignments.startOn, weekEnd),
        or(
          and(eq(assignments.status, 'active'), or(sql`${assignments.endOn} is null`, gte(assignments.endOn, query.weekStart))),
          and(sql`${assignments.status} in ('closed', 'cancelled')`, gte(assignments.endOn, query.weekStart)),
        ),
        query.organizationId ? eq(assignments.organizationId, query.organizationId) : undefined,
        query.state ? sql`${state} = ${query.state}` : undefined,
        afterCursorAsc(candidateKey, assignments.id, query.cursor),
      ),
    )
    .orderBy(asc(candidateKey), asc(assignments.id))
    .limit(query.limit + 1);
  return { weekEnd, ...toPage(rows, query.limit, (row) => [row.candidateKey, row.assignment.id]) };
}
export type GridRow = Awaited<ReturnType<typeof timesheetGrid>>['data'][number];
