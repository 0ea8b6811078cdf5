import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, talentPoolMembers } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import type { TPoolMembersBody } from './schema';
import { lockPoolForMembers } from './service';

type CommandBase = { actor: StaffActor; tx: Executor };

/**
 * Adds candidates to a pool, all or nothing: every id must be a candidate of the agency that was not merged away;
 * otherwise 422 with one `related` entry per refused id and nothing changes. Candidates already in the pool stay as
 * they were (their first "added by" is kept). One audit event per membership added.
 */
export async function addPoolMembers({ actor, tx, poolId, candidateIds }: CommandBase & TPoolMembersBody & { poolId: string }) {
  await lockPoolForMembers(tx, actor, poolId);
  const found = await tx
    .select({ id: candidates.id, mergedIntoId: candidates.mergedIntoId })
    .from(candidates)
    .where(and(eq(candidates.agencyId, actor.agencyId), inArray(candidates.id, candidateIds)));
  const byId = new Map(found.map((row) => [row.id, row]));
  const refused = candidateIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) {
      return [{ type: 'candidate', id, label: 'Candidate not found' }];
    }
    return row.mergedIntoId ? [{ type: 'candidate', id, label: 'Merged into another candidate' }] : [];
  });
  if (refused.length > 0) {
    throw new AppError('rule_violation', `${refused.length} of the candidates cannot be added to the pool`, { related: refused });
  }
  const addedAt = now();
  // ON CONFLICT keeps a membership a concurrent request made first; what it returns is what this one added.
  const inserted = await tx
    .insert(talentPoolMembers)
    .values(candidateIds.map((candidateId) => ({ agencyId: actor.agencyId, poolId, candidateId, addedBy: actor.userId, addedAt })))
    .onConflictDoNothing()
    .returning();
  await recordAudit(tx, actor, ...inserted.map((member) => ({ entity: 'talent_pool', entityId: poolId, action: 'add_member', after: member })));
  const addedIds = new Set(inserted.map((member) => member.candidateId));
  return { added: candidateIds.filter((id) => addedIds.has(id)), alreadyMembers: candidateIds.filter((id) => !addedIds.has(id)) };
}

/** Removes candidates from a pool; ids that are not in it are named back and otherwise ignored. */
export async function removePoolMembers({ actor, tx, poolId, candidateIds }: CommandBase & TPoolMembersBody & { poolId: string }) {
  await lockPoolForMembers(tx, actor, poolId);
  const removed = await tx
    .delete(talentPoolMembers)
    .where(and(eq(talentPoolMembers.agencyId, actor.agencyId), eq(talentPoolMembers.poolId, poolId), inArray(talentPoolMembers.candidateId, candidateIds)))
    .returning();
  await recordAudit(tx, actor, ...removed.map((member) => ({ entity: 'talent_pool', entityId: poolId, action: 'remove_member', before: member })));
  const removedIds = new Set(removed.map((member) => member.candidateId));
  return { removed: candidateIds.filter((id) => removedIds.has(id)), notMembers: candidateIds.filter((id) => !removedIds.has(id)) };
}
