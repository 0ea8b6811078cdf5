import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { type CsvColumn, csvStream, sendCsv } from '../../platform/csv';
import { minorAsDecimal, minutesAsHours } from '../../domain/money';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { type PayrollExportSummaryRow, getPayrollExport, listPayrollExports, exportLinesOf } from './queries';
import { ZPayrollExportBody, ZPayrollExportList, ZPayrollExportListQuery, ZPayrollExportResult, ZPayrollPeriodQuery, ZPayrollPreview } from './schema';
import { type PayLine, createPayrollExport, planPayroll } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.backOffice) };
const tags = ['Payroll'];

const presentExport = (row: PayrollExportSummaryRow) => ({
  id: row.export.id,
  periodFrom: row.export.periodFrom,
  periodTo: row.export.periodTo,
  reexport: row.export.reexport,
  lineCount: row.export.lineCount,
  totals: row.totals.map((total) => ({ currency: total.currency, payMinor: Number(total.payMinor) })),
  exportedBy: row.export.actorLabel,
  createdAt: row.export.createdAt.toISOString(),
});

const presentPayLine = (line: PayLine) => ({
  timesheetId: line.timesheetId,
  assignmentId: line.assignmentId,
  employee: { id: line.employeeId, number: line.employeeNumber, name: line.employeeName, workerType: line.workerType, payFrequency: line.payFrequency },
  weekStart: line.weekStart,
  regularMinutes: line.regularMinutes,
  overtimeMinutes: line.overtimeMinutes,
  doubleMinutes: line.doubleMinutes,
  payMinor: line.payMinor,
  currency: line.currency,
  exported: line.exported,
});

function totalsOf(lines: readonly { currency: string; payMinor: number }[]) {
  const totals = new Map<string, number>();
  for (const line of lines) {
    totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.payMinor);
  }
  return [...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, payMinor]) => ({ currency, payMinor }));
}

type ExportLine = Awaited<ReturnType<typeof exportLinesOf>>[number];

/** The payroll CSV: one row per employee and week, hours with two decimals, pay as a decimal beside its currency code. */
const PAYROLL_CSV_COLUMNS: CsvColumn<ExportLine>[] = [
  { header: 'Employee number', value: (row) => row.employeeNumber },
  { header: 'Name', value: (row) => row.employeeName },
  { header: 'Worker type', value: (row) => row.workerType },
  { header: 'Pay frequency', value: (row) => row.payFrequency },
  { header: 'Week', value: (row) => row.line.weekStart },
  { header: 'Regular hours', value: (row) => minutesAsHours(row.line.regularMinutes) },
  { header: 'Overtime hours', value: (row) => minutesAsHours(row.line.overtimeMinutes) },
  { header: 'Double time hours', value: (row) => minutesAsHours(row.line.doubleMinutes) },
  { header: 'Pay amount', value: (row) => minorAsDecimal(row.line.payMinor, row.line.currency) },
  { header: 'Currency', value: (row) => row.line.currency },
];

export const payrollRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/payroll/preview',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Approved time not yet exported to payroll',
        description: 'Approved timesheets of the period (by week start) never exported, at the pay rates, per employee; and those that cannot be exported, with the reason.',
        querystring: ZPayrollPeriodQuery,
        response: { 200: ZPayrollPreview, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const plan = await planPayroll(db, { agencyId: actor.agencyId, ...request.query }, false);
      return { data: { lines: plan.lines.map(presentPayLine), skipped: plan.skipped, totals: totalsOf(plan.lines) } };
    },
  );

  app.post(
    '/api/payroll/exports',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Export approved hours × pay rates for a period, marking them exported',
        description: 'Only timesheets never exported, unless `reexport` is true (then every approved timesheet of the period, without claiming the old ones again). 422 when there is nothing to export.',
        body: ZPayrollExportBody,
        response: { 201: ZPayrollExportResult, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const created = await db.transaction((tx) => createPayrollExport({ actor, tx, ...request.body }));
      const row = await getPayrollExport(db, actor.agencyId, created.id);
      return reply.status(201).send({ data: { ...presentExport(row), skipped: created.skipped } });
    },
  );

  app.get(
    '/api/payroll/exports',
    { config: readers, schema: { tags, summary: 'Payroll export history, newest first', querystring: ZPayrollExportListQuery, response: { 200: ZPayrollExportList, ...STAFF_ERRORS } } },
    async (request) => {
      const page = await listPayrollExports(db, staffActor(request).agencyId, request.query);
      return { data: page.data.map(presentExport), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/payroll/exports/:id/csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Download a payroll export as CSV',
        produces: ['text/csv'],
        description: 'Employee number, name, worker type, pay frequency, week, regular / overtime / double-time hours (2 decimals), pay amount and currency.',
        params: ZIdParams,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const row = await getPayrollExport(db, actor.agencyId, request.params.id);
      const lines = await exportLinesOf(db, actor.agencyId, row.export.id);
      async function* batches() {
        yield lines;
      }
      const name = `payroll${row.export.reexport ? '-reexport' : ''}-${row.export.periodFrom}`;
      return sendCsv(reply, name, row.export.periodTo, csvStream(PAYROLL_CSV_COLUMNS, batches()));
    },
  );
};
