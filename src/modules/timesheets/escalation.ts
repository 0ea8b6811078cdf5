import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { timesheets, users } from '../../db/schema';
import { escalationDue } from '../../domain/timesheets';
import { systemActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { dateInZone, now, today } from '../../platform/clock';
import { getSetting } from '../../platform/settings';
import { startAgencySweep } from '../../platform/sweep';
import { createTask } from '../activities/tasks-service';
import { summariesOf } from './queries';

const EVERY_MS = 15 * 60 * 1000;

/**
 * Who hears of an escalated sheet: the agency's backup approver when one is set (and still an active user), else
 * every active back-office user (else the admins, so that someone always does).
 */
async function escalationAssignees(tx: Executor, agencyId: string): Promise<string[]> {
  const backupId = await getSetting(tx, agencyId, 'timesheets.backupApproverId');
  const active = (condition: ReturnType<typeof eq>) =>
    tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.agencyId, agencyId), eq(users.status, 'active'), condition))
      .orderBy(asc(users.name), asc(users.id));
  if (backupId) {
    const [backup] = await active(eq(users.id, backupId));
    if (backup) {
      return [backup.id];
    }
  }
  const backOffice = await active(eq(users.role, 'back_office'));
  return (backOffice.length > 0 ? backOffice : await active(eq(users.role, 'admin'))).map((user) => user.id);
}

/**
 * Escalates the agency's sheets submitted and not decided within `timesheets.escalationWorkingDays` working days
 * (the agency's working days and holidays): marks them (they join the back office's escalated queue) and gives
 * the backup approver — or the back office — a task about each. Idempotent: a sheet is escalated once per
 * submission, and concurrent sweeps skip the rows another has locked.
 */
export async function escalateTimesheets(tx: Executor, agencyId: string): Promise<string[]> {
  const [timeZone, workingDays, holidays, limit] = await Promise.all([
    getSetting(tx, agencyId, 'agency.timeZone'),
    getSetting(tx, agencyId, 'agency.workingDays'),
    getSetting(tx, agencyId, 'agency.holidays'),
    getSetting(tx, agencyId, 'timesheets.escalationWorkingDays'),
  ]);
  const on = today(timeZone);
  const waiting = await tx
    .select({ id: timesheets.id, submittedAt: timesheets.submittedAt })
    .from(timesheets)
    .where(and(eq(timesheets.agencyId, agencyId), eq(timesheets.status, 'submitted'), isNull(timesheets.escalatedAt)))
    .orderBy(asc(timesheets.submittedAt), asc(timesheets.id))
    .for('update', { skipLocked: true });
  const due = waiting.filter((sheet) => sheet.submittedAt && escalationDue(dateInZone(sheet.submittedAt, timeZone), on, workingDays, holidays, limit)).map((sheet) => sheet.id);
  if (due.length === 0) {
    return [];
  }
  const at = now();
  await tx.update(timesheets).set({ escalatedAt: at }).where(and(eq(timesheets.agencyId, agencyId), inArray(timesheets.id, due)));
  const actor = systemActor(agencyId, 'Timesheet escalation');
  const assignees = await escalationAssignees(tx, agencyId);
  for (const row of await summariesOf(tx, agencyId, due)) {
    const title = `Escalated timesheet: ${row.candidateName} (${row.organizationName}), week of ${row.sheet.weekStart}, waiting since ${row.sheet.submittedAt ? dateInZone(row.sheet.submittedAt, timeZone) : on}`;
    for (const assigneeId of assignees) {
      await createTask({ actor, tx, candidateId: row.sheet.candidateId, title, dueAt: new Date(`${on}T09:00:00Z`), allDay: true, assigneeId, notes: `Not approved within ${limit} working days. Approve or reject it in Back office → Timesheets.` });
    }
    await recordAudit(tx, actor, { entity: 'timesheet', entityId: row.sheet.id, action: 'escalate', after: { escalatedAt: at.toISOString(), notified: assignees } });
  }
  return due;
}

/** Runs the escalation for every agency now and every 15 minutes while the worker runs (like the checklist sweep). */
export function startTimesheetEscalationSweep(database: Database, onError: (error: unknown) => void): () => void {
  return startAgencySweep(database, EVERY_MS, escalateTimesheets, onError);
}
