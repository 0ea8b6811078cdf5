import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ASSIGNMENT_EVENT_KINDS, ASSIGNMENT_RATE_UNITS, EMPLOYEE_EVENT_KINDS } from '../../shared/back-office';
import { ASSIGNMENT_STATUSES } from '../../shared/pipeline';
import { editableColumns, tenantColumns } from './columns';
import { assignments, employees } from './placements';

/** An assignment's history: every status change, extension, rate and schedule change, with who and when. */
export const assignmentEvents = pgTable(
  'assignment_events',
  {
    ...tenantColumns(),
    assignmentId: uuid('assignment_id').notNull(),
    kind: text('kind', { enum: ASSIGNMENT_EVENT_KINDS }).notNull(),
    fromStatus: text('from_status', { enum: ASSIGNMENT_STATUSES }),
    toStatus: text('to_status', { enum: ASSIGNMENT_STATUSES }),
    startOn: date('start_on'),
    endOn: date('end_on'),
    previousEndOn: date('previous_end_on'),
    note: text('note').notNull().default(''),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'assignment_events_assignment_fk' }),
    index('assignment_events_assignment_idx').on(t.agencyId, t.assignmentId, t.createdAt),
  ],
);

/**
 * An assignment's pay and bill rates from a date on (effective-dated: the row with the latest `effective_from` on or
 * before a day applies to it). Amounts are minor units per `unit`; overtime and double time are always hourly.
 */
export const assignmentRates = pgTable(
  'assignment_rates',
  {
    ...tenantColumns(),
    assignmentId: uuid('assignment_id').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    currency: text('currency').notNull(),
    unit: text('unit', { enum: ASSIGNMENT_RATE_UNITS }).notNull().default('hour'),
    payRegularMinor: bigint('pay_regular_minor', { mode: 'number' }).notNull(),
    payOvertimeMinor: bigint('pay_overtime_minor', { mode: 'number' }).notNull(),
    payDoubleMinor: bigint('pay_double_minor', { mode: 'number' }).notNull(),
    billRegularMinor: bigint('bill_regular_minor', { mode: 'number' }).notNull(),
    billOvertimeMinor: bigint('bill_overtime_minor', { mode: 'number' }).notNull(),
    billDoubleMinor: bigint('bill_double_minor', { mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id], name: 'assignment_rates_assignment_fk' }),
    uniqueIndex('assignment_rates_effective_unique').on(t.agencyId, t.assignmentId, t.effectiveFrom),
    check(
      'assignment_rates_non_negative',
      sql`least(${t.payRegularMinor}, ${t.payOvertimeMinor}, ${t.payDoubleMinor}, ${t.billRegularMinor}, ${t.billOvertimeMinor}, ${t.billDoubleMinor}) >= 0`,
    ),
  ],
);

/** An employee record's history of hires, terminations and reactivations. */
export const employeeEvents = pgTable(
  'employee_events',
  {
    ...tenantColumns(),
    employeeId: uuid('employee_id').notNull(),
    kind: text('kind', { enum: EMPLOYEE_EVENT_KINDS }).notNull(),
    on: date('on').notNull(),
    reason: text('reason').notNull().default(''),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id], name: 'employee_events_employee_fk' }),
    index('employee_events_employee_idx').on(t.agencyId, t.employeeId, t.createdAt),
  ],
);

/** The documents an employee must hand in (the agency's `employees.requiredDocuments` at onboarding), ticked when received. */
export const employeeDocuments = pgTable(
  'employee_documents',
  {
    ...tenantColumns(),
    ...editableColumns(),
    employeeId: uuid('employee_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    receivedOn: date('received_on'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id], name: 'employee_documents_employee_fk' }),
    uniqueIndex('employee_documents_name_unique').on(t.agencyId, t.employeeId, t.name),
  ],
);
