import type { StaffActor } from '../../platform/auth/actor';
import { presentEntryContext } from '../pipeline/presenter';
import { offerAbilities } from './policy';
import { type OfferDetail, type OfferRevisionRow, type OfferView, offerTerms } from './queries';

/** An offer as lists show it: its status, terms, approvals and the entry it moves. */
export function presentOffer({ offer, entry, job, candidate, creator }: OfferView) {
  return {
    id: offer.id,
    ...presentEntryContext({ entry, job, candidate }),
    status: offer.status,
    employmentType: offer.employmentType,
    currency: offer.currency,
    ...offerTerms(offer),
    clientApproval: offer.clientApprovedBy && offer.clientApprovedAt ? { approvedBy: offer.clientApprovedBy, approvedAt: offer.clientApprovedAt.toISOString() } : null,
    extendedAt: offer.extendedAt?.toISOString() ?? null,
    candidateAcceptedAt: offer.candidateAcceptedAt?.toISOString() ?? null,
    decidedAt: offer.decidedAt?.toISOString() ?? null,
    reason: offer.declineReason,
    createdBy: creator ? { id: creator.id, name: creator.name } : null,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
    version: offer.version,
  };
}

const presentRevision = (revision: OfferRevisionRow) => ({
  id: revision.id,
  proposedBy: revision.proposedBy,
  terms: revision.terms,
  note: revision.note,
  actorLabel: revision.actorLabel,
  createdAt: revision.createdAt.toISOString(),
});

export function presentOfferRecord(actor: StaffActor, detail: OfferDetail) {
  return { data: { ...presentOffer(detail), revisions: detail.revisions.map(presentRevision) }, abilities: offerAbilities(actor, detail.offer) };
}
