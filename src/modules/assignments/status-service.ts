import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignments, candidates, jobs, placements } from '../../db/schema';
import { type AssignmentFacts, type Outcome, type Plan, candidateStatusAfter, checkSharedStatus, otherCloseEndOn, planApprove, planEnd, planReactivate } from '../../domain/assignments';
import { PLACEMENT_STATUS_FOR } from '../../domain/placements';
import { type StaffActor, actorLabel } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError, type RelatedRecord } from '../../platform/errors';
import type { AssignmentAction, AssignmentEventKind } from '../../shared/back-office';
import { type AssignmentStatus, isDirectPath } from '../../shared/pipeline';
import { type EmployeeRow, employeeOfCandidate, hireEmployee, reactivateEmployee, terminateEmployee } from '../employees/lifecycle';
import { lockJobs, releaseOpening, takeOpening } from '../placements/openings';
import { type AssignmentRow, invoicesHolding } from './queries';
import type { TApproveOptions, TEndOptions, TReactivateOptions } from './schema';
import { addEvent, alignFirstRates } from './service';

type Batch = { actor: StaffActor; tx: Executor; ids: string[]; today: string };
type Locked = { assignment: AssignmentRow; placement: typeof placements.$inferSelect; job: typeof jobs.$inferSelect; candidateName: string };

const EVENT_FOR: Record<AssignmentAction, AssignmentEventKind> = { approve: 'approved', close: 'closed', cancel: 'cancelled', reactivate: 'reactivated' };

/**
 * The Update status dialog (B5–B12) as one all-or-nothing batch: every assignment is locked (jobs, then placements,
 * then assignments, as everywhere) and checked; any refusal answers 422 listing each refused record with its rule and
 * blocking record, and nothing changes. Otherwise all plans are applied in the caller's transaction.
 */
export async function approveAssignments(batch: Batch, options: TApproveOptions) {
  const locked = await lockBatch(batch, false);
  const employeesByCandidate = await lockEmployees(batch, locked);
  const outcomes = locked.map((row) => planApprove(factsOf(row, employeesByCandidate), { today: batch.today, ...options }));
  assertAllAllowed('approve', locked, outcomes);
  const plans = plansOf(outcomes);
  const touched = new Set<string>();
  for (const [index, row] of locked.entries()) {
    await applyPlan(batch, row, plans[index] as Plan, 'approve');
    touched.add(row.assignment.candidateId);
  }
  // B8: the direct hire is hired (or made active again) and terminated, and their other active assignments close.
  const batchIds = new Set(batch.ids);
  for (const row of locked.filter((entry) => isDirectPath(entry.assignment.employmentType))) {
    await hireAndTerminate(batch, row, employeesByCandidate.get(row.assignment.candidateId) ?? null, options.terminationOn ?? batch.today);
    await closeOthers(batch, row, batchIds, options.otherCloseOn ?? batch.today, options.overrideEndDate);
  }
  const directHires = new Set(locked.filter((row) => isDirectPath(row.assignment.employmentType)).map((row) => row.assignment.candidateId));
  await settleCandidateStatuses(batch, touched, 'approve', directHires);
  return locked.map((row) => row.assignment.id);
}

/** B9, B10: close (from active) or cancel (from needs approval or active); cancelling cancels the placement too and gives the opening back. */
export async function endAssignments(batch: Batch, action: 'close' | 'cancel', options: TEndOptions) {
  const locked = await lockBatch(batch, action === 'cancel');
  const outcomes = locked.map((row) => planEnd(action, factsOf(row, new Map()), options));
  assertAllAllowed(action, locked, outcomes);
  const plans = plansOf(outcomes);
  for (const [index, row] of locked.entries()) {
    await applyPlan(batch, row, plans[index] as Plan, action, options.reason ?? '');
    if (action === 'cancel') {
      await releaseOpening(batch.tx, row.job);
    }
  }
  await settleCandidateStatuses(batch, new Set(locked.map((row) => row.assignment.candidateId)), action);
  return locked.map((row) => row.assignment.id);
}

/** B12: reactivation, refused while a non-void invoice holds the assignment's time, expenses or fee. */
export async function reactivateAssignments(batch: Batch, options: TReactivateOptions) {
  const locked = await lockBatch(batch, true);
  const employeesByCandidate = await lockEmployees(batch, locked);
  const held = await invoicesHolding(batch.tx, batch.actor.agencyId, batch.ids);
  const openingsLeft = new Map(locked.map((row) => [row.job.id, row.job.openings - row.job.filledCount]));
  const outcomes = locked.map((row) => {
    let filledJob = null;
    if (row.assignment.status === 'cancelled') {
      const left = openingsLeft.get(row.job.id) ?? 0;
      filledJob = left > 0 ? null : { type: 'job', id: row.job.id, label: `job J-${row.job.number} (${row.job.title})` };
      openingsLeft.set(row.job.id, left - 1);
    }
    return planReactivate({ ...factsOf(row, employeesByCandidate), invoices: held.get(row.assignment.id) ?? [], filledJob }, options);
  });
  assertAllAllowed('reactivate', locked, outcomes);
  const plans = plansOf(outcomes);
  for (const [index, row] of locked.entries()) {
    await applyPlan(batch, row, plans[index] as Plan, 'reactivate');
    if (row.assignment.status === 'cancelled') {
      await takeOpening(batch.tx, row.job);
    }
    const employee = employeesByCandidate.get(row.assignment.candidateId);
    if (options.reactivateEmployee && employee?.status === 'terminated') {
      employeesByCandidate.set(row.assignment.candidateId, await reactivateEmployee(batch.tx, batch.actor, employee, batch.today, 'Assignment reactivated'));
    }
  }
  await settleCandidateStatuses(batch, new Set(locked.map((row) => row.assignment.candidateId)), 'reactivate');
  return locked.map((row) => row.assignment.id);
}

async function lockBatch({ actor, tx, ids }: Batch, lockJobsFirst: boolean): Promise<Locked[]> {
  const unique = [...new Set(ids)];
  const peek = await tx
    .select({ id: assignments.id, jobId: assignments.jobId, placementId: assignments.placementId })
    .from(assignments)
    .where(and(eq(assignments.agencyId, actor.agencyId), inArray(assignments.id, unique)));
  const missing = unique.filter((id) => !peek.some((row) => row.id === id));
  if (missing.length > 0) {
    throw new AppError('not_found', `Assignment not found: ${missing.join(', ')}`, { fields: [{ path: 'ids', message: `unknown assignments: ${missing.join(', ')}` }] });
  }
  const lockedJobs = lockJobsFirst
    ? await lockJobs(tx, actor.agencyId, peek.map((row) => row.jobId))
    : await tx.select().from(jobs).where(and(eq(jobs.agencyId, actor.agencyId), inArray(jobs.id, [...new Set(peek.map((row) => row.jobId))])));
  const lockedPlacements = await tx
    .select()
    .from(placements)
    .where(and(eq(placements.agencyId, actor.agencyId), inArray(placements.id, peek.map((row) => row.placementId))))
    .orderBy(asc(placements.id))
    .for('update');
  const rows = await tx
    .select({ assignment: assignments, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(assignments)
    .innerJoin(candidates, and(eq(candidates.agencyId, assignments.agencyId), eq(candidates.id, assignments.candidateId)))
    .where(and(eq(assignments.agencyId, actor.agencyId), inArray(assignments.id, unique)))
    .orderBy(asc(assignments.id))
    .for('update', { of: assignments });
  const shared = checkSharedStatus(rows.map((row) => row.assignment.status));
  if (!shared.ok) {
    throw new AppError('rule_violation', shared.message, { rule: shared.rule, fields: [{ path: 'ids', message: shared.message }] });
  }
  const byOrder = new Map(unique.map((id, index) => [id, index]));
  return rows
    .map(({ assignment, firstName, lastName }) => ({
      assignment,
      placement: lockedPlacements.find((placement) => placement.id === assignment.placementId) as Locked['placement'],
      job: lockedJobs.find((job) => job.id === assignment.jobId) as Locked['job'],
      candidateName: `${firstName} ${lastName}`,
    }))
    .sort((a, b) => (byOrder.get(a.assignment.id) ?? 0) - (byOrder.get(b.assignment.id) ?? 0));
}

async function lockEmployees({ actor, tx }: Batch, locked: Locked[]): Promise<Map<string, EmployeeRow>> {
  const found = new Map<string, EmployeeRow>();
  for (const candidateId of [...new Set(locked.map((row) => row.assignment.candidateId))].sort()) {
    const employee = await employeeOfCandidate(tx, actor.agencyId, candidateId);
    if (employee) {
      found.set(candidateId, employee);
    }
  }
  return found;
}

const labelOf = (row: Locked): string => `${row.candidateName} — P-${row.placement.number} ${row.job.title}`;

function factsOf(row: Locked, employeesByCandidate: Map<string, EmployeeRow>): AssignmentFacts {
  const { assignment } = row;
  const employee = employeesByCandidate.get(assignment.candidateId);
  return {
    id: assignment.id,
    label: labelOf(row),
    status: assignment.status,
    employmentType: assignment.employmentType,
    startOn: assignment.startOn,
    endOn: assignment.endOn,
    everApproved: assignment.everApproved,
    candidate: { type: 'candidate', id: assignment.candidateId, label: row.candidateName },
    employee: employee ? { id: employee.id, status: employee.status, hiredOn: employee.hiredOn } : null,
    invoices: [],
    filledJob: null,
  };
}

function assertAllAllowed(action: AssignmentAction, locked: Locked[], outcomes: Outcome[]) {
  const refused: RelatedRecord[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    if (!outcome.ok) {
      const row = locked[index] as Locked;
      refused.push({ type: 'assignment', id: row.assignment.id, label: labelOf(row), rule: outcome.rule, reason: outcome.reason, ...(outcome.blockedBy ? { blockedBy: outcome.blockedBy } : {}) });
    }
  }
  if (refused.length > 0) {
    const rules = [...new Set(refused.map((entry) => entry.rule))].join(', ');
    const first = refused[0] as RelatedRecord;
    const message =
      refused.length === 1 && locked.length === 1
        ? `Cannot ${action} this assignment (${first.rule}): ${first.reason}`
        : `${refused.length} of ${locked.length} assignments cannot be ${action === 'approve' ? 'approved' : action === 'close' ? 'closed' : action === 'cancel' ? 'cancelled' : 'reactivated'} (${rules}); nothing was changed`;
    throw new AppError('rule_violation', message, { rule: refused.length === 1 ? first.rule : rules, related: refused });
  }
}

const plansOf = (outcomes: Outcome[]): Plan[] => outcomes.map((outcome) => (outcome.ok ? outcome.plan : (undefined as never)));

/** Writes an assignment's new state, its history event, the placement that mirrors it, and the audit. */
async function applyPlan({ actor, tx }: Batch, row: Locked, plan: Plan, action: AssignmentAction, note = '') {
  const before = row.assignment;
  const at = now();
  await tx
    .update(assignments)
    .set({ status: plan.status, startOn: plan.startOn, endOn: plan.endOn, everApproved: plan.everApproved, statusChangedAt: at, version: before.version + 1 })
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.id, before.id)));
  await alignFirstRates(tx, actor.agencyId, before.id, plan.startOn);
  await addEvent(tx, actor, { ...before, startOn: plan.startOn, endOn: plan.endOn }, EVENT_FOR[action], { fromStatus: before.status, toStatus: plan.status, previousEndOn: before.endOn, note });
  const placementStatus = PLACEMENT_STATUS_FOR[plan.status];
  const cancelled = placementStatus === 'cancelled';
  await tx
    .update(placements)
    .set({
      status: placementStatus,
      startOn: plan.startOn,
      endOn: plan.endOn,
      ...(cancelled ? { cancelledAt: at, cancelReason: note || 'Assignment cancelled in the back office', cancelledByLabel: actorLabel(actor) } : { cancelledAt: null, cancelReason: null, cancelledByLabel: null }),
      version: row.placement.version + 1,
    })
    .where(and(eq(placements.agencyId, actor.agencyId), eq(placements.id, row.placement.id)));
  await recordAudit(
    tx,
    actor,
    { entity: 'assignment', entityId: before.id, action, before: { status: before.status, startOn: before.startOn, endOn: before.endOn }, after: { status: plan.status, startOn: plan.startOn, endOn: plan.endOn } },
    { entity: 'placement', entityId: row.placement.id, action: `assignment ${action}`, before: { status: row.placement.status }, after: { status: placementStatus } },
  );
}

/** B8: hired on the approval date (or made active again), then terminated on the dialog's termination date. */
async function hireAndTerminate(batch: Batch, row: Locked, existing: EmployeeRow | null, terminationOn: string) {
  const { actor, tx, today } = batch;
  let employee = existing;
  if (!employee) {
    employee = await hireEmployee(tx, actor, { candidateId: row.assignment.candidateId, hiredOn: today, reason: `Direct placement P-${row.placement.number}` });
  } else if (employee.status === 'terminated') {
    employee = await reactivateEmployee(tx, actor, employee, today, `Direct placement P-${row.placement.number}`);
  }
  if (terminationOn < employee.hiredOn) {
    throw new AppError('rule_violation', `options.terminationOn: must not be before the hire date ${employee.hiredOn}`, { rule: 'B8', fields: [{ path: 'options.terminationOn', message: `must not be before the hire date ${employee.hiredOn}` }] });
  }
  await terminateEmployee(tx, actor, employee, terminationOn, `Direct placement P-${row.placement.number} (B8)`);
}

/** B8: the employee's other active assignments close on the dialog's close date, keeping their own end dates unless overridden (B10). */
async function closeOthers(batch: Batch, row: Locked, batchIds: Set<string>, closeOn: string, overrideEndDate: boolean) {
  const { actor, tx } = batch;
  const others = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.candidateId, row.assignment.candidateId), eq(assignments.status, 'active'), notInArray(assignments.id, [...batchIds])));
  if (others.length === 0) {
    return;
  }
  const locked = await lockBatch({ ...batch, ids: others.map((other) => other.id) }, false);
  for (const other of locked) {
    const endOn = otherCloseEndOn(other.assignment.endOn, closeOn, overrideEndDate);
    await applyPlan(batch, other, { status: 'closed', startOn: other.assignment.startOn, endOn, everApproved: true }, 'close', `Closed by the direct placement P-${row.placement.number} (B8)`);
  }
}

/**
 * B7, B8, B9, B12: each touched candidate's main status follows their assignments as they now are; nothing else in
 * the back office changes it.
 */
async function settleCandidateStatuses({ actor, tx }: Batch, candidateIds: Set<string>, action: AssignmentAction, directHires = new Set<string>()) {
  if (candidateIds.size === 0) {
    return;
  }
  const rows = await tx
    .select({ candidateId: assignments.candidateId, status: assignments.status })
    .from(assignments)
    .where(and(eq(assignments.agencyId, actor.agencyId), inArray(assignments.candidateId, [...candidateIds])));
  const statusesOf = new Map<string, AssignmentStatus[]>();
  for (const row of rows) {
    statusesOf.set(row.candidateId, [...(statusesOf.get(row.candidateId) ?? []), row.status]);
  }
  const current = await tx
    .select({ id: candidates.id, status: candidates.status, version: candidates.version })
    .from(candidates)
    .where(and(eq(candidates.agencyId, actor.agencyId), inArray(candidates.id, [...candidateIds])))
    .orderBy(asc(candidates.id))
    .for('update');
  for (const candidate of current) {
    const statuses = statusesOf.get(candidate.id) ?? [];
    // B8: a direct hire looks for work again unless another assignment still runs.
    const next = directHires.has(candidate.id) && !statuses.includes('active') ? 'actively_searching' : candidateStatusAfter(statuses);
    if (next && next !== candidate.status) {
      await tx
        .update(candidates)
        .set({ status: next, version: candidate.version + 1 })
        .where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, candidate.id)));
      await recordAudit(tx, actor, { entity: 'candidate', entityId: candidate.id, action: `status by assignment ${action}`, before: { status: candidate.status }, after: { status: next } });
    }
  }
}
