import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { candidates, expenses, listItems, organizations } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { personName } from '../../platform/name-search';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { approvalPolicy } from './policy';
import type { ZExpense } from './expenses-schema';

export type ExpenseRow = typeof expenses.$inferSelect;

export const getExpenseRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions): Promise<ExpenseRow> => findTenantRow(tx, expenses, agencyId, id, 'Expense', options);

function viewQuery(tx: Executor) {
  return tx
    .select({ expense: expenses, candidateName: personName(candidates), organizationName: organizations.name, organizationCurrency: organizations.currency, categoryLabel: listItems.label })
    .from(expenses)
    .innerJoin(candidates, and(eq(candidates.agencyId, expenses.agencyId), eq(candidates.id, expenses.candidateId)))
    .innerJoin(organizations, and(eq(organizations.agencyId, expenses.agencyId), eq(organizations.id, expenses.organizationId)))
    .leftJoin(listItems, and(eq(listItems.agencyId, expenses.agencyId), eq(listItems.list, 'expense_categories'), eq(listItems.value, expenses.category)));
}
export type ExpenseView = Awaited<ReturnType<ReturnType<typeof viewQuery>['execute']>>[number];

/** The currency a client is invoiced in (billable expenses must be in it). */
export async function organizationCurrency(tx: Executor, agencyId: string, organizationId: string): Promise<string> {
  const [row] = await tx.select({ currency: organizations.currency }).from(organizations).where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, organizationId)));
  if (!row) {
    throw notFound('Organization');
  }
  return row.currency;
}

/** An assignment's expenses, newest spending first. */
export const listAssignmentExpenses = (tx: Executor, agencyId: string, assignmentId: string): Promise<ExpenseView[]> =>
  viewQuery(tx)
    .where(and(eq(expenses.agencyId, agencyId), eq(expenses.assignmentId, assignmentId)))
    .orderBy(desc(expenses.spentOn), desc(expenses.id))
    .limit(500);

export async function getExpenseView(tx: Executor, agencyId: string, id: string): Promise<ExpenseView> {
  const [row] = await viewQuery(tx).where(and(eq(expenses.agencyId, agencyId), eq(expenses.id, id)));
  if (!row) {
    throw notFound('Expense');
  }
  return row;
}

export async function expenseViews(tx: Executor, agencyId: string, ids: readonly string[]): Promise<ExpenseView[]> {
  if (ids.length === 0) {
    return [];
  }
  return viewQuery(tx)
    .where(and(eq(expenses.agencyId, agencyId), inArray(expenses.id, [...ids])))
    .orderBy(asc(expenses.spentOn), asc(expenses.id));
}

export function presentExpense(view: ExpenseView): z.infer<typeof ZExpense> {
  const { expense } = view;
  return {
    id: expense.id,
    assignmentId: expense.assignmentId,
    spentOn: expense.spentOn,
    category: expense.category,
    categoryLabel: view.categoryLabel ?? expense.category,
    description: expense.description,
    amountMinor: expense.amountMinor,
    currency: expense.currency,
    billable: expense.billable,
    receipt: expense.receiptFileName && expense.receiptMediaType ? { fileName: expense.receiptFileName, mediaType: expense.receiptMediaType } : null,
    status: expense.status,
    submittedAt: expense.submittedAt?.toISOString() ?? null,
    decidedAt: expense.decidedAt?.toISOString() ?? null,
    decidedByLabel: expense.decidedByLabel,
    rejectionReason: expense.rejectionReason,
    version: expense.version,
    candidate: { id: expense.candidateId, name: view.candidateName },
    organization: { id: expense.organizationId, name: view.organizationName, currency: view.organizationCurrency },
  };
}

export const expenseAbilities = (actor: StaffActor, view: ExpenseView) => approvalPolicy.abilities(actor, view.expense.status, true);

export const presentExpenseRecord = (actor: StaffActor, view: ExpenseView) => ({ data: presentExpense(view), abilities: expenseAbilities(actor, view) });
