import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignments, candidates, jobs, placements } from '../../db/schema';
import { checkFrontOfficeCancel, checkHiringCancel } from '../../domain/placements';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError, type RelatedRecord, assertVerdict } from '../../platform/errors';
import { addEvent } from '../assignments/service';
import { lockJobs, releaseOpening } from './openings';
import { type PlacementRow, employeeCandidateIds, getAssignmentOf, getPlacementRow } from './queries';

const isBackOffice = (actor: StaffActor) => actor.role === 'back_office';

/**
 * Cancels a placement and its assignment as a front-office act (B2, B3): the job gives the opening back (a filled
 * job reopens). The candidate's main status does not change. The caller holds the job's lock.
 */
async function cancelOne(tx: Executor, actor: StaffActor, placement: PlacementRow, reason: string) {
  const at = now();
  const [after] = await tx
    .update(placements)
    .set({ status: 'cancelled', cancelledAt: at, cancelReason: reason, cancelledByLabel: actorLabel(actor), version: placement.version + 1 })
    .where(and(eq(placements.agencyId, actor.agencyId), eq(placements.id, placement.id)))
    .returning();
  const assignment = await getAssignmentOf(tx, actor.agencyId, placement.id, { forUpdate: true });
  await tx
    .update(assignments)
    .set({ status: 'cancelled', statusChangedAt: at, version: assignment.version + 1 })
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.id, assignment.id)));
  await addEvent(tx, actor, assignment, 'cancelled', { fromStatus: assignment.status, toStatus: 'cancelled', note: `Placement cancelled: ${reason}` });
  const [job] = await tx.select().from(jobs).where(and(eq(jobs.agencyId, actor.agencyId), eq(jobs.id, placement.jobId)));
  if (job) {
    await releaseOpening(tx, job);
  }
  await recordAudit(
    tx,
    actor,
    { entity: 'placement', entityId: placement.id, action: 'cancel', before: { status: placement.status }, after: { status: 'cancelled', reason } },
    { entity: 'assignment', entityId: assignment.id, action: 'cancel', before: { status: assignment.status }, after: { status: 'cancelled' } },
  );
  return after;
}

/**
 * One placement cancelled from its details: B2 for front-office users (placement details on the submissions list),
 * B3 for the back office (the candidate's assignments tab). Both only while the candidate is placed for the first time.
 */
export async function cancelPlacement({ actor, tx, placementId, version, reason }: { actor: StaffActor; tx: Executor; placementId: string; version: number; reason: string }) {
  const unlocked = await getPlacementRow(tx, actor.agencyId, placementId);
  await lockJobs(tx, actor.agencyId, [unlocked.jobId]);
  const placement = await getPlacementRow(tx, actor.agencyId, placementId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'placement', placement, version);
  const firstTime = !(await employeeCandidateIds(tx, actor.agencyId, [placement.candidateId])).has(placement.candidateId);
  const check = isBackOffice(actor) ? checkHiringCancel : checkFrontOfficeCancel;
  assertVerdict(check({ status: placement.status, firstTime }));
  return cancelOne(tx, actor, placement, reason);
}

/**
 * B3, the batch of hiring management: every pending placement of each selected candidate is cancelled with one
 * reason. All or nothing: a candidate that is not in hiring management (an employee, or nothing pending) refuses
 * the batch, naming them.
 */
export async function cancelHiring({ actor, tx, candidateIds, reason }: { actor: StaffActor; tx: Executor; candidateIds: string[]; reason: string }) {
  if (!(ROLE_SETS.backOffice as readonly string[]).includes(actor.role)) {
    throw new AppError('forbidden', 'Hiring management belongs to the back office');
  }
  const ids = [...new Set(candidateIds)];
  const pendingOf = () =>
    tx
      .select()
      .from(placements)
      .where(and(eq(placements.agencyId, actor.agencyId), inArray(placements.candidateId, ids), eq(placements.status, 'pending')))
      .orderBy(asc(placements.id));
  await lockJobs(tx, actor.agencyId, (await pendingOf()).map((placement) => placement.jobId));
  const pending = await pendingOf().for('update');
  const [employees, people] = await Promise.all([
    employeeCandidateIds(tx, actor.agencyId, ids),
    tx.select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName }).from(candidates).where(and(eq(candidates.agencyId, actor.agencyId), inArray(candidates.id, ids))),
  ]);
  const names = new Map(people.map((person) => [person.id, `${person.firstName} ${person.lastName}`]));
  const refused: RelatedRecord[] = [];
  for (const id of ids) {
    const label = names.get(id);
    if (!label) {
      refused.push({ type: 'candidate', id, label: 'not a candidate of this agency' });
    } else if (employees.has(id)) {
      refused.push({ type: 'candidate', id, label: `${label}: already an employee; cancel the assignment in Assignments` });
    } else if (!pending.some((placement) => placement.candidateId === id)) {
      refused.push({ type: 'candidate', id, label: `${label}: no pending placement` });
    }
  }
  if (refused.length > 0) {
    throw new AppError('rule_violation', `${refused.length} of ${ids.length} candidates cannot be cancelled from hiring management; nothing was changed`, { rule: 'B3', related: refused });
  }
  const results = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const placement of pending) {
    await cancelOne(tx, actor, placement, reason);
    results.get(placement.candidateId)?.push(placement.id);
  }
  return [...results].map(([candidateId, cancelledPlacementIds]) => ({ candidateId, cancelledPlacementIds }));
}
