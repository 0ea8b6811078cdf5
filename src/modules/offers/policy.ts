import { checkClientApproval, checkOfferRevision, checkOfferTransition } from '../../domain/offers';
import type { StaffActor } from '../../platform/auth/actor';
import type { OfferStatus } from '../../shared/pipeline';
import { pipelinePolicy } from '../pipeline/policy';

type OfferLike = { status: OfferStatus };

/** Every staff role reads offers; the front office makes, revises and decides them, as the state machine allows. */
export const offerPolicy = {
  canCreate: (actor: StaffActor) => pipelinePolicy.canWork(actor),
  canRevise: (actor: StaffActor, offer: OfferLike) => pipelinePolicy.canWork(actor) && checkOfferRevision(offer.status).ok,
  canMove: (actor: StaffActor, offer: OfferLike, to: OfferStatus) => pipelinePolicy.canWork(actor) && checkOfferTransition(offer.status, to).ok,
  canRecordClientApproval: (actor: StaffActor, offer: OfferLike) => pipelinePolicy.canWork(actor) && checkClientApproval(offer.status).ok,
};

export function offerAbilities(actor: StaffActor, offer: OfferLike) {
  return {
    revise: offerPolicy.canRevise(actor, offer),
    extend: offerPolicy.canMove(actor, offer, 'extended'),
    accept: offerPolicy.canMove(actor, offer, 'accepted'),
    decline: offerPolicy.canMove(actor, offer, 'declined'),
    withdraw: offerPolicy.canMove(actor, offer, 'withdrawn'),
    recordClientApproval: offerPolicy.canRecordClientApproval(actor, offer),
  };
}
