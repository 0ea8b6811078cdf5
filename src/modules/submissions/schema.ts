import { z } from 'zod';
import { ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { STAGE_KINDS } from '../../shared/jobs';
import { ASSIGNMENT_STATUSES, BACK_OFFICE_PLACES, FEEDBACK_KINDS, FEEDBACK_SOURCES, PIPELINE_LIMITS, PLACEMENT_STATUSES, SUBMISSION_FIELDS, SUBMISSION_STATUSES } from '../../shared/pipeline';

const ZPerson = z.object({ id: z.uuid(), name: z.string() });
const ZNote = z.string().trim().max(PIPELINE_LIMITS.note);

export const ZSharedFields = z
  .array(z.enum(SUBMISSION_FIELDS))
  .max(SUBMISSION_FIELDS.length)
  .transform((fields) => [...new Set(fields)])
  .meta({ description: 'Candidate fields shared with the client; the email lists only these (internal notes and pay never leave unless chosen)' });

export const ZCreateSubmissionBody = z.object({
  entryId: z.uuid().meta({ description: 'The pipeline entry (candidate on the job) to submit' }),
  documentId: z.uuid().optional().meta({ description: 'A CV of the candidate; the current CV when left out' }),
  contactId: z.uuid().optional().meta({ description: 'A contact of the job\'s client with an email; the job\'s hiring contact when left out' }),
  note: ZNote.default(''),
  sharedFields: ZSharedFields.default([]),
  send: z.boolean().default(true).meta({ description: 'Email the hiring contact with the CV attached; false records a submission made another way' }),
});
export type TCreateSubmissionBody = z.infer<typeof ZCreateSubmissionBody>;

const ZShortlistItem = z.object({
  entryId: z.uuid(),
  documentId: z.uuid().optional().meta({ description: 'A CV of the candidate; the current CV when left out' }),
  note: ZNote.default(''),
  sharedFields: ZSharedFields.default([]),
});
export type TShortlistItem = z.infer<typeof ZShortlistItem>;

export const ZCreateShortlistBody = z.object({
  jobId: z.uuid(),
  contactId: z.uuid().optional().meta({ description: 'A contact of the job\'s client with an email; the job\'s hiring contact when left out' }),
  note: ZNote.default(''),
  items: z
    .array(ZShortlistItem)
    .min(1)
    .max(PIPELINE_LIMITS.shortlist)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      for (const [index, item] of items.entries()) {
        if (seen.has(item.entryId)) {
          ctx.addIssue({ code: 'custom', path: [index, 'entryId'], message: 'listed twice' });
        }
        seen.add(item.entryId);
      }
    }),
});
export type TCreateShortlistBody = z.infer<typeof ZCreateShortlistBody>;

export const ZWithdrawSubmissionBody = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(PIPELINE_LIMITS.reason),
});
export type TWithdrawSubmissionBody = z.infer<typeof ZWithdrawSubmissionBody>;

export const ZFeedbackBody = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  remark: ZNote.default(''),
  receivedAt: ZInstant.optional().meta({ description: 'When the client answered; now when left out, never in the future' }),
});
export type TFeedbackBody = z.infer<typeof ZFeedbackBody>;

export const ZListSubmissionsQuery = ZPageQuery.extend({
  entryId: z.uuid().optional(),
  candidateId: z.uuid().optional(),
}).refine((query) => Boolean(query.entryId ?? query.candidateId), { message: 'give entryId or candidateId', path: ['entryId'] });
export type TListSubmissionsQuery = z.infer<typeof ZListSubmissionsQuery>;

export const ZJobSubmissionsQuery = ZPageQuery;
export type TJobSubmissionsQuery = z.infer<typeof ZJobSubmissionsQuery>;

export const ZFeedback = z
  .object({
    id: z.uuid(),
    kind: z.enum(FEEDBACK_KINDS),
    remark: z.string(),
    receivedAt: ZInstant,
    source: z.enum(FEEDBACK_SOURCES),
    recordedBy: z.string().meta({ description: 'Who recorded it (a user, or the client through the portal)' }),
    createdAt: ZInstant,
  })
  .meta({ id: 'SubmissionFeedback' });

/** B1: the submission's placement and where it now sits in the back office. */
export const ZSubmissionPlacement = z
  .object({
    placementId: z.uuid(),
    number: z.number().int(),
    status: z.enum(PLACEMENT_STATUSES),
    assignmentStatus: z.enum(ASSIGNMENT_STATUSES).nullable(),
    backOffice: z.object({
      place: z.enum(BACK_OFFICE_PLACES),
      href: z.string().meta({ description: 'The back-office page where it sits: /hiring, /placements/<id> or /candidates/<id>' }),
    }),
  })
  .meta({ id: 'SubmissionPlacement' });

export const ZSubmission = z
  .object({
    id: z.uuid(),
    entryId: z.uuid(),
    shortlistId: z.uuid().nullable(),
    job: z.object({ id: z.uuid(), number: z.number().int(), reference: z.string(), title: z.string() }),
    candidate: ZPerson,
    contact: ZPerson.extend({ email: z.string().nullable() }).nullable(),
    document: z.object({ id: z.uuid(), fileName: z.string() }).nullable(),
    note: z.string(),
    sharedFields: z.array(z.enum(SUBMISSION_FIELDS)),
    status: z.enum(SUBMISSION_STATUSES),
    sentAt: ZInstant,
    submittedBy: ZPerson.nullable(),
    emailed: z.boolean().meta({ description: 'Whether the submission was emailed from Fillrate (its mail is in the outbox)' }),
    mailId: z.uuid().nullable(),
    withdrawnAt: ZInstant.nullable(),
    withdrawnReason: z.string().nullable(),
    firstFeedbackAt: ZInstant.nullable(),
    hoursToFirstFeedback: z.number().nullable().meta({ description: 'Hours from sending to the first client feedback, one decimal' }),
    latestFeedback: z.object({ kind: z.enum(FEEDBACK_KINDS), remark: z.string(), receivedAt: ZInstant }).nullable(),
    stage: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(STAGE_KINDS) }).meta({ description: 'The pipeline entry\'s current stage' }),
    placement: ZSubmissionPlacement.nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Submission' });

export const ZSubmissionAbilities = z.object({ withdraw: z.boolean(), recordFeedback: z.boolean() }).meta({ id: 'SubmissionAbilities' });

export const ZSubmissionRecord = recordEnvelope(ZSubmission.extend({ feedback: z.array(ZFeedback).meta({ description: 'Newest first' }) }), ZSubmissionAbilities);
export const ZSubmissionList = listEnvelope(ZSubmission);

export const ZShortlistResult = z.object({
  data: z.object({
    id: z.uuid(),
    jobId: z.uuid(),
    contact: ZPerson.extend({ email: z.string().nullable() }),
    note: z.string(),
    mailId: z.uuid(),
    createdAt: ZInstant,
    submissions: z.array(ZSubmission),
  }),
});
