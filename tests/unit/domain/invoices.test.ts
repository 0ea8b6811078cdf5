import { describe, expect, it } from 'vitest';
import {
  INVOICE_ACTION_FROM,
  applyPayment,
  balanceOf,
  checkInvoiceAction,
  checkPeriod,
  claimSource,
  dueDate,
  invoiceReference,
  invoiceTotals,
  isFeeInvoiceable,
  isMilestoneInvoiceable,
  isOverdue,
} from '../../../src/domain/invoices';
import { INVOICE_STATUSES } from '../../../src/shared/back-office';

describe('invoice status transitions', () => {
  it('draft → issued → paid; void from draft or issued only; every other start is refused naming the rule', () => {
    const table = Object.entries(INVOICE_ACTION_FROM).flatMap(([action, from]) =>
      INVOICE_STATUSES.map((status) => ({ action, status, allowed: from.includes(status), verdict: checkInvoiceAction(action as keyof typeof INVOICE_ACTION_FROM, { status, paidMinor: 0, lineCount: 1 }) })),
    );
    for (const row of table) {
      expect(row.verdict.ok, `${row.action} from ${row.status}`).toBe(row.allowed);
      if (!row.verdict.ok) {
        expect(row.verdict.rule).toBe(`invoice.${row.action}_from_${row.status}`);
      }
    }
    expect(INVOICE_ACTION_FROM.issue).toEqual(['draft']);
    expect(INVOICE_ACTION_FROM.void).toEqual(['draft', 'issued']);
  });

  it('a paid invoice cannot be voided, nor an issued one with payments; an empty draft cannot be issued', () => {
    expect(checkInvoiceAction('void', { status: 'paid', paidMinor: 100 })).toMatchObject({ ok: false, rule: 'invoice.void_from_paid' });
    expect(checkInvoiceAction('void', { status: 'issued', paidMinor: 1 })).toMatchObject({ ok: false, rule: 'invoice.void_with_payments' });
    expect(checkInvoiceAction('void', { status: 'issued', paidMinor: 0 })).toEqual({ ok: true });
    expect(checkInvoiceAction('issue', { status: 'draft', lineCount: 0 })).toMatchObject({ ok: false, rule: 'invoice.empty' });
  });
});

describe('invoice totals (PRODUCT.md §6 money arithmetic)', () => {
  it('subtotal is the sum of the lines; tax is computed once on the taxable total, rounded half-up', () => {
    // Three lines of 0.05 each at 10 %: per-line tax would round 0.005 three times; once on 0.15 it is 0.015 → 2.
    const lines = [
      { amountMinor: 5, taxable: true },
      { amountMinor: 5, taxable: true },
      { amountMinor: 5, taxable: true },
      { amountMinor: 1000, taxable: false },
    ];
    expect(invoiceTotals(lines, 1000)).toEqual({ subtotalMinor: 1015, taxableMinor: 15, taxMinor: 2, totalMinor: 1017 });
    expect(invoiceTotals([{ amountMinor: 112_500, taxable: true }], 2000)).toEqual({ subtotalMinor: 112_500, taxableMinor: 112_500, taxMinor: 22_500, totalMinor: 135_000 });
    expect(invoiceTotals([], 2000)).toEqual({ subtotalMinor: 0, taxableMinor: 0, taxMinor: 0, totalMinor: 0 });
  });
});

describe('payments', () => {
  const issued = { status: 'issued' as const, totalMinor: 10_000, paidMinor: 0 };

  it('a partial payment leaves the invoice issued with a balance', () => {
    expect(applyPayment(issued, 4_000)).toEqual({ ok: true, status: 'issued', paidMinor: 4_000, balanceMinor: 6_000, creditMinor: 0 });
  });

  it('reaching the total makes it paid', () => {
    expect(applyPayment({ ...issued, paidMinor: 4_000 }, 6_000)).toEqual({ ok: true, status: 'paid', paidMinor: 10_000, balanceMinor: 0, creditMinor: 0 });
  });

  it('paying more than the total makes it paid with a credit of the difference', () => {
    expect(applyPayment(issued, 12_500)).toEqual({ ok: true, status: 'paid', paidMinor: 12_500, balanceMinor: 0, creditMinor: 2_500 });
    expect(balanceOf({ totalMinor: 100, paidMinor: 130 })).toEqual({ balanceMinor: 0, creditMinor: 30 });
  });

  it('refuses payments on drafts, paid and void invoices, and non-positive amounts', () => {
    expect(applyPayment({ ...issued, status: 'draft' }, 1)).toMatchObject({ ok: false, rule: 'invoice.pay_from_draft' });
    expect(applyPayment({ ...issued, status: 'paid' }, 1)).toMatchObject({ ok: false, rule: 'invoice.pay_from_paid' });
    expect(applyPayment({ ...issued, status: 'void' }, 1)).toMatchObject({ ok: false, rule: 'invoice.pay_from_void' });
    expect(applyPayment(issued, 0)).toMatchObject({ ok: false, rule: 'invoice.payment_amount', field: 'amountMinor' });
  });
});

describe('dates', () => {
  it('due date = issue date + payment terms in days, across month and year ends', () => {
    expect(dueDate('2026-11-20', 30)).toBe('2026-12-20');
    expect(dueDate('2026-12-15', 30)).toBe('2027-01-14');
    expect(dueDate('2028-02-14', 15)).toBe('2028-02-29');
    expect(dueDate('2026-11-20', 0)).toBe('2026-11-20');
  });

  it('an issued invoice is overdue the day after its due date; paid and void ones never are', () => {
    expect(isOverdue({ status: 'issued', dueOn: '2026-12-20' }, '2026-12-20')).toBe(false);
    expect(isOverdue({ status: 'issued', dueOn: '2026-12-20' }, '2026-12-21')).toBe(true);
    expect(isOverdue({ status: 'paid', dueOn: '2026-12-20' }, '2027-01-21')).toBe(false);
    expect(isOverdue({ status: 'void', dueOn: '2026-12-20' }, '2027-01-21')).toBe(false);
  });

  it('a run period must not end before it starts', () => {
    expect(checkPeriod('2026-11-01', '2026-11-30')).toEqual({ ok: true });
    expect(checkPeriod('2026-11-30', '2026-11-01')).toMatchObject({ ok: false, field: 'periodTo' });
  });
});

describe('what a run may invoice', () => {
  const permanent = { employmentType: 'permanent' as const, status: 'closed' as const, feeMinor: 1_100_000, startOn: '2026-11-16' };

  it('a permanent (or contract-to-hire) fee is invoiceable from its start date once the start is within the period end', () => {
    expect(isFeeInvoiceable(permanent, '2026-11-30')).toBe(true);
    expect(isFeeInvoiceable(permanent, '2026-11-16')).toBe(true);
    expect(isFeeInvoiceable(permanent, '2026-11-15')).toBe(false);
    expect(isFeeInvoiceable({ ...permanent, employmentType: 'contract_to_hire', status: 'active' }, '2026-11-30')).toBe(true);
  });

  it('no fee without an amount, a start date, or for a cancelled placement; temporary and retained placements bill otherwise', () => {
    expect(isFeeInvoiceable({ ...permanent, feeMinor: null }, '2026-11-30')).toBe(false);
    expect(isFeeInvoiceable({ ...permanent, feeMinor: 0 }, '2026-11-30')).toBe(false);
    expect(isFeeInvoiceable({ ...permanent, startOn: null }, '2026-11-30')).toBe(false);
    expect(isFeeInvoiceable({ ...permanent, status: 'cancelled' }, '2026-11-30')).toBe(false);
    expect(isFeeInvoiceable({ ...permanent, employmentType: 'temporary' }, '2026-11-30')).toBe(false);
    expect(isFeeInvoiceable({ ...permanent, employmentType: 'retained' }, '2026-11-30')).toBe(false);
  });

  it('a retained milestone is invoiceable when it was reached on or before the period end', () => {
    expect(isMilestoneInvoiceable({ feeMinor: 500_000, reachedOn: '2026-11-30' }, '2026-11-30')).toBe(true);
    expect(isMilestoneInvoiceable({ feeMinor: 500_000, reachedOn: '2026-12-01' }, '2026-11-30')).toBe(false);
    expect(isMilestoneInvoiceable({ feeMinor: 500_000 }, '2026-11-30')).toBe(false);
    expect(isMilestoneInvoiceable({ feeMinor: 0, reachedOn: '2026-11-01' }, '2026-11-30')).toBe(false);
  });

  it('claim sources name what is billed; numbers read INV-0007', () => {
    expect(claimSource.timesheet('t1')).toBe('timesheet:t1');
    expect(claimSource.expense('e1')).toBe('expense:e1');
    expect(claimSource.fee('p1')).toBe('fee:p1');
    expect(claimSource.milestone('p1', 2)).toBe('milestone:p1:2');
    expect(invoiceReference(7)).toBe('INV-0007');
    expect(invoiceReference(null)).toBeNull();
  });
});
