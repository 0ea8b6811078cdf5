import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { assignments, tasks, timesheets } from '../../src/db/schema';
import { escalateTimesheets } from '../../src/modules/timesheets/escalation';
import { resetClock, setNow } from '../../src/platform/clock';
import { STANDARD_RATES, assignmentInState, week } from '../factories/timesheets';
import { createTestAgency } from '../support/agency';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
afterEach(() => resetClock());

const MONDAY = '2027-03-01';
const put = (assignmentId: string, weekStart: string, body: Record<string, unknown>) => ctx.agency.as.back_office.put(`/api/assignments/${assignmentId}/timesheets/${weekStart}`, body);
const fullWeek = (weekStart = MONDAY) => week(weekStart, [[480], [480], [480, 90], [480], [480], [0, 0, 240], [0]]);

/** A sheet entered and submitted for a new active assignment; answers the sheet. */
async function submittedSheet(weekStart = MONDAY) {
  const { assignment } = await assignmentInState(ctx.t, ctx.agency);
  const saved = await put(assignment.id, weekStart, { days: fullWeek(weekStart), notes: '' });
  expect(saved.status).toBe(200);
  const submitted = await ctx.agency.as.back_office.post(`/api/timesheets/${saved.body.data.id}/submit`, { version: saved.body.data.version });
  expect(submitted.status).toBe(200);
  return { assignment, sheet: submitted.body.data };
}

/** PRODUCT.md §6's rule written out independently: per kind and rate set, minutes × rate ÷ 60 rounded half-up. */
const amount = (minutes: number, rate: number) => Math.floor((minutes * rate + 30) / 60);

describe('entering a week', () => {
  it('keeps the totals with the days and prices them with the rates in force each day (a mid-week change splits the week)', async () => {
    const raised = { ...STANDARD_RATES, effectiveFrom: '2027-03-04', payRegularMinor: 1999, billRegularMinor: 2777 };
    const { assignment } = await assignmentInState(ctx.t, ctx.agency, { rates: [STANDARD_RATES, raised] });
    const answer = await put(assignment.id, MONDAY, { days: fullWeek(), notes: 'Covered the late shift on Wednesday' });
    expect(answer.status).toBe(200);
    const sheet = answer.body.data;
    expect(sheet).toMatchObject({ status: 'draft', weekStart: MONDAY, weekEnd: '2027-03-07', notes: 'Covered the late shift on Wednesday', version: 1 });
    expect(sheet.totals).toEqual({ regularMinutes: 2400, overtimeMinutes: 90, doubleMinutes: 240, totalMinutes: 2730 });
    expect(sheet.days).toHaveLength(7);
    expect(sheet.days[2]).toMatchObject({ workDate: '2027-03-03', regularMinutes: 480, overtimeMinutes: 90, enterable: true });
    // Mon–Wed at the first rates, Thu–Fri regular and Saturday's double time at the raised ones.
    const pay = amount(1440, 1850) + amount(90, 2775) + amount(960, 1999) + amount(240, 3700);
    const bill = amount(1440, 2590) + amount(90, 3885) + amount(960, 2777) + amount(240, 5180);
    expect(sheet.pay.totalMinor).toBe(pay);
    expect(sheet.bill.totalMinor).toBe(bill);
    expect(sheet.pay.currency).toBe('GBP');
    expect(sheet.pay.lines).toHaveLength(4);
    const [row] = await ctx.t.database.db.select().from(timesheets).where(eq(timesheets.id, sheet.id));
    expect(row).toMatchObject({ regularMinutes: 2400, overtimeMinutes: 90, doubleMinutes: 240 });

    const corrected = await put(assignment.id, MONDAY, { version: 1, days: week(MONDAY, [[450], [0], [0], [0], [0], [0], [0]]), notes: '' });
    expect(corrected.body.data.totals.totalMinutes).toBe(450);
    const [after] = await ctx.t.database.db.select().from(timesheets).where(eq(timesheets.id, sheet.id));
    expect(after).toMatchObject({ regularMinutes: 450, overtimeMinutes: 0, doubleMinutes: 0, version: 2 });
  });

  it('shows actual against scheduled hours from the assignment\'s schedule', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    await ctx.t.database.db
      .update(assignments)
      .set({ schedule: { shifts: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '09:00', endTime: '17:00' }], expectedHoursPerWeek: 37.5, timesheetApproverId: null, timesheetCadence: 'weekly' } })
      .where(eq(assignments.id, assignment.id));
    const answer = await ctx.agency.as.recruiter.get(`/api/assignments/${assignment.id}/timesheets/${MONDAY}`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ id: null, status: 'missing', scheduled: { weekMinutes: 2250 } });
    expect(answer.body.data.days[0].scheduledMinutes).toBe(480);
    expect(answer.body.data.days[5].scheduledMinutes).toBe(0);
    expect(answer.body.abilities.edit).toBe(false);
  });

  it('refuses a week that does not start on the agency\'s week start, a day outside the week, more than a day of minutes, and a stale version', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const tuesday = await put(assignment.id, '2027-03-02', { days: [], notes: '' });
    expect(tuesday.status).toBe(422);
    expect(tuesday.body.error.fields[0].path).toBe('weekStart');
    const outside = await put(assignment.id, MONDAY, { days: [{ workDate: '2027-03-08', regularMinutes: 60 }], notes: '' });
    expect(outside.status).toBe(422);
    expect(outside.body.error.fields[0].path).toBe('days[0].workDate');
    const tooLong = await put(assignment.id, MONDAY, { days: [{ workDate: '2027-03-01', regularMinutes: 1000, overtimeMinutes: 441 }], notes: '' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.fields[0].path).toBe('days[0]');
    const negative = await put(assignment.id, MONDAY, { days: [{ workDate: '2027-03-01', regularMinutes: -5 }], notes: '' });
    expect(negative.status).toBe(400);
    await put(assignment.id, MONDAY, { days: fullWeek(), notes: '' });
    expect((await put(assignment.id, MONDAY, { days: fullWeek(), notes: '' })).status).toBe(409);
    expect((await put(assignment.id, MONDAY, { version: 7, days: fullWeek(), notes: '' })).status).toBe(409);
  });

  it('only the back office enters time; everyone on the staff reads it', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    expect((await ctx.agency.as.recruiter.put(`/api/assignments/${assignment.id}/timesheets/${MONDAY}`, { days: fullWeek(), notes: '' })).status).toBe(403);
    expect((await ctx.agency.as.manager.put(`/api/assignments/${assignment.id}/timesheets/${MONDAY}`, { days: fullWeek(), notes: '' })).status).toBe(200);
    expect((await ctx.agency.as.account_manager.get(`/api/assignments/${assignment.id}/timesheets`)).body.data).toHaveLength(1);
  });
});

describe('B11: time only between the assignment\'s start and end dates', () => {
  it('B11: a closed assignment takes time up to its end date; the day after → 422 naming the day', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency, { status: 'closed', endOn: '2027-03-03' });
    const upToEnd = await put(assignment.id, MONDAY, { days: week(MONDAY, [[480], [480], [480]]), notes: '' });
    expect(upToEnd.status).toBe(200);
    expect(upToEnd.body.data.days.map((day: { enterable: boolean }) => day.enterable)).toEqual([true, true, true, false, false, false, false]);
    const after = await put(assignment.id, MONDAY, { version: 1, days: week(MONDAY, [[480], [480], [480], [240]]), notes: '' });
    expect(after.status).toBe(422);
    expect(after.body.error).toMatchObject({ rule: 'B11', fields: [{ path: 'days[3].workDate' }] });
    expect(after.body.error.message).toContain('2027-03-03');
  });

  it('B11: a cancelled assignment takes time up to its end date, never after', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency, { status: 'cancelled', endOn: '2027-03-05' });
    expect((await put(assignment.id, MONDAY, { days: week(MONDAY, [[0], [0], [0], [0], [300]]), notes: '' })).status).toBe(200);
    const nextWeek = await put(assignment.id, '2027-03-08', { days: week('2027-03-08', [[60]]), notes: '' });
    expect(nextWeek.status).toBe(422);
    expect(nextWeek.body.error).toMatchObject({ rule: 'B11', fields: [{ path: 'days[0].workDate' }] });
  });

  it('B11: an assignment waiting for approval takes no time; an active one none before its start', async () => {
    const waiting = await assignmentInState(ctx.t, ctx.agency, { status: 'needs_approval', startOn: '2027-03-01' });
    const refused = await put(waiting.assignment.id, MONDAY, { days: week(MONDAY, [[480]]), notes: '' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('B11');
    const active = await assignmentInState(ctx.t, ctx.agency, { startOn: '2027-03-03' });
    const early = await put(active.assignment.id, MONDAY, { days: week(MONDAY, [[0], [480]]), notes: '' });
    expect(early.body.error).toMatchObject({ rule: 'B11', fields: [{ path: 'days[1].workDate' }] });
  });

  it('B11: a draft whose days fall after an end date set since cannot be submitted', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const saved = await put(assignment.id, MONDAY, { days: fullWeek(), notes: '' });
    await ctx.t.database.db.update(assignments).set({ status: 'closed', endOn: '2027-03-02' }).where(eq(assignments.id, assignment.id));
    const submitted = await ctx.agency.as.back_office.post(`/api/timesheets/${saved.body.data.id}/submit`, { version: 1 });
    expect(submitted.status).toBe(422);
    expect(submitted.body.error).toMatchObject({ rule: 'B11', fields: [{ path: 'days[2].workDate' }] });
  });
});

describe('approval', () => {
  it('draft → submitted → rejected (with a reason) → corrected → submitted → approved, which is final', async () => {
    const { assignment, sheet } = await submittedSheet();
    expect(sheet).toMatchObject({ status: 'submitted', version: 2 });
    expect(sheet.submittedAt).toEqual(expect.any(String));
    expect((await put(assignment.id, MONDAY, { version: 2, days: fullWeek(), notes: '' })).body.error.rule).toBe('timesheet.status');

    const noReason = await ctx.agency.as.back_office.post('/api/timesheets/reject', { ids: [sheet.id], options: { reason: '  ' } });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.fields).toEqual([{ path: 'options.reason', message: expect.any(String) }]);
    const rejected = await ctx.agency.as.back_office.post('/api/timesheets/reject', { ids: [sheet.id], options: { reason: 'Saturday was not worked' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data[0]).toMatchObject({ status: 'rejected', rejectionReason: 'Saturday was not worked', decidedByLabel: expect.any(String) });

    const corrected = await put(assignment.id, MONDAY, { version: 3, days: week(MONDAY, [[480], [480], [480, 90], [480], [480]]), notes: 'Saturday removed' });
    expect(corrected.body.data).toMatchObject({ status: 'draft', totals: { doubleMinutes: 0 } });
    const resubmitted = await ctx.agency.as.back_office.post(`/api/timesheets/${sheet.id}/submit`, { version: 4 });
    expect(resubmitted.body.data).toMatchObject({ status: 'submitted', rejectionReason: null });
    const approved = await ctx.agency.as.manager.post('/api/timesheets/approve', { ids: [sheet.id] });
    expect(approved.status).toBe(200);
    expect(approved.body.data[0]).toMatchObject({ status: 'approved', totalMinutes: 2490 });

    const record = await ctx.agency.as.recruiter.get(`/api/timesheets/${sheet.id}`);
    expect(record.body.abilities).toEqual({ edit: false, submit: false, approve: false, reject: false });
    expect((await put(assignment.id, MONDAY, { version: 6, days: fullWeek(), notes: '' })).status).toBe(422);
    expect((await ctx.agency.as.back_office.post('/api/timesheets/reject', { ids: [sheet.id], options: { reason: 'Too late' } })).status).toBe(422);
  });

  it('batch approval is all or nothing: one draft in the selection refuses it, naming that sheet, and nothing changes', async () => {
    const first = await submittedSheet();
    const second = await submittedSheet();
    const { assignment } = await assignmentInState(ctx.t, ctx.agency);
    const draft = (await put(assignment.id, MONDAY, { days: fullWeek(), notes: '' })).body.data;
    const refused = await ctx.agency.as.back_office.post('/api/timesheets/approve', { ids: [first.sheet.id, draft.id, second.sheet.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([{ type: 'timesheet', id: draft.id, label: expect.stringContaining('week of 2027-03-01'), rule: 'timesheet.status', reason: expect.stringContaining('draft') }]);
    const untouched = await ctx.agency.as.back_office.get(`/api/timesheets?assignmentId=${first.assignment.id}`);
    expect(untouched.body.data[0].status).toBe('submitted');
    const approved = await ctx.agency.as.back_office.post('/api/timesheets/approve', { ids: [first.sheet.id, second.sheet.id] });
    expect(approved.body.data.map((sheet: { status: string }) => sheet.status)).toEqual(['approved', 'approved']);
  });
});

describe('the timesheet grid', () => {
  it('lists every assignment taking time that week with its state; ended, future and unapproved ones are left out', async () => {
    const weekStart = '2027-05-03';
    const make = (options: Parameters<typeof assignmentInState>[2] = {}) => assignmentInState(ctx.t, ctx.agency, options).then((made) => made.assignment);
    const missing = await make();
    const draft = await make();
    await put(draft.id, weekStart, { days: week(weekStart, [[480]]), notes: '' });
    const submitted = await make();
    const saved = await put(submitted.id, weekStart, { days: week(weekStart, [[480], [420]]), notes: '' });
    await ctx.agency.as.back_office.post(`/api/timesheets/${saved.body.data.id}/submit`, { version: 1 });
    const closedInWeek = await make({ status: 'closed', endOn: '2027-05-04' });
    const closedBefore = await make({ status: 'closed', endOn: '2027-05-02' });
    const waiting = await make({ status: 'needs_approval' });
    const future = await make({ startOn: '2027-05-10' });

    const grid = await ctx.agency.as.recruiter.get(`/api/timesheets/grid?weekStart=${weekStart}&limit=200`);
    expect(grid.status).toBe(200);
    expect(grid.body).toMatchObject({ weekStart, weekEnd: '2027-05-09' });
    const stateOf = new Map(grid.body.data.map((row: { assignment: { id: string }; state: string }) => [row.assignment.id, row.state]));
    expect(stateOf.get(missing.id)).toBe('missing');
    expect(stateOf.get(draft.id)).toBe('draft');
    expect(stateOf.get(submitted.id)).toBe('submitted');
    expect(stateOf.get(closedInWeek.id)).toBe('missing');
    for (const absent of [closedBefore, waiting, future]) {
      expect(stateOf.has(absent.id)).toBe(false);
    }
    const submittedRow = grid.body.data.find((row: { assignment: { id: string } }) => row.assignment.id === submitted.id);
    expect(submittedRow.timesheet).toMatchObject({ totalMinutes: 900, regularMinutes: 900 });
    const onlySubmitted = await ctx.agency.as.recruiter.get(`/api/timesheets/grid?weekStart=${weekStart}&state=submitted`);
    expect(onlySubmitted.body.data.map((row: { assignment: { id: string } }) => row.assignment.id)).toEqual([submitted.id]);
    expect((await ctx.agency.as.recruiter.get('/api/timesheets/grid?weekStart=2027-05-04')).status).toBe(422);

    const firstPage = await ctx.agency.as.recruiter.get(`/api/timesheets/grid?weekStart=${weekStart}&limit=2`);
    const secondPage = await ctx.agency.as.recruiter.get(`/api/timesheets/grid?weekStart=${weekStart}&limit=200&cursor=${firstPage.body.nextCursor}`);
    expect(firstPage.body.data.length + secondPage.body.data.length).toBe(grid.body.data.length);
  });
});

describe('escalation', () => {
  it('a sheet submitted on a Friday and not approved by the end of Tuesday (2 working days) is escalated on Wednesday, with a task for the back office', async () => {
    setNow('2027-03-12T15:00:00Z');
    // Sessions age with the clock: this agency signs in at the clock's time.
    ctx.agency = await createTestAgency(ctx.t);
    const { sheet } = await submittedSheet();
    const escalate = () => ctx.t.database.db.transaction((tx) => escalateTimesheets(tx, ctx.agency.id));
    setNow('2027-03-16T17:00:00Z');
    expect(await escalate()).not.toContain(sheet.id);
    expect((await ctx.agency.as.back_office.get(`/api/timesheets/${sheet.id}`)).body.data.escalated).toBe(false);

    setNow('2027-03-17T08:00:00Z');
    expect(await escalate()).toContain(sheet.id);
    expect(await escalate()).toEqual([]);
    const record = await ctx.agency.as.back_office.get(`/api/timesheets/${sheet.id}`);
    expect(record.body.data).toMatchObject({ escalated: true, escalatedAt: '2027-03-17T08:00:00.000Z' });
    const queue = await ctx.agency.as.back_office.get('/api/timesheets?escalated=true');
    expect(queue.body.data.map((row: { id: string }) => row.id)).toContain(sheet.id);
    const raised = await ctx.t.database.db.select().from(tasks).where(and(eq(tasks.agencyId, ctx.agency.id), eq(tasks.assigneeId, ctx.agency.users.back_office.id)));
    expect(raised.some((task) => task.title.includes('Escalated timesheet') && task.title.includes('week of 2027-03-01'))).toBe(true);

    await ctx.agency.as.back_office.post('/api/timesheets/approve', { ids: [sheet.id] });
    expect((await ctx.agency.as.back_office.get('/api/timesheets?escalated=true')).body.data.map((row: { id: string }) => row.id)).not.toContain(sheet.id);
  });

  it('goes to the backup approver when the agency names one', async () => {
    setNow('2027-03-08T09:00:00Z');
    ctx.agency = await createTestAgency(ctx.t);
    expect((await ctx.agency.as.admin.put('/api/settings/timesheets.backupApproverId', { value: ctx.agency.users.manager.id })).status).toBe(200);
    const { sheet } = await submittedSheet('2027-03-01');
    setNow('2027-03-11T09:00:00Z');
    const escalated = await ctx.t.database.db.transaction((tx) => escalateTimesheets(tx, ctx.agency.id));
    expect(escalated).toContain(sheet.id);
    const raised = await ctx.t.database.db.select().from(tasks).where(and(eq(tasks.agencyId, ctx.agency.id), eq(tasks.assigneeId, ctx.agency.users.manager.id)));
    expect(raised.filter((task) => task.title.includes('Escalated timesheet'))).toHaveLength(1);
    const backOfficeTasks = await ctx.t.database.db.select().from(tasks).where(and(eq(tasks.agencyId, ctx.agency.id), eq(tasks.assigneeId, ctx.agency.users.back_office.id)));
    expect(backOfficeTasks.filter((task) => task.title.includes('Escalated timesheet'))).toEqual([]);
  });
});
