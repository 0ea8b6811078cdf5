import { type SQL, and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgSelect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { assignmentRates, assignments, candidates, expenses, jobs, placements, timesheetDays, timesheets } from '../../db/schema';
import type { DayTime, EffectiveRates } from '../../domain/assignment-rates';
import { FEE_EMPLOYMENT_TYPES } from '../../domain/invoices';
import { personName } from '../../platform/name-search';

/**
 * What an invoice run (and a payroll export) may consume, read set-based: one query per kind of source for the
 * whole period, each row carrying what pricing needs (a timesheet's days as JSON, its assignment's rates read once), and
 * already-claimed sources left out by the claims' primary key (`not exists` on `(agency_id, source)`).
 */

export type RunScope = { agencyId: string; periodFrom: string; periodTo: string; organizationIds?: readonly string[] | undefined };

/** A timesheet's days, oldest first, as `DayTime`s. */
export const daysJson = sql<DayTime[]>`coalesce((select json_agg(json_build_object('workDate', d.work_date, 'regularMinutes', d.regular_minutes, 'overtimeMinutes', d.overtime_minutes, 'doubleMinutes', d.double_minutes) order by d.work_date) from ${timesheetDays} d where d.agency_id = ${timesheets.agencyId} and d.timesheet_id = ${timesheets.id}), '[]'::json)`;

/**
 * Approved timesheets of a period (by week start) in an agency: what both an invoice run and a payroll export
 * start from.
 */
export const approvedTimesheetsOf = (period: { agencyId: string; periodFrom: string; periodTo: string }) =>
  and(eq(timesheets.agencyId, period.agencyId), eq(timesheets.status, 'approved'), gte(timesheets.weekStart, period.periodFrom), lte(timesheets.weekStart, period.periodTo));

/** A timesheet's own columns that pricing needs, with its days and its assignment's rates. */
export const timesheetPricingColumns = {
  id: timesheets.id,
  assignmentId: timesheets.assignmentId,
  weekStart: timesheets.weekStart,
  regularMinutes: timesheets.regularMinutes,
  overtimeMinutes: timesheets.overtimeMinutes,
  doubleMinutes: timesheets.doubleMinutes,
  days: daysJson,
};

/**
 * Adds each row's assignment's effective-dated rates, read in one query for all the rows' assignments: a rates
 * subquery per timesheet repeated the same rates thousands of times (and tipped 10k-sheet runs into JIT compiling).
 */
export async function withAssignmentRates<T extends { assignmentId: string }>(tx: Executor, agencyId: string, rows: T[]): Promise<(T & { rates: EffectiveRates[] })[]> {
  const ids = [...new Set(rows.map((row) => row.assignmentId))];
  const rates =
    ids.length === 0
      ? []
      : await tx
          .select({
            assignmentId: assignmentRates.assignmentId,
            effectiveFrom: assignmentRates.effectiveFrom,
            currency: assignmentRates.currency,
            unit: assignmentRates.unit,
            payRegularMinor: assignmentRates.payRegularMinor,
            payOvertimeMinor: assignmentRates.payOvertimeMinor,
            payDoubleMinor: assignmentRates.payDoubleMinor,
            billRegularMinor: assignmentRates.billRegularMinor,
            billOvertimeMinor: assignmentRates.billOvertimeMinor,
            billDoubleMinor: assignmentRates.billDoubleMinor,
          })
          .from(assignmentRates)
          .where(and(eq(assignmentRates.agencyId, agencyId), inArray(assignmentRates.assignmentId, ids)));
  const byAssignment = new Map<string, EffectiveRates[]>();
  for (const { assignmentId, ...rate } of rates) {
    byAssignment.set(assignmentId, [...(byAssignment.get(assignmentId) ?? []), rate]);
  }
  return rows.map((row) => ({ ...row, rates: byAssignment.get(row.assignmentId) ?? [] }));
}

type PricingRow = { weekStart: string; regularMinutes: number; overtimeMinutes: number; doubleMinutes: number; days: DayTime[]; rates: EffectiveRates[] };

/**
 * A row read with `timesheetPricingColumns` as `priceDays` takes it: a sheet kept with totals only counts as one
 * day at its week start, and the rates' amounts (bigints, strings in JSON) become numbers.
 */
export function pricingInputOf(row: PricingRow): { days: DayTime[]; rates: EffectiveRates[] } {
  const days = row.days.length > 0 ? row.days : [{ workDate: row.weekStart, regularMinutes: row.regularMinutes, overtimeMinutes: row.overtimeMinutes, doubleMinutes: row.doubleMinutes }];
  return { days, rates: row.rates };
}

/** Who and what a source bills for: the person, the job and the placement's billing terms. */
const sourceContext = {
  candidateName: personName(candidates),
  jobTitle: jobs.title,
  placementId: placements.id,
  placementNumber: placements.number,
  billingContactId: placements.billingContactId,
  poNumber: placements.poNumber,
  paymentTermsDays: placements.paymentTermsDays,
};

/** Joins what `sourceContext` reads to a source that carries its assignment and candidate (a timesheet, an expense). */
function joinAssignmentContext<T extends PgSelect>(query: T, source: { agencyId: AnyPgColumn; assignmentId: AnyPgColumn; candidateId: AnyPgColumn }) {
  return query
    .innerJoin(assignments, and(eq(assignments.agencyId, source.agencyId), eq(assignments.id, source.assignmentId)))
    .innerJoin(placements, and(eq(placements.agencyId, assignments.agencyId), eq(placements.id, assignments.placementId)))
    .innerJoin(candidates, and(eq(candidates.agencyId, source.agencyId), eq(candidates.id, source.candidateId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)));
}

/** Joins what `sourceContext` reads to the placements a fee or milestone is billed for. */
function joinPlacementContext<T extends PgSelect>(query: T) {
  return query
    .innerJoin(assignments, and(eq(assignments.agencyId, placements.agencyId), eq(assignments.placementId, placements.id)))
    .innerJoin(candidates, and(eq(candidates.agencyId, placements.agencyId), eq(candidates.id, placements.candidateId)))
    .innerJoin(jobs, and(eq(jobs.agencyId, placements.agencyId), eq(jobs.id, placements.jobId)));
}

/** The organizations a run is limited to, if any. */
const ofOrganizations = (organizationId: AnyPgColumn, scope: RunScope) => (scope.organizationIds ? inArray(organizationId, [...scope.organizationIds]) : undefined);

/** Leaves out a source already claimed by a non-void invoice. */
const notClaimed = (agencyId: AnyPgColumn, source: SQL) => sql`not exists (select 1 from invoice_claims c where c.agency_id = ${agencyId} and c.source = ${source})`;

/** Approved timesheets of the period (by week start) not yet on a non-void invoice. */
export async function unbilledTimesheets(tx: Executor, scope: RunScope) {
  const query = tx
    .select({ ...timesheetPricingColumns, organizationId: timesheets.organizationId, ...sourceContext })
    .from(timesheets)
    .$dynamic();
  const rows = await joinAssignmentContext(query, timesheets).where(
    and(approvedTimesheetsOf(scope), ofOrganizations(timesheets.organizationId, scope), notClaimed(timesheets.agencyId, sql`'timesheet:' || ${timesheets.id}`)),
  );
  return withAssignmentRates(tx, scope.agencyId, rows);
}

/** Approved billable expenses of the period (by date spent) not yet invoiced. */
export async function unbilledExpenses(tx: Executor, scope: RunScope) {
  const query = tx
    .select({
      id: expenses.id,
      assignmentId: expenses.assignmentId,
      organizationId: expenses.organizationId,
      spentOn: expenses.spentOn,
      category: expenses.category,
      description: expenses.description,
      amountMinor: expenses.amountMinor,
      currency: expenses.currency,
      ...sourceContext,
    })
    .from(expenses)
    .$dynamic();
  return joinAssignmentContext(query, expenses).where(
    and(
      eq(expenses.agencyId, scope.agencyId),
      eq(expenses.status, 'approved'),
      eq(expenses.billable, true),
      gte(expenses.spentOn, scope.periodFrom),
      lte(expenses.spentOn, scope.periodTo),
      ofOrganizations(expenses.organizationId, scope),
      notClaimed(expenses.agencyId, sql`'expense:' || ${expenses.id}`),
    ),
  );
}

/**
 * Placement fees (permanent, contract-to-hire) started by the period's end and not yet invoiced, whatever month
 * they started in: a fee missed by an earlier run is picked up by the next.
 */
export async function unbilledFees(tx: Executor, scope: RunScope) {
  const query = tx
    .select({
      assignmentId: assignments.id,
      organizationId: placements.organizationId,
      employmentType: placements.employmentType,
      status: placements.status,
      feeMinor: placements.feeMinor,
      feeType: placements.feeType,
      currency: placements.currency,
      startOn: placements.startOn,
      ...sourceContext,
    })
    .from(placements)
    .$dynamic();
  return joinPlacementContext(query).where(
    and(
      eq(placements.agencyId, scope.agencyId),
      inArray(placements.employmentType, [...FEE_EMPLOYMENT_TYPES]),
      ne(placements.status, 'cancelled'),
      sql`${placements.feeMinor} > 0`,
      lte(placements.startOn, scope.periodTo),
      ofOrganizations(placements.organizationId, scope),
      notClaimed(placements.agencyId, sql`'fee:' || ${placements.id}`),
    ),
  );
}

/** Retained milestones reached by the period's end and not yet invoiced, one row per milestone (its index in the list). */
export async function unbilledMilestones(tx: Executor, scope: RunScope) {
  const query = tx
    .select({
      assignmentId: assignments.id,
      organizationId: placements.organizationId,
      currency: placements.currency,
      index: sql<number>`(m.ordinality - 1)::int`,
      name: sql<string>`m.value->>'name'`,
      feeMinor: sql<number>`(m.value->>'feeMinor')::bigint`.mapWith(Number),
      reachedOn: sql<string>`m.value->>'reachedOn'`,
      ...sourceContext,
    })
    .from(placements)
    .$dynamic();
  return joinPlacementContext(query)
    .innerJoin(sql`lateral jsonb_array_elements(${placements.retainedMilestones}) with ordinality as m(value, ordinality)`, sql`true`)
    .where(
      and(
        eq(placements.agencyId, scope.agencyId),
        eq(placements.employmentType, 'retained'),
        ne(placements.status, 'cancelled'),
        sql`m.value->>'reachedOn' is not null and m.value->>'reachedOn' <= ${scope.periodTo}`,
        ofOrganizations(placements.organizationId, scope),
        notClaimed(placements.agencyId, sql`'milestone:' || ${placements.id} || ':' || (m.ordinality - 1)`),
      ),
    );
}
