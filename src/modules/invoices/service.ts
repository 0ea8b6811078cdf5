import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contacts, invoiceClaims, invoiceLines, invoicePayments, invoices, organizations } from '../../db/schema';
import { addDays } from '../../domain/placements';
import { applyPayment, checkInvoiceAction, dueDate, invoiceReference, invoiceTotals } from '../../domain/invoices';
import type { StaffActor } from '../../platform/auth/actor';
import { actorLabel } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now, today } from '../../platform/clock';
import { nextNumber } from '../../platform/counters';
import { AppError, assertVerdict, notFound, verdictError } from '../../platform/errors';
import { getSettings } from '../../platform/settings';
import { fieldRule } from '../organizations/references';
import { type InvoiceRow, getInvoiceRow } from './queries';
import { type RunOutcome, type RunPlan, createDrafts, insertLines, planRun } from './run';
import type { TAddLineBody, TPaymentBody, TRunBody, TUpdateInvoiceBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

const WEEKDAY_INDEX = { sunday: 0, monday: 1, saturday: 6 } as const;

/** The agency's "today" and the first day of the week a date falls in. */
async function agencyCalendar(tx: Executor, agencyId: string) {
  const settings = await getSettings(tx, agencyId, ['agency.timeZone', 'agency.weekStart']);
  const first = WEEKDAY_INDEX[settings['agency.weekStart']];
  return {
    today: today(settings['agency.timeZone']),
    weekOf: (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() - first + 7) % 7)),
  };
}

/** What an invoice run would create, per organization; writes nothing. */
export async function previewRun(tx: Executor, agencyId: string, body: TRunBody): Promise<RunPlan> {
  const { weekOf } = await agencyCalendar(tx, agencyId);
  return planRun(tx, { agencyId, ...body }, weekOf);
}

/** Creates the drafts of an invoice run, claiming what they bill (a concurrent run's claims win where it was first). */
export async function runInvoices({ actor, tx, ...body }: CommandBase & TRunBody): Promise<RunOutcome> {
  const { weekOf } = await agencyCalendar(tx, actor.agencyId);
  const scope = { agencyId: actor.agencyId, ...body };
  return createDrafts(tx, actor, scope, await planRun(tx, scope, weekOf));
}

async function lockedInvoice(tx: Executor, actor: StaffActor, invoiceId: string, version: number): Promise<InvoiceRow> {
  const invoice = await getInvoiceRow(tx, actor.agencyId, invoiceId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'invoice', invoice, version);
  return invoice;
}

/** Totals again from the lines (tax once on the taxable total), with the version bumped. */
async function saveTotals(tx: Executor, agencyId: string, invoice: InvoiceRow, changes: Partial<InvoiceRow> = {}): Promise<InvoiceRow> {
  const lines = await tx
    .select({ amountMinor: invoiceLines.amountMinor, taxable: invoiceLines.taxable })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.agencyId, agencyId), eq(invoiceLines.invoiceId, invoice.id)));
  const { subtotalMinor, taxMinor, totalMinor } = invoiceTotals(lines, changes.taxRateBp ?? invoice.taxRateBp);
  const [after] = await tx
    .update(invoices)
    .set({ ...changes, subtotalMinor, taxMinor, totalMinor, version: invoice.version + 1 })
    .where(and(eq(invoices.agencyId, agencyId), eq(invoices.id, invoice.id)))
    .returning();
  if (!after) {
    throw new Error('invoice update returned no row');
  }
  return after;
}

/** Notes, PO number, billing contact and terms of a draft. */
export async function updateInvoice({ actor, tx, invoiceId, version, ...changes }: CommandBase & TUpdateInvoiceBody & { invoiceId: string }) {
  const before = await lockedInvoice(tx, actor, invoiceId, version);
  assertVerdict(checkInvoiceAction('edit', before));
  if (changes.billingContactId) {
    const [contact] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.agencyId, actor.agencyId), eq(contacts.id, changes.billingContactId), eq(contacts.organizationId, before.organizationId)));
    if (!contact) {
      throw fieldRule('billingContactId', 'must be a contact of the client organization');
    }
  }
  const [after] = await tx
    .update(invoices)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(invoices.agencyId, actor.agencyId), eq(invoices.id, invoiceId)))
    .returning();
  await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'update', before, after });
  return after;
}

/** A manual line (items × rate) on a draft, after its other lines. */
export async function addManualLine({ actor, tx, invoiceId, version, description, quantity, rateMinor, taxable }: CommandBase & TAddLineBody & { invoiceId: string }) {
  const before = await lockedInvoice(tx, actor, invoiceId, version);
  assertVerdict(checkInvoiceAction('edit', before));
  const [last] = await tx
    .select({ position: sql<number>`coalesce(max(${invoiceLines.position}), -1)::int` })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.agencyId, actor.agencyId), eq(invoiceLines.invoiceId, invoiceId)));
  const line = { kind: 'manual' as const, claimSource: null, assignmentId: null, placementId: null, timesheetId: null, expenseId: null, weekStart: null, description, quantity, quantityUnit: 'item' as const, rateMinor, amountMinor: quantity * rateMinor, taxable };
  await insertLines(tx, actor.agencyId, [{ ...line, invoiceId, position: (last?.position ?? -1) + 1 }]);
  const after = await saveTotals(tx, actor.agencyId, before);
  await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'add line', before: { totalMinor: before.totalMinor }, after: { line, totalMinor: after.totalMinor } });
  return after;
}

/**
 * Removes a line from a draft. A line that bills a claimed source takes every line of that source with it and
 * deletes the claim, so the timesheet, expense or fee is released to be invoiced again.
 */
export async function removeLine({ actor, tx, invoiceId, lineId, version }: CommandBase & { invoiceId: string; lineId: string; version: number }) {
  const before = await lockedInvoice(tx, actor, invoiceId, version);
  assertVerdict(checkInvoiceAction('edit', before));
  const [line] = await tx
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.agencyId, actor.agencyId), eq(invoiceLines.invoiceId, invoiceId), eq(invoiceLines.id, lineId)));
  if (!line) {
    throw notFound('Invoice line');
  }
  const removed = line.claimSource
    ? await tx
        .delete(invoiceLines)
        .where(and(eq(invoiceLines.agencyId, actor.agencyId), eq(invoiceLines.invoiceId, invoiceId), eq(invoiceLines.claimSource, line.claimSource)))
        .returning({ id: invoiceLines.id, description: invoiceLines.description })
    : await tx.delete(invoiceLines).where(and(eq(invoiceLines.agencyId, actor.agencyId), eq(invoiceLines.id, lineId))).returning({ id: invoiceLines.id, description: invoiceLines.description });
  if (line.claimSource) {
    await tx.delete(invoiceClaims).where(and(eq(invoiceClaims.agencyId, actor.agencyId), eq(invoiceClaims.source, line.claimSource), eq(invoiceClaims.invoiceId, invoiceId)));
  }
  const after = await saveTotals(tx, actor.agencyId, before);
  await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'remove line', before: { lines: removed, claimSource: line.claimSource, totalMinor: before.totalMinor }, after: { totalMinor: after.totalMinor } });
  return after;
}

/**
 * Issues a draft: the agency's next invoice number (gapless: the counter row stays locked until this transaction
 * ends, and a rollback gives the number back), the agency's today as issue date, the due date from the invoice's
 * terms (the placement's override or the organization's), and tax at the organization's current rate.
 */
export async function issueInvoice({ actor, tx, invoiceId, version }: CommandBase & { invoiceId: string; version: number }) {
  const before = await lockedInvoice(tx, actor, invoiceId, version);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.agencyId, actor.agencyId), eq(invoiceLines.invoiceId, invoiceId)));
  assertVerdict(checkInvoiceAction('issue', { ...before, lineCount: count?.n ?? 0 }));
  const [organization] = await tx
    .select({ taxRateBp: organizations.taxRateBp })
    .from(organizations)
    .where(and(eq(organizations.agencyId, actor.agencyId), eq(organizations.id, before.organizationId)));
  const { today: issuedOn } = await agencyCalendar(tx, actor.agencyId);
  const number = await nextNumber(tx, actor.agencyId, 'invoice');
  const after = await saveTotals(tx, actor.agencyId, before, {
    status: 'issued',
    number,
    issuedOn,
    dueOn: dueDate(issuedOn, before.paymentTermsDays),
    taxRateBp: organization?.taxRateBp ?? before.taxRateBp,
  });
  await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'issue', before: { status: before.status }, after: { status: after.status, number: invoiceReference(number), issuedOn, dueOn: after.dueOn, totalMinor: after.totalMinor } });
  return after;
}

/** A payment against an issued invoice: partial keeps it issued; the total (or more: a credit) makes it paid. */
export async function recordPayment({ actor, tx, invoiceId, version, receivedOn, amountMinor, method, reference }: CommandBase & TPaymentBody & { invoiceId: string }) {
  const before = await lockedInvoice(tx, actor, invoiceId, version);
  const outcome = applyPayment(before, amountMinor);
  if (!outcome.ok) {
    throw verdictError(outcome);
  }
  const [payment] = await tx.insert(invoicePayments).values({ agencyId: actor.agencyId, invoiceId, receivedOn, amountMinor, method, reference, actorLabel: actorLabel(actor) }).returning();
  const [after] = await tx
    .update(invoices)
    .set({ paidMinor: outcome.paidMinor, status: outcome.status, paidAt: outcome.status === 'paid' ? now() : null, version: before.version + 1 })
    .where(and(eq(invoices.agencyId, actor.agencyId), eq(invoices.id, invoiceId)))
    .returning();
  await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'payment', before: { status: before.status, paidMinor: before.paidMinor }, after: { status: outcome.status, paidMinor: outcome.paidMinor, payment } });
  return after;
}

/**
 * Voids a draft or issued invoice (not a paid one, nor one with payments): its claims are deleted in the same
 * transaction, so what it billed can be invoiced again; an issued invoice keeps its number, used and visible.
 */
export async function voidInvoice({ actor, tx, invoiceId, version, reason }: CommandBase & { invoiceId: string; version: number; reason: string }) {
  const before = await lockedInvoice(tx, actor, invoiceId, version);
  assertVerdict(checkInvoiceAction('void', before));
  const released = await tx
    .delete(invoiceClaims)
    .where(and(eq(invoiceClaims.agencyId, actor.agencyId), eq(invoiceClaims.invoiceId, invoiceId)))
    .returning({ source: invoiceClaims.source });
  const [after] = await tx
    .update(invoices)
    .set({ status: 'void', voidedAt: now(), voidReason: reason, version: before.version + 1 })
    .where(and(eq(invoices.agencyId, actor.agencyId), eq(invoices.id, invoiceId)))
    .returning();
  await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'void', before: { status: before.status }, after: { status: 'void', reason, released: released.length } });
  return after;
}

/** The agency's "today" (for overdue flags). */
export async function agencyToday(tx: Executor, agencyId: string): Promise<string> {
  return (await agencyCalendar(tx, agencyId)).today;
}

/** Refuses sending what may not be sent and answers who receives it. */
export function assertSendable(invoice: InvoiceRow, billingContact: { name: string; emails: string[] } | null): { to: string; name: string } {
  assertVerdict(checkInvoiceAction('send', invoice));
  const to = billingContact?.emails[0];
  if (!billingContact || !to) {
    throw new AppError('rule_violation', 'billingContactId: the invoice has no billing contact with an email address', { rule: 'invoice.no_billing_email', fields: [{ path: 'billingContactId', message: 'no billing contact with an email address' }] });
  }
  return { to, name: billingContact.name };
}
