import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, jobStages, jobs, pipelineEntries, pipelineStageChanges } from '../../db/schema';
import { canAddToPipeline, isDialogKind, needsReason } from '../../domain/pipeline';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError, assertVerdict, notFound } from '../../platform/errors';
import type { PipelineAddedFrom } from '../../shared/pipeline';
import { jobReference } from '../jobs/presenter';
import { type EntryRow, type StageRow, jobStagesOf } from './entry-moves';

type CommandBase = { actor: StaffActor; tx: Executor };
type AddInput = { jobId: string; candidateIds: string[]; addedFrom: PipelineAddedFrom; stageId?: string | undefined; skipExisting: boolean };

const fullName = (row: { firstName: string; lastName: string }) => `${row.firstName} ${row.lastName}`;

/** The job, share-locked so its status cannot change while candidates join it. */
async function lockJobForAdding(tx: Executor, agencyId: string, jobId: string) {
  const [job] = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.agencyId, agencyId), eq(jobs.id, jobId)))
    .for('share');
  if (!job) {
    throw notFound('Job');
  }
  assertVerdict(canAddToPipeline(job.status), { related: [{ type: 'job', id: job.id, label: `${jobReference(job.number)} ${job.title}` }] });
  return job;
}

/** The stage new entries start in: the one asked for (an open stage of this job), else the first sourced stage, else the first. */
function startStage(stages: StageRow[], stageId: string | undefined): StageRow {
  if (stageId === undefined) {
    const first = stages.find((stage) => stage.kind === 'sourced') ?? stages[0];
    if (!first) {
      throw new AppError('rule_violation', 'The job has no pipeline stages', { rule: 'pipeline.no_stages' });
    }
    return first;
  }
  const stage = stages.find((candidate) => candidate.id === stageId);
  if (!stage) {
    throw new AppError('rule_violation', 'stageId: not a stage of this job', { fields: [{ path: 'stageId', message: 'not a stage of this job' }] });
  }
  if (isDialogKind(stage.kind) || needsReason(stage.kind)) {
    throw new AppError('rule_violation', `Candidates join a job in an open stage (sourced, screening, shortlisted), not in ${stage.kind}`, {
      rule: 'pipeline.start_stage',
      fields: [{ path: 'stageId', message: `a ${stage.kind} stage is reached by moving the candidate, not by adding them` }],
    });
  }
  return stage;
}

/** Every id must be a candidate of the agency that was not merged away: 422 naming each refused one. */
async function loadAddableCandidates(tx: Executor, agencyId: string, candidateIds: string[]) {
  const rows = await tx
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName, mergedIntoId: candidates.mergedIntoId })
    .from(candidates)
    .where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, candidateIds)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const refused = candidateIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) {
      return [{ type: 'candidate', id, label: 'Candidate not found' }];
    }
    return row.mergedIntoId ? [{ type: 'candidate', id, label: `${fullName(row)} was merged into another candidate; add that record instead` }] : [];
  });
  if (refused.length > 0) {
    throw new AppError('rule_violation', `${refused.length} of the candidates cannot join the pipeline: ${refused.map((entry) => entry.label).join('; ')}`, {
      rule: 'pipeline.candidate_unavailable',
      related: refused,
    });
  }
  return byId;
}

/** Entries the candidates already have on the job, with the stage each sits in. */
async function existingEntries(tx: Executor, agencyId: string, jobId: string, candidateIds: string[]) {
  return tx
    .select({ id: pipelineEntries.id, candidateId: pipelineEntries.candidateId, stageName: jobStages.name })
    .from(pipelineEntries)
    .innerJoin(jobStages, and(eq(jobStages.agencyId, pipelineEntries.agencyId), eq(jobStages.id, pipelineEntries.stageId)))
    .where(and(eq(pipelineEntries.agencyId, agencyId), eq(pipelineEntries.jobId, jobId), inArray(pipelineEntries.candidateId, candidateIds)));
}

function alreadyOnJob(existing: { id: string; candidateId: string; stageName: string }[], names: Map<string, { firstName: string; lastName: string }>): AppError {
  const related = existing.map((entry) => {
    const candidate = names.get(entry.candidateId);
    return { type: 'pipeline_entry', id: entry.id, label: `${candidate ? fullName(candidate) : 'The candidate'} is already on this job (${entry.stageName})` };
  });
  return new AppError('conflict', related.length === 1 ? (related[0]?.label ?? 'Already on this job') : `${related.length} of the candidates are already on this job`, {
    rule: 'pipeline.already_on_job',
    related,
  });
}

/**
 * Puts candidates onto a job's pipeline, all or nothing: the job must take candidates (qualified or open), every
 * candidate must be the agency's and not merged away, and a candidate joins a job once — one already on it answers
 * 409 pointing at their entry, unless `skipExisting` leaves them out. Each new entry starts its stage history.
 */
export async function addToPipeline({ actor, tx, jobId, candidateIds, addedFrom, stageId, skipExisting }: CommandBase & AddInput) {
  await lockJobForAdding(tx, actor.agencyId, jobId);
  const stages = await jobStagesOf(tx, actor.agencyId, jobId);
  const stage = startStage(stages, stageId);
  const names = await loadAddableCandidates(tx, actor.agencyId, candidateIds);
  const existing = await existingEntries(tx, actor.agencyId, jobId, candidateIds);
  if (existing.length > 0 && !skipExisting) {
    throw alreadyOnJob(existing, names);
  }
  const taken = new Set(existing.map((entry) => entry.candidateId));
  const toAdd = candidateIds.filter((id) => !taken.has(id));
  const at = now();
  // ON CONFLICT: a concurrent request may add the same candidate first; the unique index, not this code, decides.
  const inserted: EntryRow[] =
    toAdd.length === 0
      ? []
      : await tx
          .insert(pipelineEntries)
          .values(toAdd.map((candidateId) => ({ agencyId: actor.agencyId, jobId, candidateId, stageId: stage.id, stageEnteredAt: at, addedFrom, addedBy: actor.userId })))
          .onConflictDoNothing()
          .returning();
  if (inserted.length < toAdd.length && !skipExisting) {
    throw alreadyOnJob(await existingEntries(tx, actor.agencyId, jobId, toAdd), names);
  }
  if (inserted.length > 0) {
    await tx.insert(pipelineStageChanges).values(
      inserted.map((entry) => ({
        agencyId: actor.agencyId,
        entryId: entry.id,
        toStageId: stage.id,
        toStageName: stage.name,
        toKind: stage.kind,
        actorId: actor.userId,
        actorLabel: actorLabel(actor),
        createdAt: at,
      })),
    );
    await recordAudit(tx, actor, ...inserted.map((entry) => ({ entity: 'pipeline_entry', entityId: entry.id, action: 'create', after: { ...entry, stage: stage.name } })));
  }
  const insertedIds = new Set(inserted.map((entry) => entry.candidateId));
  // In the order asked for, so a single add answers its one entry first.
  const entries = candidateIds.flatMap((id) => inserted.filter((entry) => entry.candidateId === id));
  return { entries, stages, skipped: candidateIds.filter((id) => !insertedIds.has(id)) };
}
