import type { JobStatus, StageKind } from '../shared/jobs';
import { CLOSING_STAGE_KINDS, DIALOG_STAGE_KINDS, type DialogStageKind } from '../shared/pipeline';
import { takesCandidates } from './job-status';

export type Verdict = { ok: true } | { ok: false; rule: string; message: string; field?: string };
const refuse = (rule: string, message: string, field?: string): Verdict => ({ ok: false, rule, message, ...(field ? { field } : {}) });
const OK: Verdict = { ok: true };

/** Only qualified or open orders take candidates into their pipeline (PRODUCT.md §2). */
export function canAddToPipeline(jobStatus: JobStatus): Verdict {
  return takesCandidates(jobStatus) ? OK : refuse('pipeline.job_not_taking', `The job is ${jobStatus.replace('_', ' ')}: only qualified or open jobs take candidates`);
}

export const isDialogKind = (kind: StageKind): kind is DialogStageKind => (DIALOG_STAGE_KINDS as readonly string[]).includes(kind);
export const needsReason = (kind: StageKind): boolean => (CLOSING_STAGE_KINDS as readonly string[]).includes(kind);

/** What record the board's dialog creates for a move into a stage of this kind. */
export const DIALOG_FOR_KIND: Record<DialogStageKind, 'submission' | 'interview' | 'offer' | 'placement'> = {
  submitted: 'submission',
  interview: 'interview',
  offer: 'offer',
  placed: 'placement',
};

type MoveInput = { fromKind: StageKind; toKind: StageKind; reason: string | null | undefined; hasLivePlacement: boolean; sameStage: boolean };

/**
 * A plain stage move (drag, keyboard, bulk). Moves into submitted/interview/offer/placed happen by saving the matching
 * record, so the move itself is refused; rejected/withdrawn need a reason; an entry with a live placement leaves the
 * placed stage only when the placement is cancelled.
 */
export function checkStageMove({ fromKind, toKind, reason, hasLivePlacement, sameStage }: MoveInput): Verdict {
  if (sameStage) {
    return refuse('pipeline.same_stage', 'The candidate is already in that stage', 'stageId');
  }
  if (isDialogKind(toKind)) {
    return refuse('pipeline.dialog_required', `Moving into a ${toKind} stage happens by creating the ${DIALOG_FOR_KIND[toKind]}`, 'stageId');
  }
  if (needsReason(toKind) && !reason?.trim()) {
    return refuse('pipeline.reason_required', `A reason is required to move a candidate to ${toKind}`, 'reason');
  }
  if (fromKind === 'placed' && hasLivePlacement) {
    return refuse('pipeline.placed', 'The candidate has a placement on this job: cancel the placement to move them out of placed', 'stageId');
  }
  return OK;
}

type StagePosition = { id: string; kind: StageKind; position: number };

/**
 * The stage a record of `kind` moves the entry to: the job's first stage of that kind, when it lies after the
 * entry's current stage (records move entries forward, never backwards). Null when there is nothing to do.
 */
export function advanceTarget(stages: readonly StagePosition[], currentStageId: string, kind: StageKind): StagePosition | null {
  const current = stages.find((stage) => stage.id === currentStageId);
  const target = [...stages].sort((a, b) => a.position - b.position).find((stage) => stage.kind === kind);
  if (!target || !current || target.id === current.id) {
    return null;
  }
  // Closed entries (rejected, withdrawn) come back into play when a record is made for them.
  return needsReason(current.kind) || target.position > current.position ? target : null;
}

/** Whole days a card has been in its stage, as the board shows it. */
export function daysInStage(enteredAt: Date, at: Date): number {
  return Math.max(0, Math.floor((at.getTime() - enteredAt.getTime()) / 86_400_000));
}
