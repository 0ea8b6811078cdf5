import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { APPROVAL_STATUSES } from '../../shared/back-office';
import { candidates } from './candidates';
import { organizations } from './clients';
import { editableColumns, instant, tenantColumns } from './columns';
import { assignments } from './placements';

/** Who decided a timesheet or an expense, and when (both share the draft → submitted → approved | rejected states). */
const approvalColumns = () => ({
  status: text('status', { enum: APPROVAL_STATUSES }).notNull().default('draft'),
  submittedAt: instant('submitted_at'),
  decidedAt: instant('decided_at'),
  decidedByLabel: text('decided_by_label'),
  rejectionReason: text('rejection_reason'),
});

/**
 * One assignment's week (from the agency's week start). The minute totals are kept from its days so that lists,
 * the grid and the invoice run read one row per sheet. Candidate and organization are copied from the assignment
 * for the invoice run and the grid's indexes.
 */
export const timesheets = pgTable(
  'timesheets',
  {
    ...tenantColumns(),
    ...editableColumns(),
    assignmentId: uuid('assignment_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    weekStart: date('week_start').notNull(),
    ...approvalColumns(),
    /** When a submitted sheet waited past the agency's limit and went to the backup approver and the back office queue. */
    escalatedAt: instant('escalated_at'),
    notes: text('notes').notNull().default(''),
    regularMinutes: integer('regular_minutes').notNull().default(0),
    overtimeMinutes: integer('overtime_minutes').notNull().default(0),
    doubleMinutes: integer('double_minutes').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'timesheets_assignment_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'timesheets_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'timesheets_organization_fk' }),
    uniqueIndex('timesheets_assignment_week_unique').on(t.agencyId, t.assignmentId, t.weekStart),
    index('timesheets_week_idx').on(t.agencyId, t.weekStart, t.status),
    index('timesheets_status_idx').on(t.agencyId, t.status, t.submittedAt),
    index('timesheets_organization_idx').on(t.agencyId, t.organizationId, t.status, t.weekStart),
    index('timesheets_candidate_idx').on(t.agencyId, t.candidateId, t.weekStart),
  ],
);

/** A day of a timesheet, in whole minutes per kind of time (PRODUCT.md §6's money arithmetic). */
export const timesheetDays = pgTable(
  'timesheet_days',
  {
    agencyId: uuid('agency_id').notNull(),
    timesheetId: uuid('timesheet_id').notNull(),
    workDate: date('work_date').notNull(),
    regularMinutes: integer('regular_minutes').notNull().default(0),
    overtimeMinutes: integer('overtime_minutes').notNull().default(0),
    doubleMinutes: integer('double_minutes').notNull().default(0),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.timesheetId, t.workDate] }),
    foreignKey({ columns: [t.agencyId, t.timesheetId], foreignColumns: [timesheets.agencyId, timesheets.id], name: 'timesheet_days_timesheet_fk' }).onDelete('cascade'),
    check(
      'timesheet_days_minutes_in_day',
      sql`least(${t.regularMinutes}, ${t.overtimeMinutes}, ${t.doubleMinutes}) >= 0 and ${t.regularMinutes} + ${t.overtimeMinutes} + ${t.doubleMinutes} <= 1440`,
    ),
  ],
);

/** An expense claimed on an assignment, with its receipt (stored like documents, by content hash). */
export const expenses = pgTable(
  'expenses',
  {
    ...tenantColumns(),
    ...editableColumns(),
    assignmentId: uuid('assignment_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    spentOn: date('spent_on').notNull(),
    /** A value of the agency's `expense_categories` list. */
    category: text('category').notNull(),
    description: text('description').notNull().default(''),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    billable: boolean('billable').notNull().default(true),
    receiptFileName: text('receipt_file_name'),
    receiptMediaType: text('receipt_media_type'),
    receiptStorageKey: text('receipt_storage_key'),
    ...approvalColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'expenses_assignment_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'expenses_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'expenses_organization_fk' }),
    index('expenses_assignment_idx').on(t.agencyId, t.assignmentId, t.spentOn),
    index('expenses_status_idx').on(t.agencyId, t.status, t.submittedAt),
    index('expenses_organization_idx').on(t.agencyId, t.organizationId, t.status, t.spentOn),
    index('expenses_candidate_idx').on(t.agencyId, t.candidateId),
    check('expenses_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);
