import { and, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignments, type jobs } from '../../db/schema';
import { ratesOn } from '../../domain/assignment-rates';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import { recordAudit } from '../../platform/audit';
import { OPEN_ASSIGNMENT_STATUSES } from '../../shared/back-office';
import { createTask } from '../activities/tasks-service';
import { getJobRow } from '../jobs/queries';
import { backOfficeOwner } from '../placements/service';
import { ratesOf } from './queries';
import { fieldRule, putRates, ratesFrom, writeAssignment } from './service';

type JobRow = typeof jobs.$inferSelect;

/**
 * A job order's bill rate applied to its open assignments from a date, on request (the job form offers it when the
 * rate changes): each keeps its pay rates and takes the new bill rate, overtime and double time scaled from it.
 */
export async function applyJobRates({ actor, tx, jobId, effectiveFrom, assignmentIds }: { actor: StaffActor; tx: Executor; jobId: string; effectiveFrom: string; assignmentIds: string[] }) {
  const job = await getJobRow(tx, actor.agencyId, jobId);
  if (job.billRateMinor === null || (job.billRateUnit !== 'hour' && job.billRateUnit !== 'day')) {
    throw fieldRule('assignment.rates', 'jobId', 'the job has no hourly or daily bill rate to apply');
  }
  const targets = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.jobId, jobId), inArray(assignments.id, assignmentIds), inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES])))
    .for('update');
  const missing = assignmentIds.filter((id) => !targets.some((target) => target.id === id));
  if (missing.length > 0) {
    throw fieldRule('assignment.rates', 'assignmentIds', `not open assignments of this job: ${missing.join(', ')}`);
  }
  for (const target of targets) {
    const current = ratesOn(await ratesOf(tx, actor.agencyId, target.id), effectiveFrom);
    if (!current) {
      throw fieldRule('assignment.rates', 'effectiveFrom', `the assignment ${target.id} has no pay rates on ${effectiveFrom} to keep`);
    }
    const bill = ratesFrom(job.billRateUnit, current.payRegularMinor, job.billRateMinor);
    await putRates(tx, actor, target, { ...current, effectiveFrom, currency: job.currency, unit: job.billRateUnit, billRegularMinor: bill.billRegularMinor, billOvertimeMinor: bill.billOvertimeMinor, billDoubleMinor: bill.billDoubleMinor, note: `Job J-${job.number} bill rate` }, 'rates');
    await writeAssignment(tx, actor, target, {});
  }
  await recordAudit(tx, actor, { entity: 'job', entityId: jobId, action: 'apply rates to assignments', after: { effectiveFrom, assignmentIds } });
  return targets.map((target) => target.id);
}


/**
 * A job order's bill rate changed while it has open assignments: the editor is offered to apply it (the job form's
 * dialog, for the back office); when the editor may not change assignments, the back office gets a task to decide.
 */
export async function offerJobRates(tx: Executor, actor: StaffActor, before: JobRow, after: JobRow): Promise<void> {
  if (before.billRateMinor === after.billRateMinor && before.billRateUnit === after.billRateUnit) {
    return;
  }
  if ((ROLE_SETS.backOffice as readonly string[]).includes(actor.role)) {
    return;
  }
  const [open] = await tx
    .select({ total: count() })
    .from(assignments)
    .where(and(eq(assignments.agencyId, actor.agencyId), eq(assignments.jobId, after.id), inArray(assignments.status, [...OPEN_ASSIGNMENT_STATUSES])));
  const assigneeId = await backOfficeOwner(tx, actor.agencyId);
  if (!open?.total || !assigneeId) {
    return;
  }
  await createTask({
    actor,
    tx,
    jobId: after.id,
    assigneeId,
    title: `J-${after.number} ${after.title}: the bill rate changed — apply it to its ${open.total} open assignment${open.total === 1 ? '' : 's'} from a date?`,
    dueAt: new Date(),
  });
}
