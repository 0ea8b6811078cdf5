import { describe, expect, it } from 'vitest';
import { DIALOG_FOR_KIND, advanceTarget, canAddToPipeline, checkStageMove, daysInStage, isDialogKind, needsReason } from '../../../src/domain/pipeline';
import { JOB_STATUSES, STAGE_KINDS, type StageKind } from '../../../src/shared/jobs';

const DEFAULT_ORDER: StageKind[] = ['sourced', 'screening', 'shortlisted', 'submitted', 'interview', 'offer', 'placed', 'rejected', 'withdrawn'];
const stages = DEFAULT_ORDER.map((kind, position) => ({ id: `stage-${kind}`, kind, position }));
const idOf = (kind: StageKind) => `stage-${kind}`;
const plainMove = { reason: null, hasLivePlacement: false, sameStage: false };

describe('adding to a pipeline', () => {
  it('only qualified and open jobs take candidates; every other status is refused with the rule and the status named', () => {
    for (const status of JOB_STATUSES) {
      const verdict = canAddToPipeline(status);
      if (status === 'qualified' || status === 'open') {
        expect(verdict, status).toEqual({ ok: true });
      } else {
        expect(verdict, status).toMatchObject({ ok: false, rule: 'pipeline.job_not_taking', message: expect.stringContaining(status.replace('_', ' ')) });
      }
    }
  });
});

describe('stage kinds', () => {
  it('submitted, interview, offer and placed are reached through their dialog, each naming the record it creates', () => {
    expect(STAGE_KINDS.filter(isDialogKind)).toEqual(['submitted', 'interview', 'offer', 'placed']);
    expect(DIALOG_FOR_KIND).toEqual({ submitted: 'submission', interview: 'interview', offer: 'offer', placed: 'placement' });
  });

  it('rejected and withdrawn close an entry and need a reason; no other kind does', () => {
    expect(STAGE_KINDS.filter(needsReason)).toEqual(['rejected', 'withdrawn']);
  });
});

describe('a plain stage move (drag, keyboard, bulk)', () => {
  it('is allowed between open stages in either direction', () => {
    for (const [fromKind, toKind] of [
      ['sourced', 'screening'],
      ['screening', 'shortlisted'],
      ['shortlisted', 'sourced'],
      ['interview', 'shortlisted'],
      ['rejected', 'screening'],
    ] as [StageKind, StageKind][]) {
      expect(checkStageMove({ fromKind, toKind, ...plainMove }), `${fromKind} → ${toKind}`).toEqual({ ok: true });
    }
  });

  it('into a dialog stage is refused: the submission, interview, offer or placement makes that move', () => {
    for (const toKind of ['submitted', 'interview', 'offer', 'placed'] as StageKind[]) {
      const verdict = checkStageMove({ fromKind: 'sourced', toKind, ...plainMove });
      expect(verdict).toMatchObject({ ok: false, rule: 'pipeline.dialog_required', field: 'stageId', message: expect.stringContaining(DIALOG_FOR_KIND[toKind as 'offer']) });
    }
  });

  it('into rejected or withdrawn needs a reason; blank reasons do not count', () => {
    for (const toKind of ['rejected', 'withdrawn'] as StageKind[]) {
      expect(checkStageMove({ fromKind: 'screening', toKind, ...plainMove })).toMatchObject({ ok: false, rule: 'pipeline.reason_required', field: 'reason' });
      expect(checkStageMove({ fromKind: 'screening', toKind, ...plainMove, reason: '   ' })).toMatchObject({ ok: false, rule: 'pipeline.reason_required' });
      expect(checkStageMove({ fromKind: 'screening', toKind, ...plainMove, reason: 'skills' })).toEqual({ ok: true });
    }
  });

  it('out of placed is refused while a placement holds the opening, and allowed once it is cancelled', () => {
    expect(checkStageMove({ fromKind: 'placed', toKind: 'rejected', reason: 'withdrew', hasLivePlacement: true, sameStage: false })).toMatchObject({ ok: false, rule: 'pipeline.placed' });
    expect(checkStageMove({ fromKind: 'placed', toKind: 'rejected', reason: 'withdrew', hasLivePlacement: false, sameStage: false })).toEqual({ ok: true });
  });

  it('into the stage the entry is already in is refused first', () => {
    expect(checkStageMove({ fromKind: 'screening', toKind: 'screening', ...plainMove, sameStage: true })).toMatchObject({ ok: false, rule: 'pipeline.same_stage' });
  });
});

describe('records moving entries forward', () => {
  it('a record moves the entry to the job\'s first stage of its kind when that lies ahead', () => {
    expect(advanceTarget(stages, idOf('sourced'), 'submitted')).toMatchObject({ id: idOf('submitted') });
    expect(advanceTarget(stages, idOf('submitted'), 'interview')).toMatchObject({ id: idOf('interview') });
    expect(advanceTarget(stages, idOf('shortlisted'), 'placed')).toMatchObject({ id: idOf('placed') });
  });

  it('never moves an entry backwards or onto its own stage', () => {
    expect(advanceTarget(stages, idOf('offer'), 'submitted')).toBeNull();
    expect(advanceTarget(stages, idOf('interview'), 'interview')).toBeNull();
  });

  it('brings a rejected or withdrawn entry back into play when a record is made for it', () => {
    expect(advanceTarget(stages, idOf('rejected'), 'interview')).toMatchObject({ id: idOf('interview') });
    expect(advanceTarget(stages, idOf('withdrawn'), 'submitted')).toMatchObject({ id: idOf('submitted') });
  });

  it('takes the first stage of the kind by position, whatever the list order; none when the job has no such stage', () => {
    const twoInterviews = [
      { id: 'second-interview', kind: 'interview' as const, position: 5 },
      { id: 'first-interview', kind: 'interview' as const, position: 4 },
      { id: 'start', kind: 'sourced' as const, position: 0 },
    ];
    expect(advanceTarget(twoInterviews, 'start', 'interview')).toMatchObject({ id: 'first-interview' });
    expect(advanceTarget(twoInterviews, 'start', 'offer')).toBeNull();
    expect(advanceTarget(twoInterviews, 'unknown-stage', 'interview')).toBeNull();
  });
});

describe('days in stage', () => {
  it('counts whole days, never below zero', () => {
    const entered = new Date('2026-03-01T12:00:00Z');
    expect(daysInStage(entered, new Date('2026-03-01T23:59:00Z'))).toBe(0);
    expect(daysInStage(entered, new Date('2026-03-02T12:00:00Z'))).toBe(1);
    expect(daysInStage(entered, new Date('2026-03-11T11:59:00Z'))).toBe(9);
    expect(daysInStage(entered, new Date('2026-02-27T00:00:00Z'))).toBe(0);
  });
});
