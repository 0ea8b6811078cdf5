import { describe, expect, it } from 'vitest';
import { OFFER_TRANSITIONS, checkClientApproval, checkJobTakesOffer, checkNewOffer, checkOfferRevision, checkOfferTransition, isOfferOpen, offerTermsProblems } from '../../../src/domain/offers';
import { JOB_STATUSES } from '../../../src/shared/jobs';
import { OFFER_STATUSES, type OfferStatus } from '../../../src/shared/pipeline';

const ALLOWED: [OfferStatus, OfferStatus][] = [
  ['draft', 'extended'],
  ['draft', 'withdrawn'],
  ['extended', 'accepted'],
  ['extended', 'declined'],
  ['extended', 'withdrawn'],
];
const isAllowed = (from: OfferStatus, to: OfferStatus) => ALLOWED.some(([a, b]) => a === from && b === to);

describe('offer state machine', () => {
  const pairs = OFFER_STATUSES.flatMap((from) => OFFER_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s is allowed exactly when the state machine says so', (from, to) => {
    const verdict = checkOfferTransition(from, to);
    expect(verdict.ok).toBe(isAllowed(from, to));
    if (!verdict.ok) {
      expect(verdict.rule).toBe('offer.transition');
    }
  });

  it('accepted, declined and withdrawn offers are final; the refusal says so', () => {
    for (const status of ['accepted', 'declined', 'withdrawn'] as const) {
      expect(OFFER_TRANSITIONS[status]).toEqual([]);
      expect(checkOfferTransition(status, 'extended')).toMatchObject({ ok: false, message: `The offer is ${status}: it can no longer change` });
    }
  });

  it('a draft cannot be accepted before it is extended, and the refusal names what it can become', () => {
    expect(checkOfferTransition('draft', 'accepted')).toEqual({ ok: false, rule: 'offer.transition', message: 'A draft offer cannot become accepted; it can become extended or withdrawn' });
  });

  it.each(OFFER_STATUSES)('a %s offer takes revisions and client approval only while open (draft or extended)', (status) => {
    const open = status === 'draft' || status === 'extended';
    expect(isOfferOpen(status)).toBe(open);
    expect(checkOfferRevision(status).ok).toBe(open);
    expect(checkClientApproval(status).ok).toBe(open);
    if (!open) {
      expect(checkOfferRevision(status)).toMatchObject({ rule: 'offer.closed' });
    }
  });
});

describe('making an offer', () => {
  it.each(JOB_STATUSES)('a %s job takes offers only while it is worked (qualified, open, on hold, or filled for a replacement)', (status) => {
    expect(checkJobTakesOffer(status).ok).toBe(['qualified', 'open', 'on_hold', 'filled'].includes(status));
  });

  it('a new offer waits until every earlier offer on the entry is declined or withdrawn', () => {
    expect(checkNewOffer([]).ok).toBe(true);
    expect(checkNewOffer(['declined', 'withdrawn']).ok).toBe(true);
    expect(checkNewOffer(['declined', 'extended'])).toMatchObject({ ok: false, rule: 'offer.exists', message: 'The candidate already has an extended offer on this job' });
    expect(checkNewOffer(['accepted']).ok).toBe(false);
    expect(checkNewOffer(['draft']).ok).toBe(false);
  });
});

describe('offer terms', () => {
  it('complete terms have no problems', () => {
    expect(offerTermsProblems({ payMinor: 4_000_000, payUnit: 'year', billRateMinor: null, billRateUnit: null, feeType: 'percent', feeBp: 2000, feeFlatMinor: null })).toEqual([]);
    expect(offerTermsProblems({ payMinor: 2500, payUnit: 'hour', billRateMinor: 3500, billRateUnit: 'hour' })).toEqual([]);
  });

  it('each amount goes with its unit and each fee with its value, naming the field to fix', () => {
    expect(offerTermsProblems({ payMinor: 2500, payUnit: null })).toEqual([{ path: 'payUnit', message: 'the pay needs its unit (hour, day or year)' }]);
    expect(offerTermsProblems({ payMinor: 2500, payUnit: 'hour', billRateMinor: null, billRateUnit: 'hour' })).toEqual([{ path: 'billRateMinor', message: 'a bill rate unit needs its amount' }]);
    expect(offerTermsProblems({ payMinor: 1, payUnit: 'year', feeType: 'percent' })).toEqual([{ path: 'feeBp', message: 'a percentage fee needs its percentage' }]);
    expect(offerTermsProblems({ payMinor: 1, payUnit: 'year', feeType: 'flat' })).toEqual([{ path: 'feeFlatMinor', message: 'a flat fee needs its amount' }]);
    expect(offerTermsProblems({ payMinor: 1, payUnit: 'year', feeBp: 1500 })).toEqual([{ path: 'feeType', message: 'say whether the fee is a percentage or flat' }]);
    expect(offerTermsProblems({ payMinor: 1, payUnit: 'year', feeType: 'flat', feeFlatMinor: 500_000, feeBp: 1500 })).toEqual([{ path: 'feeBp', message: 'a flat fee has no percentage' }]);
  });
});
