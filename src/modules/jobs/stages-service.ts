import { and, eq, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobStages, stageTemplateStages } from '../../db/schema';
import { stageSetProblems } from '../../domain/stage-template';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { jobPolicy } from './policy';
import { getJobRow, listJobStages, listTemplateStages } from './queries';
import type { TStagesBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };
type StageRow = { id: string; name: string; kind: string; position: number };
type Drafts = TStagesBody['stages'];

/** Checks a full list of stages against the rules and the stages it replaces; every problem names its field. */
function checkStageSet(drafts: Drafts, existing: StageRow[]) {
  const known = new Set(existing.map((stage) => stage.id));
  const fields = stageSetProblems(drafts);
  drafts.forEach((draft, index) => {
    if (draft.id && !known.has(draft.id)) {
      fields.push({ path: `stages.${index}.id`, message: 'not one of these stages' });
    }
  });
  if (fields.length > 0) {
    throw new AppError('rule_violation', `stages: ${fields.map((field) => field.message).join('; ')}`, { rule: 'stages.placed_and_rejected', fields });
  }
}

const summary = (stages: { name: string; kind: string }[]) => stages.map(({ name, kind }) => ({ name, kind }));

/**
 * Replaces a job's stages with the given ordered list: stages with an id are kept (renamed, re-kinded, moved),
 * new ones are added, missing ones removed. Once pipeline entries exist, their foreign key refuses removing a
 * stage that still holds candidates.
 */
export async function replaceJobStages({ actor, tx, jobId, stages }: CommandBase & TStagesBody & { jobId: string }) {
  const job = await getJobRow(tx, actor.agencyId, jobId, { forUpdate: true });
  if (!jobPolicy.canEditStages(actor, job)) {
    throw new AppError('rule_violation', 'A cancelled job\'s stages cannot be changed');
  }
  const existing = await listJobStages(tx, actor.agencyId, jobId);
  checkStageSet(stages, existing);
  const scope = and(eq(jobStages.agencyId, actor.agencyId), eq(jobStages.jobId, jobId));
  await writeStageSet(stages, {
    remove: (keep) => tx.delete(jobStages).where(and(scope, keep.length ? notInArray(jobStages.id, keep) : undefined)),
    update: (id, values) => tx.update(jobStages).set(values).where(and(scope, eq(jobStages.id, id))),
    insert: (rows) => tx.insert(jobStages).values(rows.map((row) => ({ ...row, agencyId: actor.agencyId, jobId }))),
  });
  const after = await listJobStages(tx, actor.agencyId, jobId);
  await recordAudit(tx, actor, { entity: 'job', entityId: jobId, action: 'stages', before: { stages: summary(existing) }, after: { stages: summary(after) } });
  return after;
}

/** Replaces the agency's default stage template (managers and admins); jobs already taken in keep their own stages. */
export async function replaceTemplateStages({ actor, tx, stages }: CommandBase & TStagesBody) {
  const existing = await listTemplateStages(tx, actor.agencyId);
  checkStageSet(stages, existing);
  const scope = eq(stageTemplateStages.agencyId, actor.agencyId);
  await writeStageSet(stages, {
    remove: (keep) => tx.delete(stageTemplateStages).where(and(scope, keep.length ? notInArray(stageTemplateStages.id, keep) : undefined)),
    update: (id, values) => tx.update(stageTemplateStages).set(values).where(and(scope, eq(stageTemplateStages.id, id))),
    insert: (rows) => tx.insert(stageTemplateStages).values(rows.map((row) => ({ ...row, agencyId: actor.agencyId }))),
  });
  const after = await listTemplateStages(tx, actor.agencyId);
  await recordAudit(tx, actor, { entity: 'stage_template', entityId: actor.agencyId, action: 'update', before: { stages: summary(existing) }, after: { stages: summary(after) } });
  return after;
}

type StageValues = Pick<Drafts[number], 'name' | 'kind'> & { position: number };
type StageWriter = {
  remove: (keepIds: string[]) => Promise<unknown>;
  update: (id: string, values: StageValues) => Promise<unknown>;
  insert: (rows: StageValues[]) => Promise<unknown>;
};

async function writeStageSet(drafts: Drafts, writer: StageWriter) {
  const keep = drafts.flatMap((draft) => (draft.id ? [draft.id] : []));
  await writer.remove(keep);
  const added: StageValues[] = [];
  for (const [position, draft] of drafts.entries()) {
    const values = { name: draft.name, kind: draft.kind, position };
    if (draft.id) {
      await writer.update(draft.id, values);
    } else {
      added.push(values);
    }
  }
  if (added.length > 0) {
    await writer.insert(added);
  }
}
