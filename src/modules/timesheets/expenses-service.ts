import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { expenses, organizations } from '../../db/schema';
import { checkApproval, checkEntryDate } from '../../domain/timesheets';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { AppError, assertVerdict } from '../../platform/errors';
import { assertListValue } from '../../platform/lists';
import { type AssignmentRow, assignmentForEntry } from '../assignments/queries';
import { approvalChanges, assertBatch } from './approvals';
import { type ExpenseRow, expenseViews, getExpenseRow } from './expenses-queries';
import type { TCreateExpenseBody, TUpdateExpenseBody } from './expenses-schema';
import type { ReceiptFile } from './receipts';

type CommandBase = { actor: StaffActor; tx: Executor };
type ExpenseFields = Pick<ExpenseRow, 'spentOn' | 'category' | 'amountMinor' | 'currency' | 'billable'>;

/**
 * An expense's rules: B11 (spent between the assignment's start and end dates), a category of the agency's list,
 * and a billable expense in the client's invoicing currency — it is invoiced to them, and an invoice has one
 * currency. Non-billable expenses may be in any currency (they are reimbursed, not invoiced).
 */
async function assertExpense(tx: Executor, agencyId: string, assignment: AssignmentRow, fields: ExpenseFields) {
  assertVerdict(checkEntryDate(assignment, fields.spentOn, 'spentOn', 'expenses'));
  await assertListValue(tx, agencyId, 'expense_categories', fields.category, 'category');
  if (fields.billable) {
    const [organization] = await tx.select({ currency: organizations.currency, name: organizations.name }).from(organizations).where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, assignment.organizationId)));
    if (organization && organization.currency !== fields.currency) {
      const message = `a billable expense is invoiced to ${organization.name} in ${organization.currency}; enter it in ${organization.currency} or make it non-billable`;
      throw new AppError('rule_violation', `currency: ${message}`, { rule: 'expense.billable_currency', fields: [{ path: 'currency', message }] });
    }
  }
}

const receiptColumns = (receipt: ReceiptFile | null) => (receipt ? { receiptFileName: receipt.fileName, receiptMediaType: receipt.mediaType, receiptStorageKey: receipt.storageKey } : {});

/** Records an expense on an assignment as a draft, with its receipt when one was uploaded. */
export async function createExpense({ actor, tx, assignmentId, receipt, ...fields }: CommandBase & { assignmentId: string; receipt: ReceiptFile | null } & TCreateExpenseBody): Promise<ExpenseRow> {
  const assignment = await assignmentForEntry(tx, actor.agencyId, assignmentId, { forUpdate: true });
  await assertExpense(tx, actor.agencyId, assignment, fields);
  const [expense] = await tx
    .insert(expenses)
    .values({ agencyId: actor.agencyId, assignmentId, candidateId: assignment.candidateId, organizationId: assignment.organizationId, ...fields, ...receiptColumns(receipt) })
    .returning();
  if (!expense) {
    throw new Error('expense insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'expense', entityId: expense.id, action: 'create', after: expense });
  return expense;
}

async function lockedEditable(tx: Executor, actor: StaffActor, expenseId: string, version: number) {
  const before = await getExpenseRow(tx, actor.agencyId, expenseId);
  const assignment = await assignmentForEntry(tx, actor.agencyId, before.assignmentId, { forUpdate: true });
  const expense = await getExpenseRow(tx, actor.agencyId, expenseId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'expense', expense, version);
  return { expense, assignment };
}

/** Corrects a draft or rejected expense (a rejected one becomes a draft again), and/or replaces its receipt. */
export async function updateExpense({ actor, tx, expenseId, version, receipt, ...changes }: CommandBase & { expenseId: string; receipt?: ReceiptFile | null } & TUpdateExpenseBody): Promise<ExpenseRow> {
  const { expense, assignment } = await lockedEditable(tx, actor, expenseId, version);
  assertVerdict(checkApproval('edit', expense.status, 'expense'));
  const fields = {
    spentOn: changes.spentOn ?? expense.spentOn,
    category: changes.category ?? expense.category,
    description: changes.description ?? expense.description,
    amountMinor: changes.amountMinor ?? expense.amountMinor,
    currency: changes.currency ?? expense.currency,
    billable: changes.billable ?? expense.billable,
  };
  await assertExpense(tx, actor.agencyId, assignment, fields);
  const [after] = await tx
    .update(expenses)
    .set({ ...fields, ...approvalChanges(actor, 'edit', expense), ...receiptColumns(receipt ?? null) })
    .where(and(eq(expenses.agencyId, actor.agencyId), eq(expenses.id, expense.id)))
    .returning();
  if (!after) {
    throw new Error('expense vanished');
  }
  await recordAudit(tx, actor, { entity: 'expense', entityId: expense.id, action: 'update', before: expense, after });
  return after;
}

/** Submits a draft or corrected expense for approval (B11 checked again: the assignment may have ended since). */
export async function submitExpense({ actor, tx, expenseId, version }: CommandBase & { expenseId: string; version: number }): Promise<ExpenseRow> {
  const { expense, assignment } = await lockedEditable(tx, actor, expenseId, version);
  assertVerdict(checkApproval('submit', expense.status, 'expense'));
  await assertExpense(tx, actor.agencyId, assignment, expense);
  const [after] = await tx
    .update(expenses)
    .set(approvalChanges(actor, 'submit', expense))
    .where(and(eq(expenses.agencyId, actor.agencyId), eq(expenses.id, expense.id)))
    .returning();
  if (!after) {
    throw new Error('expense vanished');
  }
  await recordAudit(tx, actor, { entity: 'expense', entityId: expense.id, action: 'submit', before: { status: expense.status }, after: { status: after.status } });
  return after;
}

/** Approves or rejects submitted expenses, all or nothing (rejection needs the reason). */
export async function decideExpenses({ actor, tx, ids, action, reason }: CommandBase & { ids: string[]; action: 'approve' | 'reject'; reason?: string }) {
  const unique = [...new Set(ids)];
  const rows = await tx
    .select()
    .from(expenses)
    .where(and(eq(expenses.agencyId, actor.agencyId), inArray(expenses.id, unique)))
    .orderBy(asc(expenses.id))
    .for('update');
  const views = new Map((await expenseViews(tx, actor.agencyId, rows.map((row) => row.id))).map((view) => [view.expense.id, view]));
  const labelOf = (row: ExpenseRow) => `${views.get(row.id)?.candidateName ?? 'Expense'}: ${row.category} on ${row.spentOn}`;
  assertBatch(unique, rows, action, 'expense', labelOf, reason);
  for (const row of rows) {
    const changes = approvalChanges(actor, action, row, reason);
    await tx.update(expenses).set(changes).where(and(eq(expenses.agencyId, actor.agencyId), eq(expenses.id, row.id)));
    await recordAudit(tx, actor, { entity: 'expense', entityId: row.id, action, before: { status: row.status }, after: { status: changes.status, ...(action === 'reject' ? { rejectionReason: reason } : {}) } });
  }
  return expenseViews(tx, actor.agencyId, unique);
}
