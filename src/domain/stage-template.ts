import type { StageKind } from '../shared/jobs';

export type StageDraft = { name: string; kind: StageKind };

export const MAX_STAGES = 30;

/** The stages a new agency starts with. */
export const DEFAULT_STAGES: StageDraft[] = [
  { name: 'Sourced', kind: 'sourced' },
  { name: 'Screening', kind: 'screening' },
  { name: 'Shortlisted', kind: 'shortlisted' },
  { name: 'Submitted to client', kind: 'submitted' },
  { name: 'Client interview', kind: 'interview' },
  { name: 'Offer', kind: 'offer' },
  { name: 'Placed', kind: 'placed' },
  { name: 'Rejected', kind: 'rejected' },
  { name: 'Withdrawn', kind: 'withdrawn' },
];

export type StageProblem = { path: string; message: string };

/**
 * A set of stages (a template or a job's own) keeps exactly one `placed` stage and at least one `rejected` stage,
 * so every pipeline can end in a placement or a rejection; names are unique within the set.
 */
export function stageSetProblems(stages: readonly StageDraft[]): StageProblem[] {
  const problems: StageProblem[] = [];
  const placed = stages.filter((stage) => stage.kind === 'placed').length;
  if (placed !== 1) {
    problems.push({ path: 'stages', message: `needs exactly one stage of kind placed (has ${placed})` });
  }
  if (!stages.some((stage) => stage.kind === 'rejected')) {
    problems.push({ path: 'stages', message: 'needs at least one stage of kind rejected' });
  }
  if (stages.length > MAX_STAGES) {
    problems.push({ path: 'stages', message: `at most ${MAX_STAGES} stages` });
  }
  const seen = new Set<string>();
  stages.forEach((stage, index) => {
    const key = stage.name.trim().toLowerCase();
    if (seen.has(key)) {
      problems.push({ path: `stages.${index}.name`, message: `"${stage.name}" is used twice` });
    }
    seen.add(key);
  });
  return problems;
}
