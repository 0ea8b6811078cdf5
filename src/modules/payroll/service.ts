import { sql } from 'drizzle-orm';
import { type Executor, resultRows } from '../../db/client';
import { payrollExports } from '../../db/schema';
import { priceDays } from '../../domain/assignment-rates';
import type { StaffActor } from '../../platform/auth/actor';
import { actorLabel } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { pricingInputOf } from '../invoices/sources';
import { type PayrollPeriod, payableTimesheets } from './queries';

export type PayLine = {
  timesheetId: string;
  assignmentId: string;
  employeeId: string;
  employeeNumber: number;
  employeeName: string;
  workerType: string;
  payFrequency: string;
  weekStart: string;
  regularMinutes: number;
  overtimeMinutes: number;
  doubleMinutes: number;
  payMinor: number;
  currency: string;
  exported: boolean;
};
export type PaySkipped = { timesheetId: string; label: string; reason: string };

type PayableRow = Awaited<ReturnType<typeof payableTimesheets>>[number];

/** A timesheet at the pay rates (priceDays, pay side), or why it cannot be paid through the export. */
function payLine(row: PayableRow): PayLine | PaySkipped {
  const label = `${row.candidateName}, week of ${row.weekStart}`;
  const skip = (reason: string): PaySkipped => ({ timesheetId: row.id, label, reason });
  if (!row.employeeId || row.employeeNumber === null || row.workerType === null || row.payFrequency === null) {
    return skip('the candidate has no employee record');
  }
  const { days, rates } = pricingInputOf(row);
  const priced = priceDays(days, rates, 'pay');
  if (priced.unpricedDates.length > 0) {
    return skip(`no rates in force on ${priced.unpricedDates.join(', ')}`);
  }
  const currencies = new Set(priced.lines.map((line) => rates.find((rate) => rate.effectiveFrom === line.effectiveFrom)?.currency ?? ''));
  if (currencies.size > 1) {
    return skip(`the week is paid in several currencies (${[...currencies].join(', ')})`);
  }
  const minutes = (kind: 'regularMinutes' | 'overtimeMinutes' | 'doubleMinutes') => days.reduce((sum, day) => sum + day[kind], 0);
  return {
    timesheetId: row.id,
    assignmentId: row.assignmentId,
    employeeId: row.employeeId,
    employeeNumber: row.employeeNumber,
    employeeName: row.candidateName,
    workerType: row.workerType,
    payFrequency: row.payFrequency,
    weekStart: row.weekStart,
    regularMinutes: minutes('regularMinutes'),
    overtimeMinutes: minutes('overtimeMinutes'),
    doubleMinutes: minutes('doubleMinutes'),
    payMinor: priced.lines.reduce((sum, line) => sum + line.amountMinor, 0),
    currency: [...currencies][0] ?? rates[0]?.currency ?? '',
    exported: row.exported,
  };
}

/** What an export of the period would hold; with `reexport`, timesheets exported before are included again. */
export async function planPayroll(tx: Executor, period: PayrollPeriod, reexport: boolean): Promise<{ lines: PayLine[]; skipped: PaySkipped[] }> {
  const rows = await payableTimesheets(tx, period, reexport);
  const lines: PayLine[] = [];
  const skipped: PaySkipped[] = [];
  for (const row of rows) {
    const result = payLine(row);
    if ('reason' in result) {
      skipped.push(result);
    } else {
      lines.push(result);
    }
  }
  return { lines, skipped };
}

/**
 * Exports approved hours × pay rates for a period and marks them exported: each timesheet's first export claims it
 * in `payroll_claims` (`ON CONFLICT DO NOTHING`, so a concurrent export skips what the other took). A re-export, only
 * on explicit request, includes timesheets exported before without claiming them again.
 */
export async function createPayrollExport({ actor, tx, periodFrom, periodTo, reexport }: { actor: StaffActor; tx: Executor; periodFrom: string; periodTo: string; reexport: boolean }) {
  const plan = await planPayroll(tx, { agencyId: actor.agencyId, periodFrom, periodTo }, reexport);
  if (plan.lines.length === 0) {
    throw new AppError('rule_violation', reexport ? 'No approved time to export in this period' : 'Nothing new to export in this period (choose re-export to include what was exported before)', { rule: 'payroll.nothing_to_export' });
  }
  const [created] = await tx.insert(payrollExports).values({ agencyId: actor.agencyId, periodFrom, periodTo, reexport, lineCount: 0, actorLabel: actorLabel(actor) }).returning();
  if (!created) {
    throw new Error('payroll export insert returned no row');
  }
  const ids = [...plan.lines.map((line) => line.timesheetId)].sort();
  const claimed = resultRows<{ timesheet_id: string }>(
    await tx.execute(sql`
      insert into payroll_claims (agency_id, timesheet_id, export_id)
      select ${actor.agencyId}::uuid, x.id::uuid, ${created.id}::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as x(id)
      order by x.id
      on conflict do nothing
      returning timesheet_id`),
  );
  const won = new Set(claimed.map((row) => row.timesheet_id));
  const lines = reexport ? plan.lines : plan.lines.filter((line) => won.has(line.timesheetId));
  if (lines.length === 0) {
    throw new AppError('conflict', 'Another export took these timesheets at the same time', { rule: 'payroll.nothing_to_export' });
  }
  const rows = lines.map((line) => ({ id: newId(), ...line }));
  await tx.execute(sql`
    insert into payroll_export_lines (agency_id, id, created_at, export_id, employee_id, timesheet_id, assignment_id, week_start, currency, regular_minutes, overtime_minutes, double_minutes, pay_minor)
    select ${actor.agencyId}::uuid, x.id, ${now().toISOString()}::timestamptz, ${created.id}::uuid, x."employeeId", x."timesheetId", x."assignmentId", x."weekStart", x.currency, x."regularMinutes", x."overtimeMinutes", x."doubleMinutes", x."payMinor"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, "employeeId" uuid, "timesheetId" uuid, "assignmentId" uuid, "weekStart" date, currency text, "regularMinutes" int, "overtimeMinutes" int, "doubleMinutes" int, "payMinor" bigint)`);
  await tx.execute(sql`update payroll_exports set line_count = ${lines.length} where agency_id = ${actor.agencyId}::uuid and id = ${created.id}::uuid`);
  await recordAudit(tx, actor, { entity: 'payroll_export', entityId: created.id, action: reexport ? 're-export' : 'export', after: { periodFrom, periodTo, reexport, lineCount: lines.length, newlyExported: won.size } });
  return { id: created.id, skipped: plan.skipped };
}
