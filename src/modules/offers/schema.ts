import { z } from 'zod';
import { type OfferTermsInput, offerTermsProblems } from '../../domain/offers';
import { ZDate, ZFeeBp, ZInstant, ZMinor, addIssues, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery } from '../../platform/pagination';
import { EMPLOYMENT_TYPES, FEE_TYPES, RATE_UNITS } from '../../shared/jobs';
import { OFFER_STATUSES, PIPELINE_LIMITS } from '../../shared/pipeline';
import { ZCurrency } from '../organizations/schema';
import { entryContextShape } from '../pipeline/schema';

const ZVersion = z.number().int().min(1);
const ZReason = z.string().trim().min(1).max(PIPELINE_LIMITS.reason);
const ZPastInstant = ZInstant.meta({ description: 'Defaults to now; not in the future' });
export const OFFER_PARTIES = ['agency', 'candidate', 'client'] as const;

/** The terms an offer carries and each revision records. */
const termFields = {
  startOn: ZDate.nullable(),
  payMinor: ZMinor.meta({ description: 'Salary or pay rate in minor units of `currency`' }),
  payUnit: z.enum(RATE_UNITS),
  billRateMinor: ZMinor.nullable(),
  billRateUnit: z.enum(RATE_UNITS).nullable(),
  feeType: z.enum(FEE_TYPES).nullable(),
  feeBp: ZFeeBp.nullable().meta({ description: 'Percentage fee in basis points (2000 = 20%)' }),
  feeFlatMinor: ZMinor.nullable(),
  conditions: z.string().trim().max(PIPELINE_LIMITS.note),
};

const checkTerms = (terms: OfferTermsInput, ctx: z.RefinementCtx) => addIssues(ctx, offerTermsProblems(terms));

export const ZCreateOfferBody = z
  .object({
    entryId: z.uuid(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional().meta({ description: 'Defaults to the job\'s' }),
    currency: ZCurrency.optional().meta({ description: 'Defaults to the job\'s' }),
    ...termFields,
    startOn: termFields.startOn.default(null),
    billRateMinor: termFields.billRateMinor.default(null),
    billRateUnit: termFields.billRateUnit.default(null),
    feeType: termFields.feeType.default(null),
    feeBp: termFields.feeBp.default(null),
    feeFlatMinor: termFields.feeFlatMinor.default(null),
    conditions: termFields.conditions.default(''),
  })
  .superRefine(checkTerms);
export type TCreateOfferBody = z.infer<typeof ZCreateOfferBody>;

export const ZReviseOfferBody = z
  .object({ version: ZVersion })
  .extend(z.object(termFields).partial().shape)
  .extend({
    proposedBy: z.enum(OFFER_PARTIES).default('agency').meta({ description: '`candidate` or `client` records their counter-offer; `agency` a revision of ours' }),
    note: z.string().trim().max(PIPELINE_LIMITS.note).default(''),
  });
export type TReviseOfferBody = z.infer<typeof ZReviseOfferBody>;

export const ZOfferVersionBody = z.object({ version: ZVersion });
export type TOfferVersionBody = z.infer<typeof ZOfferVersionBody>;
export const ZAcceptOfferBody = z.object({ version: ZVersion, acceptedAt: ZPastInstant.optional() });
export type TAcceptOfferBody = z.infer<typeof ZAcceptOfferBody>;
export const ZOfferReasonBody = z.object({ version: ZVersion, reason: ZReason });
export type TOfferReasonBody = z.infer<typeof ZOfferReasonBody>;
export const ZClientApprovalBody = z.object({ version: ZVersion, approvedBy: z.string().trim().min(1).max(200).meta({ description: 'Who at the client approved it' }), approvedAt: ZPastInstant.optional() });
export type TClientApprovalBody = z.infer<typeof ZClientApprovalBody>;

export const ZListOffersQuery = ZPageQuery.extend({
  entryId: z.uuid().optional(),
  jobId: z.uuid().optional(),
  candidateId: z.uuid().optional(),
  status: z.enum(OFFER_STATUSES).optional(),
}).superRefine((query, ctx) => {
  if (!query.entryId && !query.jobId && !query.candidateId && !query.status) {
    ctx.addIssue({ code: 'custom', path: ['entryId'], message: 'give entryId, jobId, candidateId or status' });
  }
});
export type TListOffersQuery = z.infer<typeof ZListOffersQuery>;

const ZTerms = z.object({
  startOn: z.string().nullable(),
  payMinor: z.number().int().nullable(),
  payUnit: z.string().nullable(),
  billRateMinor: z.number().int().nullable(),
  billRateUnit: z.string().nullable(),
  feeType: z.string().nullable(),
  feeBp: z.number().int().nullable(),
  feeFlatMinor: z.number().int().nullable(),
  conditions: z.string(),
});

export const ZOfferRevision = z
  .object({ id: z.uuid(), proposedBy: z.enum(OFFER_PARTIES), terms: ZTerms, note: z.string(), actorLabel: z.string(), createdAt: ZInstant })
  .meta({ id: 'OfferRevision' });

const offerShape = {
  id: z.uuid(),
  ...entryContextShape,
  status: z.enum(OFFER_STATUSES),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  currency: z.string(),
  startOn: z.string().nullable(),
  payMinor: z.number().int().nullable(),
  payUnit: z.enum(RATE_UNITS).nullable(),
  billRateMinor: z.number().int().nullable(),
  billRateUnit: z.enum(RATE_UNITS).nullable(),
  feeType: z.enum(FEE_TYPES).nullable(),
  feeBp: z.number().int().nullable(),
  feeFlatMinor: z.number().int().nullable(),
  conditions: z.string(),
  clientApproval: z.object({ approvedBy: z.string(), approvedAt: ZInstant }).nullable(),
  extendedAt: ZInstant.nullable(),
  candidateAcceptedAt: ZInstant.nullable(),
  decidedAt: ZInstant.nullable().meta({ description: 'When it was accepted, declined or withdrawn' }),
  reason: z.string().nullable().meta({ description: 'Why it was declined or withdrawn' }),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: ZInstant,
  updatedAt: ZInstant,
  version: z.number().int(),
};

export const ZOffer = z.object(offerShape).meta({ id: 'Offer' });
export const ZOfferDetail = z.object({ ...offerShape, revisions: z.array(ZOfferRevision).meta({ description: 'Every set of terms, newest first' }) }).meta({ id: 'OfferDetail' });

export const ZOfferAbilities = z
  .object({ revise: z.boolean(), extend: z.boolean(), accept: z.boolean(), decline: z.boolean(), withdraw: z.boolean(), recordClientApproval: z.boolean() })
  .meta({ id: 'OfferAbilities' });

export const ZOfferRecord = recordEnvelope(ZOfferDetail, ZOfferAbilities);
export const ZOfferList = listEnvelope(ZOffer);
