import { z } from 'zod';
import { ZInstant, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { JOB_STATUSES, STAGE_KINDS } from '../../shared/jobs';
import { OFFER_STATUSES, PIPELINE_ADDED_FROM, PIPELINE_LIMITS, PLACEMENT_STATUSES, type PipelineAddedFrom } from '../../shared/pipeline';

const unique = <T>(values: T[]) => [...new Set(values)];
const ZVersion = z.number().int().min(1);
const ZReason = z.string().trim().min(1).max(PIPELINE_LIMITS.reason).meta({ description: 'A value of the agency\'s `rejection_reasons` list' });

/** Where people add candidates from; applications and the portal add them on their own paths. */
const PEOPLE_ADD_FROM = ['job', 'candidate', 'search', 'pool'] as const satisfies readonly PipelineAddedFrom[];
const ZAddedFrom = z.enum(PEOPLE_ADD_FROM);

export const ZAddToPipelineBody = z.object({
  candidateIds: z.array(z.uuid()).min(1).max(PIPELINE_LIMITS.bulkIds).transform(unique),
  addedFrom: ZAddedFrom.default('job'),
  stageId: z.uuid().optional().meta({ description: 'The stage they start in; by default the job\'s first sourced stage (else its first stage)' }),
  skipExisting: z.boolean().default(false).meta({ description: 'Leave out candidates already on the job (named in `skipped`) instead of refusing all' }),
});
export type TAddToPipelineBody = z.infer<typeof ZAddToPipelineBody>;

export const ZAddJobToCandidateBody = z.object({
  jobId: z.uuid(),
  stageId: z.uuid().optional(),
});
export type TAddJobToCandidateBody = z.infer<typeof ZAddJobToCandidateBody>;

export const ZPipelineStage = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(STAGE_KINDS), position: z.number().int() }).meta({ id: 'PipelineStage' });

export const ZPipelineEntry = z
  .object({
    id: z.uuid(),
    jobId: z.uuid(),
    candidateId: z.uuid(),
    stageId: z.uuid(),
    stage: ZPipelineStage,
    stageEnteredAt: ZInstant,
    addedFrom: z.enum(PIPELINE_ADDED_FROM),
    addedBy: z.uuid().nullable(),
    closedReason: z.string().nullable(),
    screeningAnswers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'PipelineEntry' });

export const ZAddToPipelineResult = z.object({
  data: z.array(ZPipelineEntry),
  skipped: z.array(z.uuid()).meta({ description: 'Candidates left out because they were on the job already (skipExisting)' }),
});

export const ZPipelineAbilities = z
  .object({
    move: z.boolean().meta({ description: 'Drag, keyboard and bulk stage moves' }),
    submit: z.boolean(),
    scheduleInterview: z.boolean(),
    makeOffer: z.boolean(),
    place: z.boolean(),
    bulk: z.boolean(),
  })
  .meta({ id: 'PipelineAbilities' });

export const ZAddedEntryRecord = recordEnvelope(ZPipelineEntry, ZPipelineAbilities);

/** What a recruiter scans on a card (board and list view alike). */
export const ZPipelineCard = z
  .object({
    entryId: z.uuid(),
    version: z.number().int(),
    stageId: z.uuid(),
    candidateId: z.uuid(),
    name: z.string(),
    currentTitle: z.string().nullable(),
    location: z.string().nullable(),
    email: z.string().nullable().meta({ description: 'The candidate\'s primary email, for emailing a selection' }),
    lastActivityAt: ZInstant.nullable().meta({ description: 'The latest activity (call, note, email…) on the candidate, or null' }),
    stageEnteredAt: ZInstant,
    daysInStage: z.number().int(),
    closedReason: z.string().nullable(),
    flags: z.object({
      doNotContact: z.boolean(),
      interviewScheduled: ZInstant.nullable().meta({ description: 'When the next scheduled interview starts, or null' }),
      awaitingFeedback: z.boolean().meta({ description: 'Submitted to the client with no feedback yet' }),
      offerStatus: z.enum(OFFER_STATUSES).nullable().meta({ description: 'The latest offer\'s status' }),
      placementStatus: z.enum(PLACEMENT_STATUSES).nullable().meta({ description: 'The latest placement\'s status' }),
    }),
  })
  .meta({ id: 'PipelineCard' });

export const ZPipelineBoard = z.object({
  data: z.object({
    job: z.object({ id: z.uuid(), number: z.number().int(), reference: z.string(), title: z.string(), status: z.enum(JOB_STATUSES), version: z.number().int() }),
    stages: z.array(ZPipelineStage.extend({ count: z.number().int() })),
    cards: z.array(ZPipelineCard),
  }),
  abilities: ZPipelineAbilities,
});

const ZAnswerFilter = z
  .string()
  .regex(/^[a-z0-9_-]{1,40}:.{1,100}$/, 'questionId:value')
  .transform((text) => {
    const at = text.indexOf(':');
    return { questionId: text.slice(0, at), value: text.slice(at + 1) };
  });

export const ZListPipelineQuery = ZPageQuery.extend({
  stageId: z.uuid().optional(),
  kind: z.enum(STAGE_KINDS).optional(),
  q: z.string().trim().toLowerCase().min(1).max(100).optional().meta({ description: 'Part of the candidate\'s name' }),
  answer: ZAnswerFilter.optional().meta({ description: 'A screening answer, `questionId:value` (yes_no answers are yes/no)' }),
  sort: z.enum(['stage_entered_desc', 'stage_entered_asc']).default('stage_entered_desc'),
});
export type TListPipelineQuery = z.infer<typeof ZListPipelineQuery>;

export const ZPipelineCardList = z.object({ data: z.array(ZPipelineCard), nextCursor: z.string().nullable() });

export const ZStageChange = z
  .object({
    id: z.uuid(),
    from: z.object({ stageId: z.uuid().nullable(), name: z.string(), kind: z.enum(STAGE_KINDS) }).nullable(),
    to: z.object({ stageId: z.uuid().nullable(), name: z.string(), kind: z.enum(STAGE_KINDS) }),
    reason: z.string().nullable(),
    actor: z.object({ id: z.uuid().nullable(), label: z.string() }),
    at: ZInstant,
  })
  .meta({ id: 'PipelineStageChange' });

export const ZPipelineEntryDetail = ZPipelineEntry.extend({
  candidate: z.object({ id: z.uuid(), name: z.string(), currentTitle: z.string().nullable(), location: z.string().nullable(), status: z.string(), emails: z.array(z.string()), phones: z.array(z.string()) }),
  job: z.object({ id: z.uuid(), number: z.number().int(), reference: z.string(), title: z.string(), status: z.enum(JOB_STATUSES), organization: z.object({ id: z.uuid(), name: z.string() }) }),
  stages: z.array(ZPipelineStage).meta({ description: 'The job\'s stages in order, for the move menu' }),
  history: z.array(ZStageChange).meta({ description: 'Every stage move, newest first' }),
}).meta({ id: 'PipelineEntryDetail' });

export const ZPipelineEntryRecord = recordEnvelope(ZPipelineEntryDetail, ZPipelineAbilities);

export const ZMoveEntryBody = z.object({ stageId: z.uuid(), reason: ZReason.optional(), version: ZVersion });
export type TMoveEntryBody = z.infer<typeof ZMoveEntryBody>;

export const ZBulkMoveBody = z.object({
  ids: z.array(z.uuid()).min(1).max(PIPELINE_LIMITS.bulkIds).transform(unique),
  options: z.object({ stageId: z.uuid(), reason: ZReason.optional() }),
});
export type TBulkMoveBody = z.infer<typeof ZBulkMoveBody>;
export const ZPipelineEntryList = z.object({ data: z.array(ZPipelineEntry) });

export const ZCandidatePipelineItem = z
  .object({
    entryId: z.uuid(),
    version: z.number().int(),
    job: z.object({ id: z.uuid(), number: z.number().int(), reference: z.string(), title: z.string(), status: z.enum(JOB_STATUSES), organization: z.object({ id: z.uuid(), name: z.string() }) }),
    stage: ZPipelineStage,
    stageEnteredAt: ZInstant,
    closedReason: z.string().nullable(),
    placementStatus: z.enum(PLACEMENT_STATUSES).nullable(),
    createdAt: ZInstant,
  })
  .meta({ id: 'CandidatePipelineEntry' });
export const ZCandidatePipelineList = z.object({ data: z.array(ZCandidatePipelineItem) });

/** How a record made on an entry (an interview, an offer) names where it stands: the entry's stage, the job and its client, the candidate. */
export const entryContextShape = {
  entry: z.object({ id: z.uuid(), version: z.number().int(), stage: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(STAGE_KINDS) }) }),
  job: z.object({ id: z.uuid(), number: z.number().int(), reference: z.string(), title: z.string(), organization: z.object({ id: z.uuid(), name: z.string() }) }),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
};
