import { z } from 'zod';
import { ZDate, ZInstant, listEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';

function forwards(period: { periodFrom: string; periodTo: string }, ctx: z.RefinementCtx) {
  if (period.periodTo < period.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be before the start of the period' });
  }
}

export const ZPayrollPeriodQuery = z.object({ periodFrom: ZDate, periodTo: ZDate }).superRefine(forwards);

export const ZPayrollExportBody = z
  .object({
    periodFrom: ZDate,
    periodTo: ZDate,
    reexport: z.boolean().default(false).meta({ description: 'Include timesheets exported before (they are not claimed again); only on explicit request' }),
  })
  .superRefine(forwards);

const ZTotals = z.array(z.object({ currency: z.string(), payMinor: z.number().int() }));

export const ZPayLine = z.object({
  timesheetId: z.uuid(),
  assignmentId: z.uuid(),
  employee: z.object({ id: z.uuid(), number: z.number().int(), name: z.string(), workerType: z.string(), payFrequency: z.string() }),
  weekStart: ZDate,
  regularMinutes: z.number().int(),
  overtimeMinutes: z.number().int(),
  doubleMinutes: z.number().int(),
  payMinor: z.number().int(),
  currency: z.string(),
  exported: z.boolean().meta({ description: 'Exported before (only in a re-export)' }),
});

const ZPaySkipped = z.object({ timesheetId: z.uuid(), label: z.string(), reason: z.string() });

export const ZPayrollPreview = z.object({ data: z.object({ lines: z.array(ZPayLine), skipped: z.array(ZPaySkipped), totals: ZTotals }) });

export const ZPayrollExport = z.object({
  id: z.uuid(),
  periodFrom: ZDate,
  periodTo: ZDate,
  reexport: z.boolean(),
  lineCount: z.number().int(),
  totals: ZTotals,
  exportedBy: z.string(),
  createdAt: ZInstant,
});

export const ZPayrollExportResult = z.object({ data: ZPayrollExport.extend({ skipped: z.array(ZPaySkipped) }) });
export const ZPayrollExportList = listEnvelope(ZPayrollExport);
export const ZPayrollExportListQuery = ZPageQuery;
