import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { timesheetDays, timesheets } from '../../db/schema';
import { addDays } from '../../domain/placements';
import { checkApproval, checkDayMinutes, checkEntryDate, checkWeekStart, sumDays } from '../../domain/timesheets';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { AppError, assertVerdict } from '../../platform/errors';
import { getSetting } from '../../platform/settings';
import { assignmentForEntry } from '../assignments/queries';
import { approvalChanges, assertBatch } from './approvals';
import { type TimesheetRow, daysOf, getTimesheetRow, summariesOf, timesheetOfWeek } from './queries';
import type { TSaveWeekBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

const ruleAt = (rule: string, path: string, message: string) => new AppError('rule_violation', `${path}: ${message}`, { rule, fields: [{ path, message }] });

/** Days that carry time or a note are kept; an empty day is no day. */
const carries = (day: TSaveWeekBody['days'][number]) => day.regularMinutes + day.overtimeMinutes + day.doubleMinutes > 0 || day.note !== '';

/**
 * Creates or replaces an assignment's week (a draft, or a rejected sheet being corrected — which makes it a draft
 * again). The week must start on the agency's week start; each day must lie in the week, hold at most a day of
 * minutes, and (B11) fall between the assignment's start and end dates. The sheet's totals follow its days.
 */
export async function saveTimesheetWeek({ actor, tx, assignmentId, weekStart, version, days, notes }: CommandBase & { assignmentId: string; weekStart: string } & TSaveWeekBody): Promise<TimesheetRow> {
  const assignment = await assignmentForEntry(tx, actor.agencyId, assignmentId, { forUpdate: true });
  assertVerdict(checkWeekStart(weekStart, await getSetting(tx, actor.agencyId, 'agency.weekStart')));
  const weekEnd = addDays(weekStart, 6);
  const seen = new Set<string>();
  days.forEach((day, index) => {
    const path = `days[${index}]`;
    if (day.workDate < weekStart || day.workDate > weekEnd) {
      throw ruleAt('timesheet.week', `${path}.workDate`, `${day.workDate} is not in the week ${weekStart} – ${weekEnd}`);
    }
    if (seen.has(day.workDate)) {
      throw ruleAt('timesheet.week', `${path}.workDate`, `${day.workDate} is given twice`);
    }
    seen.add(day.workDate);
    assertVerdict(checkDayMinutes(day, path));
    if (carries(day)) {
      assertVerdict(checkEntryDate(assignment, day.workDate, `${path}.workDate`));
    }
  });
  const kept = days.filter(carries);
  const totals = sumDays(kept);
  const existing = await timesheetOfWeek(tx, actor.agencyId, assignmentId, weekStart, { forUpdate: true });
  let sheet: TimesheetRow | undefined;
  if (existing) {
    if (version === undefined) {
      throw new AppError('conflict', `This week already has a timesheet (${existing.status}); reload it and send its version`, { fields: [{ path: 'version', message: 'required: the week already has a timesheet' }] });
    }
    await assertCurrentVersion(tx, actor.agencyId, 'timesheet', existing, version);
    assertVerdict(checkApproval('edit', existing.status, 'timesheet'));
    [sheet] = await tx
      .update(timesheets)
      .set({ ...approvalChanges(actor, 'edit', existing), notes, ...totals })
      .where(and(eq(timesheets.agencyId, actor.agencyId), eq(timesheets.id, existing.id)))
      .returning();
    await tx.delete(timesheetDays).where(and(eq(timesheetDays.agencyId, actor.agencyId), eq(timesheetDays.timesheetId, existing.id)));
  } else {
    [sheet] = await tx
      .insert(timesheets)
      .values({ agencyId: actor.agencyId, assignmentId, candidateId: assignment.candidateId, organizationId: assignment.organizationId, weekStart, notes, ...totals })
      .returning();
  }
  if (!sheet) {
    throw new Error('timesheet write returned no row');
  }
  if (kept.length > 0) {
    await tx.insert(timesheetDays).values(kept.map((day) => ({ agencyId: actor.agencyId, timesheetId: sheet.id, ...day })));
  }
  await recordAudit(tx, actor, {
    entity: 'timesheet',
    entityId: sheet.id,
    action: existing ? 'update' : 'create',
    before: existing ? { status: existing.status, notes: existing.notes, regularMinutes: existing.regularMinutes, overtimeMinutes: existing.overtimeMinutes, doubleMinutes: existing.doubleMinutes } : undefined,
    after: { status: sheet.status, weekStart, notes, ...totals, days: kept },
  });
  return sheet;
}

/**
 * Submits a draft (or corrected rejected) sheet for approval. Its days are checked against B11 again: the
 * assignment may have been closed with an earlier end date since they were entered.
 */
export async function submitTimesheet({ actor, tx, timesheetId, version }: CommandBase & { timesheetId: string; version: number }): Promise<TimesheetRow> {
  const before = await getTimesheetRow(tx, actor.agencyId, timesheetId);
  const assignment = await assignmentForEntry(tx, actor.agencyId, before.assignmentId, { forUpdate: true });
  const sheet = await getTimesheetRow(tx, actor.agencyId, timesheetId, { forUpdate: true });
  await assertCurrentVersion(tx, actor.agencyId, 'timesheet', sheet, version);
  assertVerdict(checkApproval('submit', sheet.status, 'timesheet'));
  const days = await daysOf(tx, actor.agencyId, sheet.id);
  // Named as the editor sends the week: day i is the i-th date from the week start.
  const offset = (date: string) => Math.round((Date.parse(date) - Date.parse(sheet.weekStart)) / 86_400_000);
  days.forEach((day) => assertVerdict(checkEntryDate(assignment, day.workDate, `days[${offset(day.workDate)}].workDate`)));
  const [after] = await tx
    .update(timesheets)
    .set({ ...approvalChanges(actor, 'submit', sheet), escalatedAt: null })
    .where(and(eq(timesheets.agencyId, actor.agencyId), eq(timesheets.id, sheet.id)))
    .returning();
  if (!after) {
    throw new Error('timesheet vanished');
  }
  await recordAudit(tx, actor, { entity: 'timesheet', entityId: sheet.id, action: 'submit', before: { status: sheet.status }, after: { status: after.status } });
  return after;
}

const lockSheets = (tx: Executor, agencyId: string, ids: readonly string[]) =>
  tx
    .select()
    .from(timesheets)
    .where(and(eq(timesheets.agencyId, agencyId), inArray(timesheets.id, [...ids])))
    .orderBy(asc(timesheets.id))
    .for('update');

/**
 * Approves or rejects the selected submitted sheets, all or nothing (rejection needs the reason, shown on each).
 * Answers the sheets as they now are.
 */
export async function decideTimesheets({ actor, tx, ids, action, reason }: CommandBase & { ids: string[]; action: 'approve' | 'reject'; reason?: string }) {
  const unique = [...new Set(ids)];
  const rows = await lockSheets(tx, actor.agencyId, unique);
  const labelled = await summariesOf(tx, actor.agencyId, rows.map((row) => row.id));
  const labels = new Map(labelled.map((row) => [row.sheet.id, `${row.candidateName}, week of ${row.sheet.weekStart}`]));
  assertBatch(unique, rows, action, 'timesheet', (row) => labels.get(row.id) ?? row.id, reason);
  for (const row of rows) {
    const changes = approvalChanges(actor, action, row, reason);
    await tx.update(timesheets).set(changes).where(and(eq(timesheets.agencyId, actor.agencyId), eq(timesheets.id, row.id)));
    await recordAudit(tx, actor, { entity: 'timesheet', entityId: row.id, action, before: { status: row.status }, after: { status: changes.status, ...(action === 'reject' ? { rejectionReason: reason } : {}) } });
  }
  return summariesOf(tx, actor.agencyId, unique);
}
