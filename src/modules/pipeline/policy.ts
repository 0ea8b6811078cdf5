import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';

const isFrontOffice = (actor: StaffActor): boolean => (ROLE_SETS.frontOffice as readonly string[]).includes(actor.role);

/** Every staff role reads pipelines; the front office works them (adds, moves, submits, interviews, offers, places). */
export const pipelinePolicy = {
  canWork: isFrontOffice,
};

/** What the caller may do with a job's pipeline or one entry, for the board and the entry page. */
export function pipelineAbilities(actor: StaffActor) {
  const work = pipelinePolicy.canWork(actor);
  return { move: work, submit: work, scheduleInterview: work, makeOffer: work, place: work, bulk: work };
}
