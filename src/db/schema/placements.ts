import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMPLOYMENT_TYPES, RATE_UNITS } from '../../shared/jobs';
import {
  ASSIGNMENT_STATUSES,
  CHECKLIST_ITEM_KINDS,
  CHECKLIST_OWNER_ROLES,
  EMPLOYEE_STATUSES,
  FOLLOW_UP_PARTIES,
  ISSUE_SEVERITIES,
  OFFER_STATUSES,
  PLACEMENT_STATUSES,
  START_OUTCOMES,
  type RetainedMilestone,
  type ShiftPattern,
} from '../../shared/pipeline';
import { tasks } from './activities';
import { candidates } from './candidates';
import { contacts, deals, organizations } from './clients';
import { billingColumns, editableColumns, instant, tenantColumns } from './columns';
import { jobs } from './jobs';
import { pipelineEntries } from './pipeline';
import { users } from './users';

/** Pay, bill rate and fee terms shared by offers and placements. */
const termsColumns = () => ({
  employmentType: text('employment_type', { enum: EMPLOYMENT_TYPES }).notNull(),
  currency: text('currency').notNull(),
  payMinor: bigint('pay_minor', { mode: 'number' }),
  payUnit: text('pay_unit', { enum: RATE_UNITS }),
  ...billingColumns(),
});

export type OfferTerms = {
  startOn: string | null;
  payMinor: number | null;
  payUnit: string | null;
  billRateMinor: number | null;
  billRateUnit: string | null;
  feeType: string | null;
  feeBp: number | null;
  feeFlatMinor: number | null;
  conditions: string;
};

/** An offer on a pipeline entry: draft → extended → accepted | declined | withdrawn. */
export const offers = pgTable(
  'offers',
  {
    ...tenantColumns(),
    ...editableColumns(),
    entryId: uuid('entry_id').notNull(),
    jobId: uuid('job_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    status: text('status', { enum: OFFER_STATUSES }).notNull().default('draft'),
    startOn: date('start_on'),
    ...termsColumns(),
    conditions: text('conditions').notNull().default(''),
    clientApprovedBy: text('client_approved_by'),
    clientApprovedAt: instant('client_approved_at'),
    extendedAt: instant('extended_at'),
    candidateAcceptedAt: instant('candidate_accepted_at'),
    decidedAt: instant('decided_at'),
    declineReason: text('decline_reason'),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.entryId], foreignColumns: [pipelineEntries.agencyId, pipelineEntries.id], name: 'offers_entry_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'offers_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'offers_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.createdBy], foreignColumns: [users.agencyId, users.id], name: 'offers_created_by_fk' }),
    index('offers_entry_idx').on(t.agencyId, t.entryId, t.createdAt),
    index('offers_job_idx').on(t.agencyId, t.jobId, t.status),
    index('offers_candidate_idx').on(t.agencyId, t.candidateId),
    index('offers_status_idx').on(t.agencyId, t.status, t.updatedAt),
    index('offers_created_by_idx').on(t.agencyId, t.createdBy),
  ],
);

/** Each set of terms an offer has had: the first, every counter-offer from either side, every revision. */
export const offerRevisions = pgTable(
  'offer_revisions',
  {
    ...tenantColumns(),
    offerId: uuid('offer_id').notNull(),
    /** `agency` when the agency changed the terms, `candidate` or `client` for a counter-offer from them. */
    proposedBy: text('proposed_by', { enum: ['agency', 'candidate', 'client'] }).notNull(),
    terms: jsonb('terms').$type<OfferTerms>().notNull(),
    note: text('note').notNull().default(''),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.offerId], foreignColumns: [offers.agencyId, offers.id], name: 'offer_revisions_offer_fk' }),
    index('offer_revisions_offer_idx').on(t.agencyId, t.offerId, t.createdAt),
  ],
);

export type PlacementSchedule = { shifts: ShiftPattern[]; expectedHoursPerWeek: number | null; timesheetApproverId: string | null; timesheetCadence: 'weekly' | 'biweekly' | 'monthly' };

/**
 * A candidate placed on a job (front office). Its status mirrors its assignment's; `replaces_placement_id` links a
 * replacement to the placement that fell off.
 */
export const placements = pgTable(
  'placements',
  {
    ...tenantColumns(),
    ...editableColumns(),
    number: integer('number').notNull(),
    entryId: uuid('entry_id').notNull(),
    jobId: uuid('job_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    offerId: uuid('offer_id'),
    replacesPlacementId: uuid('replaces_placement_id'),
    status: text('status', { enum: PLACEMENT_STATUSES }).notNull().default('pending'),
    ...termsColumns(),
    startOn: date('start_on'),
    endOn: date('end_on'),
    firstYearSalaryMinor: bigint('first_year_salary_minor', { mode: 'number' }),
    /** The fee computed at placing (percentage of the first-year salary, or flat); retained fees are milestones. */
    feeMinor: bigint('fee_minor', { mode: 'number' }),
    retainedMilestones: jsonb('retained_milestones').$type<RetainedMilestone[]>().notNull().default([]),
    schedule: jsonb('schedule').$type<PlacementSchedule | null>(),
    billingContactId: uuid('billing_contact_id'),
    poNumber: text('po_number'),
    paymentTermsDays: integer('payment_terms_days'),
    recruiterId: uuid('recruiter_id'),
    accountManagerId: uuid('account_manager_id'),
    placedAt: instant('placed_at').notNull(),
    startOutcome: text('start_outcome', { enum: START_OUTCOMES }),
    startOutcomeOn: date('start_outcome_on'),
    startOutcomeNote: text('start_outcome_note'),
    cancelledAt: instant('cancelled_at'),
    cancelReason: text('cancel_reason'),
    cancelledByLabel: text('cancelled_by_label'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('placements_number_unique').on(t.agencyId, t.number),
    foreignKey({ columns: [t.agencyId, t.entryId], foreignColumns: [pipelineEntries.agencyId, pipelineEntries.id], name: 'placements_entry_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'placements_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'placements_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'placements_organization_fk' }),
    foreignKey({ columns: [t.agencyId, t.offerId], foreignColumns: [offers.agencyId, offers.id], name: 'placements_offer_fk' }),
    foreignKey({ columns: [t.agencyId, t.replacesPlacementId], foreignColumns: [t.agencyId, t.id], name: 'placements_replaces_fk' }),
    foreignKey({ columns: [t.agencyId, t.billingContactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'placements_billing_contact_fk' }),
    foreignKey({ columns: [t.agencyId, t.recruiterId], foreignColumns: [users.agencyId, users.id], name: 'placements_recruiter_fk' }),
    foreignKey({ columns: [t.agencyId, t.accountManagerId], foreignColumns: [users.agencyId, users.id], name: 'placements_account_manager_fk' }),
    index('placements_placed_idx').on(t.agencyId, t.placedAt, t.id),
    index('placements_start_idx').on(t.agencyId, t.startOn, t.id),
    index('placements_status_idx').on(t.agencyId, t.status, t.placedAt),
    index('placements_job_idx').on(t.agencyId, t.jobId, t.status),
    index('placements_entry_idx').on(t.agencyId, t.entryId),
    index('placements_candidate_idx').on(t.agencyId, t.candidateId, t.status),
    index('placements_organization_idx').on(t.agencyId, t.organizationId, t.placedAt),
    index('placements_offer_idx').on(t.agencyId, t.offerId),
    index('placements_replaces_idx').on(t.agencyId, t.replacesPlacementId),
    index('placements_billing_contact_idx').on(t.agencyId, t.billingContactId),
    index('placements_recruiter_idx').on(t.agencyId, t.recruiterId, t.placedAt),
    index('placements_account_manager_idx').on(t.agencyId, t.accountManagerId, t.placedAt),
    check('placements_fee_bp_range', sql`${t.feeBp} is null or ${t.feeBp} between 0 and 10000`),
  ],
);

/**
 * The back office's side of a placement (one each). `ever_approved` decides where reactivation leads (PRODUCT.md §6).
 */
export const assignments = pgTable(
  'assignments',
  {
    ...tenantColumns(),
    ...editableColumns(),
    placementId: uuid('placement_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    jobId: uuid('job_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    employmentType: text('employment_type', { enum: EMPLOYMENT_TYPES }).notNull(),
    status: text('status', { enum: ASSIGNMENT_STATUSES }).notNull().default('needs_approval'),
    startOn: date('start_on'),
    endOn: date('end_on'),
    everApproved: boolean('ever_approved').notNull().default(false),
    statusChangedAt: instant('status_changed_at').notNull(),
    /** Shifts, expected hours, approver and cadence: copied from the placement at placing, edited while open. */
    schedule: jsonb('schedule').$type<PlacementSchedule | null>(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('assignments_placement_unique').on(t.agencyId, t.placementId),
    foreignKey({ columns: [t.agencyId, t.placementId], foreignColumns: [placements.agencyId, placements.id], name: 'assignments_placement_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'assignments_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'assignments_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'assignments_organization_fk' }),
    index('assignments_status_idx').on(t.agencyId, t.status, t.startOn, t.id),
    index('assignments_candidate_idx').on(t.agencyId, t.candidateId, t.status),
    index('assignments_job_idx').on(t.agencyId, t.jobId),
    index('assignments_organization_idx').on(t.agencyId, t.organizationId, t.status),
    index('assignments_end_idx').on(t.agencyId, t.endOn, t.id),
  ],
);

/**
 * A candidate's employee record (one per candidate). A candidate without one is "placed for the first time" and
 * shows in hiring management (PRODUCT.md §6); the Back office issue onboards, terminates and reactivates.
 */
export const employees = pgTable(
  'employees',
  {
    ...tenantColumns(),
    ...editableColumns(),
    candidateId: uuid('candidate_id').notNull(),
    number: integer('number').notNull(),
    status: text('status', { enum: EMPLOYEE_STATUSES }).notNull().default('active'),
    hiredOn: date('hired_on').notNull(),
    terminatedOn: date('terminated_on'),
    terminationReason: text('termination_reason'),
    /** Values of the agency's `worker_types` and `pay_frequencies` lists. */
    workerType: text('worker_type').notNull(),
    payFrequency: text('pay_frequency').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('employees_candidate_unique').on(t.agencyId, t.candidateId),
    uniqueIndex('employees_number_unique').on(t.agencyId, t.number),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'employees_candidate_fk' }),
    index('employees_status_idx').on(t.agencyId, t.status, t.updatedAt, t.id),
  ],
);

/** A placement's handoff checklist, copied from the agency's template for its employment type. */
export const placementChecklistItems = pgTable(
  'placement_checklist_items',
  {
    ...tenantColumns(),
    ...editableColumns(),
    placementId: uuid('placement_id').notNull(),
    kind: text('kind', { enum: CHECKLIST_ITEM_KINDS }).notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
    ownerRole: text('owner_role', { enum: CHECKLIST_OWNER_ROLES }).notNull(),
    ownerId: uuid('owner_id'),
    dueOn: date('due_on'),
    doneAt: instant('done_at'),
    doneByLabel: text('done_by_label'),
    note: text('note'),
    /** The task raised for its owner once it is overdue (at most one). */
    taskId: uuid('task_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.placementId], foreignColumns: [placements.agencyId, placements.id], name: 'placement_checklist_items_placement_fk' }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'placement_checklist_items_owner_fk' }),
    foreignKey({ columns: [t.agencyId, t.taskId], foreignColumns: [tasks.agencyId, tasks.id], name: 'placement_checklist_items_task_fk' }),
    index('placement_checklist_items_placement_idx').on(t.agencyId, t.placementId, t.position),
    index('placement_checklist_items_owner_idx').on(t.agencyId, t.ownerId),
    index('placement_checklist_items_task_idx').on(t.agencyId, t.taskId),
    // The overdue sweep: open items by due date.
    index('placement_checklist_items_open_due_idx').on(t.agencyId, t.dueOn).where(sql`${t.doneAt} is null`),
  ],
);

/** Post-placement check-ins (first day, first week, day 30, day 90) with the candidate and the client, each a task. */
export const placementFollowUps = pgTable(
  'placement_follow_ups',
  {
    ...tenantColumns(),
    ...editableColumns(),
    placementId: uuid('placement_id').notNull(),
    label: text('label').notNull(),
    party: text('party', { enum: FOLLOW_UP_PARTIES }).notNull(),
    dueOn: date('due_on').notNull(),
    ownerId: uuid('owner_id'),
    taskId: uuid('task_id'),
    doneAt: instant('done_at'),
    feedback: text('feedback'),
    /** 1–5 satisfaction the person gave at the check-in. */
    satisfaction: integer('satisfaction'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.placementId], foreignColumns: [placements.agencyId, placements.id], name: 'placement_follow_ups_placement_fk' }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'placement_follow_ups_owner_fk' }),
    foreignKey({ columns: [t.agencyId, t.taskId], foreignColumns: [tasks.agencyId, tasks.id], name: 'placement_follow_ups_task_fk' }),
    index('placement_follow_ups_placement_idx').on(t.agencyId, t.placementId, t.dueOn),
    index('placement_follow_ups_owner_idx').on(t.agencyId, t.ownerId),
    index('placement_follow_ups_task_idx').on(t.agencyId, t.taskId),
    check('placement_follow_ups_satisfaction_range', sql`${t.satisfaction} is null or ${t.satisfaction} between 1 and 5`),
  ],
);

/** Problems after the start (late timesheets, conduct, client complaints…), with their resolution. */
export const placementIssues = pgTable(
  'placement_issues',
  {
    ...tenantColumns(),
    ...editableColumns(),
    placementId: uuid('placement_id').notNull(),
    /** A value of the agency's `placement_issue_kinds` list. */
    kind: text('kind').notNull(),
    severity: text('severity', { enum: ISSUE_SEVERITIES }).notNull(),
    note: text('note').notNull(),
    resolution: text('resolution'),
    resolvedAt: instant('resolved_at'),
    reportedByLabel: text('reported_by_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.placementId], foreignColumns: [placements.agencyId, placements.id], name: 'placement_issues_placement_fk' }),
    index('placement_issues_placement_idx').on(t.agencyId, t.placementId, t.createdAt),
  ],
);

/** Repeat demand heard after a placement, turned into a job order or a deal in one step and linked back. */
export const placementRepeatOrders = pgTable(
  'placement_repeat_orders',
  {
    ...tenantColumns(),
    placementId: uuid('placement_id').notNull(),
    jobId: uuid('job_id'),
    dealId: uuid('deal_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.placementId], foreignColumns: [placements.agencyId, placements.id], name: 'placement_repeat_orders_placement_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'placement_repeat_orders_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.dealId], foreignColumns: [deals.agencyId, deals.id], name: 'placement_repeat_orders_deal_fk' }),
    index('placement_repeat_orders_placement_idx').on(t.agencyId, t.placementId),
    index('placement_repeat_orders_job_idx').on(t.agencyId, t.jobId),
    index('placement_repeat_orders_deal_idx').on(t.agencyId, t.dealId),
    check('placement_repeat_orders_one_record', sql`num_nonnulls(${t.jobId}, ${t.dealId}) = 1`),
  ],
);
