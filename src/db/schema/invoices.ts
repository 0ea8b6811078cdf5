import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { INVOICE_LINE_KINDS, INVOICE_STATUSES, QUANTITY_UNITS } from '../../shared/back-office';
import { contacts, organizations } from './clients';
import { editableColumns, instant, tenantColumns } from './columns';
import { assignments, employees, placements } from './placements';
import { expenses, timesheets } from './timesheets';

/**
 * An invoice to a client organization: `draft → issued → paid`, or `void`. The number is given at issue from the
 * agency's gapless `invoice` counter and stays used (and visible) when the invoice is voided. Totals are kept from
 * the lines (tax once on the taxable total, PRODUCT.md §6).
 */
export const invoices = pgTable(
  'invoices',
  {
    ...tenantColumns(),
    ...editableColumns(),
    organizationId: uuid('organization_id').notNull(),
    number: integer('number'),
    status: text('status', { enum: INVOICE_STATUSES }).notNull().default('draft'),
    currency: text('currency').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    billingContactId: uuid('billing_contact_id'),
    poNumber: text('po_number'),
    paymentTermsDays: integer('payment_terms_days').notNull(),
    taxRateBp: integer('tax_rate_bp').notNull().default(0),
    notes: text('notes').notNull().default(''),
    subtotalMinor: bigint('subtotal_minor', { mode: 'number' }).notNull().default(0),
    taxMinor: bigint('tax_minor', { mode: 'number' }).notNull().default(0),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull().default(0),
    paidMinor: bigint('paid_minor', { mode: 'number' }).notNull().default(0),
    issuedOn: date('issued_on'),
    dueOn: date('due_on'),
    paidAt: instant('paid_at'),
    voidedAt: instant('voided_at'),
    voidReason: text('void_reason'),
    createdByLabel: text('created_by_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('invoices_number_unique').on(t.agencyId, t.number),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'invoices_organization_fk' }),
    foreignKey({ columns: [t.agencyId, t.billingContactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'invoices_billing_contact_fk' }),
    index('invoices_created_idx').on(t.agencyId, t.createdAt, t.id),
    index('invoices_status_idx').on(t.agencyId, t.status, t.dueOn),
    index('invoices_organization_idx').on(t.agencyId, t.organizationId, t.createdAt),
    index('invoices_billing_contact_idx').on(t.agencyId, t.billingContactId),
    check('invoices_tax_rate_range', sql`${t.taxRateBp} between 0 and 10000`),
    check('invoices_number_when_issued', sql`${t.status} = 'draft' or ${t.number} is not null`),
  ],
);

/**
 * A line of an invoice. Lines that bill something countable once carry its `claim_source` (see `invoice_claims`);
 * several lines of one timesheet share its claim. Quantity is minutes for time, days for a day rate, else items.
 */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    ...tenantColumns(),
    invoiceId: uuid('invoice_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: INVOICE_LINE_KINDS }).notNull(),
    claimSource: text('claim_source'),
    assignmentId: uuid('assignment_id'),
    placementId: uuid('placement_id'),
    timesheetId: uuid('timesheet_id'),
    expenseId: uuid('expense_id'),
    weekStart: date('week_start'),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    quantityUnit: text('quantity_unit', { enum: QUANTITY_UNITS }).notNull(),
    rateMinor: bigint('rate_minor', { mode: 'number' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    taxable: boolean('taxable').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.invoiceId], foreignColumns: [invoices.agencyId, invoices.id], name: 'invoice_lines_invoice_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'invoice_lines_assignment_fk' }),
    foreignKey({ columns: [t.agencyId, t.placementId], foreignColumns: [placements.agencyId, placements.id], name: 'invoice_lines_placement_fk' }),
    foreignKey({ columns: [t.agencyId, t.timesheetId], foreignColumns: [timesheets.agencyId, timesheets.id], name: 'invoice_lines_timesheet_fk' }),
    foreignKey({ columns: [t.agencyId, t.expenseId], foreignColumns: [expenses.agencyId, expenses.id], name: 'invoice_lines_expense_fk' }),
    index('invoice_lines_invoice_idx').on(t.agencyId, t.invoiceId, t.position),
    index('invoice_lines_assignment_idx').on(t.agencyId, t.assignmentId),
    index('invoice_lines_placement_idx').on(t.agencyId, t.placementId),
    index('invoice_lines_timesheet_idx').on(t.agencyId, t.timesheetId),
    index('invoice_lines_expense_idx').on(t.agencyId, t.expenseId),
  ],
);

/**
 * Exactly once (ARCHITECTURE.md): what an invoice bills is claimed here under its source — `timesheet:<id>`,
 * `expense:<id>`, `fee:<placement id>`, `milestone:<placement id>:<index>`. The primary key, not code, refuses a
 * second claim; voiding an invoice (or removing its line) deletes its claims in the same transaction. The claim
 * names its assignment so that B12 finds the invoices holding an assignment's time, expenses or fee.
 */
export const invoiceClaims = pgTable(
  'invoice_claims',
  {
    agencyId: uuid('agency_id').notNull(),
    source: text('source').notNull(),
    invoiceId: uuid('invoice_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.source] }),
    foreignKey({ columns: [t.agencyId, t.invoiceId], foreignColumns: [invoices.agencyId, invoices.id], name: 'invoice_claims_invoice_fk' }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'invoice_claims_assignment_fk' }),
    index('invoice_claims_invoice_idx').on(t.agencyId, t.invoiceId),
    index('invoice_claims_assignment_idx').on(t.agencyId, t.assignmentId),
  ],
);

/** A payment received against an issued invoice; more than the total leaves a credit. */
export const invoicePayments = pgTable(
  'invoice_payments',
  {
    ...tenantColumns(),
    invoiceId: uuid('invoice_id').notNull(),
    receivedOn: date('received_on').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    method: text('method').notNull().default(''),
    reference: text('reference').notNull().default(''),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.invoiceId], foreignColumns: [invoices.agencyId, invoices.id], name: 'invoice_payments_invoice_fk' }),
    index('invoice_payments_invoice_idx').on(t.agencyId, t.invoiceId, t.receivedOn),
    check('invoice_payments_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/** A payroll export: approved hours × pay rates per employee for a period, kept with its lines for download again. */
export const payrollExports = pgTable(
  'payroll_exports',
  {
    ...tenantColumns(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** True when the user asked to include timesheets already exported before (a re-export). */
    reexport: boolean('reexport').notNull().default(false),
    lineCount: integer('line_count').notNull(),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('payroll_exports_created_idx').on(t.agencyId, t.createdAt, t.id)],
);

export const payrollExportLines = pgTable(
  'payroll_export_lines',
  {
    ...tenantColumns(),
    exportId: uuid('export_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    timesheetId: uuid('timesheet_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    weekStart: date('week_start').notNull(),
    currency: text('currency').notNull(),
    regularMinutes: integer('regular_minutes').notNull(),
    overtimeMinutes: integer('overtime_minutes').notNull(),
    doubleMinutes: integer('double_minutes').notNull(),
    payMinor: bigint('pay_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.exportId], foreignColumns: [payrollExports.agencyId, payrollExports.id], name: 'payroll_export_lines_export_fk' }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id], name: 'payroll_export_lines_employee_fk' }),
    foreignKey({ columns: [t.agencyId, t.timesheetId], foreignColumns: [timesheets.agencyId, timesheets.id], name: 'payroll_export_lines_timesheet_fk' }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'payroll_export_lines_assignment_fk' }),
    index('payroll_export_lines_export_idx').on(t.agencyId, t.exportId),
    index('payroll_export_lines_employee_idx').on(t.agencyId, t.employeeId),
    index('payroll_export_lines_timesheet_idx').on(t.agencyId, t.timesheetId),
    index('payroll_export_lines_assignment_idx').on(t.agencyId, t.assignmentId),
  ],
);

/** Exactly once for payroll: an approved timesheet's first export claims it; a re-export does not claim again. */
export const payrollClaims = pgTable(
  'payroll_claims',
  {
    agencyId: uuid('agency_id').notNull(),
    timesheetId: uuid('timesheet_id').notNull(),
    exportId: uuid('export_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.timesheetId] }),
    foreignKey({ columns: [t.agencyId, t.timesheetId], foreignColumns: [timesheets.agencyId, timesheets.id], name: 'payroll_claims_timesheet_fk' }),
    foreignKey({ columns: [t.agencyId, t.exportId], foreignColumns: [payrollExports.agencyId, payrollExports.id], name: 'payroll_claims_export_fk' }),
    index('payroll_claims_export_idx').on(t.agencyId, t.exportId),
  ],
);
