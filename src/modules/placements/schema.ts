import { z } from 'zod';
import { type FeeTerms, feeValueProblems } from '../../domain/fees';
import { ZCurrencyCode, ZDate, ZFeeBp, ZInstant, ZMinor, addIssues, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { EMPLOYMENT_TYPES, FEE_TYPES, RATE_UNITS } from '../../shared/jobs';
import {
  ASSIGNMENT_STATUSES,
  BACK_OFFICE_PLACES,
  CHECKLIST_ITEM_KINDS,
  CHECKLIST_OWNER_ROLES,
  FOLLOW_UP_PARTIES,
  ISSUE_SEVERITIES,
  PIPELINE_LIMITS,
  PLACEMENT_STATUSES,
  START_OUTCOMES,
  WEEKDAYS,
} from '../../shared/pipeline';
import { billingShape } from '../jobs/schema';

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const ZReason = z.string().trim().min(1, 'a reason is required').max(PIPELINE_LIMITS.reason);

const ZShift = z.object({
  days: z.array(z.enum(WEEKDAYS)).min(1).max(7),
  startTime: ZTime,
  endTime: ZTime,
  location: z.string().trim().max(200).optional(),
});

export const ZSchedule = z.object({
  shifts: z.array(ZShift).max(14),
  expectedHoursPerWeek: z.number().min(0).max(168).nullable(),
  timesheetApproverId: z.uuid().nullable().meta({ description: 'A contact of the client who approves timesheets' }),
  timesheetCadence: z.enum(['weekly', 'biweekly', 'monthly']),
});

const ZMilestone = z.object({ name: z.string().trim().min(1).max(200), feeMinor: ZMinor, dueOn: ZDate.optional(), reachedOn: ZDate.optional() });

/** What the place dialog sets; every field is editable again while the placement is pending or active. */
const termFields = {
  employmentType: z.enum(EMPLOYMENT_TYPES),
  currency: ZCurrencyCode,
  startOn: ZDate.nullable(),
  endOn: ZDate.nullable(),
  payMinor: ZMinor.nullable(),
  payUnit: z.enum(RATE_UNITS).nullable(),
  billRateMinor: ZMinor.nullable(),
  billRateUnit: z.enum(RATE_UNITS).nullable(),
  feeType: z.enum(FEE_TYPES).nullable(),
  feeBp: ZFeeBp.nullable().meta({ description: 'Percentage fee in basis points (2000 = 20 %)' }),
  feeFlatMinor: ZMinor.nullable(),
  firstYearSalaryMinor: ZMinor.nullable(),
  retainedMilestones: z.array(ZMilestone).max(10),
  schedule: ZSchedule.nullable(),
  billingContactId: z.uuid().nullable(),
  poNumber: z.string().trim().max(100).nullable(),
  paymentTermsDays: z.number().int().min(0).max(365).nullable(),
  recruiterId: z.uuid().nullable(),
  accountManagerId: z.uuid().nullable(),
};

type TermsShape = FeeTerms & { startOn?: string | null; endOn?: string | null };

function checkTerms(terms: TermsShape, ctx: z.RefinementCtx) {
  if (terms.startOn && terms.endOn && terms.endOn < terms.startOn) {
    ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'must not be before the start date' });
  }
  addIssues(ctx, feeValueProblems(terms));
}

export const ZPlaceBody = z
  .object({
    entryId: z.uuid(),
    offerId: z.uuid().nullable().default(null).meta({ description: 'The accepted offer the terms come from; fields given here override it' }),
    replacesPlacementId: z.uuid().nullable().default(null),
    ...z.object(termFields).partial().shape,
  })
  .superRefine(checkTerms);
export type TPlaceBody = z.infer<typeof ZPlaceBody>;

export const ZUpdatePlacementBody = z
  .object({ version: z.number().int().min(1), ...z.object(termFields).omit({ employmentType: true }).partial().shape })
  .superRefine(checkTerms);
export type TUpdatePlacementBody = z.infer<typeof ZUpdatePlacementBody>;

/** B4: the same placement placed again, with whatever the edit form changed. */
export const ZReactivateBody = z
  .object({ version: z.number().int().min(1), ...z.object(termFields).omit({ employmentType: true }).partial().shape })
  .superRefine(checkTerms);

export const ZCancelBody = z.object({ version: z.number().int().min(1), reason: ZReason });
export const ZHiringCancelBody = z.object({
  ids: z.array(z.uuid()).min(1).max(PIPELINE_LIMITS.bulkIds).meta({ description: 'Candidate ids: every pending placement of each is cancelled' }),
  options: z.object({ reason: ZReason }),
});

export const ZStartBody = z.object({
  version: z.number().int().min(1),
  outcome: z.enum(START_OUTCOMES),
  newStartOn: ZDate.nullable().default(null).meta({ description: 'The new start date of a late start' }),
  note: z.string().trim().max(PIPELINE_LIMITS.reason).nullable().default(null).meta({ description: 'Why the candidate withdrew; optional otherwise' }),
});

export const ZChecklistItemBody = z.object({
  version: z.number().int().min(1),
  done: z.boolean().optional(),
  ownerId: z.uuid().nullable().optional(),
  dueOn: ZDate.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const ZFollowUpBody = z.object({
  version: z.number().int().min(1),
  done: z.boolean(),
  feedback: z.string().trim().max(PIPELINE_LIMITS.note).nullable().default(null),
  satisfaction: z.number().int().min(1).max(5).nullable().default(null),
});

export const ZIssueBody = z.object({ kind: z.string().trim().min(1).max(60), severity: z.enum(ISSUE_SEVERITIES), note: z.string().trim().min(1).max(PIPELINE_LIMITS.note) });
export const ZResolveIssueBody = z.object({ version: z.number().int().min(1), resolution: z.string().trim().min(1).max(PIPELINE_LIMITS.note) });

export const ZRepeatOrderBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('job'), title: z.string().trim().min(1).max(200), openings: z.number().int().min(1).max(1000).default(1), notes: z.string().trim().max(2000).default('') }),
  z.object({ kind: z.literal('deal'), title: z.string().trim().min(1).max(200), valueMinor: ZMinor.nullable().default(null), notes: z.string().trim().max(2000).default('') }),
]);

export const ZConfirmationBody = z.object({
  recipients: z.array(z.enum(['candidate', 'client'])).min(1).max(2),
  startDetails: z.string().trim().max(2000).default(''),
  nextSteps: z.string().trim().max(2000).default(''),
  documentsNeeded: z.string().trim().max(2000).default(''),
});

export const ZPlacementListQuery = z.object({
  status: z.enum(PLACEMENT_STATUSES).optional(),
  ownerId: z.uuid().optional().meta({ description: 'The recruiter or account manager of the placement' }),
  organizationId: z.uuid().optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  startFrom: ZDate.optional(),
  startTo: ZDate.optional(),
  candidateId: z.uuid().optional(),
  jobId: z.uuid().optional(),
  entryId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TPlacementListQuery = z.infer<typeof ZPlacementListQuery>;

const ZPerson = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const ZPlacementSummary = z.object({
  id: z.uuid(),
  number: z.number(),
  reference: z.string(),
  status: z.enum(PLACEMENT_STATUSES),
  assignmentStatus: z.enum(ASSIGNMENT_STATUSES),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  candidate: z.object({ id: z.uuid(), name: z.string() }),
  job: z.object({ id: z.uuid(), number: z.number(), title: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  recruiter: ZPerson,
  accountManager: ZPerson,
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  placedAt: ZInstant,
  feeMinor: z.number().nullable(),
  currency: z.string(),
  handoffProgress: z.number().meta({ description: 'Share of handoff checklist items done, 0–100' }),
  startOutcome: z.enum(START_OUTCOMES).nullable(),
  billingReady: z.boolean().meta({ description: 'Billing set up: the checklist item is done, or a billing contact is set' }),
  followUpsDone: z.number(),
  followUpsTotal: z.number(),
  openIssues: z.number(),
  backOffice: z.enum(BACK_OFFICE_PLACES),
});
export const ZPlacementList = listEnvelope(ZPlacementSummary);

const ZChecklistItem = z.object({
  id: z.uuid(),
  version: z.number(),
  kind: z.enum(CHECKLIST_ITEM_KINDS),
  label: z.string(),
  ownerRole: z.enum(CHECKLIST_OWNER_ROLES),
  owner: ZPerson,
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  doneAt: ZInstant.nullable(),
  doneBy: z.string().nullable(),
  note: z.string().nullable(),
});

const ZFollowUp = z.object({
  id: z.uuid(),
  version: z.number(),
  label: z.string(),
  party: z.enum(FOLLOW_UP_PARTIES),
  dueOn: z.string(),
  owner: ZPerson,
  taskId: z.uuid().nullable(),
  doneAt: ZInstant.nullable(),
  feedback: z.string().nullable(),
  satisfaction: z.number().nullable(),
});

const ZIssue = z.object({
  id: z.uuid(),
  version: z.number(),
  kind: z.string(),
  severity: z.enum(ISSUE_SEVERITIES),
  note: z.string(),
  resolution: z.string().nullable(),
  resolvedAt: ZInstant.nullable(),
  reportedBy: z.string(),
  createdAt: ZInstant,
});

const ZLinkedPlacement = z.object({ id: z.uuid(), reference: z.string(), status: z.enum(PLACEMENT_STATUSES), candidateName: z.string() }).nullable();

export const ZPlacementDetail = ZPlacementSummary.extend({
  version: z.number(),
  entryId: z.uuid(),
  offerId: z.uuid().nullable(),
  assignment: z.object({ id: z.uuid(), status: z.enum(ASSIGNMENT_STATUSES), startOn: z.string().nullable(), endOn: z.string().nullable(), everApproved: z.boolean() }),
  payMinor: z.number().nullable(),
  payUnit: z.enum(RATE_UNITS).nullable(),
  ...billingShape,
  firstYearSalaryMinor: z.number().nullable(),
  retainedMilestones: z.array(ZMilestone),
  schedule: ZSchedule.nullable(),
  billingContact: ZPerson,
  hiringContact: ZPerson,
  poNumber: z.string().nullable(),
  paymentTermsDays: z.number().nullable(),
  startOutcomeOn: z.string().nullable(),
  startOutcomeNote: z.string().nullable(),
  cancelledAt: ZInstant.nullable(),
  cancelReason: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  firstTime: z.boolean().meta({ description: 'The candidate has never had an employee record (placed for the first time)' }),
  replaces: ZLinkedPlacement,
  replacedBy: z.array(ZLinkedPlacement.unwrap()),
  checklist: z.array(ZChecklistItem),
  followUps: z.array(ZFollowUp),
  issues: z.array(ZIssue),
  repeatOrders: z.array(z.object({ kind: z.enum(['job', 'deal']), id: z.uuid(), label: z.string() })),
});

export const ZPlacementAbilities = z.object({
  update: z.boolean(),
  cancel: z.object({ allowed: z.boolean(), reason: z.string().nullable() }),
  reactivate: z.boolean(),
  confirmStart: z.boolean(),
  replace: z.boolean(),
});
export const ZPlacementRecord = recordEnvelope(ZPlacementDetail, ZPlacementAbilities);

export const ZHiringCandidate = z.object({
  candidate: z.object({ id: z.uuid(), name: z.string(), status: z.string() }),
  pendingCount: z.number(),
  placements: z.array(z.object({ id: z.uuid(), reference: z.string(), jobTitle: z.string(), organizationName: z.string(), employmentType: z.enum(EMPLOYMENT_TYPES), startOn: z.string().nullable(), placedAt: ZInstant })),
});
export const ZHiringList = z.object({ data: z.array(ZHiringCandidate) });
export const ZHiringCancelResult = z.object({ data: z.array(z.object({ candidateId: z.uuid(), cancelledPlacementIds: z.array(z.uuid()) })) });
