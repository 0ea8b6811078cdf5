import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';

const isFrontOffice = (actor: StaffActor): boolean => ROLE_SETS.frontOffice.some((role) => role === actor.role);

/** Every staff role reads candidates and their documents (PRODUCT.md's table); the front office uploads and manages them. */
export const documentPolicy = {
  canRead: (_actor: StaffActor) => true,
  canUpload: (actor: StaffActor) => isFrontOffice(actor),
  canMakeCurrent: (actor: StaffActor, document: { kind: string; isCurrentCv: boolean }) => isFrontOffice(actor) && document.kind === 'cv' && !document.isCurrentCv,
  canDelete: (actor: StaffActor) => isFrontOffice(actor),
};
