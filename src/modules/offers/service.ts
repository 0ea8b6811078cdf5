import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobs, offerRevisions, offers } from '../../db/schema';
import { OFFER_ACTIONS, type OfferAction, checkClientApproval, checkJobTakesOffer, checkNewOffer, checkOfferRevision, checkOfferTransition, offerTermsProblems } from '../../domain/offers';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError, assertVerdict, notFound, verdictError } from '../../platform/errors';
import { advanceEntry, getEntryRow } from '../pipeline/entry-moves';
import { type OfferRow, getOfferRow, offerTerms } from './queries';
import type { OFFER_PARTIES, TAcceptOfferBody, TClientApprovalBody, TCreateOfferBody, TOfferReasonBody, TReviseOfferBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };
type Party = (typeof OFFER_PARTIES)[number];

async function recordRevision(tx: Executor, actor: StaffActor, offer: OfferRow, proposedBy: Party, note: string) {
  await tx.insert(offerRevisions).values({ agencyId: actor.agencyId, offerId: offer.id, proposedBy, terms: offerTerms(offer), note, actorLabel: actorLabel(actor) });
}

/**
 * Makes a draft offer on a pipeline entry (employment type and currency default to the job's), records its first terms
 * as revision one, and moves the entry forward to the job's offer stage. One live offer per entry at a time (409).
 */
export async function createOffer({ actor, tx, entryId, ...input }: CommandBase & TCreateOfferBody): Promise<string> {
  const entry = await getEntryRow(tx, actor.agencyId, entryId, { forUpdate: true });
  const [job] = await tx
    .select({ id: jobs.id, status: jobs.status, employmentType: jobs.employmentType, currency: jobs.currency })
    .from(jobs)
    .where(and(eq(jobs.agencyId, actor.agencyId), eq(jobs.id, entry.jobId)));
  if (!job) {
    throw notFound('Job');
  }
  assertVerdict(checkJobTakesOffer(job.status));
  const existing = await tx
    .select({ id: offers.id, status: offers.status })
    .from(offers)
    .where(and(eq(offers.agencyId, actor.agencyId), eq(offers.entryId, entryId)));
  const verdict = checkNewOffer(existing.map((offer) => offer.status));
  if (!verdict.ok) {
    throw verdictError(
      { ...verdict, conflict: true },
      { related: existing.filter((offer) => offer.status === 'draft' || offer.status === 'extended' || offer.status === 'accepted').map((offer) => ({ type: 'offer', id: offer.id, label: `The ${offer.status} offer` })) },
    );
  }
  const [offer] = await tx
    .insert(offers)
    .values({
      ...input,
      agencyId: actor.agencyId,
      entryId,
      jobId: entry.jobId,
      candidateId: entry.candidateId,
      status: 'draft',
      employmentType: input.employmentType ?? job.employmentType,
      currency: input.currency ?? job.currency,
      createdBy: actor.userId,
    })
    .returning();
  if (!offer) {
    throw new Error('offer insert returned no row');
  }
  await recordRevision(tx, actor, offer, 'agency', '');
  await advanceEntry(tx, actor, entryId, 'offer');
  await recordAudit(tx, actor, { entity: 'offer', entityId: offer.id, action: 'create', after: offer });
  return offer.id;
}

async function lockForChange(tx: Executor, actor: StaffActor, id: string, version: number): Promise<OfferRow> {
  const offer = await getOfferRow(tx, actor.agencyId, id, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'offer', offer, version);
  return offer;
}

async function writeOffer(tx: Executor, actor: StaffActor, before: OfferRow, changes: Partial<typeof offers.$inferInsert>, action: string): Promise<OfferRow> {
  const [after] = await tx
    .update(offers)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(offers.agencyId, actor.agencyId), eq(offers.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('offer update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'offer', entityId: before.id, action, before, after });
  return after;
}

/**
 * Changes the terms of a draft or extended offer: the agency's own revision or a counter-offer from the candidate or
 * the client. Each one is kept as a revision, so the negotiation's history stays readable.
 */
export async function reviseOffer({ actor, tx, id, version, proposedBy, note, ...terms }: CommandBase & TReviseOfferBody & { id: string }): Promise<void> {
  const before = await lockForChange(tx, actor, id, version);
  assertVerdict(checkOfferRevision(before.status));
  const problems = offerTermsProblems({ ...before, ...terms });
  if (problems.length > 0) {
    throw new AppError('rule_violation', problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '), { rule: 'offer.terms', fields: problems });
  }
  const after = await writeOffer(tx, actor, before, terms, proposedBy === 'agency' ? 'revise' : `counter-offer from ${proposedBy}`);
  await recordRevision(tx, actor, after, proposedBy, note);
}

/** Pastness of a recorded time: what the client or candidate did cannot have happened later than now. */
function pastInstant(value: string | undefined, field: string): Date {
  const at = now();
  if (value === undefined) {
    return at;
  }
  const instant = new Date(value);
  if (instant.getTime() > at.getTime()) {
    throw new AppError('validation', `${field}: must not be in the future`, { fields: [{ path: field, message: 'must not be in the future' }] });
  }
  return instant;
}

async function moveOffer(tx: Executor, actor: StaffActor, id: string, version: number, action: OfferAction, changes: Partial<typeof offers.$inferInsert>) {
  const before = await lockForChange(tx, actor, id, version);
  const to = OFFER_ACTIONS[action];
  assertVerdict(checkOfferTransition(before.status, to));
  return writeOffer(tx, actor, before, { ...changes, status: to }, action);
}

/** Sends the offer to the candidate: draft → extended. */
export async function extendOffer({ actor, tx, id, version }: CommandBase & { id: string; version: number }): Promise<void> {
  await moveOffer(tx, actor, id, version, 'extend', { extendedAt: now() });
}

/** The candidate accepts (when they did, default now): extended → accepted. */
export async function acceptOffer({ actor, tx, id, version, acceptedAt }: CommandBase & TAcceptOfferBody & { id: string }): Promise<void> {
  const at = pastInstant(acceptedAt, 'acceptedAt');
  await moveOffer(tx, actor, id, version, 'accept', { candidateAcceptedAt: at, decidedAt: now() });
}

/** The candidate declines, with their reason: extended → declined. */
export async function declineOffer({ actor, tx, id, version, reason }: CommandBase & TOfferReasonBody & { id: string }): Promise<void> {
  await moveOffer(tx, actor, id, version, 'decline', { declineReason: reason, decidedAt: now() });
}

/** The agency or the client takes the offer back, with the reason: draft or extended → withdrawn. */
export async function withdrawOffer({ actor, tx, id, version, reason }: CommandBase & TOfferReasonBody & { id: string }): Promise<void> {
  await moveOffer(tx, actor, id, version, 'withdraw', { declineReason: reason, decidedAt: now() });
}

/** Records who at the client approved the offer and when (default now), before it is decided. */
export async function recordClientApproval({ actor, tx, id, version, approvedBy, approvedAt }: CommandBase & TClientApprovalBody & { id: string }): Promise<void> {
  const before = await lockForChange(tx, actor, id, version);
  assertVerdict(checkClientApproval(before.status));
  await writeOffer(tx, actor, before, { clientApprovedBy: approvedBy, clientApprovedAt: pastInstant(approvedAt, 'approvedAt') }, 'client approval');
}
