import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { AppError, notFound } from '../../platform/errors';
import { STAFF_ERRORS, ZErrorBody, ZIdParams } from '../../platform/http/schemas';
import { RECEIPT_MAX_BYTES } from '../../shared/timesheets';
import { assignmentForEntry } from '../assignments/queries';
import { readStoredFile } from '../documents/files';
import { attachmentHeader } from '../documents/upload';
import { approvalPolicy } from './policy';
import { expenseAbilities, getExpenseRow, organizationCurrency, getExpenseView, listAssignmentExpenses, presentExpense, presentExpenseRecord } from './expenses-queries';
import {
  EXPENSE_UPLOAD_DESCRIPTION,
  ZCreateExpenseBody,
  ZCreateExpenseBodyDoc,
  ZExpenseBatchResult,
  ZExpenseFormFields,
  ZExpenseList,
  ZExpenseRecord,
  ZReceiptBodyDoc,
  ZUpdateExpenseBody,
} from './expenses-schema';
import { createExpense, decideExpenses, submitExpense, updateExpense } from './expenses-service';
import { readExpenseForm, storeReceipt } from './receipts';
import { ZApproveBody, ZRejectBody, ZVersionBody } from './schema';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.backOffice) };
const tags = ['Expenses'];
const UPLOAD_ERRORS = { ...STAFF_ERRORS, 413: ZErrorBody, 415: ZErrorBody };
const ZReceiptVersion = z.object({ version: z.coerce.number().int().min(1) });

/** A JSON body checked against its schema by hand (the route's schema also admits multipart), 400 naming each field. */
function parseJson<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }));
    throw new AppError('validation', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), { fields: issues });
  }
  return parsed.data;
}

/** Expenses of assignments (PRODUCT.md §6): date, category, amount and currency, billable flag, receipt; approval. */
export const expensesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, config }) => {
  const { db } = database;
  // Only this scope accepts multipart (receipts); the rest of the API stays JSON-only.
  await app.register(multipart, { limits: { fileSize: RECEIPT_MAX_BYTES, files: 1 } });

  const record = async (actor: ReturnType<typeof staffActor>, id: string) => presentExpenseRecord(actor, await getExpenseView(db, actor.agencyId, id));

  app.get(
    '/api/assignments/:id/expenses',
    { config: readers, schema: { tags, summary: "An assignment's expenses", description: 'Newest spending first, each with what the caller may do.', params: ZIdParams, response: { 200: ZExpenseList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const assignment = await assignmentForEntry(db, actor.agencyId, request.params.id);
      const [views, invoicingCurrency] = await Promise.all([listAssignmentExpenses(db, actor.agencyId, assignment.id), organizationCurrency(db, actor.agencyId, assignment.organizationId)]);
      return {
        data: views.map((view) => ({ ...presentExpense(view), abilities: expenseAbilities(actor, view) })),
        nextCursor: null,
        abilities: { create: approvalPolicy.abilities(actor, 'draft', true).edit },
        invoicingCurrency,
      };
    },
  );

  app.post(
    '/api/assignments/:id/expenses',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Record an expense (with an optional receipt)',
        description: `${EXPENSE_UPLOAD_DESCRIPTION} A draft until submitted. B11: spent between the assignment's start and end dates (a closed or cancelled assignment takes expenses up to its end date, never after). The category is a value of the agency's expense categories. A billable expense must be in the client's invoicing currency (422 naming \`currency\`).`,
        consumes: ['application/json', 'multipart/form-data'],
        params: ZIdParams,
        body: ZCreateExpenseBodyDoc,
        response: { 201: ZExpenseRecord, ...UPLOAD_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const assignmentId = request.params.id;
      await assignmentForEntry(db, actor.agencyId, assignmentId);
      const form = request.isMultipart() ? await readExpenseForm(request, ZExpenseFormFields) : { fields: parseJson(ZCreateExpenseBody, request.body), file: null };
      const receipt = form.file ? await storeReceipt(config.dataDir, actor.agencyId, form.file) : null;
      const expense = await db.transaction((tx) => createExpense({ actor, tx, assignmentId, receipt, ...form.fields }));
      return reply.status(201).send(await record(actor, expense.id));
    },
  );

  app.get('/api/expenses/:id', { config: readers, schema: { tags, summary: 'Get an expense', params: ZIdParams, response: { 200: ZExpenseRecord, ...STAFF_ERRORS } } }, async (request) => record(staffActor(request), request.params.id));

  app.patch(
    '/api/expenses/:id',
    {
      config: writers,
      schema: { tags, summary: 'Correct a draft or rejected expense', description: 'A rejected expense becomes a draft again. Same rules as recording one.', params: ZIdParams, body: ZUpdateExpenseBody, response: { 200: ZExpenseRecord, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateExpense({ actor, tx, expenseId: request.params.id, ...request.body }));
      return record(actor, request.params.id);
    },
  );

  app.post(
    '/api/expenses/:id/receipt',
    {
      config: writers,
      schema: { tags, summary: 'Attach or replace the receipt of a draft or rejected expense', consumes: ['multipart/form-data'], params: ZIdParams, body: ZReceiptBodyDoc, response: { 200: ZExpenseRecord, ...UPLOAD_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      const expenseId = request.params.id;
      await getExpenseRow(db, actor.agencyId, expenseId);
      if (!request.isMultipart()) {
        throw new AppError('validation', 'receipt: send the receipt as multipart/form-data with a `receipt` part and the `version`', { fields: [{ path: 'receipt', message: 'required' }] });
      }
      const form = await readExpenseForm(request, ZReceiptVersion);
      if (!form.file) {
        throw new AppError('validation', 'receipt: required: a non-empty file', { fields: [{ path: 'receipt', message: 'required: a non-empty file' }] });
      }
      const receipt = await storeReceipt(config.dataDir, actor.agencyId, form.file);
      await db.transaction((tx) => updateExpense({ actor, tx, expenseId, version: form.fields.version, receipt }));
      return record(actor, expenseId);
    },
  );

  app.get(
    '/api/expenses/:id/receipt',
    {
      config: readers,
      schema: { tags, summary: "Download an expense's receipt", description: 'The stored bytes with their media type, as an attachment; 404 when the expense has none.', params: ZIdParams, response: { 200: z.instanceof(Buffer).meta({ description: 'The receipt' }), ...STAFF_ERRORS } },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const expense = await getExpenseRow(db, actor.agencyId, request.params.id);
      if (!expense.receiptStorageKey || !expense.receiptFileName || !expense.receiptMediaType) {
        throw notFound('Receipt');
      }
      const bytes = await readStoredFile(config.dataDir, expense.receiptStorageKey);
      return reply
        .header('content-type', expense.receiptMediaType)
        .header('content-disposition', attachmentHeader(expense.receiptFileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  app.post(
    '/api/expenses/:id/submit',
    { config: writers, schema: { tags, summary: 'Submit a draft or corrected expense for approval', params: ZIdParams, body: ZVersionBody, response: { 200: ZExpenseRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => submitExpense({ actor, tx, expenseId: request.params.id, version: request.body.version }));
      return record(actor, request.params.id);
    },
  );

  app.post(
    '/api/expenses/approve',
    {
      config: writers,
      schema: { tags, summary: 'Approve submitted expenses', description: 'All or nothing (422 with one `related` entry per refused expense).', body: ZApproveBody('expense'), response: { 200: ZExpenseBatchResult, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      const views = await db.transaction((tx) => decideExpenses({ actor, tx, ids: request.body.ids, action: 'approve' }));
      return { data: views.map(presentExpense) };
    },
  );

  app.post(
    '/api/expenses/reject',
    {
      config: writers,
      schema: { tags, summary: 'Reject submitted expenses with a reason', description: 'All or nothing; the reason is required.', body: ZRejectBody('expense'), response: { 200: ZExpenseBatchResult, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      const views = await db.transaction((tx) => decideExpenses({ actor, tx, ids: request.body.ids, action: 'reject', reason: request.body.options.reason }));
      return { data: views.map(presentExpense) };
    },
  );
};
