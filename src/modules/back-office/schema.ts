import { z } from 'zod';

/** Where a count's list lives in the web app: a path and the query that filters it. */
export const ZListLink = z.object({ path: z.string(), query: z.record(z.string(), z.string()) }).meta({ id: 'BackOfficeListLink' });

/** An amount per currency (amounts in different currencies are never added together). */
const ZAmounts = z.array(z.object({ currency: z.string(), amountMinor: z.number().int() }));

const ZCount = z.object({ count: z.number().int(), link: ZListLink });

export const ZBackOfficeSummary = z
  .object({
    data: z.object({
      today: z.iso.date(),
      assignmentsNeedingApproval: ZCount,
      assignmentsEndingSoon: ZCount.extend({ withinDays: z.number().int() }),
      timesheetsMissing: ZCount.extend({ weekStart: z.iso.date().meta({ description: "The agency's previous week, whose sheets are counted" }) }),
      timesheetsAwaitingApproval: ZCount,
      timesheetsEscalated: ZCount,
      unbilled: ZCount.extend({
        minutes: z.number().int().meta({ description: 'Approved, not yet invoiced time in whole minutes' }),
        amounts: ZAmounts.meta({ description: 'Bill amounts at the rates in force on each day (priceDays arithmetic, in SQL)' }),
        unpricedCount: z.number().int().meta({ description: 'Sheets with time on days that have no rates in force (not priced)' }),
      }),
      invoicesDue: ZCount.extend({ amounts: ZAmounts.meta({ description: 'Outstanding (total − paid) per currency' }) }),
      invoicesOverdue: ZCount.extend({ amounts: ZAmounts }),
      payrollNotExported: ZCount.extend({ minutes: z.number().int() }),
    }),
  })
  .meta({ id: 'BackOfficeSummary' });

export type BackOfficeSummary = z.infer<typeof ZBackOfficeSummary>['data'];
