import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';

const isClientWriter = (actor: StaffActor): boolean => ROLE_SETS.clientWriters.some((role) => role === actor.role);

/** Account managers, managers and admins keep client records; everyone on the staff reads them. */
export const clientPolicy = {
  canWrite: (actor: StaffActor) => isClientWriter(actor),
};
