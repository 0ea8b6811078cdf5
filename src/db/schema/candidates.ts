import { sql } from 'drizzle-orm';
import { date, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { CANDIDATE_SOURCES, CANDIDATE_STATUSES, CONSENT_BASES, FIT_NOTE_KINDS, type SKILL_LEVELS } from '../../shared/candidates';
import type { EmploymentType } from '../../shared/jobs';
import { organizations } from './clients';
import { editableColumns, instant, tenantColumns } from './columns';
import { jobs } from './jobs';
import { users } from './users';

export type CandidateSkill = { name: string; years?: number; level?: (typeof SKILL_LEVELS)[number] };
export type WorkHistoryEntry = { title: string; employer: string; startedOn?: string; endedOn?: string; summary?: string };
export type EducationEntry = { institution: string; qualification?: string; startedOn?: string; endedOn?: string };
export type CandidatePreferences = {
  employmentTypes: EmploymentType[];
  desiredPay?: { minMinor: number; maxMinor?: number; currency: string; unit: 'hour' | 'day' | 'year' };
  locations: string[];
  remote: ('onsite' | 'hybrid' | 'remote')[];
};
export type ProfileLink = { kind: string; url: string };

/**
 * People the agency places. Emails and phones are arrays with the primary one first; phones in E.164.
 * `skill_names` repeats the skills' names (lower case) for the GIN index that skill filters use.
 */
export const candidates = pgTable(
  'candidates',
  {
    ...tenantColumns(),
    ...editableColumns(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    location: text('location'),
    source: text('source', { enum: CANDIDATE_SOURCES }).notNull(),
    ownerId: uuid('owner_id'),
    status: text('status', { enum: CANDIDATE_STATUSES }).notNull().default('new'),
    availableOn: date('available_on'),
    preferences: jsonb('preferences').$type<CandidatePreferences>().notNull().default({ employmentTypes: [], locations: [], remote: [] }),
    skills: jsonb('skills').$type<CandidateSkill[]>().notNull().default([]),
    skillNames: text('skill_names').array().notNull().default(sql`'{}'::text[]`),
    workHistory: jsonb('work_history').$type<WorkHistoryEntry[]>().notNull().default([]),
    education: jsonb('education').$type<EducationEntry[]>().notNull().default([]),
    /** Where they work now (the latest work history entry), for duplicate checks and lists. */
    currentEmployer: text('current_employer'),
    currentTitle: text('current_title'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    consentBasis: text('consent_basis', { enum: CONSENT_BASES }),
    consentOn: date('consent_on'),
    consentSource: text('consent_source'),
    retainUntil: date('retain_until'),
    lastContactedAt: instant('last_contacted_at'),
    roleInterests: text('role_interests').array().notNull().default(sql`'{}'::text[]`),
    /** A value of the agency's `nurture_stages` list. */
    nurtureStage: text('nurture_stage'),
    profileLinks: jsonb('profile_links').$type<ProfileLink[]>().notNull().default([]),
    /** The owner's handoff note from the last owner change, shown on the record until the next change. */
    handoffNote: text('handoff_note'),
    /** Set when merged into another candidate: old links redirect there. */
    mergedIntoId: uuid('merged_into_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.ownerId], foreignColumns: [users.agencyId, users.id], name: 'candidates_owner_fk' }),
    foreignKey({ columns: [t.agencyId, t.mergedIntoId], foreignColumns: [t.agencyId, t.id], name: 'candidates_merged_into_fk' }),
    index('candidates_updated_idx').on(t.agencyId, t.updatedAt, t.id),
    index('candidates_status_idx').on(t.agencyId, t.status, t.updatedAt, t.id),
    index('candidates_owner_idx').on(t.agencyId, t.ownerId, t.updatedAt, t.id),
    index('candidates_available_idx').on(t.agencyId, t.availableOn, t.id),
    index('candidates_last_name_idx').on(t.agencyId, sql`lower(${t.lastName})`, t.id),
    // The last name inside the first-name index: "kofi su" checks the last-name prefix in the index, not on thousands of Kofis' rows.
    index('candidates_first_last_name_idx').on(t.agencyId, sql`lower(${t.firstName})`, sql`lower(${t.lastName})`, t.id),
    index('candidates_name_trgm_idx').using('gin', sql`(lower(${t.firstName}) || ' ' || lower(${t.lastName})) gin_trgm_ops`),
    index('candidates_emails_idx').using('gin', t.emails),
    index('candidates_phones_idx').using('gin', t.phones),
    index('candidates_skill_names_idx').using('gin', t.skillNames),
    index('candidates_tags_idx').using('gin', t.tags),
    index('candidates_merged_into_idx').on(t.agencyId, t.mergedIntoId),
  ],
);

/** Every way a person reached the agency, in order; the first stays visible and a merge keeps them all. */
export const candidateSourceEvents = pgTable(
  'candidate_source_events',
  {
    ...tenantColumns(),
    candidateId: uuid('candidate_id').notNull(),
    source: text('source', { enum: CANDIDATE_SOURCES }).notNull(),
    occurredAt: instant('occurred_at').notNull(),
    detail: text('detail'),
    jobId: uuid('job_id'),
    referrerName: text('referrer_name'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'candidate_source_events_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'candidate_source_events_job_fk' }),
    index('candidate_source_events_candidate_idx').on(t.agencyId, t.candidateId, t.occurredAt),
    index('candidate_source_events_job_idx').on(t.agencyId, t.jobId),
  ],
);

/** Fit and future-fit notes, each optionally about a client or a job. */
export const candidateFitNotes = pgTable(
  'candidate_fit_notes',
  {
    ...tenantColumns(),
    ...editableColumns(),
    candidateId: uuid('candidate_id').notNull(),
    kind: text('kind', { enum: FIT_NOTE_KINDS }).notNull(),
    body: text('body').notNull(),
    organizationId: uuid('organization_id'),
    jobId: uuid('job_id'),
    roleTitle: text('role_title'),
    authorId: uuid('author_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'candidate_fit_notes_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizationId], foreignColumns: [organizations.agencyId, organizations.id], name: 'candidate_fit_notes_organization_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'candidate_fit_notes_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.authorId], foreignColumns: [users.agencyId, users.id], name: 'candidate_fit_notes_author_fk' }),
    index('candidate_fit_notes_candidate_idx').on(t.agencyId, t.candidateId, t.createdAt),
    index('candidate_fit_notes_organization_idx').on(t.agencyId, t.organizationId),
    index('candidate_fit_notes_job_idx').on(t.agencyId, t.jobId),
    index('candidate_fit_notes_author_idx').on(t.agencyId, t.authorId),
  ],
);
