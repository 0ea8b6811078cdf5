import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contacts, deals, jobRecruiters, jobStages, jobStatusChanges, jobs, organizations } from '../../db/schema';
import { checkJobTransition, isQualified } from '../../domain/job-status';
import { type Actor, type StaffActor, actorLabel, actorUserId } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { nextNumber } from '../../platform/counters';
import { AppError, assertVerdict } from '../../platform/errors';
import { sanitizeRichText } from '../../platform/html';
import { getSetting } from '../../platform/settings';
import type { JobStatus } from '../../shared/jobs';
import { createTask } from '../activities/tasks-service';
import { jobPolicy } from './policy';
import { getJobRow, listTemplateStages } from './queries';
import { offerJobRates } from '../assignments/job-rates';
import type { TCreateJobBody, TQualificationBody, TTransitionBody, TUpdateJobBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };
type JobRow = typeof jobs.$inferSelect;

const FIRST_JOB_NUMBER = 1001;

const invalid = (path: string, message: string) => new AppError('rule_violation', `${path}: ${message}`, { fields: [{ path, message }] });

/** The organization must be the agency's; the hiring contact and the deal must belong to that organization. */
async function checkLinks(tx: Executor, agencyId: string, links: { organizationId: string; contactId: string | null; dealId: string | null }) {
  const [organization] = await tx
    .select({ id: organizations.id, currency: organizations.currency })
    .from(organizations)
    .where(and(eq(organizations.agencyId, agencyId), eq(organizations.id, links.organizationId)));
  if (!organization) {
    throw invalid('organizationId', 'no such organization');
  }
  if (links.contactId) {
    const [contact] = await tx.select({ organizationId: contacts.organizationId }).from(contacts).where(and(eq(contacts.agencyId, agencyId), eq(contacts.id, links.contactId)));
    if (contact?.organizationId !== links.organizationId) {
      throw invalid('contactId', 'the hiring contact must be a contact of the organization');
    }
  }
  if (links.dealId) {
    const [deal] = await tx.select({ organizationId: deals.organizationId }).from(deals).where(and(eq(deals.agencyId, agencyId), eq(deals.id, links.dealId)));
    if (deal?.organizationId !== links.organizationId) {
      throw invalid('dealId', 'the deal must be a deal with the organization');
    }
  }
  return organization;
}

async function setRecruiters(tx: Executor, agencyId: string, jobId: string, recruiterIds: string[]) {
  await tx.delete(jobRecruiters).where(and(eq(jobRecruiters.agencyId, agencyId), eq(jobRecruiters.jobId, jobId)));
  const unique = [...new Set(recruiterIds)];
  if (unique.length > 0) {
    await tx.insert(jobRecruiters).values(unique.map((userId) => ({ agencyId, jobId, userId })));
  }
}

async function recordStatusChange(tx: Executor, actor: Actor, jobId: string, from: JobStatus | null, to: JobStatus, reason: string | null) {
  await tx.insert(jobStatusChanges).values({ agencyId: actor.agencyId, jobId, fromStatus: from, toStatus: to, reason, actorId: actorUserId(actor), actorLabel: actorLabel(actor) });
}

/** Takes a job order in: numbered J-1001…, status intake, the agency's stage template copied, an optional first next action. */
export async function createJob({ actor, tx, nextAction, recruiterIds, ...input }: CommandBase & TCreateJobBody) {
  const organization = await checkLinks(tx, actor.agencyId, input);
  const currency = input.currency ?? organization.currency ?? (await getSetting(tx, actor.agencyId, 'agency.currency'));
  const [job] = await tx
    .insert(jobs)
    .values({
      ...input,
      agencyId: actor.agencyId,
      currency,
      description: sanitizeRichText(input.description),
      number: await nextNumber(tx, actor.agencyId, 'job', FIRST_JOB_NUMBER),
      status: 'intake',
      statusChangedAt: now(),
    })
    .returning();
  if (!job) {
    throw new Error('job insert returned no row');
  }
  await setRecruiters(tx, actor.agencyId, job.id, recruiterIds);
  const template = await listTemplateStages(tx, actor.agencyId);
  await tx.insert(jobStages).values(template.map(({ name, kind, position }) => ({ agencyId: actor.agencyId, jobId: job.id, name, kind, position })));
  await recordStatusChange(tx, actor, job.id, null, 'intake', null);
  await recordAudit(tx, actor, { entity: 'job', entityId: job.id, action: 'create', after: { ...job, recruiterIds } });
  if (nextAction) {
    await createTask({ actor, tx, title: nextAction.title, dueAt: nextAction.dueAt, assigneeId: nextAction.assigneeId ?? actor.userId, jobId: job.id });
  }
  return job;
}

/** Edits intake fields; the version the editor read must still be current. */
export async function updateJob({ actor, tx, jobId, version, recruiterIds, ...changes }: CommandBase & TUpdateJobBody & { jobId: string }) {
  const before = await lockForChange(tx, actor, jobId, version);
  if (!jobPolicy.canUpdate(actor, before)) {
    throw new AppError('rule_violation', 'A cancelled job cannot be edited');
  }
  if (changes.organizationId || changes.contactId !== undefined || changes.dealId !== undefined) {
    await checkLinks(tx, actor.agencyId, {
      organizationId: changes.organizationId ?? before.organizationId,
      contactId: changes.contactId === undefined ? before.contactId : changes.contactId,
      dealId: changes.dealId === undefined ? before.dealId : changes.dealId,
    });
  }
  const merged = { ...before, ...changes };
  if (merged.payMinMinor != null && merged.payMaxMinor != null && merged.payMinMinor > merged.payMaxMinor) {
    throw invalid('payMaxMinor', 'must not be below the minimum');
  }
  if (changes.openings !== undefined && changes.openings < before.filledCount) {
    throw invalid('openings', `${before.filledCount} openings are already filled`);
  }
  const [after] = await tx
    .update(jobs)
    .set({ ...changes, ...(changes.description === undefined ? {} : { description: sanitizeRichText(changes.description) }), version: before.version + 1 })
    .where(and(eq(jobs.agencyId, actor.agencyId), eq(jobs.id, jobId)))
    .returning();
  if (!after) {
    throw new Error('job update returned no row');
  }
  if (recruiterIds) {
    await setRecruiters(tx, actor.agencyId, jobId, recruiterIds);
  }
  await recordAudit(tx, actor, { entity: 'job', entityId: jobId, action: 'update', before, after: recruiterIds ? { ...after, recruiterIds } : after });
  await offerJobRates(tx, actor, before, after);
  return after;
}

async function lockForChange(tx: Executor, actor: StaffActor, jobId: string, version: number) {
  const job = await getJobRow(tx, actor.agencyId, jobId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'job', job, version);
  return job;
}

/**
 * Moves a job to another status when the state machine allows it. People call it through the status actions;
 * the Pipeline issue calls it as the system (filled when the last opening is placed, open when one is cancelled).
 */
export async function transitionJob({ actor, tx, before, to, reason }: { actor: Actor; tx: Executor; before: JobRow; to: JobStatus; reason?: string | null }) {
  assertVerdict(checkJobTransition({ from: before.status, to, by: actor.type === 'system' ? 'system' : 'user', reason, hasOwner: Boolean(before.ownerId), qualification: before.qualification?.checks }));
  const at = now();
  const [after] = await tx
    .update(jobs)
    .set({ status: to, statusChangedAt: at, firstOpenedAt: to === 'open' ? (before.firstOpenedAt ?? at) : before.firstOpenedAt, version: before.version + 1 })
    .where(and(eq(jobs.agencyId, actor.agencyId), eq(jobs.id, before.id)))
    .returning();
  if (!after) {
    throw new Error('job transition returned no row');
  }
  await recordStatusChange(tx, actor, before.id, before.status, to, reason?.trim() || null);
  await recordAudit(tx, actor, { entity: 'job', entityId: before.id, action: `status ${to}`, before: { status: before.status }, after: { status: to, reason: reason ?? null } });
  return after;
}

export async function changeJobStatus({ actor, tx, jobId, to, reason, version }: CommandBase & TTransitionBody & { jobId: string }) {
  const before = await lockForChange(tx, actor, jobId, version);
  if (to === 'qualified') {
    throw new AppError('rule_violation', 'A job is qualified by recording the four qualification checks', { rule: 'job.qualification_required', fields: [{ path: 'to', message: 'record the qualification checks instead' }] });
  }
  return transitionJob({ actor, tx, before, to, reason });
}

/** Records the four checks with their notes; all four yes qualifies the job at once. */
export async function qualifyJob({ actor, tx, jobId, version, checks }: CommandBase & TQualificationBody & { jobId: string }) {
  const before = await lockForChange(tx, actor, jobId, version);
  if (!jobPolicy.canQualify(actor, before)) {
    throw new AppError('rule_violation', 'Only a job in intake is qualified', { rule: 'job.transition' });
  }
  const qualification = { checks, decidedBy: actor.name, decidedAt: now().toISOString() };
  const [recorded] = await tx
    .update(jobs)
    .set({ qualification, version: before.version + 1 })
    .where(and(eq(jobs.agencyId, actor.agencyId), eq(jobs.id, jobId)))
    .returning();
  if (!recorded) {
    throw new Error('job qualification returned no row');
  }
  await recordAudit(tx, actor, { entity: 'job', entityId: jobId, action: 'qualification', before: { qualification: before.qualification }, after: { qualification } });
  if (!isQualified(checks)) {
    return recorded;
  }
  return transitionJob({ actor, tx, before: recorded, to: 'qualified', reason: 'All four qualification checks answered yes' });
}
