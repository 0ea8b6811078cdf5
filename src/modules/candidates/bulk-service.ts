import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { CANDIDATE_LIMITS } from '../../shared/candidates';
import { createTask } from '../activities/tasks-service';
import type { TBulkTagsBody, TBulkTasksBody } from './bulk-schema';
import type { CandidateRow } from './queries';
import { refreshCandidateSearch } from './search-index';

type CommandBase = { actor: StaffActor; tx: Executor };
type Refusal = { type: 'candidate'; id: string; label: string };

/**
 * Locks the agency's live candidates with these ids (in id order, so two bulk commands cannot deadlock). An id that is
 * not one of them (another agency's, unknown, merged) is refused.
 */
async function lockCandidates(tx: Executor, agencyId: string, ids: readonly string[]): Promise<{ byId: Map<string, CandidateRow>; refused: Refusal[] }> {
  const rows = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.agencyId, agencyId), inArray(candidates.id, [...ids])))
    .orderBy(candidates.id)
    .for('update');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const refused: Refusal[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) {
      refused.push({ type: 'candidate', id, label: 'Candidate not found' });
    } else if (row.mergedIntoId) {
      refused.push({ type: 'candidate', id, label: `${row.firstName} ${row.lastName}: merged into another candidate` });
      byId.delete(id);
    }
  }
  return { byId, refused };
}

function refuse(refused: Refusal[], what: string): never {
  throw new AppError('rule_violation', `${refused.length} of the candidates cannot be ${what}`, { related: refused });
}

/**
 * Adds and removes tags on many candidates, all or nothing: every id must be a live candidate of the agency and keep
 * within the tag limit, otherwise 422 with one `related` entry per refused id and nothing changes. A candidate whose
 * tags do not change keeps its version; the others get a new version, an audit event and a fresh search row.
 */
export async function tagCandidates({ actor, tx, ids, options }: CommandBase & TBulkTagsBody): Promise<string[]> {
  const { byId, refused } = await lockCandidates(tx, actor.agencyId, ids);
  const next = new Map<string, string[]>();
  for (const [id, row] of byId) {
    const kept = row.tags.filter((tag) => !options.remove.includes(tag));
    const tags = [...kept, ...options.add.filter((tag) => !kept.includes(tag))];
    if (tags.length > CANDIDATE_LIMITS.tags) {
      refused.push({ type: 'candidate', id, label: `${row.firstName} ${row.lastName}: would have more than ${CANDIDATE_LIMITS.tags} tags` });
    }
    next.set(id, tags);
  }
  if (refused.length > 0) {
    refuse(refused, 'tagged');
  }
  const changed: string[] = [];
  for (const id of ids) {
    const before = byId.get(id);
    const tags = next.get(id);
    if (!before || !tags || (tags.length === before.tags.length && tags.every((tag, index) => tag === before.tags[index]))) {
      continue;
    }
    const [after] = await tx
      .update(candidates)
      .set({ tags, version: before.version + 1 })
      .where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, id)))
      .returning();
    if (!after) {
      throw new Error('candidate update returned no row');
    }
    await recordAudit(tx, actor, { entity: 'candidate', entityId: id, action: 'update', before, after });
    changed.push(id);
  }
  await refreshCandidateSearch(tx, actor.agencyId, changed);
  return ids;
}

/** One task per candidate (createTask: the assignee must be an active user), all or nothing like the tags. */
export async function addCandidateTasks({ actor, tx, ids, options }: CommandBase & TBulkTasksBody) {
  const { byId, refused } = await lockCandidates(tx, actor.agencyId, ids);
  if (refused.length > 0) {
    refuse(refused, 'given a task');
  }
  const created = [];
  for (const id of ids) {
    if (byId.has(id)) {
      created.push(await createTask({ actor, tx, candidateId: id, ...options }));
    }
  }
  return created;
}
