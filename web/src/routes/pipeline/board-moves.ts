import type { StageKind } from '../../../../src/shared/jobs';
import { CLOSING_STAGE_KINDS, DIALOG_STAGE_KINDS, type DialogStageKind } from '../../../../src/shared/pipeline';
import type { PipelineBoard } from './queries';

/** The least a stage needs for a move to be planned: which one, what it is called, and its kind. */
export type StageRef = { id: string; name: string; kind: StageKind };

/**
 * What a drop (or a keyboard move) into a stage means: nothing (same stage), a plain move, a move that needs a reason
 * first (rejected, withdrawn), or a record to create (submitted, interview, offer, placed) whose dialog makes the move.
 */
export type MovePlan = { type: 'none' } | { type: 'move' } | { type: 'reason' } | { type: 'record'; kind: DialogStageKind };

const isRecordKind = (kind: StageKind): kind is DialogStageKind => DIALOG_STAGE_KINDS.some((candidate) => candidate === kind);
const isClosingKind = (kind: StageKind): boolean => CLOSING_STAGE_KINDS.some((candidate) => candidate === kind);

/** What a move into a stage of this kind needs, from any other stage. */
export function planForKind(kind: StageKind): Exclude<MovePlan, { type: 'none' }> {
  if (isRecordKind(kind)) {
    return { type: 'record', kind };
  }
  return isClosingKind(kind) ? { type: 'reason' } : { type: 'move' };
}

export function planMove(fromStageId: string, to: StageRef): MovePlan {
  return fromStageId === to.id ? { type: 'none' } : planForKind(to.kind);
}

/** The stage before or after this one in the job's order (for Shift+← / Shift+→), or undefined at either end. */
export function neighbourStage<T extends { id: string; position: number }>(stages: readonly T[], stageId: string, step: -1 | 1): T | undefined {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const index = ordered.findIndex((stage) => stage.id === stageId);
  return index === -1 ? undefined : ordered[index + step];
}

/**
 * The board with one card moved to another stage, counts adjusted and its days in stage back to zero: what the screen
 * shows until the server answers (or while a dialog the move waits on is open).
 */
export function withCardMoved(board: PipelineBoard, entryId: string, stageId: string, at: Date): PipelineBoard {
  const card = board.data.cards.find((candidate) => candidate.entryId === entryId);
  if (!card || card.stageId === stageId) {
    return board;
  }
  const from = card.stageId;
  const stages = board.data.stages.map((stage) => (stage.id === from ? { ...stage, count: stage.count - 1 } : stage.id === stageId ? { ...stage, count: stage.count + 1 } : stage));
  const moved = { ...card, stageId, stageEnteredAt: at.toISOString(), daysInStage: 0 };
  // The moved card goes to the top of its new column, where the eye lands after the drop.
  const cards = [moved, ...board.data.cards.filter((candidate) => candidate.entryId !== entryId)];
  return { ...board, data: { ...board.data, stages, cards } };
}
