import { zonedToInstant } from '../../components/record-activity/zoned-time';
import type { APPLICATION_FIELDS, EMPLOYMENT_TYPES, FEE_TYPES, RATE_UNITS, REMOTE_POLICIES, SCREENING_QUESTION_KINDS, SOURCING_CHANNELS, URGENCIES } from '../../../../src/shared/jobs';
import { fromMinor, toMinor } from '../../components/money';
import type { CreateJobBody, Job } from './queries';

type Amount = number | string;
export type QuestionValues = {
  id: string;
  kind: (typeof SCREENING_QUESTION_KINDS)[number];
  label: string;
  required: boolean;
  options: string[];
  knockout: string[];
  knockoutBelow: Amount;
};
export type ApplicationFieldValues = { field: (typeof APPLICATION_FIELDS)[number]; required: boolean };

/** The intake form as the person edits it: amounts in major units, empty text as '', dates as the inputs give them. */
export type JobFormValues = {
  organizationId: string | null;
  contactId: string | null;
  dealId: string | null;
  title: string;
  description: string;
  employmentType: (typeof EMPLOYMENT_TYPES)[number];
  location: string;
  remotePolicy: (typeof REMOTE_POLICIES)[number];
  payMin: Amount;
  payMax: Amount;
  payUnit: (typeof RATE_UNITS)[number] | null;
  billRate: Amount;
  billRateUnit: (typeof RATE_UNITS)[number] | null;
  feeType: (typeof FEE_TYPES)[number] | null;
  feePercent: Amount;
  feeFlat: Amount;
  currency: string;
  urgency: (typeof URGENCIES)[number];
  openings: Amount;
  targetStartOn: string;
  submissionRules: string;
  interviewProcess: string;
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  successCriteria: string;
  advertText: string;
  deliveryNotes: string;
  sourcingPlan: (typeof SOURCING_CHANNELS)[number][];
  applicationForm: { fields: ApplicationFieldValues[]; questions: QuestionValues[] };
  ownerId: string | null;
  recruiterIds: string[];
  nextActionTitle: string;
  /** A datetime-local value, in the browser's time zone. */
  nextActionDueAt: string;
};

type IntakeBody = Omit<CreateJobBody, 'nextAction'>;

export function emptyJobValues(start: { organizationId?: string; dealId?: string; ownerId?: string }): JobFormValues {
  return {
    organizationId: start.organizationId ?? null,
    contactId: null,
    dealId: start.dealId ?? null,
    title: '',
    description: '',
    employmentType: 'permanent',
    location: '',
    remotePolicy: 'onsite',
    payMin: '',
    payMax: '',
    payUnit: null,
    billRate: '',
    billRateUnit: null,
    feeType: null,
    feePercent: '',
    feeFlat: '',
    currency: '',
    urgency: 'normal',
    openings: 1,
    targetStartOn: '',
    submissionRules: '',
    interviewProcess: '',
    mustHaveSkills: [],
    niceToHaveSkills: [],
    successCriteria: '',
    advertText: '',
    deliveryNotes: '',
    sourcingPlan: [],
    applicationForm: { fields: [{ field: 'cv', required: true }], questions: [] },
    ownerId: start.ownerId ?? null,
    recruiterIds: [],
    nextActionTitle: '',
    nextActionDueAt: '',
  };
}

export function jobValues(job: Job): JobFormValues {
  const { currency } = job;
  return {
    organizationId: job.organization.id,
    contactId: job.contact?.id ?? null,
    dealId: job.deal?.id ?? null,
    title: job.title,
    description: job.description,
    employmentType: job.employmentType,
    location: job.location ?? '',
    remotePolicy: job.remotePolicy,
    payMin: fromMinor(job.payMinMinor, currency),
    payMax: fromMinor(job.payMaxMinor, currency),
    payUnit: job.payUnit,
    billRate: fromMinor(job.billRateMinor, currency),
    billRateUnit: job.billRateUnit,
    feeType: job.feeType,
    feePercent: job.feeBp === null ? '' : job.feeBp / 100,
    feeFlat: fromMinor(job.feeFlatMinor, currency),
    currency,
    urgency: job.urgency,
    openings: job.openings,
    targetStartOn: job.targetStartOn ?? '',
    submissionRules: job.submissionRules ?? '',
    interviewProcess: job.interviewProcess ?? '',
    mustHaveSkills: job.mustHaveSkills,
    niceToHaveSkills: job.niceToHaveSkills,
    successCriteria: job.successCriteria ?? '',
    advertText: job.advertText ?? '',
    deliveryNotes: job.deliveryNotes ?? '',
    sourcingPlan: job.sourcingPlan,
    applicationForm: {
      fields: job.applicationForm.fields,
      questions: job.applicationForm.questions.map((question) => ({
        id: question.id,
        kind: question.kind,
        label: question.label,
        required: question.required ?? false,
        options: question.options ?? [],
        knockout: question.knockout ?? [],
        knockoutBelow: question.knockoutBelow ?? '',
      })),
    },
    ownerId: job.owner?.id ?? null,
    recruiterIds: job.recruiters.map((recruiter) => recruiter.id),
    nextActionTitle: '',
    nextActionDueAt: '',
  };
}

const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: Amount): number | null => (value === '' ? null : Number.isFinite(Number(value)) ? Number(value) : null);

/** The intake fields as the API takes them: integer minor units, the fee percentage as basis points. */
export function intakeBody(values: JobFormValues, fallbackCurrency: string): IntakeBody {
  const currency = values.currency.trim().toUpperCase();
  const moneyCurrency = currency || fallbackCurrency;
  const percent = numberOrNull(values.feePercent);
  return {
    organizationId: values.organizationId ?? '',
    contactId: values.contactId,
    dealId: values.dealId,
    title: values.title.trim(),
    description: values.description,
    employmentType: values.employmentType,
    location: textOrNull(values.location),
    remotePolicy: values.remotePolicy,
    payMinMinor: toMinor(values.payMin, moneyCurrency),
    payMaxMinor: toMinor(values.payMax, moneyCurrency),
    payUnit: values.payUnit,
    billRateMinor: toMinor(values.billRate, moneyCurrency),
    billRateUnit: values.billRateUnit,
    feeType: values.feeType,
    feeBp: values.feeType === 'percent' && percent !== null ? Math.round(percent * 100) : null,
    feeFlatMinor: values.feeType === 'flat' ? toMinor(values.feeFlat, moneyCurrency) : null,
    ...(currency ? { currency } : {}),
    urgency: values.urgency,
    openings: numberOrNull(values.openings) ?? 1,
    targetStartOn: values.targetStartOn || null,
    submissionRules: textOrNull(values.submissionRules),
    interviewProcess: textOrNull(values.interviewProcess),
    mustHaveSkills: values.mustHaveSkills,
    niceToHaveSkills: values.niceToHaveSkills,
    successCriteria: textOrNull(values.successCriteria),
    advertText: textOrNull(values.advertText),
    deliveryNotes: textOrNull(values.deliveryNotes),
    sourcingPlan: values.sourcingPlan,
    applicationForm: {
      fields: values.applicationForm.fields,
      questions: values.applicationForm.questions.map((question) => ({
        id: question.id,
        kind: question.kind,
        label: question.label.trim(),
        required: question.required,
        ...(question.kind === 'choice' ? { options: question.options } : {}),
        ...(question.kind === 'yes_no' || question.kind === 'choice' ? { knockout: question.knockout } : {}),
        ...(question.kind === 'number' && numberOrNull(question.knockoutBelow) !== null ? { knockoutBelow: Number(question.knockoutBelow) } : {}),
      })),
    },
    ownerId: values.ownerId,
    recruiterIds: values.recruiterIds,
  };
}

/** A next action to create with the job, when the person gave one; the due time is read in the user's time zone. */
export function nextActionBody(values: JobFormValues, timeZone: string): CreateJobBody['nextAction'] {
  if (values.nextActionTitle.trim() === '' && values.nextActionDueAt === '') {
    return undefined;
  }
  const [date = '', time = ''] = values.nextActionDueAt.split('T');
  // An incomplete value goes as typed, so the server names the field.
  const dueAt = date && time ? zonedToInstant(date, time, timeZone) : values.nextActionDueAt;
  return { title: values.nextActionTitle.trim(), dueAt };
}

const RENAMED: Record<string, string> = {
  payMinMinor: 'payMin',
  payMaxMinor: 'payMax',
  billRateMinor: 'billRate',
  feeBp: 'feePercent',
  feeFlatMinor: 'feeFlat',
  'nextAction.title': 'nextActionTitle',
  'nextAction.dueAt': 'nextActionDueAt',
  nextAction: 'nextActionTitle',
};

/**
 * Where the form shows an API field error: `payMaxMinor` under Pay max, `applicationForm.questions.0.knockout.0`
 * under that question's knockout answers, `mustHaveSkills.3` under the skills.
 */
export function formPath(apiPath: string): string {
  const renamed = RENAMED[apiPath];
  if (renamed) {
    return renamed;
  }
  const questionField = /^(applicationForm\.questions\.\d+\.[a-zA-Z]+)/.exec(apiPath);
  if (questionField?.[1]) {
    return questionField[1];
  }
  const fieldRow = /^(applicationForm\.fields)\.\d+/.exec(apiPath);
  if (fieldRow?.[1]) {
    return fieldRow[1];
  }
  return apiPath.replace(/(\.\d+)+$/, '');
}
