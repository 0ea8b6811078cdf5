import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { STAGE_KINDS } from '../../shared/jobs';
import { FEEDBACK_KINDS, FEEDBACK_SOURCES, INTERVIEW_OUTCOMES, INTERVIEW_STATUSES, INTERVIEW_TYPES, PIPELINE_ADDED_FROM, SUBMISSION_STATUSES, type SubmissionField } from '../../shared/pipeline';
import { candidates } from './candidates';
import { contacts } from './clients';
import { editableColumns, instant, tenantColumns } from './columns';
import { candidateDocuments } from './documents';
import { jobStages, jobs } from './jobs';
import { mailOutbox } from './mail';
import { users } from './users';

/**
 * A candidate on a job: one entry per pair (unique index), in one of the job's stages. The stage foreign key
 * refuses removing a stage that still holds entries. `stage_entered_at` gives "days in stage" without history.
 */
export const pipelineEntries = pgTable(
  'pipeline_entries',
  {
    ...tenantColumns(),
    ...editableColumns(),
    jobId: uuid('job_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    stageEnteredAt: instant('stage_entered_at').notNull(),
    addedFrom: text('added_from', { enum: PIPELINE_ADDED_FROM }).notNull(),
    addedBy: uuid('added_by'),
    /** Answers to the job's screening questions, by question id. */
    screeningAnswers: jsonb('screening_answers').$type<Record<string, string | number | boolean>>().notNull().default({}),
    /** The reason of the last move into a rejected or withdrawn stage (a value of `rejection_reasons`). */
    closedReason: text('closed_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('pipeline_entries_job_candidate_unique').on(t.agencyId, t.jobId, t.candidateId),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'pipeline_entries_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'pipeline_entries_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.stageId], foreignColumns: [jobStages.agencyId, jobStages.id], name: 'pipeline_entries_stage_fk' }),
    foreignKey({ columns: [t.agencyId, t.addedBy], foreignColumns: [users.agencyId, users.id], name: 'pipeline_entries_added_by_fk' }),
    index('pipeline_entries_job_stage_idx').on(t.agencyId, t.jobId, t.stageId, t.stageEnteredAt),
    index('pipeline_entries_candidate_idx').on(t.agencyId, t.candidateId, t.updatedAt),
    index('pipeline_entries_stage_idx').on(t.agencyId, t.stageId),
    index('pipeline_entries_added_by_idx').on(t.agencyId, t.addedBy),
  ],
);

/** Every stage move of an entry, kept forever: who, when, from, to (names and kinds as they were) and why. */
export const pipelineStageChanges = pgTable(
  'pipeline_stage_changes',
  {
    ...tenantColumns(),
    entryId: uuid('entry_id').notNull(),
    fromStageId: uuid('from_stage_id'),
    fromStageName: text('from_stage_name'),
    fromKind: text('from_kind', { enum: STAGE_KINDS }),
    toStageId: uuid('to_stage_id'),
    toStageName: text('to_stage_name').notNull(),
    toKind: text('to_kind', { enum: STAGE_KINDS }).notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.entryId], foreignColumns: [pipelineEntries.agencyId, pipelineEntries.id], name: 'pipeline_stage_changes_entry_fk' }),
    index('pipeline_stage_changes_entry_idx').on(t.agencyId, t.entryId, t.createdAt),
    // Metrics by kind and period (time to first shortlist, submission-to-interview rate).
    index('pipeline_stage_changes_kind_idx').on(t.agencyId, t.toKind, t.createdAt),
  ],
);

/** Several submissions sent to the hiring contact in one email. */
export const shortlists = pgTable(
  'shortlists',
  {
    ...tenantColumns(),
    jobId: uuid('job_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    note: text('note').notNull().default(''),
    sentBy: uuid('sent_by'),
    mailId: uuid('mail_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'shortlists_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.contactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'shortlists_contact_fk' }),
    foreignKey({ columns: [t.agencyId, t.sentBy], foreignColumns: [users.agencyId, users.id], name: 'shortlists_sent_by_fk' }),
    foreignKey({ columns: [t.agencyId, t.mailId], foreignColumns: [mailOutbox.agencyId, mailOutbox.id], name: 'shortlists_mail_fk' }),
    index('shortlists_job_idx').on(t.agencyId, t.jobId, t.createdAt),
    index('shortlists_contact_idx').on(t.agencyId, t.contactId),
    index('shortlists_sent_by_idx').on(t.agencyId, t.sentBy),
    index('shortlists_mail_idx').on(t.agencyId, t.mailId),
  ],
);

/** A candidate packaged for the client: the CV chosen, the note, the fields shared, and when it went. */
export const submissions = pgTable(
  'submissions',
  {
    ...tenantColumns(),
    ...editableColumns(),
    entryId: uuid('entry_id').notNull(),
    jobId: uuid('job_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    contactId: uuid('contact_id'),
    documentId: uuid('document_id'),
    shortlistId: uuid('shortlist_id'),
    note: text('note').notNull().default(''),
    sharedFields: text('shared_fields').array().$type<SubmissionField[]>().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull().default('submitted'),
    sentAt: instant('sent_at').notNull(),
    submittedBy: uuid('submitted_by'),
    mailId: uuid('mail_id'),
    withdrawnAt: instant('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
    /** The first client feedback's time, so "submission to feedback" needs no join. */
    firstFeedbackAt: instant('first_feedback_at'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.entryId], foreignColumns: [pipelineEntries.agencyId, pipelineEntries.id], name: 'submissions_entry_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'submissions_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'submissions_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.contactId], foreignColumns: [contacts.agencyId, contacts.id], name: 'submissions_contact_fk' }),
    foreignKey({ columns: [t.agencyId, t.documentId], foreignColumns: [candidateDocuments.agencyId, candidateDocuments.id], name: 'submissions_document_fk' }),
    foreignKey({ columns: [t.agencyId, t.shortlistId], foreignColumns: [shortlists.agencyId, shortlists.id], name: 'submissions_shortlist_fk' }),
    foreignKey({ columns: [t.agencyId, t.submittedBy], foreignColumns: [users.agencyId, users.id], name: 'submissions_submitted_by_fk' }),
    foreignKey({ columns: [t.agencyId, t.mailId], foreignColumns: [mailOutbox.agencyId, mailOutbox.id], name: 'submissions_mail_fk' }),
    index('submissions_job_idx').on(t.agencyId, t.jobId, t.sentAt, t.id),
    index('submissions_entry_idx').on(t.agencyId, t.entryId, t.sentAt),
    index('submissions_candidate_idx').on(t.agencyId, t.candidateId, t.sentAt),
    index('submissions_contact_idx').on(t.agencyId, t.contactId),
    index('submissions_document_idx').on(t.agencyId, t.documentId),
    index('submissions_shortlist_idx').on(t.agencyId, t.shortlistId),
    index('submissions_submitted_by_idx').on(t.agencyId, t.submittedBy, t.sentAt),
    index('submissions_mail_idx').on(t.agencyId, t.mailId),
  ],
);

/** The client's answer to a submission, with its time (recorded by staff now, by the client in the portal later). */
export const submissionFeedback = pgTable(
  'submission_feedback',
  {
    ...tenantColumns(),
    submissionId: uuid('submission_id').notNull(),
    kind: text('kind', { enum: FEEDBACK_KINDS }).notNull(),
    remark: text('remark').notNull().default(''),
    receivedAt: instant('received_at').notNull(),
    source: text('source', { enum: FEEDBACK_SOURCES }).notNull().default('staff'),
    recordedBy: uuid('recorded_by'),
    recordedByLabel: text('recorded_by_label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.submissionId], foreignColumns: [submissions.agencyId, submissions.id], name: 'submission_feedback_submission_fk' }),
    foreignKey({ columns: [t.agencyId, t.recordedBy], foreignColumns: [users.agencyId, users.id], name: 'submission_feedback_recorded_by_fk' }),
    index('submission_feedback_submission_idx').on(t.agencyId, t.submissionId, t.receivedAt),
    index('submission_feedback_recorded_by_idx').on(t.agencyId, t.recordedBy),
  ],
);

/**
 * An interview on a pipeline entry. `ical_uid` stays the same for the interview's life and `sequence` rises with
 * each update sent, so calendar programs replace the event instead of adding a second one.
 */
export const interviews = pgTable(
  'interviews',
  {
    ...tenantColumns(),
    ...editableColumns(),
    entryId: uuid('entry_id').notNull(),
    jobId: uuid('job_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    type: text('type', { enum: INTERVIEW_TYPES }).notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    location: text('location'),
    meetingUrl: text('meeting_url'),
    notes: text('notes').notNull().default(''),
    attendeeUserIds: uuid('attendee_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    attendeeContactIds: uuid('attendee_contact_ids').array().notNull().default(sql`'{}'::uuid[]`),
    inviteCandidate: boolean('invite_candidate').notNull().default(true),
    organizerId: uuid('organizer_id'),
    status: text('status', { enum: INTERVIEW_STATUSES }).notNull().default('scheduled'),
    icalUid: text('ical_uid').notNull(),
    sequence: integer('sequence').notNull().default(0),
    outcome: text('outcome', { enum: INTERVIEW_OUTCOMES }),
    outcomeNotes: text('outcome_notes'),
    outcomeRecordedAt: instant('outcome_recorded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.entryId], foreignColumns: [pipelineEntries.agencyId, pipelineEntries.id], name: 'interviews_entry_fk' }),
    foreignKey({ columns: [t.agencyId, t.jobId], foreignColumns: [jobs.agencyId, jobs.id], name: 'interviews_job_fk' }),
    foreignKey({ columns: [t.agencyId, t.candidateId], foreignColumns: [candidates.agencyId, candidates.id], name: 'interviews_candidate_fk' }),
    foreignKey({ columns: [t.agencyId, t.organizerId], foreignColumns: [users.agencyId, users.id], name: 'interviews_organizer_fk' }),
    index('interviews_entry_idx').on(t.agencyId, t.entryId, t.startsAt),
    index('interviews_job_idx').on(t.agencyId, t.jobId, t.startsAt),
    index('interviews_candidate_idx').on(t.agencyId, t.candidateId, t.startsAt),
    index('interviews_organizer_idx').on(t.agencyId, t.organizerId, t.startsAt),
    index('interviews_starts_idx').on(t.agencyId, t.startsAt),
    // A user's calendar: interviews they attend.
    index('interviews_attendee_users_idx').using('gin', t.attendeeUserIds),
  ],
);
