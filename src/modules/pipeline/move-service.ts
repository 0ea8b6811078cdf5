import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, pipelineEntries, placements } from '../../db/schema';
import { checkStageMove, needsReason } from '../../domain/pipeline';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion } from '../../platform/audit';
import { AppError, type RelatedRecord, assertVerdict } from '../../platform/errors';
import { assertListValue } from '../../platform/lists';
import { type EntryRow, type StageRow, getEntryRow, hasLivePlacement, jobStagesOf, writeStageMove } from './entry-moves';
import type { TBulkMoveBody, TMoveEntryBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

const LIVE_PLACEMENT: ('pending' | 'active' | 'closed')[] = ['pending', 'active', 'closed'];

function targetStage(stages: StageRow[], stageId: string): StageRow {
  const stage = stages.find((candidate) => candidate.id === stageId);
  if (!stage) {
    throw new AppError('rule_violation', 'stageId: not a stage of this job', { rule: 'pipeline.stage_of_job', fields: [{ path: 'stageId', message: 'not a stage of this job' }] });
  }
  return stage;
}

/**
 * A reason closing an entry (rejected, withdrawn) is a value of the agency's `rejection_reasons` list that is not
 * archived; other moves may carry a free-text reason.
 */
async function assertReason(tx: Executor, agencyId: string, to: StageRow, reason: string | undefined): Promise<void> {
  if (reason && needsReason(to.kind)) {
    await assertListValue(tx, agencyId, 'rejection_reasons', reason, 'reason', { rule: 'pipeline.reason_unknown', what: 'a rejection reason of the agency' });
  }
}

/** Which of the entries hold a live placement (pending, active or closed): one query for all. */
async function entriesWithLivePlacement(tx: Executor, agencyId: string, entryIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .select({ entryId: placements.entryId })
    .from(placements)
    .where(and(eq(placements.agencyId, agencyId), inArray(placements.entryId, entryIds), inArray(placements.status, LIVE_PLACEMENT)));
  return new Set(rows.map((row) => row.entryId));
}

/**
 * Moves one entry to another stage of its job (drag, keyboard): the version read, a stage of the job, and the move
 * rules (dialog stages are reached by their record, closing stages need a listed reason, a live placement keeps the
 * entry in placed). Recorded in the entry's history.
 */
export async function moveEntry({ actor, tx, id, stageId, reason, version }: CommandBase & TMoveEntryBody & { id: string }): Promise<EntryRow> {
  const entry = await getEntryRow(tx, actor.agencyId, id, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'pipeline_entry', entry, version);
  const stages = await jobStagesOf(tx, actor.agencyId, entry.jobId);
  const to = targetStage(stages, stageId);
  const from = stages.find((stage) => stage.id === entry.stageId);
  const live = from?.kind === 'placed' ? await hasLivePlacement(tx, actor.agencyId, entry.id) : false;
  assertVerdict(checkStageMove({ fromKind: from?.kind ?? 'sourced', toKind: to.kind, reason, hasLivePlacement: live, sameStage: to.id === entry.stageId }));
  await assertReason(tx, actor.agencyId, to, reason);
  return writeStageMove(tx, actor, entry, from, to, reason ?? null);
}

/**
 * Moves several entries of one job to one stage, all or nothing: every entry is locked and checked first; any refusal
 * answers 422 with one `related` entry per refused entry (its rule in the label) and nothing moves.
 */
export async function moveEntries({ actor, tx, ids, options }: CommandBase & TBulkMoveBody): Promise<{ entries: EntryRow[]; stages: StageRow[] }> {
  const rows = await tx
    .select({ entry: pipelineEntries, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(pipelineEntries)
    .innerJoin(candidates, and(eq(candidates.agencyId, pipelineEntries.agencyId), eq(candidates.id, pipelineEntries.candidateId)))
    .where(and(eq(pipelineEntries.agencyId, actor.agencyId), inArray(pipelineEntries.id, ids)))
    .orderBy(asc(pipelineEntries.id))
    .for('update', { of: pipelineEntries });
  const byId = new Map(rows.map((row) => [row.entry.id, row]));
  const missing = ids.filter((id) => !byId.has(id)).map((id) => ({ type: 'pipeline_entry', id, label: 'Pipeline entry not found' }));
  if (missing.length > 0) {
    throw new AppError('rule_violation', `${missing.length} of the entries were not found`, { rule: 'pipeline.entry_not_found', related: missing });
  }
  const jobIds = [...new Set(rows.map((row) => row.entry.jobId))];
  const [jobId] = jobIds;
  if (!jobId || jobIds.length > 1) {
    throw new AppError('rule_violation', 'A bulk move takes entries of one job (stages belong to their job)', { rule: 'pipeline.one_job', fields: [{ path: 'ids', message: 'entries of more than one job' }] });
  }
  const stages = await jobStagesOf(tx, actor.agencyId, jobId);
  const to = targetStage(stages, options.stageId);
  const live = await entriesWithLivePlacement(tx, actor.agencyId, ids);
  const refused: { related: RelatedRecord; rule: string }[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      continue;
    }
    const from = stages.find((stage) => stage.id === row.entry.stageId);
    const verdict = checkStageMove({ fromKind: from?.kind ?? 'sourced', toKind: to.kind, reason: options.reason, hasLivePlacement: live.has(id), sameStage: to.id === row.entry.stageId });
    if (!verdict.ok) {
      refused.push({ rule: verdict.rule, related: { type: 'pipeline_entry', id, label: `${row.firstName} ${row.lastName}: ${verdict.message} (${verdict.rule})` } });
    }
  }
  if (refused.length > 0) {
    const rules = [...new Set(refused.map((item) => item.rule))];
    const [only] = rules;
    throw new AppError('rule_violation', `${refused.length} of the ${ids.length} candidates cannot move to ${to.name}`, {
      rule: rules.length === 1 && only ? only : 'pipeline.bulk_move',
      related: refused.map((item) => item.related),
    });
  }
  await assertReason(tx, actor.agencyId, to, options.reason);
  const entries: EntryRow[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) {
      entries.push(await writeStageMove(tx, actor, row.entry, stages.find((stage) => stage.id === row.entry.stageId), to, options.reason ?? null));
    }
  }
  return { entries, stages };
}
