import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { DialogStageKind } from '../../../../src/shared/pipeline';

/** The pipeline entry a record dialog is opened for (from the board, the list or the entry drawer). */
export type StageDialogEntry = { entryId: string; candidateId: string; jobId: string; name: string };

/**
 * What every record dialog of the pipeline takes (submission, interview, offer, placement). `onSaved` runs after the
 * record was created: the server moved the entry forward in the same transaction, and the board reloads. `onClose`
 * alone (Cancel, Esc) means nothing was saved: a card dropped into the stage goes back where it was.
 */
export type StageDialogProps = { entry: StageDialogEntry; opened: boolean; onClose: () => void; onSaved: () => void };

type StageDialog = LazyExoticComponent<ComponentType<StageDialogProps>>;

/**
 * The record dialog for a move into a stage of each kind: dropping a card into a submitted, interview, offer or placed
 * stage opens it, and the move happens only when the record is saved (PRODUCT.md §3). A kind without an entry here has
 * no dialog yet: the board then says the record is made from the entry, and does not move the card.
 *
 * To plug a dialog in, add one line for its kind, loaded when first opened (the job page's code stays small; import
 * `lazy` from react):
 *   submitted: lazy(() => import('./submission-dialog').then((module) => ({ default: module.SubmissionDialog }))),
 */
export const STAGE_DIALOGS: Partial<Record<DialogStageKind, StageDialog>> = {
  submitted: lazy(() => import('./submission-dialog').then((module) => ({ default: module.SubmissionDialog }))),
  interview: lazy(() => import('./interview-dialog').then((module) => ({ default: module.InterviewDialog }))),
  offer: lazy(() => import('./offer-dialog').then((module) => ({ default: module.OfferDialog }))),
  placed: lazy(() => import('./placement-dialog').then((module) => ({ default: module.PlacementDialog }))),
};

/** The words for the record each kind of dialog creates, for buttons and for the message when it is missing. */
export const STAGE_RECORD_LABELS: Record<DialogStageKind, { record: string; action: string }> = {
  submitted: { record: 'submission', action: 'Submit to client' },
  interview: { record: 'interview', action: 'Schedule interview' },
  offer: { record: 'offer', action: 'Make offer' },
  placed: { record: 'placement', action: 'Place candidate' },
};
