import { and, eq, inArray } from 'drizzle-orm';
import { assignments, organizations, timesheets } from '../db/schema';
import { addDays } from '../domain/placements';
import { enterableDates, weekDates, weekStartOf } from '../domain/timesheets';
import { dateInZone } from '../platform/clock';
import { getSetting } from '../platform/settings';
import { createExpense, decideExpenses, submitExpense } from '../modules/timesheets/expenses-service';
import { decideTimesheets, saveTimesheetWeek, submitTimesheet } from '../modules/timesheets/service';
import { type DemoContext, daysFrom } from './context';
import { actorFor } from './pipeline';

/** A working day's regular minutes by weekday position (Mon–Fri of a Monday week), with a little overtime now and then. */
const PATTERNS = [
  [480, 480, 480, 480, 450, 0, 0],
  [450, 480, 510, 480, 420, 0, 0],
  [480, 480, 480, 480, 480, 240, 0],
];

/**
 * Timesheets and expenses for the given active assignments, through the same commands the back office uses: four
 * weeks back approved, last week submitted (the oldest waiting long enough to be escalated by the sweep), this week a
 * draft; each assignment gets a few expenses in every state. Only days B11 lets in are filled.
 */
export async function seedTimesheets(context: DemoContext, assignmentIds: readonly string[]): Promise<void> {
  const { tx, agencyId, team, now } = context;
  if (assignmentIds.length === 0) {
    return;
  }
  const actor = await actorFor(context, team.backOffice, 'back_office');
  const [timeZone, weekStartDay] = await Promise.all([getSetting(tx, agencyId, 'agency.timeZone'), getSetting(tx, agencyId, 'agency.weekStart')]);
  const thisWeek = weekStartOf(dateInZone(now, timeZone), weekStartDay);
  const rows = await tx
    .select({ assignment: assignments, currency: organizations.currency })
    .from(assignments)
    .innerJoin(organizations, and(eq(organizations.agencyId, assignments.agencyId), eq(organizations.id, assignments.organizationId)))
    .where(and(eq(assignments.agencyId, agencyId), inArray(assignments.id, [...assignmentIds]), eq(assignments.status, 'active')));

  let index = 0;
  for (const { assignment, currency } of rows) {
    index += 1;
    const toApprove: string[] = [];
    for (const weeksBack of [4, 3, 2, 1, 0]) {
      const weekStart = addDays(thisWeek, -7 * weeksBack);
      const open = new Set(enterableDates(assignment, weekDates(weekStart)));
      const pattern = PATTERNS[(index + weeksBack) % PATTERNS.length] ?? [];
      const days = weekDates(weekStart)
        .map((workDate, day) => ({ workDate, regularMinutes: pattern[day] ?? 0, overtimeMinutes: day === 2 && weeksBack % 2 === 1 ? 90 : 0, doubleMinutes: 0, note: '' }))
        .filter((day) => open.has(day.workDate) && day.regularMinutes > 0 && (weeksBack > 0 || day.workDate <= dateInZone(now, timeZone)));
      if (days.length === 0) {
        continue;
      }
      const sheet = await saveTimesheetWeek({ actor, tx, assignmentId: assignment.id, weekStart, days, notes: weeksBack === 2 && index % 3 === 0 ? 'Covered an extra Saturday shift' : '' });
      if (weeksBack === 0) {
        continue;
      }
      const submitted = await submitTimesheet({ actor, tx, timesheetId: sheet.id, version: sheet.version });
      if (weeksBack >= 2) {
        toApprove.push(submitted.id);
      } else {
        // Submitted at the end of its week; the first assignment's has waited past the escalation limit.
        const submittedAt = index === 1 ? daysFrom(now, -6) : daysFrom(now, -1);
        await tx.update(timesheets).set({ submittedAt }).where(and(eq(timesheets.agencyId, agencyId), eq(timesheets.id, submitted.id)));
      }
    }
    if (toApprove.length > 0) {
      await decideTimesheets({ actor, tx, ids: toApprove, action: 'approve' });
    }

    const spentOn = (daysBack: number) => {
      const day = addDays(dateInZone(now, timeZone), -daysBack);
      return enterableDates(assignment, [day]).length > 0 ? day : null;
    };
    const plans = [
      { daysBack: 16, category: 'travel', description: 'Rail fare to the client site', amountMinor: 4250, billable: true, then: 'approve' },
      { daysBack: 9, category: 'mileage', description: '48 miles between sites', amountMinor: 2160, billable: true, then: 'submit' },
      { daysBack: 3, category: 'meals', description: 'Lunch during the stocktake', amountMinor: 1295, billable: false, then: 'draft' },
    ] as const;
    for (const plan of plans) {
      const on = spentOn(plan.daysBack);
      if (!on) {
        continue;
      }
      const expense = await createExpense({ actor, tx, assignmentId: assignment.id, receipt: null, spentOn: on, category: plan.category, description: plan.description, amountMinor: plan.amountMinor, currency, billable: plan.billable });
      if (plan.then === 'draft') {
        continue;
      }
      await submitExpense({ actor, tx, expenseId: expense.id, version: expense.version });
      if (plan.then === 'approve') {
        await decideExpenses({ actor, tx, ids: [expense.id], action: 'approve' });
      }
    }
  }
}
