import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agencies, assignments, candidates, contacts, invoiceLines, invoicePayments, invoices, jobs, organizations } from '../../db/schema';
import { personName } from '../../platform/name-search';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { TInvoiceListQuery } from './schema';

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;

export const getInvoiceRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, invoices, agencyId, id, 'Invoice', options);

function summaryQuery(tx: Executor) {
  return tx
    .select({ invoice: invoices, organizationName: organizations.name })
    .from(invoices)
    .innerJoin(organizations, and(eq(organizations.agencyId, invoices.agencyId), eq(organizations.id, invoices.organizationId)));
}

export type InvoiceSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/** Invoices newest first (keyset on created_at, id); `overdue` means issued and past due on the agency's today. */
export async function listInvoices(tx: Executor, agencyId: string, query: TInvoiceListQuery, today: string) {
  const rows = await summaryQuery(tx)
    .where(
      and(
        eq(invoices.agencyId, agencyId),
        query.status ? eq(invoices.status, query.status) : undefined,
        query.organizationId ? eq(invoices.organizationId, query.organizationId) : undefined,
        query.overdue ? and(eq(invoices.status, 'issued'), lt(invoices.dueOn, today)) : undefined,
        afterCursorDesc(invoices.createdAt, invoices.id, query.cursor),
      ),
    )
    .orderBy(desc(invoices.createdAt), desc(invoices.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.invoice.createdAt.toISOString(), row.invoice.id]);
}

export async function getInvoiceSummary(tx: Executor, agencyId: string, id: string): Promise<InvoiceSummaryRow> {
  const [row] = await summaryQuery(tx).where(and(eq(invoices.agencyId, agencyId), eq(invoices.id, id)));
  if (!row) {
    throw new Error(`invoice ${id} vanished`);
  }
  return row;
}

/** The invoice's lines in order, each with the person and job of its assignment (for grouping by assignment and week). */
export async function getInvoiceLines(tx: Executor, agencyId: string, invoiceId: string) {
  return tx
    .select({ line: invoiceLines, candidateName: sql<string | null>`${candidates.firstName} || ' ' || ${candidates.lastName}`, jobTitle: jobs.title })
    .from(invoiceLines)
    .leftJoin(assignments, and(eq(assignments.agencyId, invoiceLines.agencyId), eq(assignments.id, invoiceLines.assignmentId)))
    .leftJoin(candidates, and(eq(candidates.agencyId, assignments.agencyId), eq(candidates.id, assignments.candidateId)))
    .leftJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)))
    .where(and(eq(invoiceLines.agencyId, agencyId), eq(invoiceLines.invoiceId, invoiceId)))
    .orderBy(asc(invoiceLines.position), asc(invoiceLines.id));
}

export type InvoiceLineWithNames = Awaited<ReturnType<typeof getInvoiceLines>>[number];

/** Everything the invoice page and its PDF show besides the summary: a fixed set of queries. */
export async function getInvoiceParts(tx: Executor, agencyId: string, invoice: InvoiceRow) {
  const [lines, payments, [contact], [organization], [agency]] = await Promise.all([
    getInvoiceLines(tx, agencyId, invoice.id),
    tx
      .select()
      .from(invoicePayments)
      .where(and(eq(invoicePayments.agencyId, agencyId), eq(invoicePayments.invoiceId, invoice.id)))
      .orderBy(asc(invoicePayments.receivedOn), asc(invoicePayments.id)),
    invoice.billingContactId
      ? tx
          .select({ id: contacts.id, name: personName(contacts), emails: contacts.emails })
          .from(contacts)
          .where(and(eq(contacts.agencyId, agencyId), eq(contacts.id, invoice.billingContactId)))
      : Promise.resolve([]),
    tx
      .select({ name: organizations.name, billingAddress: organizations.billingAddress, addresses: organizations.addresses, taxId: organizations.taxId, currentTaxRateBp: organizations.taxRateBp })
      .from(organizations)
      .where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, invoice.organizationId))),
    tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId)),
  ]);
  return { lines, payments, billingContact: contact ?? null, organization: organization ?? null, agencyName: agency?.name ?? '' };
}

export type InvoiceParts = Awaited<ReturnType<typeof getInvoiceParts>>;
