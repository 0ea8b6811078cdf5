import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agencies, assignments, candidates, contacts, organizations, placementChecklistItems, placementFollowUps, placementIssues, placementRepeatOrders, placements, users } from '../../db/schema';
import { addDays, checkStartConfirmation } from '../../domain/placements';
import { type StaffActor, actorLabel, systemActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now, today } from '../../platform/clock';
import { AppError, assertVerdict, notFound } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { assertListValue } from '../../platform/lists';
import { queueMail } from '../../platform/mail';
import { getSetting } from '../../platform/settings';
import { createTask } from '../activities/tasks-service';
import { createDeal } from '../deals/service';
import { ZCreateDealBody } from '../deals/schema';
import { ZCreateJobBody } from '../jobs/schema';
import { createJob } from '../jobs/service';
import { getJobRow } from '../jobs/queries';
import { fieldRule } from '../organizations/references';
import { getPlacementRow } from './queries';
import { closeTask } from './service';
import type { z } from 'zod';
import type { ZChecklistItemBody, ZConfirmationBody, ZFollowUpBody, ZIssueBody, ZRepeatOrderBody, ZResolveIssueBody, ZStartBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor; placementId: string };

async function lockedPlacement(tx: Executor, actor: StaffActor, placementId: string, version?: number) {
  const placement = await getPlacementRow(tx, actor.agencyId, placementId, { forUpdate: true });
  if (version !== undefined) {
    await assertCurrentVersion(tx, actor.agencyId, 'placement', placement, version);
  }
  return placement;
}

async function bump(tx: Executor, agencyId: string, placementId: string, version: number) {
  await tx.update(placements).set({ version: version + 1 }).where(and(eq(placements.agencyId, agencyId), eq(placements.id, placementId)));
}

/**
 * The start confirmation (PRODUCT.md §5): on time, late (with the new date; the assignment and the open follow-ups
 * move with it), no-show, or withdrew before the start (with the reason) — the data behind start-date success.
 */
export async function confirmStart({ actor, tx, placementId, version, outcome, newStartOn, note }: CommandBase & z.infer<typeof ZStartBody>) {
  const before = await lockedPlacement(tx, actor, placementId, version);
  const timeZone = await getSetting(tx, actor.agencyId, 'agency.timeZone');
  const on = today(timeZone);
  if (before.status === 'cancelled') {
    throw new AppError('rule_violation', 'A cancelled placement has no start to confirm', { rule: 'placement.start_cancelled' });
  }
  assertVerdict(checkStartConfirmation({ outcome, startOn: before.startOn, today: on, newStartOn, note }));
  const startOn = outcome === 'late' && newStartOn ? newStartOn : before.startOn;
  const [after] = await tx
    .update(placements)
    .set({ startOutcome: outcome, startOutcomeOn: on, startOutcomeNote: note, startOn, version: before.version + 1 })
    .where(and(eq(placements.agencyId, actor.agencyId), eq(placements.id, placementId)))
    .returning();
  if (outcome === 'late' && before.startOn && startOn && startOn !== before.startOn) {
    const shift = Math.round((Date.parse(startOn) - Date.parse(before.startOn)) / 86_400_000);
    await tx
      .update(assignments)
      .set({ startOn })
      .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.placementId, placementId), eq(assignments.status, 'needs_approval')));
    await tx
      .update(placementFollowUps)
      .set({ dueOn: sql`${placementFollowUps.dueOn} + ${shift}::int` })
      .where(and(eq(placementFollowUps.agencyId, actor.agencyId), eq(placementFollowUps.placementId, placementId), isNull(placementFollowUps.doneAt)));
  }
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: 'confirm start', before: { startOn: before.startOn, startOutcome: before.startOutcome }, after: { startOn, startOutcome: outcome, note } });
  return after;
}

/** Ticks, reassigns or re-dates one handoff checklist item; ticking closes its overdue task. */
export async function updateChecklistItem({ actor, tx, placementId, itemId, version, done, ownerId, dueOn, note }: CommandBase & { itemId: string } & z.infer<typeof ZChecklistItemBody>) {
  const placement = await lockedPlacement(tx, actor, placementId);
  const [item] = await tx
    .select()
    .from(placementChecklistItems)
    .where(and(eq(placementChecklistItems.agencyId, actor.agencyId), eq(placementChecklistItems.placementId, placementId), eq(placementChecklistItems.id, itemId)))
    .for('update');
  if (!item) {
    throw notFound('Checklist item');
  }
  await assertCurrentVersion(tx, actor.agencyId, 'placement_checklist_item', item, version);
  if (ownerId) {
    const [user] = await tx.select({ id: users.id }).from(users).where(and(eq(users.agencyId, actor.agencyId), eq(users.id, ownerId), eq(users.status, 'active')));
    if (!user) {
      throw fieldRule('ownerId', 'must be an active user of the agency');
    }
  }
  const changes = {
    ...(done === undefined ? {} : done ? { doneAt: item.doneAt ?? now(), doneByLabel: item.doneByLabel ?? actorLabel(actor) } : { doneAt: null, doneByLabel: null }),
    ...(ownerId === undefined ? {} : { ownerId }),
    ...(dueOn === undefined ? {} : { dueOn }),
    ...(note === undefined ? {} : { note }),
  };
  const [after] = await tx
    .update(placementChecklistItems)
    .set({ ...changes, version: item.version + 1 })
    .where(and(eq(placementChecklistItems.agencyId, actor.agencyId), eq(placementChecklistItems.id, itemId)))
    .returning();
  if (done) {
    await closeTask(tx, actor, item.taskId);
  }
  await bump(tx, actor.agencyId, placementId, placement.version);
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: `checklist ${item.kind}`, before: item, after });
  return after;
}

/** Records a follow-up check-in (the client's or candidate's feedback) and closes its task. */
export async function recordFollowUp({ actor, tx, placementId, followUpId, version, done, feedback, satisfaction }: CommandBase & { followUpId: string } & z.infer<typeof ZFollowUpBody>) {
  const placement = await lockedPlacement(tx, actor, placementId);
  const [followUp] = await tx
    .select()
    .from(placementFollowUps)
    .where(and(eq(placementFollowUps.agencyId, actor.agencyId), eq(placementFollowUps.placementId, placementId), eq(placementFollowUps.id, followUpId)))
    .for('update');
  if (!followUp) {
    throw notFound('Follow-up');
  }
  await assertCurrentVersion(tx, actor.agencyId, 'placement_follow_up', followUp, version);
  const [after] = await tx
    .update(placementFollowUps)
    .set({ doneAt: done ? (followUp.doneAt ?? now()) : null, feedback, satisfaction, version: followUp.version + 1 })
    .where(and(eq(placementFollowUps.agencyId, actor.agencyId), eq(placementFollowUps.id, followUpId)))
    .returning();
  if (done) {
    await closeTask(tx, actor, followUp.taskId);
  }
  await bump(tx, actor.agencyId, placementId, placement.version);
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: 'follow-up', before: followUp, after });
  return after;
}

export async function logIssue({ actor, tx, placementId, kind, severity, note }: CommandBase & z.infer<typeof ZIssueBody>) {
  const placement = await lockedPlacement(tx, actor, placementId);
  await assertListValue(tx, actor.agencyId, 'placement_issue_kinds', kind, 'kind');
  const [issue] = await tx.insert(placementIssues).values({ agencyId: actor.agencyId, placementId, kind, severity, note, reportedByLabel: actorLabel(actor) }).returning();
  await bump(tx, actor.agencyId, placementId, placement.version);
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: 'issue', after: issue });
  return issue;
}

export async function resolveIssue({ actor, tx, placementId, issueId, version, resolution }: CommandBase & { issueId: string } & z.infer<typeof ZResolveIssueBody>) {
  const placement = await lockedPlacement(tx, actor, placementId);
  const [issue] = await tx
    .select()
    .from(placementIssues)
    .where(and(eq(placementIssues.agencyId, actor.agencyId), eq(placementIssues.placementId, placementId), eq(placementIssues.id, issueId)))
    .for('update');
  if (!issue) {
    throw notFound('Issue');
  }
  await assertCurrentVersion(tx, actor.agencyId, 'placement_issue', issue, version);
  const [after] = await tx
    .update(placementIssues)
    .set({ resolution, resolvedAt: now(), version: issue.version + 1 })
    .where(and(eq(placementIssues.agencyId, actor.agencyId), eq(placementIssues.id, issueId)))
    .returning();
  await bump(tx, actor.agencyId, placementId, placement.version);
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: 'issue resolved', before: issue, after });
  return after;
}

/** Repeat demand heard at a check-in becomes a job order (in intake) or a deal with the client, linked to the placement. */
export async function createRepeatOrder({ actor, tx, placementId, ...order }: CommandBase & z.infer<typeof ZRepeatOrderBody>) {
  const placement = await lockedPlacement(tx, actor, placementId);
  const job = await getJobRow(tx, actor.agencyId, placement.jobId);
  const origin = `Repeat demand from placement P-${placement.number}.`;
  const notes = order.notes ? `${origin}\n\n${order.notes}` : origin;
  const link =
    order.kind === 'job'
      ? {
          jobId: (
            await createJob({
              actor,
              tx,
              ...ZCreateJobBody.parse({ organizationId: placement.organizationId, contactId: job.contactId, title: order.title, employmentType: placement.employmentType, openings: order.openings, currency: placement.currency, ownerId: job.ownerId, deliveryNotes: notes }),
            })
          ).id,
        }
      : {
          dealId: (
            await createDeal({
              actor,
              tx,
              ...ZCreateDealBody.parse({ organizationId: placement.organizationId, title: order.title, valueMinor: order.valueMinor, currency: placement.currency, ownerId: job.ownerId, notes, contactIds: job.contactId ? [job.contactId] : [] }),
            })
          ).id,
        };
  const [row] = await tx.insert(placementRepeatOrders).values({ agencyId: actor.agencyId, placementId, ...link }).returning();
  await bump(tx, actor.agencyId, placementId, placement.version);
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: 'repeat order', after: row });
  return row;
}

const longDate = (isoDate: string | null) =>
  isoDate ? new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)) : 'to be confirmed';

/** The placement confirmation emails to the candidate and the hiring contact, from the agency's templates. */
export async function sendConfirmations({ actor, tx, jobs: queue, placementId, recipients, startDetails, nextSteps, documentsNeeded }: CommandBase & { jobs: JobQueue } & z.infer<typeof ZConfirmationBody>) {
  const placement = await lockedPlacement(tx, actor, placementId);
  if (placement.status === 'cancelled') {
    throw new AppError('rule_violation', 'A cancelled placement is not confirmed', { rule: 'placement.cancelled' });
  }
  const job = await getJobRow(tx, actor.agencyId, placement.jobId);
  const [[candidate], [organization], [agency], [recruiter], [contact]] = await Promise.all([
    tx.select().from(candidates).where(and(eq(candidates.agencyId, actor.agencyId), eq(candidates.id, placement.candidateId))),
    tx.select({ name: organizations.name }).from(organizations).where(and(eq(organizations.agencyId, actor.agencyId), eq(organizations.id, placement.organizationId))),
    tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId)),
    tx.select({ name: users.name, email: users.email }).from(users).where(and(eq(users.agencyId, actor.agencyId), eq(users.id, placement.recruiterId ?? actor.userId))),
    job.contactId ? tx.select().from(contacts).where(and(eq(contacts.agencyId, actor.agencyId), eq(contacts.id, job.contactId))) : Promise.resolve([]),
  ]);
  const common = {
    agencyName: agency?.name ?? '',
    candidateName: candidate ? `${candidate.firstName} ${candidate.lastName}` : '',
    jobTitle: job.title,
    startDate: longDate(placement.startOn),
    startDetails,
    nextSteps,
    recruiterName: recruiter?.name ?? actor.name,
    recruiterEmail: recruiter?.email ?? actor.email,
  };
  const sent: { recipient: 'candidate' | 'client'; to: string; mailId: string }[] = [];
  for (const recipient of new Set(recipients)) {
    if (recipient === 'candidate') {
      const to = candidate?.emails[0];
      if (!to || candidate.status === 'do_not_contact') {
        throw new AppError('rule_violation', `recipients: ${to ? 'the candidate is marked do not contact' : 'the candidate has no email address'}`, { fields: [{ path: 'recipients', message: 'cannot email the candidate' }] });
      }
      const mailId = await queueMail({ tx, jobs: queue, agencyId: actor.agencyId, to, template: 'placement.candidate_confirmation', values: { ...common, organizationName: organization?.name ?? '', documentsNeeded } });
      sent.push({ recipient, to, mailId });
    } else {
      const to = contact?.emails[0];
      if (!contact || !to) {
        throw fieldRule('recipients', 'the job has no hiring contact with an email address');
      }
      const mailId = await queueMail({ tx, jobs: queue, agencyId: actor.agencyId, to, template: 'placement.client_confirmation', values: { ...common, contactName: `${contact.firstName} ${contact.lastName}` } });
      sent.push({ recipient, to, mailId });
    }
  }
  await recordAudit(tx, actor, { entity: 'placement', entityId: placementId, action: 'confirmation sent', after: sent });
  return sent;
}

/**
 * Overdue handoff items become tasks for their owners (one each): run by the `placements.checklist-overdue` job
 * for every agency, and callable for one. Items without an owner go to whoever placed the candidate.
 */
export async function raiseOverdueChecklistTasks(tx: Executor, agencyId: string): Promise<number> {
  const timeZone = await getSetting(tx, agencyId, 'agency.timeZone');
  const on = today(timeZone);
  const overdue = await tx
    .select({ item: placementChecklistItems, number: placements.number, recruiterId: placements.recruiterId, candidateId: placements.candidateId })
    .from(placementChecklistItems)
    .innerJoin(placements, and(eq(placements.agencyId, placementChecklistItems.agencyId), eq(placements.id, placementChecklistItems.placementId)))
    .where(
      and(
        eq(placementChecklistItems.agencyId, agencyId),
        isNull(placementChecklistItems.doneAt),
        isNull(placementChecklistItems.taskId),
        lt(placementChecklistItems.dueOn, on),
        sql`${placements.status} in ('pending', 'active')`,
      ),
    )
    .orderBy(asc(placementChecklistItems.dueOn))
    .for('update', { of: placementChecklistItems });
  const actor = systemActor(agencyId, 'Handoff checklist');
  for (const { item, number, recruiterId, candidateId } of overdue) {
    const assigneeId = item.ownerId ?? recruiterId;
    if (!assigneeId) {
      continue;
    }
    const task = await createTask({ actor, tx, candidateId, title: `Overdue handoff (P-${number}): ${item.label}`, dueAt: new Date(`${addDays(on, 0)}T09:00:00Z`), allDay: true, assigneeId });
    await tx.update(placementChecklistItems).set({ taskId: task.id }).where(and(eq(placementChecklistItems.agencyId, agencyId), eq(placementChecklistItems.id, item.id)));
  }
  return overdue.length;
}
