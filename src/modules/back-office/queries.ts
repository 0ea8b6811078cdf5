import { sql } from 'drizzle-orm';
import { type Executor, resultRows } from '../../db/client';
import type { ENDING_WITHIN_DAYS } from '../../shared/back-office';
import type { BackOfficeSummary } from './schema';

type WeekStart = 'monday' | 'sunday' | 'saturday';
const WEEKDAY_NUMBER: Record<WeekStart, number> = { sunday: 0, monday: 1, saturday: 6 };

/** A `YYYY-MM-DD` day moved by whole days (read at noon UTC, so no time zone moves it). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of the agency's week that holds `day`. */
export function weekStartOf(day: string, weekStart: WeekStart): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((weekday - WEEKDAY_NUMBER[weekStart] + 7) % 7));
}

/** How far ahead "ending soon" looks (one of the list's `endingWithin` choices). */
export const ENDING_SOON_DAYS = 14 satisfies (typeof ENDING_WITHIN_DAYS)[number];

/**
 * The web lists behind each count, in each screen's own search parameters: the assignment list's filters; the
 * timesheet grid's week and state, or its approval queues (`queue`, every week); the invoice list's status and overdue
 * filters (the invoice run is started from that list); the payroll screen.
 */
export const SUMMARY_LINKS = {
  assignmentsNeedingApproval: () => ({ path: '/assignments', query: { status: 'needs_approval' } }),
  assignmentsEndingSoon: () => ({ path: '/assignments', query: { endingWithin: String(ENDING_SOON_DAYS) } }),
  timesheetsMissing: (weekStart: string) => ({ path: '/timesheets', query: { week: weekStart, state: 'missing' } }),
  timesheetsAwaitingApproval: () => ({ path: '/timesheets', query: { queue: 'submitted' } }),
  timesheetsEscalated: () => ({ path: '/timesheets', query: { queue: 'escalated' } }),
  unbilled: () => ({ path: '/invoices', query: {} }),
  invoicesDue: () => ({ path: '/invoices', query: { status: 'issued' } }),
  invoicesOverdue: () => ({ path: '/invoices', query: { status: 'issued', overdue: 'true' } }),
  payrollNotExported: () => ({ path: '/payroll', query: {} }),
} as const;

type Amount = { currency: string; amountMinor: number };

const int = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

type AssignmentCounts = { needs_approval: unknown; ending_soon: unknown; missing: unknown };
type TimesheetCounts = { awaiting: unknown; escalated: unknown; unbilled_count: unknown; unbilled_minutes: unknown; payroll_count: unknown; payroll_minutes: unknown };
type PricedRow = { currency: string | null; amount: unknown; sheets: unknown };
type InvoiceRow = { currency: string; due_count: unknown; due_amount: unknown; overdue_count: unknown; overdue_amount: unknown };

/** Assignments needing approval, ending soon (open ones ending today … today + N) and active ones without last week's sheet. */
async function assignmentCounts(tx: Executor, agencyId: string, today: string, previousWeekStart: string) {
  const endingBy = addDays(today, ENDING_SOON_DAYS);
  const previousWeekEnd = addDays(previousWeekStart, 6);
  const result = await tx.execute(sql`
    SELECT
      count(*) FILTER (WHERE a.status = 'needs_approval')::int AS needs_approval,
      count(*) FILTER (WHERE a.end_on BETWEEN ${today}::date AND ${endingBy}::date)::int AS ending_soon,
      count(*) FILTER (
        WHERE a.status = 'active'
          AND (a.start_on IS NULL OR a.start_on <= ${previousWeekEnd}::date)
          AND (a.end_on IS NULL OR a.end_on >= ${previousWeekStart}::date)
          AND NOT EXISTS (SELECT 1 FROM timesheets t WHERE t.agency_id = a.agency_id AND t.assignment_id = a.id AND t.week_start = ${previousWeekStart}::date)
      )::int AS missing
    FROM assignments a
    WHERE a.agency_id = ${agencyId} AND a.status IN ('active', 'needs_approval')`);
  return resultRows<AssignmentCounts>(result)[0];
}

/** Submitted (and escalated) sheets; approved ones not yet on an invoice, and not yet exported to payroll. */
async function timesheetCounts(tx: Executor, agencyId: string) {
  const result = await tx.execute(sql`
    WITH sheets AS (
      SELECT t.status, t.escalated_at, t.regular_minutes + t.overtime_minutes + t.double_minutes AS minutes,
        t.status = 'approved' AND NOT EXISTS (SELECT 1 FROM invoice_claims c WHERE c.agency_id = t.agency_id AND c.source = 'timesheet:' || t.id::text) AS unbilled,
        t.status = 'approved' AND NOT EXISTS (SELECT 1 FROM payroll_claims p WHERE p.agency_id = t.agency_id AND p.timesheet_id = t.id) AS unexported
      FROM timesheets t
      WHERE t.agency_id = ${agencyId} AND t.status IN ('submitted', 'approved')
    )
    SELECT
      count(*) FILTER (WHERE status = 'submitted')::int AS awaiting,
      count(*) FILTER (WHERE status = 'submitted' AND escalated_at IS NOT NULL)::int AS escalated,
      count(*) FILTER (WHERE unbilled)::int AS unbilled_count,
      coalesce(sum(minutes) FILTER (WHERE unbilled), 0)::text AS unbilled_minutes,
      count(*) FILTER (WHERE unexported)::int AS payroll_count,
      coalesce(sum(minutes) FILTER (WHERE unexported), 0)::text AS payroll_minutes
    FROM sheets`);
  return resultRows<TimesheetCounts>(result)[0];
}

/**
 * The bill amount of approved, not yet invoiced time, exactly as `priceDays` (src/domain/assignment-rates.ts) prices
 * it, in SQL: each day takes the rates in force on it; per sheet, kind of time and rate set the minutes are summed and
 * priced once (minutes × rate ÷ 60, half-up), a day rate counts the days with regular time. Days with time but no
 * rates in force are counted as unpriced sheets.
 */
async function unbilledAmounts(tx: Executor, agencyId: string) {
  const result = await tx.execute(sql`
    WITH days AS (
      SELECT t.id AS timesheet_id, r.id AS rate_id, r.currency, r.unit,
        r.bill_regular_minor, r.bill_overtime_minor, r.bill_double_minor,
        d.regular_minutes, d.overtime_minutes, d.double_minutes
      FROM timesheets t
      JOIN timesheet_days d ON d.agency_id = t.agency_id AND d.timesheet_id = t.id
      LEFT JOIN LATERAL (
        SELECT * FROM assignment_rates r
        WHERE r.agency_id = t.agency_id AND r.assignment_id = t.assignment_id AND r.effective_from <= d.work_date
        ORDER BY r.effective_from DESC LIMIT 1
      ) r ON true
      WHERE t.agency_id = ${agencyId} AND t.status = 'approved'
        AND d.regular_minutes + d.overtime_minutes + d.double_minutes > 0
        AND NOT EXISTS (SELECT 1 FROM invoice_claims c WHERE c.agency_id = t.agency_id AND c.source = 'timesheet:' || t.id::text)
    ),
    lines AS (
      SELECT timesheet_id, currency,
        CASE WHEN unit = 'day' THEN count(*) FILTER (WHERE regular_minutes > 0) * bill_regular_minor
             ELSE (sum(regular_minutes)::bigint * bill_regular_minor + 30) / 60 END
        + (sum(overtime_minutes)::bigint * bill_overtime_minor + 30) / 60
        + (sum(double_minutes)::bigint * bill_double_minor + 30) / 60 AS amount
      FROM days
      GROUP BY timesheet_id, rate_id, currency, unit, bill_regular_minor, bill_overtime_minor, bill_double_minor
    )
    SELECT currency, coalesce(sum(amount), 0)::text AS amount, count(DISTINCT timesheet_id)::int AS sheets
    FROM lines
    GROUP BY currency
    ORDER BY currency`);
  return resultRows<PricedRow>(result);
}

/** Issued invoices still open: due today or later, and overdue (due before today), outstanding amounts per currency. */
async function invoiceTotals(tx: Executor, agencyId: string, today: string) {
  const result = await tx.execute(sql`
    SELECT currency,
      count(*) FILTER (WHERE due_on >= ${today}::date)::int AS due_count,
      coalesce(sum(total_minor - paid_minor) FILTER (WHERE due_on >= ${today}::date), 0)::text AS due_amount,
      count(*) FILTER (WHERE due_on < ${today}::date)::int AS overdue_count,
      coalesce(sum(total_minor - paid_minor) FILTER (WHERE due_on < ${today}::date), 0)::text AS overdue_amount
    FROM invoices
    WHERE agency_id = ${agencyId} AND status = 'issued'
    GROUP BY currency
    ORDER BY currency`);
  return resultRows<InvoiceRow>(result);
}

const amountsOf = <R>(rows: readonly R[], currency: (row: R) => string | null, count: (row: R) => number, amount: (row: R) => number): Amount[] =>
  rows.flatMap((row) => {
    const code = currency(row);
    return code !== null && count(row) > 0 ? [{ currency: code, amountMinor: amount(row) }] : [];
  });

/** The back-office home's counts: four statements in all, none per row. */
export async function backOfficeSummary(tx: Executor, agencyId: string, today: string, weekStart: WeekStart): Promise<BackOfficeSummary> {
  const previousWeekStart = addDays(weekStartOf(today, weekStart), -7);
  const [assignments, sheets, priced, invoices] = await Promise.all([
    assignmentCounts(tx, agencyId, today, previousWeekStart),
    timesheetCounts(tx, agencyId),
    unbilledAmounts(tx, agencyId),
    invoiceTotals(tx, agencyId, today),
  ]);
  const unpriced = priced.find((row) => row.currency === null);
  const sum = (pick: (row: InvoiceRow) => unknown) => invoices.reduce((total, row) => total + int(pick(row)), 0);
  return {
    today,
    assignmentsNeedingApproval: { count: int(assignments?.needs_approval), link: SUMMARY_LINKS.assignmentsNeedingApproval() },
    assignmentsEndingSoon: { count: int(assignments?.ending_soon), withinDays: ENDING_SOON_DAYS, link: SUMMARY_LINKS.assignmentsEndingSoon() },
    timesheetsMissing: { count: int(assignments?.missing), weekStart: previousWeekStart, link: SUMMARY_LINKS.timesheetsMissing(previousWeekStart) },
    timesheetsAwaitingApproval: { count: int(sheets?.awaiting), link: SUMMARY_LINKS.timesheetsAwaitingApproval() },
    timesheetsEscalated: { count: int(sheets?.escalated), link: SUMMARY_LINKS.timesheetsEscalated() },
    unbilled: {
      count: int(sheets?.unbilled_count),
      minutes: int(sheets?.unbilled_minutes),
      amounts: amountsOf(priced, (row) => row.currency, (row) => int(row.sheets), (row) => int(row.amount)),
      unpricedCount: int(unpriced?.sheets),
      link: SUMMARY_LINKS.unbilled(),
    },
    invoicesDue: { count: sum((row) => row.due_count), amounts: amountsOf(invoices, (row) => row.currency, (row) => int(row.due_count), (row) => int(row.due_amount)), link: SUMMARY_LINKS.invoicesDue() },
    invoicesOverdue: {
      count: sum((row) => row.overdue_count),
      amounts: amountsOf(invoices, (row) => row.currency, (row) => int(row.overdue_count), (row) => int(row.overdue_amount)),
      link: SUMMARY_LINKS.invoicesOverdue(),
    },
    payrollNotExported: { count: int(sheets?.payroll_count), minutes: int(sheets?.payroll_minutes), link: SUMMARY_LINKS.payrollNotExported() },
  };
}
