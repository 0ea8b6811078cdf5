import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';

const isFrontOffice = (actor: StaffActor): boolean => ROLE_SETS.frontOffice.some((role) => role === actor.role);
const isLead = (actor: StaffActor): boolean => actor.role === 'admin' || actor.role === 'manager';

/** The front office keeps candidate records; the back office reads them (PRODUCT.md, "Who uses it"). */
export const candidatePolicy = {
  canWrite: (actor: StaffActor) => isFrontOffice(actor),
  canChangeOwner: (actor: StaffActor) => isFrontOffice(actor),
  /** A fit note is its author's judgement: the author, a manager or an admin may reword it. */
  canUpdateFitNote: (actor: StaffActor, note: { authorId: string | null }) => isFrontOffice(actor) && (isLead(actor) || note.authorId === actor.userId),
};

export const FIT_NOTE_REFUSAL = 'Only the author of a fit note, a manager or an admin may change it';
