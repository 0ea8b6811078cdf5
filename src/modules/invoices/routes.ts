import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { allPages, csvStream, sendCsv } from '../../platform/csv';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { contactNames } from '../placements/queries';
import { INVOICE_CSV_COLUMNS } from './csv';
import { renderInvoicePdf } from './pdf';
import { groupLines, presentInvoiceRecord, presentInvoiceSummary } from './presenter';
import { getInvoiceParts, getInvoiceRow, getInvoiceSummary, listInvoices } from './queries';
import {
  ZAddLineBody,
  ZInvoiceList,
  ZInvoiceListQuery,
  ZInvoiceRecord,
  ZIssueBody,
  ZLineParams,
  ZPaymentBody,
  ZRunBody,
  ZRunPreview,
  ZRunResult,
  ZSendResult,
  ZUpdateInvoiceBody,
  ZVersionQuery,
  ZVoidBody,
} from './schema';
import { sendInvoice } from './send';
import { addManualLine, agencyToday, issueInvoice, previewRun, recordPayment, removeLine, runInvoices, updateInvoice, voidInvoice } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.backOffice) };
const tags = ['Invoices'];
const EXPORT_BATCH = 500;

export const invoicesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs: queue, config }) => {
  const { db } = database;

  /** The invoice as the API answers it, read after the command committed. */
  async function invoiceRecord(tx: Executor, actor: StaffActor, id: string) {
    const invoice = await getInvoiceRow(tx, actor.agencyId, id);
    const [row, parts, today] = await Promise.all([getInvoiceSummary(tx, actor.agencyId, id), getInvoiceParts(tx, actor.agencyId, invoice), agencyToday(tx, actor.agencyId)]);
    return presentInvoiceRecord(actor, row, parts, today);
  }

  async function afterCommand(actor: StaffActor, id: string, run: (tx: Executor) => Promise<unknown>) {
    await db.transaction(run);
    return invoiceRecord(db, actor, id);
  }

  app.post(
    '/api/invoices/run/preview',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Preview an invoice run',
        description:
          'Per client organization: the drafts the run would create (one per billing contact, PO number and terms) with their lines — approved timesheets of the period at the bill rates, approved billable expenses, placement fees started by the period end, retained milestones reached — and what it cannot bill, with the reason. Writes nothing.',
        body: ZRunBody,
        response: { 200: ZRunPreview, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const plan = await previewRun(db, actor.agencyId, request.body);
      const names = await contactNames(db, actor.agencyId, plan.invoices.map((planned) => planned.billingContactId));
      const byOrganization = new Map<string, z.infer<typeof ZRunPreview>['data'][number]>();
      const entryOf = (organization: (typeof plan.invoices)[number]['organization']) => {
        const entry = byOrganization.get(organization.id) ?? { organization: { id: organization.id, name: organization.name }, currency: organization.currency, taxRateBp: organization.taxRateBp, invoices: [], skipped: [] };
        byOrganization.set(organization.id, entry);
        return entry;
      };
      for (const planned of plan.invoices) {
        entryOf(planned.organization).invoices.push({
          billingContact: planned.billingContactId ? { id: planned.billingContactId, name: names.get(planned.billingContactId) ?? '' } : null,
          poNumber: planned.poNumber,
          paymentTermsDays: planned.paymentTermsDays,
          lines: planned.lines.map(({ sortKey: _sortKey, ...line }) => line),
          subtotalMinor: planned.subtotalMinor,
          taxMinor: planned.taxMinor,
          totalMinor: planned.totalMinor,
        });
      }
      for (const skipped of plan.skipped) {
        entryOf(skipped.organization).skipped.push({ source: skipped.source, label: skipped.label, reason: skipped.reason });
      }
      return { data: [...byOrganization.values()] };
    },
  );

  app.post(
    '/api/invoices/run',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Run invoices: create the draft invoices of a period',
        description:
          'Creates the drafts the preview shows and claims every timesheet, expense, fee and milestone they bill (exactly once: a run at the same time that claimed a source first keeps it, and it is left out here).',
        body: ZRunBody,
        response: { 201: ZRunResult, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const outcome = await db.transaction((tx) => runInvoices({ actor, tx, ...request.body }));
      const today = await agencyToday(db, actor.agencyId);
      const invoices = await Promise.all(outcome.invoiceIds.map(async (id) => presentInvoiceSummary(await getInvoiceSummary(db, actor.agencyId, id), today)));
      const skipped = outcome.skipped.map((item) => ({ source: item.source, label: item.label, reason: item.reason, organization: { id: item.organization.id, name: item.organization.name } }));
      return reply.status(201).send({ data: { invoices, skipped, claimedElsewhere: outcome.claimedElsewhere } });
    },
  );

  app.get(
    '/api/invoices',
    { config: readers, schema: { tags, summary: 'List invoices', description: 'Newest first; filter by status, client, or `overdue=true` (issued and past due).', querystring: ZInvoiceListQuery, response: { 200: ZInvoiceList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const today = await agencyToday(db, actor.agencyId);
      const page = await listInvoices(db, actor.agencyId, request.query, today);
      return { data: page.data.map((row) => presentInvoiceSummary(row, today)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/invoices.csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Export the invoices of a filter as CSV',
        produces: ['text/csv'],
        querystring: ZInvoiceListQuery,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const today = await agencyToday(db, actor.agencyId);
      const batches = allPages(async (cursor) => {
        const page = await listInvoices(db, actor.agencyId, { ...request.query, cursor, limit: EXPORT_BATCH }, today);
        return { data: page.data.map((row) => presentInvoiceSummary(row, today)), nextCursor: page.nextCursor };
      });
      return sendCsv(reply, 'invoices', today, csvStream(INVOICE_CSV_COLUMNS, batches));
    },
  );

  app.get('/api/invoices/:id', { config: readers, schema: { tags, summary: 'Get an invoice with its lines (grouped by assignment and week), payments and totals', params: ZIdParams, response: { 200: ZInvoiceRecord, ...STAFF_ERRORS } } }, async (request) =>
    invoiceRecord(db, staffActor(request), request.params.id),
  );

  app.patch(
    '/api/invoices/:id',
    { config: writers, schema: { tags, summary: 'Edit a draft: notes, PO number, billing contact, terms', params: ZIdParams, body: ZUpdateInvoiceBody, response: { 200: ZInvoiceRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => updateInvoice({ actor, tx, invoiceId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/invoices/:id/lines',
    { config: writers, schema: { tags, summary: 'Add a manual line to a draft', params: ZIdParams, body: ZAddLineBody, response: { 200: ZInvoiceRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => addManualLine({ actor, tx, invoiceId: request.params.id, ...request.body }));
    },
  );

  app.delete(
    '/api/invoices/:id/lines/:lineId',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Remove a line from a draft',
        description: 'A line that bills a timesheet, expense, fee or milestone removes every line of it and releases it (its claim is deleted) to be invoiced again.',
        params: ZLineParams,
        querystring: ZVersionQuery,
        response: { 200: ZInvoiceRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => removeLine({ actor, tx, invoiceId: request.params.id, lineId: request.params.lineId, version: request.query.version }));
    },
  );

  app.post(
    '/api/invoices/:id/issue',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Issue a draft',
        description: "Gives the agency's next invoice number (gapless), today's date as issue date and the due date from the invoice's terms; tax at the organization's current rate.",
        params: ZIdParams,
        body: ZIssueBody,
        response: { 200: ZInvoiceRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => issueInvoice({ actor, tx, invoiceId: request.params.id, version: request.body.version }));
    },
  );

  app.post(
    '/api/invoices/:id/payments',
    {
      config: writers,
      schema: { tags, summary: 'Record a payment', description: 'Partial payments leave the invoice issued with a balance; reaching the total makes it paid; more leaves a credit.', params: ZIdParams, body: ZPaymentBody, response: { 200: ZInvoiceRecord, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => recordPayment({ actor, tx, invoiceId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/invoices/:id/void',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Void a draft or issued invoice',
        description: 'Releases everything it billed to be invoiced again (its claims are deleted in the same transaction); an issued invoice keeps its number. A paid invoice, or one with payments, is not voided (422).',
        params: ZIdParams,
        body: ZVoidBody,
        response: { 200: ZInvoiceRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => voidInvoice({ actor, tx, invoiceId: request.params.id, ...request.body }));
    },
  );

  app.get(
    '/api/invoices/:id/pdf',
    {
      config: readers,
      schema: { tags, summary: 'The invoice as a PDF', params: ZIdParams, response: { 200: z.instanceof(Buffer).meta({ description: 'application/pdf' }), ...STAFF_ERRORS } },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const invoice = await getInvoiceRow(db, actor.agencyId, request.params.id);
      const parts = await getInvoiceParts(db, actor.agencyId, invoice);
      const bytes = await renderInvoicePdf({ invoice, parts, groups: groupLines(parts.lines) });
      const name = invoice.number === null ? `draft-invoice-${invoice.id.slice(-8)}` : `INV-${String(invoice.number).padStart(4, '0')}`;
      return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).header('cache-control', 'private, no-store').send(bytes);
    },
  );

  app.post(
    '/api/invoices/:id/send',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Email the invoice to its billing contact with the PDF attached',
        description: 'Issued and paid invoices only; the billing contact needs an email address.',
        params: ZIdParams,
        response: { 200: ZSendResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return { data: await sendInvoice({ db, actor, jobs: queue, dataDir: config.dataDir, invoiceId: request.params.id }) };
    },
  );
};
