import type { EmploymentType } from '../shared/jobs';
import type { InvoiceStatus } from '../shared/back-office';
import type { PlacementStatus, RetainedMilestone } from '../shared/pipeline';
import { taxOn } from './money';
import { addDays } from './placements';

/**
 * Invoices (PRODUCT.md §6): `draft → issued → paid`, or `void` from draft or issued. A paid invoice is not voided
 * (the money was received: that needs a credit note, not a void), and neither is an issued one that has payments
 * recorded against it. Totals follow §6's money arithmetic: lines are priced (and rounded) one by one, tax is
 * computed once on the taxable total.
 */
export type Refusal = { rule: string; message: string; field?: string; conflict?: boolean };
export type Verdict = { ok: true } | ({ ok: false } & Refusal);
const refuse = (refusal: Refusal): Verdict => ({ ok: false, ...refusal });
const OK: Verdict = { ok: true };

export type InvoiceAction = 'edit' | 'issue' | 'pay' | 'void' | 'send';

/** Which statuses each action starts from, and where it leads (pay leads to issued or paid, see `applyPayment`). */
export const INVOICE_ACTION_FROM: Record<InvoiceAction, readonly InvoiceStatus[]> = {
  edit: ['draft'],
  issue: ['draft'],
  pay: ['issued'],
  void: ['draft', 'issued'],
  send: ['issued', 'paid'],
};

const ACTION_WORDS: Record<InvoiceAction, string> = {
  edit: 'Only a draft invoice can be edited',
  issue: 'Only a draft invoice can be issued',
  pay: 'Payments are recorded against issued invoices only',
  void: 'Only a draft or issued invoice can be voided',
  send: 'Only an issued or paid invoice can be sent',
};

/** May this action start from the invoice's status? */
export function checkInvoiceAction(action: InvoiceAction, invoice: { status: InvoiceStatus; paidMinor?: number; lineCount?: number }): Verdict {
  if (!INVOICE_ACTION_FROM[action].includes(invoice.status)) {
    return refuse({ rule: `invoice.${action}_from_${invoice.status}`, message: `${ACTION_WORDS[action]} (this one is ${invoice.status})` });
  }
  if (action === 'void' && (invoice.paidMinor ?? 0) > 0) {
    return refuse({ rule: 'invoice.void_with_payments', message: 'An invoice with payments recorded against it cannot be voided' });
  }
  if (action === 'issue' && invoice.lineCount === 0) {
    return refuse({ rule: 'invoice.empty', message: 'An invoice without lines cannot be issued' });
  }
  return OK;
}

export type TotalsLine = { amountMinor: number; taxable: boolean };
export type InvoiceTotals = { subtotalMinor: number; taxableMinor: number; taxMinor: number; totalMinor: number };

/** Subtotal is the sum of the lines; tax is `taxOn(taxable total, rate)` rounded once; total is both. */
export function invoiceTotals(lines: readonly TotalsLine[], taxRateBp: number): InvoiceTotals {
  let subtotalMinor = 0;
  let taxableMinor = 0;
  for (const line of lines) {
    subtotalMinor += line.amountMinor;
    if (line.taxable) {
      taxableMinor += line.amountMinor;
    }
  }
  const taxMinor = taxOn(taxableMinor, taxRateBp);
  return { subtotalMinor, taxableMinor, taxMinor, totalMinor: subtotalMinor + taxMinor };
}

/** What is still owed, and what was paid beyond the total (a credit). */
export function balanceOf({ totalMinor, paidMinor }: { totalMinor: number; paidMinor: number }): { balanceMinor: number; creditMinor: number } {
  return { balanceMinor: Math.max(0, totalMinor - paidMinor), creditMinor: Math.max(0, paidMinor - totalMinor) };
}

/**
 * A payment against an issued invoice: partial leaves it issued with a balance; reaching the total makes it paid;
 * more than the total makes it paid with a credit of the difference.
 */
export function applyPayment(invoice: { status: InvoiceStatus; totalMinor: number; paidMinor: number }, amountMinor: number): ({ ok: true; status: InvoiceStatus; paidMinor: number } & ReturnType<typeof balanceOf>) | ({ ok: false } & Refusal) {
  const allowed = checkInvoiceAction('pay', invoice);
  if (!allowed.ok) {
    return allowed;
  }
  if (!Number.isInteger(amountMinor) || amountMinor <= 0) {
    return { ok: false, rule: 'invoice.payment_amount', message: 'A payment must be a positive amount', field: 'amountMinor' };
  }
  const paidMinor = invoice.paidMinor + amountMinor;
  return { ok: true, status: paidMinor >= invoice.totalMinor ? 'paid' : 'issued', paidMinor, ...balanceOf({ totalMinor: invoice.totalMinor, paidMinor }) };
}

/** The due date: the issue date plus the payment terms in days. */
export const dueDate = (issuedOn: string, paymentTermsDays: number): string => addDays(issuedOn, paymentTermsDays);

/** An issued invoice not paid by its due date. */
export const isOverdue = (invoice: { status: InvoiceStatus; dueOn: string | null }, today: string): boolean => invoice.status === 'issued' && invoice.dueOn !== null && invoice.dueOn < today;

/** Employment types whose placement fee (percentage of first-year salary, or flat) is invoiced once, from the start date. */
export const FEE_EMPLOYMENT_TYPES: readonly EmploymentType[] = ['permanent', 'contract_to_hire'];

/** A placement fee is invoiceable once the placement has started by the period's end (and was not cancelled). */
export function isFeeInvoiceable(placement: { employmentType: EmploymentType; status: PlacementStatus; feeMinor: number | null; startOn: string | null }, periodTo: string): boolean {
  return FEE_EMPLOYMENT_TYPES.includes(placement.employmentType) && placement.status !== 'cancelled' && (placement.feeMinor ?? 0) > 0 && placement.startOn !== null && placement.startOn <= periodTo;
}

/** A retained milestone is invoiceable once it was reached by the period's end. */
export const isMilestoneInvoiceable = (milestone: Pick<RetainedMilestone, 'reachedOn' | 'feeMinor'>, periodTo: string): boolean =>
  milestone.reachedOn !== undefined && milestone.reachedOn !== null && milestone.reachedOn <= periodTo && milestone.feeMinor > 0;

/** The claim source of what a line bills (ARCHITECTURE.md's exactly once). */
export const claimSource = {
  timesheet: (id: string) => `timesheet:${id}`,
  expense: (id: string) => `expense:${id}`,
  fee: (placementId: string) => `fee:${placementId}`,
  milestone: (placementId: string, index: number) => `milestone:${placementId}:${index}`,
};

/** How people read an invoice number: INV-0007 (a draft has none yet). */
export const invoiceReference = (number: number | null): string | null => (number === null ? null : `INV-${String(number).padStart(4, '0')}`);

/** The period a run covers must run forwards. */
export function checkPeriod(periodFrom: string, periodTo: string): Verdict {
  return periodTo < periodFrom ? refuse({ rule: 'invoice.period', message: 'must not be before the start of the period', field: 'periodTo' }) : OK;
}
