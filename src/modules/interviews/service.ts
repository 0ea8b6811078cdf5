import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, contacts, interviews, jobs as jobsTable, users } from '../../db/schema';
import { checkCandidateInvite, checkInterviewChange, checkInterviewTimes, checkJobTakesInterview, checkOutcome, splitRecipients } from '../../domain/interviews';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { AppError, assertVerdict, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { JobQueue } from '../../platform/jobs/queue';
import { advanceEntry, getEntryRow } from '../pipeline/entry-moves';
import { recipientsOf, sendInterviewMails } from './invitations';
import { type InterviewRow, getInterviewRow, getInterviewView } from './queries';
import type { TCancelInterviewBody, TInterviewOutcomeBody, TScheduleInterviewBody, TUpdateInterviewBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };
type MailingCommand = CommandBase & { jobs: JobQueue };

// The time and invitation rules are phrased about their field ("must be after the start"): the message names it.
const NAMES_FIELD = { fieldInMessage: true };

const invalidField = (path: string, message: string) => new AppError('rule_violation', `${path}: ${message}`, { rule: 'interview.attendees', fields: [{ path, message }] });

async function loadJob(tx: Executor, agencyId: string, jobId: string) {
  const [job] = await tx.select({ id: jobsTable.id, status: jobsTable.status, organizationId: jobsTable.organizationId }).from(jobsTable).where(and(eq(jobsTable.agencyId, agencyId), eq(jobsTable.id, jobId)));
  if (!job) {
    throw notFound('Job');
  }
  return job;
}

async function isDoNotContact(tx: Executor, agencyId: string, candidateId: string): Promise<boolean> {
  const [candidate] = await tx.select({ status: candidates.status }).from(candidates).where(and(eq(candidates.agencyId, agencyId), eq(candidates.id, candidateId)));
  return candidate?.status === 'do_not_contact';
}

/** Attending colleagues are users of the agency who are not deactivated; attending contacts work at the job's client. */
async function checkAttendees(tx: Executor, agencyId: string, organizationId: string, attendees: { attendeeUserIds?: string[] | undefined; attendeeContactIds?: string[] | undefined }) {
  const userIds = attendees.attendeeUserIds ?? [];
  if (userIds.length > 0) {
    const found = await tx.select({ id: users.id, status: users.status }).from(users).where(and(eq(users.agencyId, agencyId), inArray(users.id, userIds)));
    const usable = new Set(found.filter((user) => user.status !== 'deactivated').map((user) => user.id));
    const refused = userIds.filter((id) => !usable.has(id));
    if (refused.length > 0) {
      throw invalidField('attendeeUserIds', `not active users of the agency: ${refused.join(', ')}`);
    }
  }
  const contactIds = attendees.attendeeContactIds ?? [];
  if (contactIds.length > 0) {
    const found = await tx.select({ id: contacts.id, organizationId: contacts.organizationId }).from(contacts).where(and(eq(contacts.agencyId, agencyId), inArray(contacts.id, contactIds)));
    const usable = new Set(found.filter((contact) => contact.organizationId === organizationId).map((contact) => contact.id));
    const refused = contactIds.filter((id) => !usable.has(id));
    if (refused.length > 0) {
      throw invalidField('attendeeContactIds', `not contacts of the job's organization: ${refused.join(', ')}`);
    }
  }
}

/**
 * Schedules an interview on a pipeline entry, moves the entry forward to the job's interview stage, and invites every
 * attendee with an email (colleagues, client contacts, the candidate) with an .ics carrying the interview's stable UID.
 */
export async function scheduleInterview({ actor, tx, jobs, entryId, ...input }: MailingCommand & TScheduleInterviewBody): Promise<string> {
  const entry = await getEntryRow(tx, actor.agencyId, entryId);
  const job = await loadJob(tx, actor.agencyId, entry.jobId);
  assertVerdict(checkJobTakesInterview(job.status));
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  assertVerdict(checkInterviewTimes(startsAt, endsAt), NAMES_FIELD);
  assertVerdict(checkCandidateInvite(input.inviteCandidate, await isDoNotContact(tx, actor.agencyId, entry.candidateId)), NAMES_FIELD);
  await checkAttendees(tx, actor.agencyId, job.organizationId, input);
  const id = newId();
  const [interview] = await tx
    .insert(interviews)
    .values({ ...input, id, agencyId: actor.agencyId, entryId, jobId: entry.jobId, candidateId: entry.candidateId, startsAt, endsAt, organizerId: actor.userId, icalUid: `${id}@fillrate`, sequence: 0 })
    .returning();
  if (!interview) {
    throw new Error('interview insert returned no row');
  }
  await advanceEntry(tx, actor, entryId, 'interview');
  await recordAudit(tx, actor, { entity: 'interview', entityId: id, action: 'create', after: interview });
  const view = await getInterviewView(tx, actor.agencyId, id);
  const recipients = recipientsOf(view);
  await sendInterviewMails({ tx, jobs, actor, view, kind: 'invite', to: recipients, attendees: recipients });
  return id;
}

async function lockForChange(tx: Executor, actor: StaffActor, id: string, version: number): Promise<InterviewRow> {
  const interview = await getInterviewRow(tx, actor.agencyId, id, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'interview', interview, version);
  return interview;
}

type Changeable = Pick<InterviewRow, 'type' | 'startsAt' | 'endsAt' | 'timeZone' | 'attendeeUserIds' | 'attendeeContactIds' | 'inviteCandidate' | 'location' | 'meetingUrl' | 'notes'>;

function isSame(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() === b.getTime();
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => value === b[index]);
  }
  return a === b;
}

function setIfChanged<K extends keyof Changeable>(next: Partial<Changeable>, before: Changeable, key: K, value: Changeable[K] | undefined): void {
  if (value !== undefined && !isSame(value, before[key])) {
    next[key] = value;
  }
}

/** The fields the change actually alters (nothing sent, or the same values, is no change and sends nothing). */
function changedFields(before: InterviewRow, changes: Omit<TUpdateInterviewBody, 'version'>): Partial<Changeable> {
  const next: Partial<Changeable> = {};
  setIfChanged(next, before, 'type', changes.type);
  setIfChanged(next, before, 'startsAt', changes.startsAt === undefined ? undefined : new Date(changes.startsAt));
  setIfChanged(next, before, 'endsAt', changes.endsAt === undefined ? undefined : new Date(changes.endsAt));
  setIfChanged(next, before, 'timeZone', changes.timeZone);
  setIfChanged(next, before, 'attendeeUserIds', changes.attendeeUserIds);
  setIfChanged(next, before, 'attendeeContactIds', changes.attendeeContactIds);
  setIfChanged(next, before, 'inviteCandidate', changes.inviteCandidate);
  setIfChanged(next, before, 'location', changes.location);
  setIfChanged(next, before, 'meetingUrl', changes.meetingUrl);
  setIfChanged(next, before, 'notes', changes.notes);
  return next;
}

/**
 * Reschedules or changes a scheduled interview: the calendar SEQUENCE rises and the same UID goes out again, as an
 * update to those still invited, an invitation to newcomers and a cancellation to those taken off it.
 */
export async function updateInterview({ actor, tx, jobs, id, version, ...changes }: MailingCommand & TUpdateInterviewBody & { id: string }): Promise<void> {
  const before = await lockForChange(tx, actor, id, version);
  assertVerdict(checkInterviewChange(before.status));
  const next = changedFields(before, changes);
  if (Object.keys(next).length === 0) {
    return;
  }
  assertVerdict(checkInterviewTimes(next.startsAt ?? before.startsAt, next.endsAt ?? before.endsAt), NAMES_FIELD);
  assertVerdict(checkCandidateInvite(next.inviteCandidate ?? before.inviteCandidate, await isDoNotContact(tx, actor.agencyId, before.candidateId)), NAMES_FIELD);
  if (next.attendeeUserIds || next.attendeeContactIds) {
    const job = await loadJob(tx, actor.agencyId, before.jobId);
    await checkAttendees(tx, actor.agencyId, job.organizationId, { attendeeUserIds: next.attendeeUserIds, attendeeContactIds: next.attendeeContactIds });
  }
  const beforeView = await getInterviewView(tx, actor.agencyId, id);
  const [after] = await tx
    .update(interviews)
    .set({ ...next, sequence: before.sequence + 1, version: before.version + 1 })
    .where(and(eq(interviews.agencyId, actor.agencyId), eq(interviews.id, id)))
    .returning();
  if (!after) {
    throw new Error('interview update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'interview', entityId: id, action: 'update', before, after });
  const view = await getInterviewView(tx, actor.agencyId, id);
  const current = recipientsOf(view);
  const mails = splitRecipients(recipientsOf(beforeView), current);
  await sendInterviewMails({ tx, jobs, actor, view, kind: 'invite', to: mails.invite, attendees: current });
  await sendInterviewMails({ tx, jobs, actor, view, kind: 'update', to: mails.update, attendees: current });
  await sendInterviewMails({ tx, jobs, actor, view, kind: 'cancel', to: mails.cancel, attendees: mails.cancel });
}

/** Cancels a scheduled interview and sends every attendee the cancellation (METHOD:CANCEL, same UID, higher SEQUENCE). */
export async function cancelInterview({ actor, tx, jobs, id, version, reason }: MailingCommand & TCancelInterviewBody & { id: string }): Promise<void> {
  const before = await lockForChange(tx, actor, id, version);
  assertVerdict(checkInterviewChange(before.status));
  const [after] = await tx
    .update(interviews)
    .set({ status: 'cancelled', sequence: before.sequence + 1, version: before.version + 1 })
    .where(and(eq(interviews.agencyId, actor.agencyId), eq(interviews.id, id)))
    .returning();
  if (!after) {
    throw new Error('interview cancel returned no row');
  }
  await recordAudit(tx, actor, { entity: 'interview', entityId: id, action: 'cancel', before: { status: before.status }, after: { status: after.status, reason: reason ?? null } });
  const view = await getInterviewView(tx, actor.agencyId, id);
  const recipients = recipientsOf(view);
  await sendInterviewMails({ tx, jobs, actor, view, kind: 'cancel', to: recipients, attendees: recipients, notes: reason ?? '' });
}

/** Records how the interview went, once it has started (a later record corrects the earlier one). */
export async function recordInterviewOutcome({ actor, tx, id, version, outcome, notes }: CommandBase & TInterviewOutcomeBody & { id: string }): Promise<void> {
  const before = await lockForChange(tx, actor, id, version);
  const at = now();
  assertVerdict(checkOutcome(before.status, before.startsAt, at));
  const [after] = await tx
    .update(interviews)
    .set({ status: 'completed', outcome, outcomeNotes: notes, outcomeRecordedAt: at, version: before.version + 1 })
    .where(and(eq(interviews.agencyId, actor.agencyId), eq(interviews.id, id)))
    .returning();
  if (!after) {
    throw new Error('interview outcome returned no row');
  }
  await recordAudit(tx, actor, { entity: 'interview', entityId: id, action: 'outcome', before: { status: before.status, outcome: before.outcome }, after: { status: after.status, outcome, notes } });
}
