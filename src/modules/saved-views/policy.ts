import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';

type ViewLike = { userId: string; shared: boolean };

/** A view is its owner's to change; a shared one may also be removed by a manager or an admin (tidying the agency's views). */
export const savedViewPolicy = {
  canUpdate: (actor: StaffActor, view: ViewLike) => view.userId === actor.userId,
  canDelete: (actor: StaffActor, view: ViewLike) => view.userId === actor.userId || (view.shared && (ROLE_SETS.settingsEditors as readonly string[]).includes(actor.role)),
};
