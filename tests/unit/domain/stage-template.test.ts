import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, stageSetProblems } from '../../../src/domain/stage-template';

describe('stage sets', () => {
  it('the default template is valid and covers every kind', () => {
    expect(stageSetProblems(DEFAULT_STAGES)).toEqual([]);
    expect(new Set(DEFAULT_STAGES.map((stage) => stage.kind)).size).toBe(9);
  });

  it('a template keeps exactly one placed stage', () => {
    const withoutPlaced = DEFAULT_STAGES.filter((stage) => stage.kind !== 'placed');
    expect(stageSetProblems(withoutPlaced)).toEqual([{ path: 'stages', message: 'needs exactly one stage of kind placed (has 0)' }]);
    const twoPlaced = [...DEFAULT_STAGES, { name: 'Placed again', kind: 'placed' as const }];
    expect(stageSetProblems(twoPlaced)).toEqual([{ path: 'stages', message: 'needs exactly one stage of kind placed (has 2)' }]);
  });

  it('a template keeps at least one rejected stage', () => {
    const withoutRejected = DEFAULT_STAGES.filter((stage) => stage.kind !== 'rejected');
    expect(stageSetProblems(withoutRejected)).toEqual([{ path: 'stages', message: 'needs at least one stage of kind rejected' }]);
  });

  it('stage names are unique, ignoring case and spaces around them', () => {
    const duplicate = [...DEFAULT_STAGES, { name: ' screening ', kind: 'screening' as const }];
    expect(stageSetProblems(duplicate)).toEqual([{ path: `stages.${DEFAULT_STAGES.length}.name`, message: '" screening " is used twice' }]);
  });
});
