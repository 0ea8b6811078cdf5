import { invoiceLines, invoices, payrollExports } from '../../../src/db/schema';
import { createOrganization } from '../../factories/jobs';
import { type ForeignSampleProvider, route } from './types';

/** A draft invoice (with a manual line) and a payroll export of the other agency, for every invoices and payroll route that takes an id. */
export const invoicesSamples: ForeignSampleProvider = async (t, theirs) => {
  const organization = await createOrganization(theirs.as.account_manager);
  const db = t.database.db;
  const [invoice] = await db
    .insert(invoices)
    .values({ agencyId: theirs.id, organizationId: organization.id, currency: 'GBP', periodFrom: '2026-12-01', periodTo: '2026-12-31', paymentTermsDays: 30, createdByLabel: 'sample', subtotalMinor: 1000, totalMinor: 1000 })
    .returning();
  const [line] = await db
    .insert(invoiceLines)
    .values({ agencyId: theirs.id, invoiceId: invoice?.id ?? '', position: 0, kind: 'manual', description: 'Sample', quantity: 1, quantityUnit: 'item', rateMinor: 1000, amountMinor: 1000 })
    .returning();
  const [payroll] = await db.insert(payrollExports).values({ agencyId: theirs.id, periodFrom: '2026-12-01', periodTo: '2026-12-31', lineCount: 0, actorLabel: 'sample' }).returning();
  const id = invoice?.id ?? '';
  const version = invoice?.version ?? 1;
  return {
    [route('GET', '/api/invoices/:id')]: { id },
    [route('PATCH', '/api/invoices/:id')]: { id, body: { version, notes: 'Hijacked' } },
    [route('POST', '/api/invoices/:id/lines')]: { id, body: { version, description: 'Hijacked', quantity: 1, rateMinor: 100 } },
    [route('DELETE', '/api/invoices/:id/lines/:lineId')]: { id, params: { id, lineId: `${line?.id ?? ''}?version=${version}` } },
    [route('POST', '/api/invoices/:id/issue')]: { id, body: { version } },
    [route('POST', '/api/invoices/:id/payments')]: { id, body: { version, receivedOn: '2026-12-20', amountMinor: 100 } },
    [route('POST', '/api/invoices/:id/void')]: { id, body: { version, reason: 'Hijacked' } },
    [route('GET', '/api/invoices/:id/pdf')]: { id },
    [route('POST', '/api/invoices/:id/send')]: { id },
    [route('GET', '/api/payroll/exports/:id/csv')]: { id: payroll?.id ?? '' },
  };
};
