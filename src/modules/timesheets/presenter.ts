import type { z } from 'zod';
import { type EffectiveRates, priceDays, ratesOn } from '../../domain/assignment-rates';
import { addDays } from '../../domain/placements';
import { checkEntryDate, dayTotal, scheduledWeek, sumDays, weekDates } from '../../domain/timesheets';
import type { StaffActor } from '../../platform/auth/actor';
import { approvalPolicy } from './policy';
import type { AssignmentLabelsRow, GridRow, TimesheetDayRow, TimesheetRow, TimesheetSummaryRow } from './queries';
import type { ZGridRow, ZTimesheetSummary, ZTimesheetWeek } from './schema';

const iso = (instant: Date | null) => instant?.toISOString() ?? null;
const isEscalated = (sheet: Pick<TimesheetRow, 'status' | 'escalatedAt'>) => sheet.status === 'submitted' && sheet.escalatedAt !== null;
const labelsOf = (row: { candidateName: string; organizationName: string; jobId: string; jobNumber: number; jobTitle: string }, candidateId: string, organizationId: string) => ({
  candidate: { id: candidateId, name: row.candidateName },
  organization: { id: organizationId, name: row.organizationName },
  job: { id: row.jobId, number: row.jobNumber, title: row.jobTitle },
});

export function presentTimesheetSummary(row: TimesheetSummaryRow): z.infer<typeof ZTimesheetSummary> {
  const { sheet } = row;
  return {
    id: sheet.id,
    assignmentId: sheet.assignmentId,
    weekStart: sheet.weekStart,
    weekEnd: addDays(sheet.weekStart, 6),
    status: sheet.status,
    submittedAt: iso(sheet.submittedAt),
    decidedAt: iso(sheet.decidedAt),
    decidedByLabel: sheet.decidedByLabel,
    rejectionReason: sheet.rejectionReason,
    escalatedAt: iso(sheet.escalatedAt),
    escalated: isEscalated(sheet),
    notes: sheet.notes,
    regularMinutes: sheet.regularMinutes,
    overtimeMinutes: sheet.overtimeMinutes,
    doubleMinutes: sheet.doubleMinutes,
    totalMinutes: dayTotal(sheet),
    version: sheet.version,
    ...labelsOf(row, sheet.candidateId, sheet.organizationId),
  };
}

/** Pay or bill amounts of the week: priced per kind and rate set (PRODUCT.md §6's rounding), in the rates' currency. */
function priced(days: readonly TimesheetDayRow[], rates: readonly EffectiveRates[], side: 'pay' | 'bill', weekStart: string) {
  const { lines, unpricedDates } = priceDays(days, rates, side);
  const applying = ratesOn(rates, addDays(weekStart, 6)) ?? rates[0] ?? null;
  return { currency: applying?.currency ?? null, unit: applying?.unit ?? null, totalMinor: lines.reduce((sum, line) => sum + line.amountMinor, 0), lines, unpricedDates };
}

export type WeekParts = { labels: AssignmentLabelsRow; sheet: TimesheetRow | null; days: TimesheetDayRow[]; rates: EffectiveRates[]; weekStart: string };

/** A week as the editor shows it: every date (with what B11 lets in), the schedule, totals and amounts. */
export function presentTimesheetWeek(actor: StaffActor, { labels, sheet, days, rates, weekStart }: WeekParts): { data: z.infer<typeof ZTimesheetWeek>; abilities: ReturnType<typeof approvalPolicy.abilities> } {
  const { assignment } = labels;
  const dates = weekDates(weekStart);
  const scheduled = scheduledWeek(assignment.schedule ?? null, dates);
  const byDate = new Map(days.map((day) => [day.workDate, day]));
  const enterable = dates.map((date) => checkEntryDate(assignment, date, 'workDate').ok);
  const pay = priced(days, rates, 'pay', weekStart);
  const bill = priced(days, rates, 'bill', weekStart);
  const totals = sumDays(days);
  const status = sheet?.status ?? 'missing';
  return {
    data: {
      id: sheet?.id ?? null,
      assignment: { id: assignment.id, status: assignment.status, startOn: assignment.startOn, endOn: assignment.endOn },
      weekStart,
      weekEnd: addDays(weekStart, 6),
      status,
      submittedAt: iso(sheet?.submittedAt ?? null),
      decidedAt: iso(sheet?.decidedAt ?? null),
      decidedByLabel: sheet?.decidedByLabel ?? null,
      rejectionReason: sheet?.rejectionReason ?? null,
      escalatedAt: iso(sheet?.escalatedAt ?? null),
      escalated: sheet ? isEscalated(sheet) : false,
      notes: sheet?.notes ?? '',
      version: sheet?.version ?? null,
      ...labelsOf(labels, assignment.candidateId, assignment.organizationId),
      days: dates.map((date, index) => {
        const day = byDate.get(date);
        return {
          workDate: date,
          regularMinutes: day?.regularMinutes ?? 0,
          overtimeMinutes: day?.overtimeMinutes ?? 0,
          doubleMinutes: day?.doubleMinutes ?? 0,
          note: day?.note ?? '',
          enterable: enterable[index] ?? false,
          scheduledMinutes: scheduled ? (scheduled.perDay[date] ?? 0) : null,
        };
      }),
      totals: { ...totals, totalMinutes: dayTotal(totals) },
      scheduled: scheduled ? { weekMinutes: scheduled.weekMinutes } : null,
      pay: { currency: pay.currency, unit: pay.unit, totalMinor: pay.totalMinor, lines: pay.lines },
      bill: { currency: bill.currency, unit: bill.unit, totalMinor: bill.totalMinor, lines: bill.lines },
      unpricedDates: pay.unpricedDates,
    },
    abilities: approvalPolicy.abilities(actor, status, enterable.some(Boolean)),
  };
}

export function presentGridRow(row: GridRow): z.infer<typeof ZGridRow> {
  const { sheet } = row;
  return {
    assignment: row.assignment,
    candidate: { id: row.candidateId, name: row.candidateName },
    organization: { id: row.organizationId, name: row.organizationName },
    job: { id: row.jobId, number: row.jobNumber, title: row.jobTitle },
    state: sheet?.status ?? 'missing',
    timesheet: sheet
      ? {
          id: sheet.id,
          version: sheet.version,
          regularMinutes: sheet.regularMinutes,
          overtimeMinutes: sheet.overtimeMinutes,
          doubleMinutes: sheet.doubleMinutes,
          totalMinutes: dayTotal(sheet),
          submittedAt: iso(sheet.submittedAt),
          rejectionReason: sheet.rejectionReason,
        }
      : null,
    escalated: sheet ? isEscalated(sheet) : false,
  };
}
