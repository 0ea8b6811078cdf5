import { z } from 'zod';
import { ZDate, ZEmail, ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { CANDIDATE_LIMITS, CANDIDATE_SOURCES, CANDIDATE_STATUSES, CONSENT_BASES, FIT_NOTE_KINDS, PAY_UNITS, REMOTE_OPTIONS, SKILL_LEVELS } from '../../shared/candidates';
import { EMPLOYMENT_TYPES } from '../../shared/jobs';
import { LIMITS } from '../../shared/limits';
import { DUPLICATE_REASONS } from '../../domain/candidate-duplicates';
import { ZCurrency } from '../organizations/schema';

export const ZCandidateStatus = z.enum(CANDIDATE_STATUSES);
export const ZCandidateSource = z.enum(CANDIDATE_SOURCES);
const ZPersonName = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const ZShortText = z.string().trim().min(1).max(200);
const ZPerson = z.object({ id: z.uuid(), name: z.string() });
const unique = <T>(values: T[]) => [...new Set(values)];

export const ZCandidateSkill = z
  .object({ name: z.string().trim().min(1).max(100), years: z.number().min(0).max(70).optional(), level: z.enum(SKILL_LEVELS).optional() })
  .meta({ id: 'CandidateSkill' });
export const ZWorkHistoryEntry = z
  .object({ title: ZShortText, employer: ZShortText, startedOn: ZDate.optional(), endedOn: ZDate.optional(), summary: z.string().trim().max(LIMITS.textLength).optional() })
  .meta({ id: 'WorkHistoryEntry' });
export const ZEducationEntry = z
  .object({ institution: ZShortText, qualification: z.string().trim().max(200).optional(), startedOn: ZDate.optional(), endedOn: ZDate.optional() })
  .meta({ id: 'EducationEntry' });
const ZDesiredPayInput = z
  .object({ minMinor: z.number().int().min(0), maxMinor: z.number().int().min(0).optional(), currency: ZCurrency, unit: z.enum(PAY_UNITS) })
  .refine((pay) => pay.maxMinor === undefined || pay.maxMinor >= pay.minMinor, { path: ['maxMinor'], message: 'at least the minimum' });
const ZCandidatePreferencesInput = z.object({
  employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)).max(EMPLOYMENT_TYPES.length).default([]).transform(unique),
  desiredPay: ZDesiredPayInput.optional(),
  locations: z.array(ZShortText).max(CANDIDATE_LIMITS.preferenceLocations).default([]),
  remote: z.array(z.enum(REMOTE_OPTIONS)).max(REMOTE_OPTIONS.length).default([]).transform(unique),
});
/** Preferences as answered (the input above normalizes; a response schema may not transform). */
export const ZCandidatePreferences = z
  .object({
    employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)),
    desiredPay: z.object({ minMinor: z.number().int(), maxMinor: z.number().int().optional(), currency: z.string(), unit: z.enum(PAY_UNITS) }).optional(),
    locations: z.array(z.string()),
    remote: z.array(z.enum(REMOTE_OPTIONS)),
  })
  .meta({ id: 'CandidatePreferences' });
const ZHttpUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .meta({ description: 'an http or https address' });
export const ZProfileLink = z.object({ kind: z.string().trim().min(1).max(50), url: ZHttpUrl }).meta({ id: 'ProfileLink' });

const ZNextAction = z
  .object({ taskId: z.uuid(), title: z.string(), dueAt: ZInstant, allDay: z.boolean(), assignee: ZPerson })
  .meta({ id: 'CandidateNextAction' });

export const ZCandidate = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    name: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    location: z.string().nullable(),
    source: ZCandidateSource,
    firstSource: z.object({ source: ZCandidateSource, occurredAt: ZInstant }).nullable(),
    owner: ZPerson.nullable(),
    status: ZCandidateStatus,
    availableOn: ZDate.nullable(),
    preferences: ZCandidatePreferences,
    skills: z.array(ZCandidateSkill),
    workHistory: z.array(ZWorkHistoryEntry),
    education: z.array(ZEducationEntry),
    currentEmployer: z.string().nullable(),
    currentTitle: z.string().nullable(),
    tags: z.array(z.string()),
    consentBasis: z.enum(CONSENT_BASES).nullable(),
    consentOn: ZDate.nullable(),
    consentSource: z.string().nullable(),
    retainUntil: ZDate.nullable(),
    lastContactedAt: ZInstant.nullable(),
    roleInterests: z.array(z.string()),
    nurtureStage: z.string().nullable(),
    profileLinks: z.array(ZProfileLink),
    handoffNote: z.string().nullable(),
    nextAction: ZNextAction.nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
  })
  .meta({ id: 'Candidate' });

export const ZCandidateSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    location: z.string().nullable(),
    status: ZCandidateStatus,
    owner: ZPerson.nullable(),
    currentTitle: z.string().nullable(),
    currentEmployer: z.string().nullable(),
    skills: z.array(z.string()),
    tags: z.array(z.string()),
    availableOn: ZDate.nullable(),
    lastContactedAt: ZInstant.nullable(),
    updatedAt: ZInstant,
    nextAction: ZNextAction.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'CandidateSummary' });

export const ZCandidateAbilities = z.object({ update: z.boolean(), changeOwner: z.boolean() });
export const ZCandidateRecord = recordEnvelope(ZCandidate, ZCandidateAbilities);
export const ZCandidateList = listEnvelope(ZCandidateSummary);

export const ZCandidateFilters = z.object({
  q: z.string().trim().min(1).max(100).optional(),
  status: ZCandidateStatus.optional(),
  ownerId: z.uuid().optional(),
  tag: z.string().trim().toLowerCase().min(1).max(CANDIDATE_LIMITS.tagLength).optional(),
  skill: z.string().trim().toLowerCase().min(1).max(100).optional(),
  availableBy: ZDate.optional().meta({ description: 'Available on or before this date' }),
  poolId: z.uuid().optional().meta({ description: 'Members of this talent pool (one the caller can see: shared, or their own)' }),
  sort: z.enum(['updated', 'name']).default('updated'),
});
export const ZListCandidatesQuery = ZPageQuery.extend(ZCandidateFilters.shape);
export type TListCandidatesQuery = z.infer<typeof ZListCandidatesQuery>;
export type TCandidateFilters = z.infer<typeof ZCandidateFilters>;

const ZTags = z
  .array(z.string().trim().toLowerCase().min(1).max(CANDIDATE_LIMITS.tagLength))
  .max(CANDIDATE_LIMITS.tags)
  .transform(unique);

const candidateFields = {
  firstName: ZPersonName,
  lastName: ZPersonName,
  emails: z.array(ZEmail).max(CANDIDATE_LIMITS.emails).transform(unique),
  phones: z
    .array(z.string().trim().min(3).max(50))
    .max(CANDIDATE_LIMITS.phones)
    .meta({ description: 'As typed; stored in E.164, numbers without a country code read as the agency\'s phone country (setting agency.phoneCountry)' }),
  location: optionalText(200),
  status: ZCandidateStatus,
  availableOn: ZDate.nullable(),
  preferences: ZCandidatePreferencesInput,
  skills: z.array(ZCandidateSkill).max(CANDIDATE_LIMITS.skills),
  workHistory: z.array(ZWorkHistoryEntry).max(CANDIDATE_LIMITS.workHistory),
  education: z.array(ZEducationEntry).max(CANDIDATE_LIMITS.education),
  tags: ZTags,
  consentBasis: z.enum(CONSENT_BASES).nullable(),
  consentOn: ZDate.nullable(),
  consentSource: optionalText(200),
  retainUntil: ZDate.nullable(),
  roleInterests: z.array(ZShortText).max(CANDIDATE_LIMITS.roleInterests).transform(unique),
  nurtureStage: z.string().trim().min(1).max(100).nullable().meta({ description: 'A value of the agency\'s nurture_stages list that is not archived' }),
  profileLinks: z.array(ZProfileLink).max(CANDIDATE_LIMITS.profileLinks),
};
export type CandidateFieldsInput = Partial<z.infer<z.ZodObject<typeof candidateFields>>>;

export const ZCreateCandidateBody = z.object({
  ...z.object(candidateFields).partial().shape,
  firstName: candidateFields.firstName,
  lastName: candidateFields.lastName,
  source: ZCandidateSource,
  sourceDetail: z.string().trim().min(1).max(500).optional(),
  ownerId: z.uuid().nullable().optional().meta({ description: 'Defaults to the caller' }),
});
export type TCreateCandidateBody = z.infer<typeof ZCreateCandidateBody>;

/** The source is history (add a source event); the owner changes with a handoff note (POST …/owner). */
export const ZUpdateCandidateBody = z.object({ version: z.number().int().min(1) }).extend(z.object(candidateFields).partial().shape);
export type TUpdateCandidateBody = z.infer<typeof ZUpdateCandidateBody>;

const ZHandoffNote = z.string().trim().min(1).max(CANDIDATE_LIMITS.handoffNote);
export const ZOwnerChange = z.object({ ownerId: z.uuid(), handoffNote: ZHandoffNote });
export const ZChangeOwnerBody = ZOwnerChange.extend({ version: z.number().int().min(1) });
export type TChangeOwnerBody = z.infer<typeof ZChangeOwnerBody>;
export const ZBulkChangeOwnerBody = z.object({
  ids: z.array(z.uuid()).min(1).max(CANDIDATE_LIMITS.bulkIds).transform(unique),
  options: ZOwnerChange,
});
export type TBulkChangeOwnerBody = z.infer<typeof ZBulkChangeOwnerBody>;
export const ZBulkCandidateResult = z.object({ data: z.array(ZCandidateSummary) });

export const ZDuplicatesBody = z.object({
  firstName: ZPersonName,
  lastName: ZPersonName,
  emails: z.array(ZEmail).max(CANDIDATE_LIMITS.emails).optional(),
  phones: z.array(z.string().trim().min(1).max(50)).max(CANDIDATE_LIMITS.phones).optional(),
  currentEmployer: z.string().trim().max(200).nullable().optional(),
  excludeId: z.uuid().optional().meta({ description: 'The candidate being edited, which is not its own duplicate' }),
});
export type TDuplicatesBody = z.infer<typeof ZDuplicatesBody>;
export const ZDuplicateList = z.object({
  data: z.array(z.object({ candidate: ZCandidateSummary, reasons: z.array(z.enum(DUPLICATE_REASONS)) }).meta({ id: 'CandidateDuplicate' })),
});

export const ZSourceEvent = z
  .object({ id: z.uuid(), source: ZCandidateSource, occurredAt: ZInstant, detail: z.string().nullable(), job: z.object({ id: z.uuid(), title: z.string() }).nullable(), referrerName: z.string().nullable() })
  .meta({ id: 'CandidateSourceEvent' });
export const ZSourceEventList = z.object({ data: z.array(ZSourceEvent) });
export const ZCreateSourceEventBody = z.object({
  source: ZCandidateSource,
  occurredAt: ZInstant.optional().meta({ description: 'Defaults to now' }),
  detail: z.string().trim().min(1).max(500).optional(),
  jobId: z.uuid().optional(),
  referrerName: z.string().trim().min(1).max(200).optional(),
});
export type TCreateSourceEventBody = z.infer<typeof ZCreateSourceEventBody>;

export const ZFitNote = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid(),
    kind: z.enum(FIT_NOTE_KINDS),
    body: z.string(),
    organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    job: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    roleTitle: z.string().nullable(),
    author: ZPerson.nullable(),
    createdAt: ZInstant,
    updatedAt: ZInstant,
    version: z.number().int(),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'CandidateFitNote' });
export const ZFitNoteList = z.object({ data: z.array(ZFitNote) });
export const ZFitNoteRecord = z.object({ data: ZFitNote });
const fitNoteFields = {
  kind: z.enum(FIT_NOTE_KINDS),
  body: z.string().trim().min(1).max(LIMITS.textLength),
  organizationId: z.uuid().nullable(),
  jobId: z.uuid().nullable(),
  roleTitle: z.string().trim().min(1).max(200).nullable(),
};
export const ZCreateFitNoteBody = z.object({
  kind: fitNoteFields.kind,
  body: fitNoteFields.body,
  organizationId: fitNoteFields.organizationId.optional(),
  jobId: fitNoteFields.jobId.optional(),
  roleTitle: fitNoteFields.roleTitle.optional(),
});
export type TCreateFitNoteBody = z.infer<typeof ZCreateFitNoteBody>;
export const ZUpdateFitNoteBody = z.object({ version: z.number().int().min(1) }).extend(z.object(fitNoteFields).partial().shape);
export type TUpdateFitNoteBody = z.infer<typeof ZUpdateFitNoteBody>;
