import { z } from 'zod';
import { type FeeTerms, feeValueProblems } from '../../domain/fees';
import { ZCurrencyCode, ZDate, ZFeeBp, ZInstant, ZMinor, ZName, addIssues, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import {
  APPLICATION_FIELDS,
  EMPLOYMENT_TYPES,
  FEE_TYPES,
  JOB_STATUSES,
  QUALIFICATION_CHECKS,
  RATE_UNITS,
  REMOTE_POLICIES,
  SCREENING_QUESTION_KINDS,
  SOURCING_CHANNELS,
  STAGE_KINDS,
  URGENCIES,
} from '../../shared/jobs';
import { LIMITS } from '../../shared/limits';

export const ZJobStatus = z.enum(JOB_STATUSES);
/** The bill rate and fee as jobs and placements answer them (the columns of `billingColumns`). */
export const billingShape = {
  billRateMinor: z.number().nullable(),
  billRateUnit: z.enum(RATE_UNITS).nullable(),
  feeType: z.enum(FEE_TYPES).nullable(),
  feeBp: z.number().nullable(),
  feeFlatMinor: z.number().nullable(),
};
const ZText = z.string().max(LIMITS.textLength);
const ZShortText = z.string().trim().max(2000);
const ZSkills = z.array(z.string().trim().min(1).max(100)).max(50);

const ZScreeningQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'lowercase letters, digits, _ and -'),
    kind: z.enum(SCREENING_QUESTION_KINDS),
    label: z.string().trim().min(1).max(300),
    required: z.boolean().default(false),
    options: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
    /** Answers that rule an applicant out (yes_no: "yes"/"no"; choice: option labels). */
    knockout: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
    /** For number questions: an answer below this rules the applicant out. */
    knockoutBelow: z.number().optional(),
  })
  .superRefine((question, ctx) => {
    if (question.kind === 'choice' && (question.options?.length ?? 0) < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least two options' });
    }
    const allowed = question.kind === 'yes_no' ? ['yes', 'no'] : question.kind === 'choice' ? (question.options ?? []) : [];
    for (const [index, answer] of (question.knockout ?? []).entries()) {
      if (!allowed.includes(answer)) {
        ctx.addIssue({ code: 'custom', path: ['knockout', index], message: `"${answer}" is not an answer to this question` });
      }
    }
    if (question.knockoutBelow !== undefined && question.kind !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['knockoutBelow'], message: 'only number questions have a minimum' });
    }
  });

export const ZApplicationForm = z
  .object({
    fields: z.array(z.object({ field: z.enum(APPLICATION_FIELDS), required: z.boolean() })).max(APPLICATION_FIELDS.length),
    questions: z.array(ZScreeningQuestion).max(30),
  })
  .superRefine((form, ctx) => {
    const duplicate = (values: string[]) => values.findIndex((value, index) => values.indexOf(value) !== index);
    const field = duplicate(form.fields.map((f) => f.field));
    if (field >= 0) {
      ctx.addIssue({ code: 'custom', path: ['fields', field, 'field'], message: 'asked twice' });
    }
    const question = duplicate(form.questions.map((q) => q.id));
    if (question >= 0) {
      ctx.addIssue({ code: 'custom', path: ['questions', question, 'id'], message: 'used twice' });
    }
  })
  .meta({ id: 'ApplicationForm' });

/** Everything taken at intake; the same fields are editable later. */
const intakeFields = {
  organizationId: z.uuid(),
  contactId: z.uuid().nullable(),
  dealId: z.uuid().nullable(),
  title: ZName,
  description: ZText,
  employmentType: z.enum(EMPLOYMENT_TYPES),
  location: ZShortText.nullable(),
  remotePolicy: z.enum(REMOTE_POLICIES),
  payMinMinor: ZMinor.nullable(),
  payMaxMinor: ZMinor.nullable(),
  payUnit: z.enum(RATE_UNITS).nullable(),
  billRateMinor: ZMinor.nullable(),
  billRateUnit: z.enum(RATE_UNITS).nullable(),
  feeType: z.enum(FEE_TYPES).nullable(),
  feeBp: ZFeeBp.nullable(),
  feeFlatMinor: ZMinor.nullable(),
  currency: ZCurrencyCode,
  urgency: z.enum(URGENCIES),
  openings: z.number().int().min(1).max(1000),
  targetStartOn: ZDate.nullable(),
  submissionRules: ZText.nullable(),
  interviewProcess: ZText.nullable(),
  mustHaveSkills: ZSkills,
  niceToHaveSkills: ZSkills,
  successCriteria: ZText.nullable(),
  advertText: ZText.nullable(),
  deliveryNotes: ZText.nullable(),
  sourcingPlan: z.array(z.enum(SOURCING_CHANNELS)).max(SOURCING_CHANNELS.length),
  applicationForm: ZApplicationForm,
  ownerId: z.uuid().nullable(),
  recruiterIds: z.array(z.uuid()).max(20),
};

type IntakeShape = FeeTerms & { payMinMinor?: number | null; payMaxMinor?: number | null };

/** Cross-field rules of the intake form, each naming the field to fix. */
function checkIntake(job: IntakeShape, ctx: z.RefinementCtx) {
  if (job.payMinMinor != null && job.payMaxMinor != null && job.payMinMinor > job.payMaxMinor) {
    ctx.addIssue({ code: 'custom', path: ['payMaxMinor'], message: 'must not be below the minimum' });
  }
  addIssues(ctx, feeValueProblems(job));
}

const ZNextAction = z.object({ title: z.string().trim().min(1).max(200), dueAt: ZInstant, assigneeId: z.uuid().optional() });

export const ZCreateJobBody = z
  .object({
    ...intakeFields,
    contactId: intakeFields.contactId.default(null),
    dealId: intakeFields.dealId.default(null),
    description: intakeFields.description.default(''),
    location: intakeFields.location.default(null),
    remotePolicy: intakeFields.remotePolicy.default('onsite'),
    payMinMinor: intakeFields.payMinMinor.default(null),
    payMaxMinor: intakeFields.payMaxMinor.default(null),
    payUnit: intakeFields.payUnit.default(null),
    billRateMinor: intakeFields.billRateMinor.default(null),
    billRateUnit: intakeFields.billRateUnit.default(null),
    feeType: intakeFields.feeType.default(null),
    feeBp: intakeFields.feeBp.default(null),
    feeFlatMinor: intakeFields.feeFlatMinor.default(null),
    currency: intakeFields.currency.optional(),
    urgency: intakeFields.urgency.default('normal'),
    openings: intakeFields.openings.default(1),
    targetStartOn: intakeFields.targetStartOn.default(null),
    submissionRules: intakeFields.submissionRules.default(null),
    interviewProcess: intakeFields.interviewProcess.default(null),
    mustHaveSkills: intakeFields.mustHaveSkills.default([]),
    niceToHaveSkills: intakeFields.niceToHaveSkills.default([]),
    successCriteria: intakeFields.successCriteria.default(null),
    advertText: intakeFields.advertText.default(null),
    deliveryNotes: intakeFields.deliveryNotes.default(null),
    sourcingPlan: intakeFields.sourcingPlan.default([]),
    applicationForm: ZApplicationForm.default({ fields: [], questions: [] }),
    ownerId: intakeFields.ownerId.default(null),
    recruiterIds: intakeFields.recruiterIds.default([]),
    /** Setting a next action creates the job's first task. */
    nextAction: ZNextAction.optional(),
  })
  .superRefine(checkIntake);
export type TCreateJobBody = z.infer<typeof ZCreateJobBody>;

export const ZUpdateJobBody = z
  .object({ version: z.number().int().min(1), ...intakeFields })
  .partial()
  .required({ version: true })
  .superRefine(checkIntake);
export type TUpdateJobBody = z.infer<typeof ZUpdateJobBody>;

export const ZTransitionBody = z.object({ to: ZJobStatus, reason: z.string().trim().max(1000).optional(), version: z.number().int().min(1) });
export type TTransitionBody = z.infer<typeof ZTransitionBody>;

const ZCheckAnswer = z.object({ answer: z.boolean(), note: z.string().trim().min(1, 'say what the answer rests on').max(2000) });
export const ZQualificationBody = z.object({
  version: z.number().int().min(1),
  checks: z.object(Object.fromEntries(QUALIFICATION_CHECKS.map((check) => [check, ZCheckAnswer])) as Record<(typeof QUALIFICATION_CHECKS)[number], typeof ZCheckAnswer>),
});
export type TQualificationBody = z.infer<typeof ZQualificationBody>;

export const ZStage = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(STAGE_KINDS), position: z.number().int() }).meta({ id: 'Stage' });
export const ZStagesBody = z.object({
  /** The job's version (job stages) or the template's version (default stages), as read. */
  version: z.number().int().min(1),
  stages: z.array(z.object({ id: z.uuid().optional(), name: z.string().trim().min(1).max(60), kind: z.enum(STAGE_KINDS) })).min(2).max(30),
});
export type TStagesBody = z.infer<typeof ZStagesBody>;
export const ZStageList = z.object({ data: z.array(ZStage), version: z.number().int() });

const ZUserRef = z.object({ id: z.uuid(), name: z.string() });
const ZNextActionOut = z.object({ taskId: z.uuid(), title: z.string(), dueAt: ZInstant, allDay: z.boolean(), assignee: ZUserRef });

export const ZJobHealth = z.object({
  daysInStatus: z.number().int(),
  daysIntakeToOpen: z.number().int().nullable(),
  atRisk: z.boolean(),
  atRiskReasons: z.array(z.object({ rule: z.string(), message: z.string() })),
});

export const ZJobSummary = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    reference: z.string(),
    title: z.string(),
    status: ZJobStatus,
    organization: ZUserRef,
    owner: ZUserRef.nullable(),
    recruiters: z.array(ZUserRef),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    urgency: z.enum(URGENCIES),
    openings: z.number().int(),
    filledCount: z.number().int(),
    candidateCount: z.number().int().meta({ description: 'Candidates on the job\'s pipeline (every stage)' }),
    submissionCount: z.number().int().meta({ description: 'Submissions sent to the client and not withdrawn' }),
    location: z.string().nullable(),
    remotePolicy: z.enum(REMOTE_POLICIES),
    statusChangedAt: ZInstant,
    createdAt: ZInstant,
    updatedAt: ZInstant,
    nextAction: ZNextActionOut.nullable(),
    health: ZJobHealth,
    version: z.number().int(),
  })
  .meta({ id: 'JobSummary' });

const ZCheckOut = z.object({ answer: z.boolean(), note: z.string() });
export const ZJob = ZJobSummary.extend({
  contact: ZUserRef.nullable(),
  deal: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  description: z.string(),
  payMinMinor: z.number().nullable(),
  payMaxMinor: z.number().nullable(),
  payUnit: z.enum(RATE_UNITS).nullable(),
  ...billingShape,
  currency: z.string(),
  targetStartOn: ZDate.nullable(),
  submissionRules: z.string().nullable(),
  interviewProcess: z.string().nullable(),
  mustHaveSkills: z.array(z.string()),
  niceToHaveSkills: z.array(z.string()),
  successCriteria: z.string().nullable(),
  advertText: z.string().nullable(),
  deliveryNotes: z.string().nullable(),
  sourcingPlan: z.array(z.enum(SOURCING_CHANNELS)),
  applicationForm: ZApplicationForm,
  firstOpenedAt: ZInstant.nullable(),
  qualification: z
    .object({ checks: z.object(Object.fromEntries(QUALIFICATION_CHECKS.map((check) => [check, ZCheckOut])) as Record<(typeof QUALIFICATION_CHECKS)[number], typeof ZCheckOut>), decidedBy: z.string(), decidedAt: ZInstant })
    .nullable(),
  stages: z.array(ZStage),
}).meta({ id: 'Job' });

export const ZJobAbilities = z.object({
  update: z.boolean(),
  qualify: z.boolean(),
  editStages: z.boolean(),
  /** Statuses a person may move the job to now, each with whether a reason is required. */
  transitions: z.array(z.object({ to: ZJobStatus, reasonRequired: z.boolean() })),
});

export const ZJobRecord = recordEnvelope(ZJob, ZJobAbilities);
export const ZJobList = listEnvelope(ZJobSummary);

const ZIdList = z.preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(z.uuid()).max(50));
const ZStatusList = z.preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(ZJobStatus).max(JOB_STATUSES.length));

export const ZJobFilters = z.object({
  q: z.string().trim().max(100).optional(),
  status: ZStatusList.optional(),
  ownerId: ZIdList.optional(),
  recruiterId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  dealId: z.uuid().optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  urgency: z.enum(URGENCIES).optional(),
  /** Jobs taken in at least this many days ago. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Jobs in their current status for at least this many days. */
  minDaysInStatus: z.coerce.number().int().min(0).max(3650).optional(),
  /** Built-in saved views: the caller's open jobs, and jobs on hold longer than the agency's threshold. */
  view: z.enum(['my_open', 'on_hold_long']).optional(),
  sort: z.enum(['updated', 'created']).default('updated'),
});
export type TJobFilters = z.infer<typeof ZJobFilters>;

export const ZListJobsQuery = ZPageQuery.extend(ZJobFilters.shape);
export type TListJobsQuery = z.infer<typeof ZListJobsQuery>;

export const ZJobCounts = z.object({ data: z.partialRecord(ZJobStatus, z.number().int()) });
