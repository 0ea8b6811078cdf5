import { and, eq, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { counters, jobStages, jobs, stageTemplateStages } from '../../db/schema';
import { stageSetProblems } from '../../domain/stage-template';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { nextNumber } from '../../platform/counters';
import { AppError } from '../../platform/errors';
import { jobPolicy } from './policy';
import { getJobRow, listJobStages, listTemplateStages } from './queries';
import type { TStagesBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** The counter holding the default template's version (1 until the first change). */
const TEMPLATE_VERSION = 'stage_template_version';

export async function templateVersion(tx: Executor, agencyId: string): Promise<number> {
  const [row] = await tx.select({ value: counters.value }).from(counters).where(and(eq(counters.agencyId, agencyId), eq(counters.name, TEMPLATE_VERSION)));
  return row?.value ?? 1;
}
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
export async function replaceJobStages({ actor, tx, jobId, version, stages }: CommandBase & TStagesBody & { jobId: string }) {
  const job = await getJobRow(tx, actor.agencyId, jobId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'job', job, version);
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
  // The stages are part of the job: saving them moves the job's version on, so a stale editor hears of it.
  await tx.update(jobs).set({ version: job.version + 1 }).where(and(eq(jobs.agencyId, actor.agencyId), eq(jobs.id, jobId)));
  const after = await listJobStages(tx, actor.agencyId, jobId);
  await recordAudit(tx, actor, { entity: 'job', entityId: jobId, action: 'stages', before: { stages: summary(existing) }, after: { stages: summary(after) } });
  return { stages: after, version: job.version + 1 };
}

/** Replaces the agency's default stage template (managers and admins); jobs already taken in keep their own stages. */
export async function replaceTemplateStages({ actor, tx, version, stages }: CommandBase & TStagesBody) {
  // The template's version is a per-agency counter; taking the next number also locks it until this change commits.
  const next = await nextNumber(tx, actor.agencyId, TEMPLATE_VERSION, 2);
  await assertCurrentVersion(tx, actor.agencyId, 'stage_template', { id: actor.agencyId, version: next - 1 }, version);
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
  return { stages: after, version: next };
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
