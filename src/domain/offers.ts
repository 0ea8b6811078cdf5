import type { JobStatus } from '../shared/jobs';
import type { OfferStatus } from '../shared/pipeline';
import { type FeeTerms, feeValueProblems } from './fees';
import type { Verdict } from './pipeline';

const refuse = (rule: string, message: string, field?: string): Verdict => ({ ok: false, rule, message, ...(field ? { field } : {}) });
const OK: Verdict = { ok: true };

/** The offer state machine (PRODUCT.md §5): a draft is extended or withdrawn; an extended offer is decided. */
export const OFFER_TRANSITIONS = {
  draft: ['extended', 'withdrawn'],
  extended: ['accepted', 'declined', 'withdrawn'],
  accepted: [],
  declined: [],
  withdrawn: [],
} as const satisfies Record<OfferStatus, readonly OfferStatus[]>;

/** The actions people take on an offer and the status each leads to. */
export const OFFER_ACTIONS = { extend: 'extended', accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' } as const satisfies Record<string, OfferStatus>;
export type OfferAction = keyof typeof OFFER_ACTIONS;

/** Draft and extended offers are still being negotiated; the others are decided. */
export const isOfferOpen = (status: OfferStatus): boolean => status === 'draft' || status === 'extended';

export function checkOfferTransition(from: OfferStatus, to: OfferStatus): Verdict {
  const allowed: readonly OfferStatus[] = OFFER_TRANSITIONS[from];
  if (allowed.includes(to)) {
    return OK;
  }
  if (from === to) {
    return refuse('offer.transition', `The offer is already ${from}`);
  }
  return refuse('offer.transition', allowed.length === 0 ? `The offer is ${from}: it can no longer change` : `A ${from} offer cannot become ${to}; it can become ${allowed.join(' or ')}`);
}

/** Terms change (a revision or a counter-offer) only while the offer is open. */
export function checkOfferRevision(status: OfferStatus): Verdict {
  return isOfferOpen(status) ? OK : refuse('offer.closed', `The offer is ${status}: its terms can no longer change`);
}

/** The client approves an offer before it is decided. */
export function checkClientApproval(status: OfferStatus): Verdict {
  return isOfferOpen(status) ? OK : refuse('offer.closed', `The offer is ${status}: client approval is recorded before the offer is decided`);
}

/** Jobs still being worked take offers; intake, closed and cancelled ones do not (filled ones do, for a replacement). */
export function checkJobTakesOffer(jobStatus: JobStatus): Verdict {
  const active: readonly JobStatus[] = ['qualified', 'open', 'on_hold', 'filled'];
  return active.includes(jobStatus) ? OK : refuse('offer.job_not_active', `The job is ${jobStatus.replace('_', ' ')}: offers are made on qualified, open, on-hold or filled jobs`);
}

/** A new offer on an entry waits until every earlier one is declined or withdrawn. */
export function checkNewOffer(existing: readonly OfferStatus[]): Verdict {
  const live = existing.find((status) => status === 'draft' || status === 'extended' || status === 'accepted');
  return live ? refuse('offer.exists', `The candidate already has ${live === 'draft' ? 'a' : 'an'} ${live} offer on this job`) : OK;
}

export type OfferTermsInput = FeeTerms & {
  payMinor?: number | null;
  payUnit?: string | null;
  billRateMinor?: number | null;
  billRateUnit?: string | null;
};

/** Cross-field rules of offer terms, each naming the field to fix: amounts go with their unit, a fee with its value. */
export function offerTermsProblems(terms: OfferTermsInput): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if ((terms.payMinor == null) !== (terms.payUnit == null)) {
    problems.push(terms.payMinor == null ? { path: 'payMinor', message: 'a pay unit needs its amount' } : { path: 'payUnit', message: 'the pay needs its unit (hour, day or year)' });
  }
  if ((terms.billRateMinor == null) !== (terms.billRateUnit == null)) {
    problems.push(terms.billRateMinor == null ? { path: 'billRateMinor', message: 'a bill rate unit needs its amount' } : { path: 'billRateUnit', message: 'the bill rate needs its unit' });
  }
  problems.push(...feeValueProblems(terms));
  if (terms.feeType == null && (terms.feeBp != null || terms.feeFlatMinor != null)) {
    problems.push({ path: 'feeType', message: 'say whether the fee is a percentage or flat' });
  }
  if (terms.feeType === 'percent' && terms.feeFlatMinor != null) {
    problems.push({ path: 'feeFlatMinor', message: 'a percentage fee has no flat amount' });
  }
  if (terms.feeType === 'flat' && terms.feeBp != null) {
    problems.push({ path: 'feeBp', message: 'a flat fee has no percentage' });
  }
  return problems;
}
