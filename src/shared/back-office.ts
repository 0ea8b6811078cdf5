import type { AssignmentStatus } from './pipeline';

/** Vocabulary of the back office (PRODUCT.md §6): assignments' actions, employees, timesheets, expenses, invoices, payroll. */

/** The Update status dialog's actions, and the statuses each may start from (PRODUCT.md §6's transition table). */
export const ASSIGNMENT_ACTIONS = ['approve', 'close', 'cancel', 'reactivate'] as const;
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number];
export const ACTION_FROM: Record<AssignmentAction, readonly AssignmentStatus[]> = {
  approve: ['needs_approval'],
  close: ['active'],
  cancel: ['needs_approval', 'active'],
  reactivate: ['closed', 'cancelled'],
};
/** What the B5 default filter of the assignment list shows. */
export const OPEN_ASSIGNMENT_STATUSES = ['active', 'needs_approval'] as const satisfies readonly AssignmentStatus[];
export const ENDING_WITHIN_DAYS = [7, 14, 28, 90] as const;

export const ASSIGNMENT_EVENT_KINDS = ['placed', 'approved', 'closed', 'cancelled', 'reactivated', 'extended', 'rates_changed', 'schedule_changed', 'dates_changed'] as const;
export type AssignmentEventKind = (typeof ASSIGNMENT_EVENT_KINDS)[number];

export const EMPLOYEE_EVENT_KINDS = ['hired', 'terminated', 'reactivated'] as const;
export type EmployeeEventKind = (typeof EMPLOYEE_EVENT_KINDS)[number];

/** Units an assignment's rates may have: hourly, or a day rate (overtime and double time stay hourly). */
export const ASSIGNMENT_RATE_UNITS = ['hour', 'day'] as const;
export type AssignmentRateUnit = (typeof ASSIGNMENT_RATE_UNITS)[number];
export const TIME_KINDS = ['regular', 'overtime', 'double'] as const;
export type TimeKind = (typeof TIME_KINDS)[number];

/** Timesheets and expenses share their approval states. */
export const APPROVAL_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const INVOICE_LINE_KINDS = ['time', 'expense', 'fee', 'milestone', 'manual'] as const;
export type InvoiceLineKind = (typeof INVOICE_LINE_KINDS)[number];
/** What a line's quantity counts: minutes of time (shown as hours), days of a day rate, or items. */
export const QUANTITY_UNITS = ['minute', 'day', 'item'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export const BACK_OFFICE_LIMITS = { bulkIds: 200, note: 2000, reason: 500, dayMinutes: 24 * 60, description: 500 } as const;
