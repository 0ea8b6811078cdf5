import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignments, candidates, contacts, offers, placementChecklistItems, placementFollowUps, placements, tasks, users } from '../../db/schema';
import { checklistFor, followUpsFor } from '../../domain/handoff';
import { checkPlace, checkReactivate, placementFee } from '../../domain/placements';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { nextNumber } from '../../platform/counters';
import { invoicesHolding } from '../assignments/queries';
import { addEvent, alignFirstRates, openAssignment } from '../assignments/service';
import { AppError, assertVerdict } from '../../platform/errors';
import { getSetting } from '../../platform/settings';
import { hasShifts } from '../../shared/pipeline';
import { createTask } from '../activities/tasks-service';
import { getJobRow } from '../jobs/queries';
import { fieldRule } from '../organizations/references';
import { advanceEntry, getEntryRow } from '../pipeline/entry-moves';
import { takeOpening } from './openings';
import { type PlacementRow, getAssignmentOf, getPlacementRow } from './queries';
import type { TPlaceBody, TUpdatePlacementBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

/** The billing contact and timesheet approver must be contacts of the placement's organization. */
async function assertClientContacts(tx: Executor, agencyId: string, organizationId: string, terms: Pick<TUpdatePlacementBody, 'billingContactId' | 'schedule'>) {
  const wanted = [
    { path: 'billingContactId', id: terms.billingContactId },
    { path: 'schedule.timesheetApproverId', id: terms.schedule?.timesheetApproverId },
  ].filter((field): field is { path: string; id: string } => Boolean(field.id));
  if (wanted.length === 0) {
    return;
  }
  const rows = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.agencyId, agencyId), eq(contacts.organizationId, organizationId), inArray(contacts.id, wanted.map((field) => field.id))));
  const found = new Set(rows.map((row) => row.id));
  const missing = wanted.find((field) => !found.has(field.id));
  if (missing) {
    throw fieldRule(missing.path, 'must be a contact of the client organization');
  }
}

async function assertStaff(tx: Executor, agencyId: string, ids: Record<string, string | null | undefined>) {
  for (const [path, id] of Object.entries(ids)) {
    if (!id) {
      continue;
    }
    const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.agencyId, agencyId), eq(users.id, id), eq(users.status, 'active')));
    if (!user) {
      throw fieldRule(path, 'must be an active user of the agency');
    }
  }
}

/** The back-office owner of handoff items nobody else owns: the agency's first active back-office user. */
/** The back-office user who owns back-office tasks by default (the first active one by name). */
export async function backOfficeOwner(tx: Executor, agencyId: string): Promise<string | null> {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.role, 'back_office'), eq(users.status, 'active')))
    .orderBy(asc(users.name), asc(users.id))
    .limit(1);
  return user?.id ?? null;
}

const dueAtOf = (date: string) => new Date(`${date}T09:00:00Z`);

/**
 * Once the start date is known: the post-placement follow-ups (each a task for its owner, about the candidate or the
 * hiring contact) and the start-confirmation task on the start date (PRODUCT.md §5). Runs once per placement.
 */
async function scheduleAfterStart(tx: Executor, actor: StaffActor, placement: PlacementRow, hiringContactId: string | null) {
  if (!placement.startOn) {
    return;
  }
  const plan = await getSetting(tx, actor.agencyId, 'placements.followUps');
  const people = { recruiterId: placement.recruiterId, accountManagerId: placement.accountManagerId, backOfficeId: null };
  const candidateName = await candidateNameOf(tx, actor.agencyId, placement.candidateId);
  for (const followUp of followUpsFor(plan, placement.startOn, people)) {
    const assigneeId = followUp.ownerId ?? placement.recruiterId ?? actor.userId;
    const link = followUp.party === 'candidate' ? { candidateId: placement.candidateId } : hiringContactId ? { contactId: hiringContactId } : { organizationId: placement.organizationId };
    const task = await createTask({ actor, tx, ...link, title: `${followUp.label} (${followUp.party}): ${candidateName}, P-${placement.number}`, dueAt: dueAtOf(followUp.dueOn), allDay: true, assigneeId });
    await tx.insert(placementFollowUps).values({ agencyId: actor.agencyId, placementId: placement.id, ...followUp, ownerId: assigneeId, taskId: task.id });
  }
  await createTask({
    actor,
    tx,
    candidateId: placement.candidateId,
    title: `Confirm the start of ${candidateName} (P-${placement.number}): on time, late, no-show or withdrew`,
    dueAt: dueAtOf(placement.startOn),
    allDay: true,
    assigneeId: placement.recruiterId ?? actor.userId,
  });
}

async function candidateNameOf(tx: Executor, agencyId: string, candidateId: string): Promise<string> {
  const [row] = await tx.select({ firstName: candidates.firstName, lastName: candidates.lastName }).from(candidates).where(and(eq(candidates.agencyId, agencyId), eq(candidates.id, candidateId)));
  return row ? `${row.firstName} ${row.lastName}` : 'the candidate';
}

async function acceptedOffer(tx: Executor, agencyId: string, offerId: string | null, entryId: string) {
  if (!offerId) {
    return null;
  }
  const [offer] = await tx.select().from(offers).where(and(eq(offers.agencyId, agencyId), eq(offers.id, offerId)));
  if (offer?.entryId !== entryId) {
    throw fieldRule('offerId', 'must be an offer of this pipeline entry');
  }
  if (offer.status !== 'accepted') {
    throw new AppError('rule_violation', `offerId: the offer is ${offer.status}; a placement comes from an accepted offer`, { rule: 'placement.offer_not_accepted', fields: [{ path: 'offerId', message: 'the offer is not accepted' }] });
  }
  return offer;
}

/**
 * Places a candidate (PRODUCT.md §5, §6): creates the placement and its assignment in `needs_approval`, moves the
 * entry to the placed stage, takes an opening (the job becomes filled with its last one) and copies the handoff
 * checklist. The candidate's main status does not change. The job's row lock serializes concurrent placements.
 */
export async function placeCandidate({ actor, tx, entryId, offerId, replacesPlacementId, ...given }: CommandBase & TPlaceBody) {
  const unlocked = await getEntryRow(tx, actor.agencyId, entryId);
  const job = await getJobRow(tx, actor.agencyId, unlocked.jobId, { forUpdate: true });
  const entry = await getEntryRow(tx, actor.agencyId, entryId, { forUpdate: true });
  const live = await tx
    .select({ id: placements.id, number: placements.number })
    .from(placements)
    .where(and(eq(placements.agencyId, actor.agencyId), eq(placements.entryId, entryId), inArray(placements.status, ['pending', 'active'])));
  if (live[0]) {
    throw new AppError('conflict', `The candidate already has placement P-${live[0].number} on this job`, { related: [{ type: 'placement', id: live[0].id, label: `P-${live[0].number}` }] });
  }
  const offer = await acceptedOffer(tx, actor.agencyId, offerId, entryId);
  const replaced = replacesPlacementId ? await getPlacementRow(tx, actor.agencyId, replacesPlacementId) : null;
  const terms = {
    employmentType: given.employmentType ?? offer?.employmentType ?? job.employmentType,
    currency: given.currency ?? offer?.currency ?? job.currency,
    startOn: given.startOn !== undefined ? given.startOn : (offer?.startOn ?? null),
    endOn: given.endOn ?? null,
    payMinor: given.payMinor !== undefined ? given.payMinor : (offer?.payMinor ?? null),
    payUnit: given.payUnit !== undefined ? given.payUnit : (offer?.payUnit ?? job.payUnit),
    billRateMinor: given.billRateMinor !== undefined ? given.billRateMinor : (offer?.billRateMinor ?? job.billRateMinor),
    billRateUnit: given.billRateUnit !== undefined ? given.billRateUnit : (offer?.billRateUnit ?? job.billRateUnit),
    feeType: given.feeType !== undefined ? given.feeType : (offer?.feeType ?? job.feeType),
    feeBp: given.feeBp !== undefined ? given.feeBp : (offer?.feeBp ?? job.feeBp),
    feeFlatMinor: given.feeFlatMinor !== undefined ? given.feeFlatMinor : (offer?.feeFlatMinor ?? job.feeFlatMinor),
    firstYearSalaryMinor: given.firstYearSalaryMinor ?? null,
    retainedMilestones: given.retainedMilestones ?? [],
    schedule: given.schedule ?? null,
    billingContactId: given.billingContactId ?? null,
    poNumber: given.poNumber ?? null,
    paymentTermsDays: given.paymentTermsDays ?? null,
    recruiterId: given.recruiterId !== undefined ? given.recruiterId : actor.role === 'recruiter' ? actor.userId : (job.ownerId ?? actor.userId),
    accountManagerId: given.accountManagerId !== undefined ? given.accountManagerId : job.ownerId,
  };
  if (terms.schedule && !hasShifts(terms.employmentType)) {
    throw fieldRule('schedule', `a ${terms.employmentType} placement has no shifts`);
  }
  // A replacement for a placement that ran (closed) takes over its opening; one for a cancelled placement needs a free one.
  const takesOver = replaced?.status === 'closed';
  assertVerdict(
    checkPlace({
      jobStatus: job.status,
      openings: job.openings,
      filledCount: takesOver ? job.filledCount - 1 : job.filledCount,
      replacing: replaced ? { status: replaced.status, sameJob: replaced.jobId === job.id } : null,
      employmentType: terms.employmentType,
      startOn: terms.startOn,
      feeType: terms.feeType,
      firstYearSalaryMinor: terms.firstYearSalaryMinor,
    }),
  );
  await assertClientContacts(tx, actor.agencyId, job.organizationId, terms);
  await assertStaff(tx, actor.agencyId, { recruiterId: terms.recruiterId, accountManagerId: terms.accountManagerId });
  const at = now();
  const [placement] = await tx
    .insert(placements)
    .values({
      agencyId: actor.agencyId,
      number: await nextNumber(tx, actor.agencyId, 'placement'),
      entryId,
      jobId: job.id,
      candidateId: entry.candidateId,
      organizationId: job.organizationId,
      offerId: offer?.id ?? null,
      replacesPlacementId: replaced?.id ?? null,
      ...terms,
      feeMinor: placementFee(terms),
      placedAt: at,
    })
    .returning();
  if (!placement) {
    throw new Error('placement insert returned no row');
  }
  const assignment = await openAssignment(tx, actor, placement);
  if (!takesOver) {
    await takeOpening(tx, job);
  }
  await advanceEntry(tx, actor, entryId, 'placed');
  const template = (await getSetting(tx, actor.agencyId, 'placements.handoffChecklists'))[terms.employmentType];
  const people = { recruiterId: terms.recruiterId, accountManagerId: terms.accountManagerId, backOfficeId: await backOfficeOwner(tx, actor.agencyId) };
  const items = checklistFor(template, terms.startOn, people);
  if (items.length > 0) {
    await tx.insert(placementChecklistItems).values(items.map((item) => ({ ...item, agencyId: actor.agencyId, placementId: placement.id })));
  }
  await scheduleAfterStart(tx, actor, placement, job.contactId);
  await recordAudit(
    tx,
    actor,
    { entity: 'placement', entityId: placement.id, action: 'place', after: placement },
    { entity: 'assignment', entityId: assignment.id, action: 'create', after: assignment },
  );
  return placement;
}

/** Edits a pending or active placement's terms; the assignment's dates follow while it awaits approval. */
export async function updatePlacement({ actor, tx, placementId, version, ...changes }: CommandBase & TUpdatePlacementBody & { placementId: string }) {
  const before = await getPlacementRow(tx, actor.agencyId, placementId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'placement', before, version);
  if (before.status !== 'pending' && before.status !== 'active') {
    throw new AppError('rule_violation', `A ${before.status} placement is read-only`, { rule: 'placement.read_only' });
  }
  return applyTerms(tx, actor, before, changes, 'update');
}

async function applyTerms(tx: Executor, actor: StaffActor, before: PlacementRow, changes: Omit<TUpdatePlacementBody, 'version'>, action: string, extra: Partial<PlacementRow> = {}) {
  const merged = { ...before, ...changes };
  if (merged.startOn && merged.endOn && merged.endOn < merged.startOn) {
    throw fieldRule('endOn', 'must not be before the start date');
  }
  if (changes.schedule && !hasShifts(before.employmentType)) {
    throw fieldRule('schedule', `a ${before.employmentType} placement has no shifts`);
  }
  if ((before.employmentType === 'permanent' || before.employmentType === 'retained') && !merged.startOn) {
    throw fieldRule('startOn', `a ${before.employmentType} placement needs a start date`);
  }
  await assertClientContacts(tx, actor.agencyId, before.organizationId, changes);
  await assertStaff(tx, actor.agencyId, { recruiterId: changes.recruiterId, accountManagerId: changes.accountManagerId });
  const [after] = await tx
    .update(placements)
    .set({ ...changes, ...extra, feeMinor: placementFee(merged), version: before.version + 1 })
    .where(and(eq(placements.agencyId, actor.agencyId), eq(placements.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('placement update returned no row');
  }
  const assignment = await getAssignmentOf(tx, actor.agencyId, before.id, { forUpdate: true });
  if (assignment.status === 'needs_approval' && (changes.startOn !== undefined || changes.endOn !== undefined || changes.schedule !== undefined)) {
    await tx
      .update(assignments)
      .set({ startOn: after.startOn, endOn: after.endOn, schedule: after.schedule, version: assignment.version + 1 })
      .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.id, assignment.id)));
    await alignFirstRates(tx, actor.agencyId, assignment.id, after.startOn);
  }
  if (!before.startOn && after.startOn) {
    const job = await getJobRow(tx, actor.agencyId, before.jobId);
    await scheduleAfterStart(tx, actor, after, job.contactId);
    await tx
      .update(placementChecklistItems)
      .set({ dueOn: after.startOn })
      .where(and(eq(placementChecklistItems.agencyId, actor.agencyId), eq(placementChecklistItems.placementId, before.id), isNull(placementChecklistItems.dueOn)));
  }
  await recordAudit(tx, actor, { entity: 'placement', entityId: before.id, action, before, after });
  return after;
}

/**
 * B4: a cancelled placement placed again from its edit form: status pending, its assignment back to
 * needs_approval, an opening taken (409 when the job filled meanwhile).
 */
export async function reactivatePlacement({ actor, tx, placementId, version, ...changes }: CommandBase & TUpdatePlacementBody & { placementId: string }) {
  const unlocked = await getPlacementRow(tx, actor.agencyId, placementId);
  const job = await getJobRow(tx, actor.agencyId, unlocked.jobId, { forUpdate: true });
  const before = await getPlacementRow(tx, actor.agencyId, placementId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'placement', before, version);
  assertVerdict(checkReactivate({ status: before.status, jobStatus: job.status, openings: job.openings, filledCount: job.filledCount }));
  const assignmentBefore = await getAssignmentOf(tx, actor.agencyId, placementId);
  // B4: an invoice holding the placement's fee (or its assignment's time or expenses) blocks it as in B12.
  const [invoice] = (await invoicesHolding(tx, actor.agencyId, [assignmentBefore.id])).get(assignmentBefore.id) ?? [];
  if (invoice) {
    throw new AppError('rule_violation', `${invoice.label} holds this placement's fee, time or expenses: void it or remove those lines first`, { rule: 'B4', related: [invoice] });
  }
  const after = await applyTerms(tx, actor, before, changes, 'reactivate', { status: 'pending', cancelledAt: null, cancelReason: null, cancelledByLabel: null, placedAt: now() });
  const assignment = await getAssignmentOf(tx, actor.agencyId, placementId, { forUpdate: true });
  await tx
    .update(assignments)
    .set({ status: 'needs_approval', startOn: after.startOn, endOn: after.endOn, statusChangedAt: now(), version: assignment.version + 1 })
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.id, assignment.id)));
  await recordAudit(tx, actor, { entity: 'assignment', entityId: assignment.id, action: 'reactivate', before: { status: assignment.status }, after: { status: 'needs_approval' } });
  await addEvent(tx, actor, { ...assignment, startOn: after.startOn, endOn: after.endOn }, 'reactivated', { fromStatus: assignment.status, toStatus: 'needs_approval', note: 'Placement placed again (B4)' });
  await takeOpening(tx, job);
  await advanceEntry(tx, actor, before.entryId, 'placed');
  return after;
}

/** Marks the task behind a follow-up or checklist item done when the follow-up or item itself is recorded. */
export async function closeTask(tx: Executor, actor: StaffActor, taskId: string | null) {
  if (taskId) {
    await tx
      .update(tasks)
      .set({ doneAt: now(), doneBy: actor.userId })
      .where(and(eq(tasks.agencyId, actor.agencyId), eq(tasks.id, taskId), isNull(tasks.doneAt)));
  }
}
