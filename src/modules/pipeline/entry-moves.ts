import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobStages, pipelineEntries, pipelineStageChanges, placements } from '../../db/schema';
import { advanceTarget } from '../../domain/pipeline';
import { type Actor, actorLabel, actorUserId } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { StageKind } from '../../shared/jobs';

export type EntryRow = typeof pipelineEntries.$inferSelect;
export type StageRow = typeof jobStages.$inferSelect;

export const getEntryRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, pipelineEntries, agencyId, id, 'Pipeline entry', options);

export async function jobStagesOf(tx: Executor, agencyId: string, jobId: string): Promise<StageRow[]> {
  return tx.select().from(jobStages).where(and(eq(jobStages.agencyId, agencyId), eq(jobStages.jobId, jobId))).orderBy(jobStages.position);
}

/** Whether the entry has a placement holding an opening (pending, active or closed): it then stays in placed. */
export async function hasLivePlacement(tx: Executor, agencyId: string, entryId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.agencyId, agencyId), eq(placements.entryId, entryId), inArray(placements.status, ['pending', 'active', 'closed'])))
    .limit(1);
  return Boolean(row);
}

/**
 * Puts an entry into a stage and keeps the move in its history (who, when, from, to, why) and the audit.
 * Callers have checked the move; this only writes it.
 */
export async function writeStageMove(tx: Executor, actor: Actor, entry: EntryRow, from: StageRow | undefined, to: StageRow, reason: string | null): Promise<EntryRow> {
  const at = now();
  const closedReason = to.kind === 'rejected' || to.kind === 'withdrawn' ? reason : null;
  const [after] = await tx
    .update(pipelineEntries)
    .set({ stageId: to.id, stageEnteredAt: at, closedReason, version: entry.version + 1 })
    .where(and(eq(pipelineEntries.agencyId, actor.agencyId), eq(pipelineEntries.id, entry.id)))
    .returning();
  if (!after) {
    throw new Error('pipeline entry update returned no row');
  }
  await tx.insert(pipelineStageChanges).values({
    agencyId: actor.agencyId,
    entryId: entry.id,
    fromStageId: from?.id ?? null,
    fromStageName: from?.name ?? null,
    fromKind: from?.kind ?? null,
    toStageId: to.id,
    toStageName: to.name,
    toKind: to.kind,
    reason,
    actorId: actorUserId(actor),
    actorLabel: actorLabel(actor),
    createdAt: at,
  });
  await recordAudit(tx, actor, {
    entity: 'pipeline_entry',
    entityId: entry.id,
    action: 'move',
    before: { stage: from?.name ?? null },
    after: { stage: to.name, kind: to.kind, reason },
  });
  return after;
}

/**
 * Creating a submission, interview, offer or placement moves its entry forward to the job's first stage of that
 * kind (never backwards; PRODUCT.md §3). Answers the entry as it now is.
 */
export async function advanceEntry(tx: Executor, actor: Actor, entryId: string, kind: StageKind): Promise<EntryRow> {
  const entry = await getEntryRow(tx, actor.agencyId, entryId, { forUpdate: true });
  const stages = await jobStagesOf(tx, actor.agencyId, entry.jobId);
  const target = advanceTarget(stages, entry.stageId, kind);
  if (!target) {
    return entry;
  }
  const toStage = stages.find((stage) => stage.id === target.id);
  if (!toStage) {
    throw new AppError('rule_violation', `The job has no ${kind} stage`);
  }
  return writeStageMove(tx, actor, entry, stages.find((stage) => stage.id === entry.stageId), toStage, null);
}
