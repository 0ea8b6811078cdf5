import { describe, expect, it } from 'vitest';
import { neighbourStage, planMove, withCardMoved } from '../../../web/src/routes/pipeline/board-moves';
import type { PipelineBoard } from '../../../web/src/routes/pipeline/queries';

const stage = (id: string, kind: PipelineBoard['data']['stages'][number]['kind'], position: number, count = 0) => ({ id, name: id, kind, position, count });

const STAGES = [
  stage('sourced', 'sourced', 0, 2),
  stage('screening', 'screening', 1, 0),
  stage('submitted', 'submitted', 2),
  stage('interview', 'interview', 3),
  stage('offer', 'offer', 4),
  stage('placed', 'placed', 5),
  stage('rejected', 'rejected', 6),
  stage('withdrawn', 'withdrawn', 7),
];

const card = (entryId: string, stageId: string) => ({
  entryId,
  version: 1,
  stageId,
  candidateId: `candidate-${entryId}`,
  name: `Candidate ${entryId}`,
  currentTitle: null,
  email: null,
  location: null,
  lastActivityAt: null,
  stageEnteredAt: '2026-01-01T09:00:00.000Z',
  daysInStage: 12,
  closedReason: null,
  flags: { doNotContact: false, interviewScheduled: null, awaitingFeedback: false, offerStatus: null, placementStatus: null },
});

const board: PipelineBoard = {
  data: { job: { id: 'job', number: 1, reference: 'J-1', title: 'Picker', status: 'open', version: 3 }, stages: STAGES, cards: [card('a', 'sourced'), card('b', 'sourced')] },
  abilities: { move: true, submit: true, scheduleInterview: true, makeOffer: true, place: true, bulk: true },
};

describe('what a drop on the pipeline board means', () => {
  it('a drop on the stage the card is in does nothing', () => {
    expect(planMove('screening', STAGES[1]!)).toEqual({ type: 'none' });
  });

  it('sourced, screening and shortlisted stages take the card at once', () => {
    expect(planMove('sourced', STAGES[1]!)).toEqual({ type: 'move' });
  });

  it('rejected and withdrawn stages ask for a reason first', () => {
    expect(planMove('sourced', STAGES[6]!)).toEqual({ type: 'reason' });
    expect(planMove('sourced', STAGES[7]!)).toEqual({ type: 'reason' });
  });

  it('submitted, interview, offer and placed stages wait on the record of their kind', () => {
    expect(['submitted', 'interview', 'offer', 'placed'].map((kind) => planMove('sourced', STAGES.find((candidate) => candidate.kind === kind)!))).toEqual([
      { type: 'record', kind: 'submitted' },
      { type: 'record', kind: 'interview' },
      { type: 'record', kind: 'offer' },
      { type: 'record', kind: 'placed' },
    ]);
  });
});

describe('keyboard moves go to the neighbouring stage in the job order', () => {
  it('Shift+→ and Shift+← pick the next and previous stage by position, not by list order', () => {
    const shuffled = [STAGES[2]!, STAGES[0]!, STAGES[1]!];
    expect(neighbourStage(shuffled, 'screening', 1)?.id).toBe('submitted');
    expect(neighbourStage(shuffled, 'screening', -1)?.id).toBe('sourced');
  });

  it('there is nothing before the first stage nor after the last', () => {
    expect(neighbourStage(STAGES, 'sourced', -1)).toBeUndefined();
    expect(neighbourStage(STAGES, 'withdrawn', 1)).toBeUndefined();
  });
});

describe('the board shown while a move waits on the server or a dialog', () => {
  it('moves the card to the top of its new column, adjusts both counts and restarts its days in stage', () => {
    const at = new Date('2026-02-01T10:00:00.000Z');
    const moved = withCardMoved(board, 'b', 'screening', at);
    expect(moved.data.cards.map((item) => [item.entryId, item.stageId])).toEqual([
      ['b', 'screening'],
      ['a', 'sourced'],
    ]);
    expect(moved.data.cards[0]).toMatchObject({ stageEnteredAt: at.toISOString(), daysInStage: 0 });
    expect(moved.data.stages.find((item) => item.id === 'sourced')?.count).toBe(1);
    expect(moved.data.stages.find((item) => item.id === 'screening')?.count).toBe(1);
  });

  it('leaves the board as it was for an unknown card or the same stage', () => {
    expect(withCardMoved(board, 'missing', 'screening', new Date())).toBe(board);
    expect(withCardMoved(board, 'a', 'sourced', new Date())).toBe(board);
  });
});
