import { and, asc, desc, eq, not, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, employees, payrollExportLines, payrollExports, timesheets } from '../../db/schema';
import { personName } from '../../platform/name-search';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { findTenantRow } from '../../platform/records';
import { approvedTimesheetsOf, timesheetPricingColumns, withAssignmentRates } from '../invoices/sources';

export type PayrollPeriod = { agencyId: string; periodFrom: string; periodTo: string };

/** Whether a previous export claimed the timesheet. */
const exportedBefore = sql<boolean>`exists (select 1 from payroll_claims pc where pc.agency_id = ${timesheets.agencyId} and pc.timesheet_id = ${timesheets.id})`;

/**
 * Approved timesheets of the period (by week start) with their employee (null when the candidate has none), days and
 * rates; `includeExported` also returns those a previous export claimed (a re-export). One query whatever the volume.
 */
export async function payableTimesheets(tx: Executor, period: PayrollPeriod, includeExported: boolean) {
  const rows = await tx
    .select({
      ...timesheetPricingColumns,
      candidateName: personName(candidates),
      employeeId: employees.id,
      employeeNumber: employees.number,
      workerType: employees.workerType,
      payFrequency: employees.payFrequency,
      exported: exportedBefore,
    })
    .from(timesheets)
    .innerJoin(candidates, and(eq(candidates.agencyId, timesheets.agencyId), eq(candidates.id, timesheets.candidateId)))
    .leftJoin(employees, and(eq(employees.agencyId, timesheets.agencyId), eq(employees.candidateId, timesheets.candidateId)))
    .where(
      and(
        approvedTimesheetsOf(period),
        includeExported ? undefined : not(exportedBefore),
      ),
    )
    .orderBy(asc(employees.number), asc(timesheets.weekStart), asc(timesheets.id));
  return withAssignmentRates(tx, period.agencyId, rows);
}

const totalsJson = sql<{ currency: string; payMinor: number }[]>`coalesce((select json_agg(json_build_object('currency', t.currency, 'payMinor', t.pay) order by t.currency) from (select l.currency, sum(l.pay_minor) as pay from payroll_export_lines l where l.agency_id = payroll_exports.agency_id and l.export_id = payroll_exports.id group by l.currency) t), '[]'::json)`;

/** The export history, newest first. */
export async function listPayrollExports(tx: Executor, agencyId: string, query: { limit: number; cursor?: string | undefined }) {
  const rows = await tx
    .select({ export: payrollExports, totals: totalsJson })
    .from(payrollExports)
    .where(and(eq(payrollExports.agencyId, agencyId), afterCursorDesc(payrollExports.createdAt, payrollExports.id, query.cursor)))
    .orderBy(desc(payrollExports.createdAt), desc(payrollExports.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.export.createdAt.toISOString(), row.export.id]);
}

export async function getPayrollExport(tx: Executor, agencyId: string, id: string) {
  const row = await findTenantRow(tx, payrollExports, agencyId, id, 'Payroll export');
  const [withTotals] = await tx.select({ export: payrollExports, totals: totalsJson }).from(payrollExports).where(and(eq(payrollExports.agencyId, agencyId), eq(payrollExports.id, row.id)));
  if (!withTotals) {
    throw new Error(`payroll export ${id} vanished`);
  }
  return withTotals;
}

export type PayrollExportSummaryRow = Awaited<ReturnType<typeof getPayrollExport>>;

/** An export's lines with their employees, by employee number then week (the CSV's order). */
export async function exportLinesOf(tx: Executor, agencyId: string, exportId: string) {
  return tx
    .select({
      line: payrollExportLines,
      employeeNumber: employees.number,
      employeeName: personName(candidates),
      workerType: employees.workerType,
      payFrequency: employees.payFrequency,
    })
    .from(payrollExportLines)
    .innerJoin(employees, and(eq(employees.agencyId, payrollExportLines.agencyId), eq(employees.id, payrollExportLines.employeeId)))
    .innerJoin(candidates, and(eq(candidates.agencyId, employees.agencyId), eq(candidates.id, employees.candidateId)))
    .where(and(eq(payrollExportLines.agencyId, agencyId), eq(payrollExportLines.exportId, exportId)))
    .orderBy(asc(employees.number), asc(payrollExportLines.weekStart), asc(payrollExportLines.id));
}
