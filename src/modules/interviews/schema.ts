import { z } from 'zod';
import { ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { INTERVIEW_OUTCOMES, INTERVIEW_STATUSES, INTERVIEW_TYPES, PIPELINE_LIMITS } from '../../shared/pipeline';
import { isTimeZone } from '../../shared/time-zones';
import { entryContextShape } from '../pipeline/schema';

const unique = <T>(values: T[]) => [...new Set(values)];
const ZVersion = z.number().int().min(1);
const ZTimeZone = z.string().trim().min(1).max(100).refine(isTimeZone, 'an IANA time zone such as Europe/London').meta({ description: 'IANA time zone the interview is held in (Europe/London)' });
const ZAttendeeIds = z.array(z.uuid()).max(PIPELINE_LIMITS.attendees).transform(unique);
const ZMeetingUrl = z.url({ protocol: /^https?$/ }).max(2000);

const interviewFields = {
  type: z.enum(INTERVIEW_TYPES),
  startsAt: ZInstant,
  endsAt: ZInstant.meta({ description: 'After the start, at most 12 hours later' }),
  timeZone: ZTimeZone,
  attendeeUserIds: ZAttendeeIds.meta({ description: 'Colleagues attending (active or invited users of the agency)' }),
  attendeeContactIds: ZAttendeeIds.meta({ description: 'Client contacts attending: contacts of the job\'s organization' }),
  inviteCandidate: z.boolean().meta({ description: 'Send the candidate the invitation too (refused for a candidate marked do not contact)' }),
  location: z.string().trim().max(500).nullable().transform((text) => text || null),
  meetingUrl: ZMeetingUrl.nullable(),
  notes: z.string().trim().max(PIPELINE_LIMITS.note),
};

const checkTimes = (body: { startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx) => {
  if (body.startsAt && body.endsAt && Date.parse(body.endsAt) <= Date.parse(body.startsAt)) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after the start' });
  }
};

export const ZScheduleInterviewBody = z
  .object({
    entryId: z.uuid(),
    ...interviewFields,
    attendeeUserIds: interviewFields.attendeeUserIds.default([]),
    attendeeContactIds: interviewFields.attendeeContactIds.default([]),
    inviteCandidate: interviewFields.inviteCandidate.default(true),
    location: interviewFields.location.default(null),
    meetingUrl: interviewFields.meetingUrl.default(null),
    notes: interviewFields.notes.default(''),
  })
  .superRefine(checkTimes);
export type TScheduleInterviewBody = z.infer<typeof ZScheduleInterviewBody>;

export const ZUpdateInterviewBody = z
  .object({ version: ZVersion })
  .extend(z.object(interviewFields).partial().shape)
  .superRefine(checkTimes);
export type TUpdateInterviewBody = z.infer<typeof ZUpdateInterviewBody>;

export const ZCancelInterviewBody = z.object({
  version: ZVersion,
  reason: z.string().trim().max(PIPELINE_LIMITS.reason).optional().meta({ description: 'Told to the attendees in the cancellation' }),
});
export type TCancelInterviewBody = z.infer<typeof ZCancelInterviewBody>;

export const ZInterviewOutcomeBody = z.object({
  version: ZVersion,
  outcome: z.enum(INTERVIEW_OUTCOMES),
  notes: z.string().trim().max(PIPELINE_LIMITS.note).default(''),
});
export type TInterviewOutcomeBody = z.infer<typeof ZInterviewOutcomeBody>;

export const ZListInterviewsQuery = ZPageQuery.extend({
  entryId: z.uuid().optional().meta({ description: 'The interviews of one pipeline entry' }),
  jobId: z.uuid().optional(),
  candidateId: z.uuid().optional(),
  userId: z.uuid().optional().meta({ description: 'Interviews this user organizes or attends; the calendar defaults to the caller when no entry, job or candidate is given' }),
  from: ZInstant.optional().meta({ description: 'Interviews starting at or after this instant (the calendar defaults to now)' }),
  to: ZInstant.optional().meta({ description: 'Interviews starting before this instant (the calendar defaults to 31 days after `from`)' }),
  status: z.enum(INTERVIEW_STATUSES).optional(),
}).superRefine((query, ctx) => {
  if (query.from && query.to && Date.parse(query.to) <= Date.parse(query.from)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after `from`' });
  }
});
export type TListInterviewsQuery = z.infer<typeof ZListInterviewsQuery>;

const ZPerson = z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() });

export const ZInterview = z
  .object({
    id: z.uuid(),
    ...entryContextShape,
    type: z.enum(INTERVIEW_TYPES),
    startsAt: ZInstant,
    endsAt: ZInstant,
    timeZone: z.string(),
    location: z.string().nullable(),
    meetingUrl: z.string().nullable(),
    notes: z.string(),
    attendees: z.object({ users: z.array(ZPerson), contacts: z.array(ZPerson), candidate: z.boolean().meta({ description: 'Whether the candidate is invited' }) }),
    organizer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    status: z.enum(INTERVIEW_STATUSES),
    icalUid: z.string().meta({ description: 'The UID of the calendar event, the same in every invitation, update and cancellation' }),
    sequence: z.number().int().meta({ description: 'The calendar SEQUENCE of the latest invitation sent' }),
    outcome: z.enum(INTERVIEW_OUTCOMES).nullable(),
    outcomeNotes: z.string().nullable(),
    outcomeRecordedAt: ZInstant.nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Interview' });

export const ZInterviewAbilities = z
  .object({ update: z.boolean(), cancel: z.boolean(), recordOutcome: z.boolean() })
  .meta({ id: 'InterviewAbilities' });

export const ZInterviewRecord = recordEnvelope(ZInterview, ZInterviewAbilities);
export const ZInterviewList = listEnvelope(ZInterview);
