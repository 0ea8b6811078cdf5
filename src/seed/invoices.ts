import { issueInvoice, recordPayment, runInvoices } from '../modules/invoices/service';
import { createPayrollExport } from '../modules/payroll/service';
import { AppError } from '../platform/errors';
import { type DemoContext, type DemoSeed, daysFrom, isoDate } from './context';
import { actorFor } from './pipeline';

/** Monday on or before a date. */
const mondayOf = (date: Date) => daysFrom(date, -((date.getUTCDay() + 6) % 7));

/**
 * Invoices and payroll through the back office's own commands, over the approved timesheets (and fees) seeded
 * before: the oldest fortnight invoiced, issued and paid; the next issued and awaiting payment; this week's (the
 * direct placement's fee) left as a draft to check. The oldest fortnight is exported to payroll, so later time shows
 * as not yet exported.
 * Run after the timesheets are seeded.
 */
export const seedInvoices: DemoSeed = async (context: DemoContext) => {
  const { tx, team, now } = context;
  const backOffice = await actorFor(context, team.backOffice, 'back_office');
  const thisWeek = mondayOf(now);
  const fortnight = (weeksAgo: number) => ({ periodFrom: isoDate(daysFrom(thisWeek, -7 * weeksAgo)), periodTo: isoDate(daysFrom(thisWeek, -7 * (weeksAgo - 2) - 1)) });
  const oldest = await runInvoices({ actor: backOffice, tx, ...fortnight(4) });
  const middle = await runInvoices({ actor: backOffice, tx, ...fortnight(2) });
  await runInvoices({ actor: backOffice, tx, periodFrom: isoDate(thisWeek), periodTo: isoDate(now) });

  for (const invoiceId of oldest.invoiceIds) {
    const issued = await issueInvoice({ actor: backOffice, tx, invoiceId, version: 1 });
    await recordPayment({ actor: backOffice, tx, invoiceId, version: issued.version, receivedOn: isoDate(now), amountMinor: issued.totalMinor, method: 'Bank transfer', reference: `BACS ${issued.number ?? ''}` });
  }
  for (const invoiceId of middle.invoiceIds) {
    await issueInvoice({ actor: backOffice, tx, invoiceId, version: 1 });
  }
  try {
    await createPayrollExport({ actor: backOffice, tx, ...fortnight(4), reexport: false });
  } catch (error) {
    // No approved time in those weeks (a smaller demo): nothing to export, and nothing else depends on it.
    if (!(error instanceof AppError)) {
      throw error;
    }
  }
};
