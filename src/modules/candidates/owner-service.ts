import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, users } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { today } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { getSetting } from '../../platform/settings';
import { createTask } from '../activities/tasks-service';
import { fieldRule } from '../organizations/references';
import { type CandidateRow, getCandidateRow } from './queries';
import type { TBulkChangeOwnerBody, TChangeOwnerBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };
type OwnerChange = { ownerId: string; handoffNote: string };

/** The new owner must be able to sign in and see the handoff task. */
async function assertActiveOwner(tx: Executor, agencyId: string, ownerId: string): Promise<void> {
  const [user] = await tx
    .select({ status: users.status })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, ownerId)));
  if (!user || user.status === 'deactivated') {
    throw fieldRule('ownerId', 'not an active user of this agency');
  }
}

/**
 * Hands one locked candidate to the new owner: the handoff note stays on the record, and the new owner gets an
 * all-day task for today (the agency's today) carrying the note.
 */
async function handOver(actor: StaffActor, tx: Executor, before: CandidateRow, { ownerId, handoffNote }: OwnerChange, dueAt: string) {
  const [after] = await tx
    .update(candidates)
    .set({ ownerId, handoffNote, version: before.version + 1 })
    .where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('candidate update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'candidate', entityId: before.id, action: 'change_owner', before, after });
  await createTask({
    actor,
    tx,
    candidateId: before.id,
    title: `Handoff: ${before.firstName} ${before.lastName}`,
    notes: handoffNote,
    // An all-day task is noon UTC of its date (the web app's convention), the same date in every zone UTC−11…+11.
    dueAt,
    allDay: true,
    assigneeId: ownerId,
  });
  return after;
}

async function handoffDue(tx: Executor, agencyId: string): Promise<string> {
  return `${today(await getSetting(tx, agencyId, 'agency.timeZone'))}T12:00:00.000Z`;
}

/** Changes a candidate's owner with a handoff note (current version only). */
export async function changeCandidateOwner({ actor, tx, candidateId, version, ...change }: CommandBase & TChangeOwnerBody & { candidateId: string }) {
  const before = await getCandidateRow(tx, actor.agencyId, candidateId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'candidate', before, version);
  await assertActiveOwner(tx, actor.agencyId, change.ownerId);
  return handOver(actor, tx, before, change, await handoffDue(tx, actor.agencyId));
}

/**
 * Changes the owner of many candidates, all or nothing: every id must be a candidate of the agency (not merged);
 * otherwise 422 with one `related` entry per refused id and nothing changes. One handoff task per candidate.
 */
export async function changeCandidateOwners({ actor, tx, ids, options }: CommandBase & TBulkChangeOwnerBody) {
  await assertActiveOwner(tx, actor.agencyId, options.ownerId);
  const rows = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.agencyId, actor.agencyId), inArray(candidates.id, ids)))
    .orderBy(candidates.id)
    .for('update');
  const byId = new Map(rows.filter((row) => !row.mergedIntoId).map((row) => [row.id, row]));
  const refused = ids.filter((id) => !byId.has(id));
  if (refused.length > 0) {
    throw new AppError('rule_violation', `${refused.length} of the candidates cannot be changed: not found`, {
      related: refused.map((id) => ({ type: 'candidate', id, label: 'Candidate not found' })),
    });
  }
  const dueAt = await handoffDue(tx, actor.agencyId);
  const changed: CandidateRow[] = [];
  for (const id of ids) {
    const before = byId.get(id);
    if (before) {
      changed.push(await handOver(actor, tx, before, options, dueAt));
    }
  }
  return changed;
}
