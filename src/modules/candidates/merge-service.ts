import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Executor, resultRows } from '../../db/client';
import {
  activities,
  activityMentions,
  assignments,
  candidateDocuments,
  candidateFitNotes,
  candidates,
  candidateSourceEvents,
  employees,
  interviews,
  jobs,
  offers,
  pipelineEntries,
  placements,
  submissions,
  talentPoolMembers,
  tasks,
} from '../../db/schema';
import { MERGE_FIELDS, fieldDiffers, mergeCandidateFields, overLimitFields } from '../../domain/candidate-merge';
import { currentPosition, skillNamesOf } from '../../domain/candidate-profile';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { CANDIDATE_LIMITS } from '../../shared/candidates';
import type { TMergeCandidatesBody } from './merge-schema';
import { findSurvivor } from './merged';
import { type CandidateRow, findCandidateDetail, getCandidateDetail } from './queries';
import { refreshCandidateSearch } from './search-index';

type CommandBase = { actor: StaffActor; tx: Executor };
type RelatedTable = { name: string; table: PgTable; column: PgColumn; agencyColumn: PgColumn };

/**
 * Every table whose rows belong to a candidate through a candidate id, moved to the survivor by one UPDATE each.
 * Pipeline entries and what hangs off them (submissions, interviews, offers, placements) move with their candidate,
 * as do the back office's assignments and employee record; candidates on the same job (or both employees) are refused
 * before anything moves (assertNoOverlap), so the unique keys hold.
 */
export const CANDIDATE_RELATED_TABLES: readonly RelatedTable[] = [
  { name: 'activities', table: activities, column: activities.candidateId, agencyColumn: activities.agencyId },
  { name: 'activityMentions', table: activityMentions, column: activityMentions.candidateId, agencyColumn: activityMentions.agencyId },
  { name: 'tasks', table: tasks, column: tasks.candidateId, agencyColumn: tasks.agencyId },
  { name: 'sourceEvents', table: candidateSourceEvents, column: candidateSourceEvents.candidateId, agencyColumn: candidateSourceEvents.agencyId },
  { name: 'fitNotes', table: candidateFitNotes, column: candidateFitNotes.candidateId, agencyColumn: candidateFitNotes.agencyId },
  { name: 'poolMemberships', table: talentPoolMembers, column: talentPoolMembers.candidateId, agencyColumn: talentPoolMembers.agencyId },
  { name: 'documents', table: candidateDocuments, column: candidateDocuments.candidateId, agencyColumn: candidateDocuments.agencyId },
  { name: 'pipelineEntries', table: pipelineEntries, column: pipelineEntries.candidateId, agencyColumn: pipelineEntries.agencyId },
  { name: 'submissions', table: submissions, column: submissions.candidateId, agencyColumn: submissions.agencyId },
  { name: 'interviews', table: interviews, column: interviews.candidateId, agencyColumn: interviews.agencyId },
  { name: 'offers', table: offers, column: offers.candidateId, agencyColumn: offers.agencyId },
  { name: 'placements', table: placements, column: placements.candidateId, agencyColumn: placements.agencyId },
  { name: 'assignments', table: assignments, column: assignments.candidateId, agencyColumn: assignments.agencyId },
  { name: 'employees', table: employees, column: employees.candidateId, agencyColumn: employees.agencyId },
];

const countOf = async (tx: Executor, statement: SQL): Promise<number> => Number(resultRows<{ n: number | string }>(await tx.execute(statement))[0]?.n ?? 0);

/** Moves one table's rows of the merged candidates to the survivor; answers how many moved. */
function moveRows(tx: Executor, agencyId: string, { table, column, agencyColumn }: RelatedTable, survivorId: string, mergedIds: string[]): Promise<number> {
  return countOf(
    tx,
    sql`WITH moved AS (UPDATE ${table} SET ${sql.identifier(column.name)} = ${survivorId}
      WHERE ${eq(agencyColumn, agencyId)} AND ${inArray(column, mergedIds)} RETURNING 1)
      SELECT count(*) AS n FROM moved`,
  );
}

/**
 * A candidate has one current CV: the survivor's stays current and the merged candidates' CVs become earlier
 * versions — unless the survivor has none, when the newest current CV among the merged keeps its mark. One statement.
 */
function demoteMergedCurrentCvs(tx: Executor, agencyId: string, survivorId: string, mergedIds: string[]): Promise<number> {
  const merged = sql.join(
    mergedIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return countOf(
    tx,
    sql`WITH demoted AS (UPDATE candidate_documents d SET is_current_cv = false
      WHERE d.agency_id = ${agencyId} AND d.candidate_id IN (${merged}) AND d.is_current_cv
        AND (EXISTS (SELECT 1 FROM candidate_documents s WHERE s.agency_id = ${agencyId} AND s.candidate_id = ${survivorId} AND s.is_current_cv)
          OR d.id <> (SELECT m.id FROM candidate_documents m WHERE m.agency_id = ${agencyId} AND m.candidate_id IN (${merged}) AND m.is_current_cv
                      ORDER BY m.created_at DESC, m.id DESC LIMIT 1))
      RETURNING 1)
      SELECT count(*) AS n FROM demoted`,
  );
}

/**
 * A pool holds a candidate once: memberships of merged candidates in a pool the survivor (or an earlier-added merged
 * candidate) is already in are dropped before the move. One statement.
 */
function dropDuplicateMemberships(tx: Executor, agencyId: string, survivorId: string, mergedIds: string[]): Promise<number> {
  const merged = sql.join(
    mergedIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return countOf(
    tx,
    sql`WITH dropped AS (DELETE FROM talent_pool_members m
      WHERE m.agency_id = ${agencyId} AND m.candidate_id IN (${merged})
        AND EXISTS (SELECT 1 FROM talent_pool_members o
          WHERE o.agency_id = m.agency_id AND o.pool_id = m.pool_id AND o.candidate_id <> m.candidate_id
            AND (o.candidate_id = ${survivorId}::uuid OR (o.candidate_id IN (${merged}) AND (o.added_at, o.candidate_id) < (m.added_at, m.candidate_id))))
      RETURNING 1)
      SELECT count(*) AS n FROM dropped`,
  );
}

/**
 * A mention says an activity is also about someone; once everyone is the survivor, a mention of one of them on an
 * activity about one of them says nothing (the timeline would show the activity twice), nor does a second mention of
 * them on the same activity. Those are dropped before the move; every other mention moves. One statement.
 */
function dropRedundantMentions(tx: Executor, agencyId: string, survivorId: string, mergedIds: string[]): Promise<number> {
  const list = (ids: string[]) =>
    sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
  const everyone = list([survivorId, ...mergedIds]);
  return countOf(
    tx,
    sql`WITH dropped AS (DELETE FROM activity_mentions m
      WHERE m.agency_id = ${agencyId} AND m.candidate_id IN (${everyone})
        AND (EXISTS (SELECT 1 FROM activities a WHERE a.agency_id = m.agency_id AND a.id = m.activity_id AND a.candidate_id IN (${everyone}))
          OR (m.candidate_id IN (${list(mergedIds)}) AND EXISTS (SELECT 1 FROM activity_mentions o
            WHERE o.agency_id = m.agency_id AND o.activity_id = m.activity_id AND o.id <> m.id
              AND (o.candidate_id = ${survivorId}::uuid OR (o.candidate_id IN (${list(mergedIds)}) AND o.id < m.id)))))
      RETURNING 1)
      SELECT count(*) AS n FROM dropped`,
  );
}

/** Every candidate named must be the agency's and not merged already: 404 for the survivor, 422 naming the others. */
async function assertMergeable(tx: Executor, agencyId: string, survivorId: string, mergedIds: string[], byId: Map<string, CandidateRow>): Promise<void> {
  if (!byId.has(survivorId)) {
    throw notFound('Candidate');
  }
  const refused: { type: string; id: string; label: string }[] = [];
  for (const id of [survivorId, ...mergedIds]) {
    const row = byId.get(id);
    if (!row) {
      refused.push({ type: 'candidate', id, label: 'Candidate not found' });
    } else if (row.mergedIntoId) {
      const survivor = await findSurvivor(tx, agencyId, id);
      refused.push({ type: 'candidate', id, label: `${row.firstName} ${row.lastName} was already merged into ${survivor?.name ?? 'another record'}` });
    }
  }
  if (refused.length > 0) {
    throw new AppError('rule_violation', `${refused.length} of the candidates cannot be merged: ${refused.map((entry) => entry.label).join('; ')}`, { related: refused });
  }
}

/**
 * A job holds a candidate once and the back office keeps one employee record per person: candidates on the same job
 * (or more than one of them an employee) cannot be merged — 422 naming the jobs. Folding two entries into one would
 * rewrite a pipeline's history (and perhaps its submissions and placements), which a merge should not decide on its own.
 */
async function assertNoOverlap(tx: Executor, agencyId: string, ids: string[]): Promise<void> {
  const shared = await tx
    .select({ id: jobs.id, number: jobs.number, title: jobs.title })
    .from(pipelineEntries)
    .innerJoin(jobs, and(eq(jobs.agencyId, pipelineEntries.agencyId), eq(jobs.id, pipelineEntries.jobId)))
    .where(and(eq(pipelineEntries.agencyId, agencyId), inArray(pipelineEntries.candidateId, ids)))
    .groupBy(jobs.id, jobs.number, jobs.title)
    .having(sql`count(*) > 1`)
    .orderBy(jobs.number);
  if (shared.length > 0) {
    const related = shared.map((job) => ({ type: 'job', id: job.id, label: `J-${job.number} ${job.title}` }));
    throw new AppError('rule_violation', `These candidates are on the same job (${related.map((job) => job.label).join('; ')}); a job holds a person once, so they cannot be merged`, {
      rule: 'merge.same_job',
      related,
    });
  }
  const staff = await tx
    .select({ id: employees.id, candidateId: employees.candidateId })
    .from(employees)
    .where(and(eq(employees.agencyId, agencyId), inArray(employees.candidateId, ids)));
  if (staff.length > 1) {
    throw new AppError('rule_violation', 'More than one of these candidates is an employee; the back office keeps one employee record per person', {
      rule: 'merge.both_employees',
      related: staff.map((row) => ({ type: 'candidate', id: row.candidateId, label: 'Employee' })),
    });
  }
}

/**
 * Merges duplicates into the survivor in one transaction: every candidate locked in id order and checked (the agency's,
 * not merged, the version read), the survivor's fields chosen per field, every related row moved (less mentions and pool memberships that the move would duplicate), the merged candidates
 * left as redirects (merged_into_id), and audited on each record. Answers the survivor's id.
 */
export async function mergeCandidates({ actor, tx, survivorId, mergedIds, fields, version }: CommandBase & TMergeCandidatesBody): Promise<string> {
  const ids = [survivorId, ...mergedIds];
  const rows = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.agencyId, actor.agencyId), inArray(candidates.id, ids)))
    .orderBy(candidates.id)
    .for('update');
  const byId = new Map(rows.map((row) => [row.id, row]));
  await assertMergeable(tx, actor.agencyId, survivorId, mergedIds, byId);
  await assertNoOverlap(tx, actor.agencyId, ids);
  const survivor = byId.get(survivorId);
  const others = mergedIds.flatMap((id) => byId.get(id) ?? []);
  if (!survivor) {
    throw notFound('Candidate');
  }
  for (const row of [survivor, ...others]) {
    await assertCurrentVersion(tx, actor.agencyId, 'candidate', row, version[row.id] ?? 0);
  }

  const merged = mergeCandidateFields(survivor, others, fields);
  const overLimit = overLimitFields(merged, CANDIDATE_LIMITS);
  if (overLimit.length > 0) {
    const fieldErrors = overLimit.map((path) => ({ path, message: 'together they hold more than one record may; remove some before merging' }));
    throw new AppError('rule_violation', fieldErrors.map((field) => `${field.path}: ${field.message}`).join('; '), { fields: fieldErrors });
  }
  const [after] = await tx
    .update(candidates)
    .set({ ...merged, ...currentPosition(merged.workHistory), skillNames: skillNamesOf(merged.skills), version: survivor.version + 1 })
    .where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, survivorId)))
    .returning();
  if (!after) {
    throw new Error('candidate update returned no row');
  }

  const dropped = {
    mentions: await dropRedundantMentions(tx, actor.agencyId, survivorId, mergedIds),
    poolMemberships: await dropDuplicateMemberships(tx, actor.agencyId, survivorId, mergedIds),
    currentCvMarks: await demoteMergedCurrentCvs(tx, actor.agencyId, survivorId, mergedIds),
  };
  const moved: Record<string, number> = {};
  for (const related of CANDIDATE_RELATED_TABLES) {
    moved[related.name] = await moveRows(tx, actor.agencyId, related, survivorId, mergedIds);
  }

  const redirected = await tx
    .update(candidates)
    .set({ mergedIntoId: survivorId, version: sql`${candidates.version} + 1` })
    .where(and(eq(candidates.agencyId, actor.agencyId), inArray(candidates.id, mergedIds)))
    .returning();
  await refreshCandidateSearch(tx, actor.agencyId, [survivorId, ...mergedIds]);
  await recordAudit(
    tx,
    actor,
    { entity: 'candidate', entityId: survivorId, action: 'merge', before: survivor, after: { ...after, mergedIds, moved, dropped } },
    ...redirected.map((row) => ({ entity: 'candidate', entityId: row.id, action: 'merged_into', before: byId.get(row.id), after: row })),
  );
  return survivorId;
}

/** The candidates of a planned merge side by side (the survivor first) and, per field, whether their values differ. */
export async function getMergePreview(tx: Executor, agencyId: string, ids: string[]) {
  const [survivorId, ...mergedIds] = ids;
  if (!survivorId) {
    throw notFound('Candidate');
  }
  const rows = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  await assertMergeable(tx, agencyId, survivorId, mergedIds, byId);
  await assertNoOverlap(tx, agencyId, ids);
  const details = [];
  for (const id of ids) {
    details.push(await getCandidateDetail(tx, agencyId, id));
  }
  const ordered = ids.flatMap((id) => byId.get(id) ?? []);
  return { details, fields: MERGE_FIELDS.map((field) => ({ field, differs: fieldDiffers(ordered, field) })) };
}

/** The candidate page's record; a merged id answers the record it was merged into (chains followed) and says so. */
export async function getCandidateDetailFollowingMerges(tx: Executor, agencyId: string, id: string) {
  // The live record first: the merge chain is walked only for an id that is not one.
  const detail = await findCandidateDetail(tx, agencyId, id);
  if (detail) {
    return { detail, redirectedFrom: undefined };
  }
  const survivor = await findSurvivor(tx, agencyId, id);
  if (!survivor) {
    throw notFound('Candidate');
  }
  return { detail: await getCandidateDetail(tx, agencyId, survivor.id), redirectedFrom: id };
}
