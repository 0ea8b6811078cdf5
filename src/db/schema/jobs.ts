import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMPLOYMENT_TYPES, JOB_STATUSES, RATE_UNITS, REMOTE_POLICIES, STAGE_KINDS, URGENCIES, type ApplicationField, type QualificationCheck, type ScreeningQuestionKind, type SourcingChannel } from '../../shared/jobs';
import { contacts, deals, organizations } from './clients';
import { billingColumns, editableColumns, instant, tenantColumns } from './columns';
import { users } from './users';

export type ApplicationForm = {
  fields: { field: ApplicationField; required: boolean }[];
  questions: { id: string; kind: ScreeningQuestionKind; label: string; required: boolean; options?: string[]; knockout?: string[]; knockoutBelow?: number }[];
};

export type Qualification = {
  checks: Record<QualificationCheck, { answer: boolean; note: string }>;
  decidedBy: string;
  decidedAt: string;
};

/** Job orders: everything taken at intake, the qualification decision and the status. */
export const jobs = pgTable(
  'jobs',
  {
    ...tenantColumns(),
    ...editableColumns(),
    number: integer('number').notNull(),
    organizationId: uuid('organization_id').notNull(),
    contactId: uuid('contact_id'),
    dealId: uuid('deal_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    employmentType: text('employment_type', { enum: EMPLOYMENT_TYPES }).notNull(),
    location: text('location'),
    remotePolicy: text('remote_policy', { enum: REMOTE_POLICIES }).notNull().default('onsite'),
    payMinMinor: bigint('pay_min_minor', { mode: 'number' }),
    payMaxMinor: bigint('pay_max_minor', { mode: 'number' }),
    payUnit: text('pay_unit', { enum: RATE_UNITS }),
    ...billingColumns(),
    currency: text('currency').notNull(),
    urgency: text('urgency', { enum: URGENCIES }).notNull().default('normal'),
    openings: integer('openings').notNull().default(1),
    filledCount: integer('filled_count').notNull().default(0),
    targetStartOn: date('target_start_on'),
    submissionRules: text('submission_rules'),
    interviewProcess: text('interview_process'),
    mustHaveSkills: text('must_have_skills').array().notNull().default(sql`'{}'::text[]`),
    niceToHaveSkills: text('nice_to_have_skills').array().notNull().default(sql`'{}'::text[]`),
    successCriteria: text('success_criteria'),
    advertText: text('advert_text'),
    deliveryNotes: text('delivery_notes'),
    sourcingPlan: text('sourcing_plan').array().$type<SourcingChannel[]>().notNull().default(sql`'{}'::text[]`),
    applicationForm: jsonb('application_form').$type<ApplicationForm>().notNull().default({ fields: [], questions: [] }),
    ownerId: uuid('owner_id'),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('intake'),
    statusChangedAt: instant('status_changed_at').notNull(),
    firstOpenedAt: instant('first_opened_at'),
    qualification: jsonb('qualification').$type<Qualification | null>(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('jobs_number_unique').on(t.agencyId, t.number),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'jobs_organization_fk' }),
    foreignKey({ columns: [t.agencyId, t.contactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'jobs_contact_fk' }),
    foreignKey({ columns: [t.agencyId, t.dealId], foreignColumns: [deals.agencyId, deals.id], name: 'jobs_deal_fk' }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'jobs_owner_fk' }),
    index('jobs_updated_idx').on(t.agencyId, t.updatedAt, t.id),
    index('jobs_status_idx').on(t.agencyId, t.status, t.updatedAt, t.id),
    index('jobs_status_changed_idx').on(t.agencyId, t.status, t.statusChangedAt),
    index('jobs_owner_idx').on(t.agencyId, t.ownerId, t.status, t.updatedAt, t.id),
    index('jobs_organization_idx').on(t.agencyId, t.organizationId, t.status, t.updatedAt, t.id),
    index('jobs_contact_idx').on(t.agencyId, t.contactId),
    index('jobs_deal_idx').on(t.agencyId, t.dealId),
    index('jobs_created_idx').on(t.agencyId, t.createdAt, t.id),
    index('jobs_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
    // Two people placing the last opening at once: the row lock decides, this makes over-filling impossible.
    check('jobs_filled_within_openings', sql`${t.filledCount} <= ${t.openings}`),
  ],
);

/** Recruiters assigned to work a job. */
export const jobRecruiters = pgTable(
  'job_recruiters',
  {
    agencyId: uuid('agency_id').notNull(),
    jobId: uuid('job_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.jobId, t.userId] }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'job_recruiters_job_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id], name: 'job_recruiters_user_fk' }),
    index('job_recruiters_user_idx').on(t.agencyId, t.userId, t.jobId),
  ],
);

/** Every status change of a job: who (null for the system), when, from, to and why. */
export const jobStatusChanges = pgTable(
  'job_status_changes',
  {
    ...tenantColumns(),
    jobId: uuid('job_id').notNull(),
    fromStatus: text('from_status', { enum: JOB_STATUSES }),
    toStatus: text('to_status', { enum: JOB_STATUSES }).notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'job_status_changes_job_fk' }),
    index('job_status_changes_job_idx').on(t.agencyId, t.jobId, t.createdAt),
  ],
);

const stageColumns = () => ({
  name: text('name').notNull(),
  kind: text('kind', { enum: STAGE_KINDS }).notNull(),
  position: integer('position').notNull(),
});

/** The agency's default pipeline stages, copied to each new job. */
export const stageTemplateStages = pgTable(
  'stage_template_stages',
  { ...tenantColumns(), ...editableColumns(), ...stageColumns() },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('stage_template_stages_position_idx').on(t.agencyId, t.position)],
);

/** A job's own pipeline stages. */
export const jobStages = pgTable(
  'job_stages',
  { ...tenantColumns(), ...editableColumns(), jobId: uuid('job_id').notNull(), ...stageColumns() },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'job_stages_job_fk' }),
    index('job_stages_job_idx').on(t.agencyId, t.jobId, t.position),
  ],
);
