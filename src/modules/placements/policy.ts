import { checkFrontOfficeCancel, checkHiringCancel } from '../../domain/placements';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import type { PlacementStatus } from '../../shared/pipeline';

type PlacementLike = { status: PlacementStatus; firstTime: boolean; startOn: string | null; startOutcome: string | null };

const frontOffice = (actor: StaffActor) => (ROLE_SETS.frontOffice as readonly string[]).includes(actor.role);

/**
 * Placements are written by the front office (PRODUCT.md's role table); cancelling is B2 for the front office and
 * B3 for the back office, and reactivation (B4) is open to both.
 */
export const placementPolicy = {
  abilities(actor: StaffActor, placement: PlacementLike) {
    const cancel = (frontOffice(actor) ? checkFrontOfficeCancel : checkHiringCancel)(placement);
    return {
      update: frontOffice(actor) && (placement.status === 'pending' || placement.status === 'active'),
      cancel: { allowed: cancel.ok, reason: cancel.ok ? null : cancel.message },
      reactivate: placement.status === 'cancelled',
      confirmStart: frontOffice(actor) && placement.status !== 'cancelled' && placement.startOn !== null && placement.startOutcome === null,
      replace: frontOffice(actor) && (placement.status === 'cancelled' || placement.status === 'closed'),
    };
  },
};
