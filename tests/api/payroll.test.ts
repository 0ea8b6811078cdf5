import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { payrollClaims } from '../../src/db/schema';
import { activeAssignment } from '../factories/assignments';
import { assignmentInState } from '../factories/timesheets';
import { approvedWeek, expectedAmount } from '../factories/invoices';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
const bo = () => ctx.agency.as.back_office;
const DECEMBER = { periodFrom: '2026-12-01', periodTo: '2026-12-31' };

type PayLine = { timesheetId: string; employee: { id: string; number: number; name: string; workerType: string; payFrequency: string }; weekStart: string; regularMinutes: number; overtimeMinutes: number; doubleMinutes: number; payMinor: number; currency: string };

describe('payroll export', () => {
  it('previews approved time not yet exported at the pay rates per employee, exports it as CSV, marks it exported, and re-exports only on request', async () => {
    const first = await activeAssignment(ctx.agency, { payMinor: 1450 });
    const second = await activeAssignment(ctx.agency, { payMinor: 1835 });
    const payA = (await bo().get(`/api/assignments/${first.assignment.id}`)).body.data.rates[0];
    const sheetA = await approvedWeek(ctx.agency, first.assignment.id, '2026-12-14', [[450], [450], [450], [450], [450, 120]]);
    const sheetB = await approvedWeek(ctx.agency, second.assignment.id, '2026-12-14', [[465], [0, 0, 60]]);
    // Submitted but not approved: not exported.
    const saved = await bo().put(`/api/assignments/${first.assignment.id}/timesheets/2026-12-21`, { days: [{ workDate: '2026-12-21', regularMinutes: 480 }], notes: '' });
    await bo().post(`/api/timesheets/${saved.body.data.id}/submit`, { version: saved.body.data.version });

    const preview = await ctx.agency.as.recruiter.get(`/api/payroll/preview?periodFrom=${DECEMBER.periodFrom}&periodTo=${DECEMBER.periodTo}`);
    expect(preview.status).toBe(200);
    const lines = preview.body.data.lines as PayLine[];
    const lineA = lines.find((line) => line.timesheetId === sheetA);
    const expectedA = expectedAmount(2250, payA.payRegularMinor) + expectedAmount(120, payA.payOvertimeMinor);
    expect(lineA).toMatchObject({ weekStart: '2026-12-14', regularMinutes: 2250, overtimeMinutes: 120, doubleMinutes: 0, payMinor: expectedA, currency: 'GBP', employee: { workerType: 'w2', payFrequency: 'weekly', number: first.assignment.employee?.number } });
    expect(lines.find((line) => line.timesheetId === sheetB)).toMatchObject({ regularMinutes: 465, doubleMinutes: 60 });
    expect(lines.map((line) => line.timesheetId)).not.toContain(saved.body.data.id);

    expect((await ctx.agency.as.recruiter.post('/api/payroll/exports', DECEMBER)).status).toBe(403);
    const exported = await bo().post('/api/payroll/exports', DECEMBER);
    expect(exported.status).toBe(201);
    expect(exported.body.data).toMatchObject({ reexport: false, lineCount: 2, periodFrom: '2026-12-01', periodTo: '2026-12-31', exportedBy: expect.any(String) });
    const claims = await ctx.t.database.db.select().from(payrollClaims).where(inArray(payrollClaims.timesheetId, [sheetA, sheetB]));
    expect(claims.map((claim) => claim.exportId)).toEqual([exported.body.data.id, exported.body.data.id]);

    const csv = await ctx.agency.as.account_manager.get(`/api/payroll/exports/${exported.body.data.id}/csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = String(csv.body).trim().split('\n');
    expect(rows[0]).toBe('Employee number,Name,Worker type,Pay frequency,Week,Regular hours,Overtime hours,Double time hours,Pay amount,Currency');
    expect(rows).toContain(`${first.assignment.employee?.number},${first.assignment.candidate.name},w2,weekly,2026-12-14,37.50,2.00,0.00,${(expectedA / 100).toFixed(2)},GBP`);
    expect(rows).toHaveLength(3);

    // Nothing new: a plain export is refused; the preview is empty; the history lists the export.
    const nothing = await bo().post('/api/payroll/exports', DECEMBER);
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.rule).toBe('payroll.nothing_to_export');
    expect((await bo().get(`/api/payroll/preview?periodFrom=2026-12-01&periodTo=2026-12-31`)).body.data.lines).toEqual([]);

    const again = await bo().post('/api/payroll/exports', { ...DECEMBER, reexport: true });
    expect(again.status).toBe(201);
    expect(again.body.data).toMatchObject({ reexport: true, lineCount: 2 });
    const stillFirst = await ctx.t.database.db.select().from(payrollClaims).where(eq(payrollClaims.timesheetId, sheetA));
    expect(stillFirst[0]?.exportId).toBe(exported.body.data.id);
    const history = await ctx.agency.as.recruiter.get('/api/payroll/exports');
    expect(history.body.data.slice(0, 2).map((row: { id: string; reexport: boolean }) => [row.id, row.reexport])).toEqual([
      [again.body.data.id, true],
      [exported.body.data.id, false],
    ]);
    expect(history.body.data[1].totals).toEqual([{ currency: 'GBP', payMinor: lines.reduce((sum, line) => sum + line.payMinor, 0) }]);
  });

  it('two exports at the same time export each timesheet once', async () => {
    const placed = await activeAssignment(ctx.agency);
    const sheets = [await approvedWeek(ctx.agency, placed.assignment.id, '2027-01-04', [[480]]), await approvedWeek(ctx.agency, placed.assignment.id, '2027-01-11', [[480]])];
    const period = { periodFrom: '2027-01-01', periodTo: '2027-01-31' };
    const answers = await Promise.all([bo().post('/api/payroll/exports', period), ctx.agency.as.manager.post('/api/payroll/exports', period)]);
    // One export wins; the other finds nothing left (422 when it ran after, 409 when both ran at once on PostgreSQL).
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses[0]).toBe(201);
    expect([409, 422]).toContain(statuses[1]);
    expect(answers.find((answer) => answer.status !== 201)?.body.error.rule).toBe('payroll.nothing_to_export');
    const claims = await ctx.t.database.db.select().from(payrollClaims).where(inArray(payrollClaims.timesheetId, sheets));
    expect(new Set(claims.map((claim) => claim.exportId)).size).toBe(1);
  });

  it('a timesheet of a candidate without an employee record is listed as not exportable, with the reason', async () => {
    const { assignment } = await assignmentInState(ctx.t, ctx.agency, { startOn: '2027-01-04' });
    const sheet = await approvedWeek(ctx.agency, assignment.id, '2027-02-01', [[480]]);
    const preview = await bo().get('/api/payroll/preview?periodFrom=2027-02-01&periodTo=2027-02-28');
    expect(preview.body.data.lines).toEqual([]);
    expect(preview.body.data.skipped).toEqual([{ timesheetId: sheet, label: expect.stringContaining('week of 2027-02-01'), reason: 'the candidate has no employee record' }]);
    expect((await bo().post('/api/payroll/exports', { periodFrom: '2027-02-01', periodTo: '2027-02-28' })).body.error.rule).toBe('payroll.nothing_to_export');
  });
});
