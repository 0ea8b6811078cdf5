import { balanceOf, invoiceReference, isOverdue } from '../../domain/invoices';
import type { StaffActor } from '../../platform/auth/actor';
import { invoicePolicy } from './policy';
import type { InvoiceLineWithNames, InvoiceParts, InvoiceRow, InvoiceSummaryRow } from './queries';

export function presentInvoiceSummary(row: InvoiceSummaryRow, today: string) {
  const invoice = row.invoice;
  return {
    id: invoice.id,
    number: invoice.number,
    reference: invoiceReference(invoice.number),
    status: invoice.status,
    organization: { id: invoice.organizationId, name: row.organizationName },
    currency: invoice.currency,
    periodFrom: invoice.periodFrom,
    periodTo: invoice.periodTo,
    poNumber: invoice.poNumber,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    subtotalMinor: invoice.subtotalMinor,
    taxMinor: invoice.taxMinor,
    totalMinor: invoice.totalMinor,
    paidMinor: invoice.paidMinor,
    ...balanceOf(invoice),
    overdue: isOverdue(invoice, today),
    createdAt: invoice.createdAt.toISOString(),
    version: invoice.version,
  };
}

export function presentLine({ line }: Pick<InvoiceLineWithNames, 'line'>) {
  return {
    id: line.id,
    position: line.position,
    kind: line.kind,
    claimSource: line.claimSource,
    assignmentId: line.assignmentId,
    placementId: line.placementId,
    timesheetId: line.timesheetId,
    expenseId: line.expenseId,
    weekStart: line.weekStart,
    description: line.description,
    quantity: line.quantity,
    quantityUnit: line.quantityUnit,
    rateMinor: line.rateMinor,
    amountMinor: line.amountMinor,
    taxable: line.taxable,
  };
}

export type InvoiceGroup = {
  assignment: { id: string; candidateName: string; jobTitle: string } | null;
  weekStart: string | null;
  label: string;
  lines: ReturnType<typeof presentLine>[];
  subtotalMinor: number;
};

/** Lines grouped by assignment and week in the order they are on the invoice; lines of no assignment come last. */
export function groupLines(lines: readonly InvoiceLineWithNames[]): InvoiceGroup[] {
  const groups = new Map<string, InvoiceGroup>();
  const other: InvoiceGroup = { assignment: null, weekStart: null, label: 'Other', lines: [], subtotalMinor: 0 };
  for (const row of lines) {
    const { line } = row;
    let group = other;
    if (line.assignmentId) {
      const key = `${line.assignmentId}|${line.weekStart ?? ''}`;
      const name = `${row.candidateName ?? ''} — ${row.jobTitle ?? ''}`;
      group = groups.get(key) ?? {
        assignment: { id: line.assignmentId, candidateName: row.candidateName ?? '', jobTitle: row.jobTitle ?? '' },
        weekStart: line.weekStart,
        label: line.weekStart ? `${name}, week of ${line.weekStart}` : `${name}, fees`,
        lines: [],
        subtotalMinor: 0,
      };
      groups.set(key, group);
    }
    group.lines.push(presentLine(row));
    group.subtotalMinor += line.amountMinor;
  }
  return [...groups.values(), ...(other.lines.length > 0 ? [other] : [])];
}

export function presentInvoiceRecord(actor: StaffActor, row: InvoiceSummaryRow, parts: InvoiceParts, today: string) {
  const invoice: InvoiceRow = row.invoice;
  return {
    data: {
      ...presentInvoiceSummary(row, today),
      billingContact: parts.billingContact ? { id: parts.billingContact.id, name: parts.billingContact.name, email: parts.billingContact.emails[0] ?? null } : null,
      paymentTermsDays: invoice.paymentTermsDays,
      taxRateBp: invoice.taxRateBp,
      notes: invoice.notes,
      paidAt: invoice.paidAt?.toISOString() ?? null,
      voidedAt: invoice.voidedAt?.toISOString() ?? null,
      voidReason: invoice.voidReason,
      createdBy: invoice.createdByLabel,
      lineCount: parts.lines.length,
      groups: groupLines(parts.lines),
      payments: parts.payments.map((payment) => ({
        id: payment.id,
        receivedOn: payment.receivedOn,
        amountMinor: payment.amountMinor,
        method: payment.method,
        reference: payment.reference,
        recordedBy: payment.actorLabel,
        createdAt: payment.createdAt.toISOString(),
      })),
    },
    abilities: invoicePolicy.abilities(actor, { status: invoice.status, paidMinor: invoice.paidMinor, lineCount: parts.lines.length }),
  };
}
