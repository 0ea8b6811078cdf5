import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { invoiceClaims, invoices } from '../../src/db/schema';
import { resetClock, setNow } from '../../src/platform/clock';
import { type AssignmentOut, activeAssignment, approve, onboard, placedAssignment } from '../factories/assignments';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
afterEach(() => resetClock());

const TODAY = '2026-12-03';
const atToday = () => setNow(new Date(`${TODAY}T10:00:00Z`));
const backOffice = () => ctx.agency.as.back_office;
const read = async (id: string) => (await backOffice().get(`/api/assignments/${id}`)).body as { data: AssignmentOut & { events: { kind: string }[]; rates: unknown[] }; abilities: Record<string, boolean> };
const candidate = async (id: string) => (await ctx.agency.as.recruiter.get(`/api/candidates/${id}`)).body.data as { status: string };
const placement = async (id: string) => (await ctx.agency.as.recruiter.get(`/api/placements/${id}`)).body.data as { status: string; startOn: string | null; endOn: string | null };
const employee = async (candidateId: string) => {
  const list = (await backOffice().get(`/api/employees?limit=100`)).body.data as { id: string; status: string; hiredOn: string; terminatedOn: string | null; candidate: { id: string } }[] | undefined;
  return list?.find((row) => row.candidate.id === candidateId);
};

describe('assignments: approval (B6, B7, B8)', () => {
  it('B6/B7: approving a temp assignment without a start date starts it on the dialog date, makes it active and the candidate on_assignment; the placement mirrors it', async () => {
    atToday();
    const placed = await placedAssignment(ctx.agency, { startOn: null });
    await onboard(ctx.agency, placed.candidateId);
    const [approved] = await approve(ctx.agency, [placed.assignment.id], { startOn: '2026-12-07' });
    expect(approved).toMatchObject({ status: 'active', startOn: '2026-12-07', everApproved: true, readOnly: false });
    expect(await candidate(placed.candidateId)).toMatchObject({ status: 'on_assignment' });
    expect(await placement(placed.placement.id)).toMatchObject({ status: 'active', startOn: '2026-12-07' });
    const record = await read(placed.assignment.id);
    expect(record.data.events.map((event) => event.kind)).toEqual(['approved', 'placed']);
  });

  it('B6: the dialog date defaults to today; an existing start date is never overwritten', async () => {
    atToday();
    const without = await placedAssignment(ctx.agency, { startOn: null });
    const withStart = await placedAssignment(ctx.agency, { startOn: '2026-12-14', endOn: '2027-02-26' });
    await onboard(ctx.agency, without.candidateId);
    await onboard(ctx.agency, withStart.candidateId);
    const approved = await approve(ctx.agency, [without.assignment.id, withStart.assignment.id], { startOn: '2026-12-09' });
    expect(approved.map((row) => [row.startOn, row.endOn])).toEqual([
      ['2026-12-09', null],
      ['2026-12-14', '2027-02-26'],
    ]);
    const other = await placedAssignment(ctx.agency, { startOn: null });
    await onboard(ctx.agency, other.candidateId);
    expect((await approve(ctx.agency, [other.assignment.id]))[0]).toMatchObject({ startOn: TODAY });
  });

  it('a temp assignment of a candidate who is not an employee is refused naming the candidate; the batch changes nothing (all or nothing)', async () => {
    const ready = await placedAssignment(ctx.agency);
    await onboard(ctx.agency, ready.candidateId);
    const notHired = await placedAssignment(ctx.agency);
    const answer = await backOffice().post('/api/assignments/approve', { ids: [ready.assignment.id, notHired.assignment.id], options: {} });
    expect(answer.status).toBe(422);
    expect(answer.body.error.related).toEqual([expect.objectContaining({ type: 'assignment', id: notHired.assignment.id, rule: 'employee.required', blockedBy: expect.objectContaining({ type: 'candidate', id: notHired.candidateId }) })]);
    expect((await read(ready.assignment.id)).data.status).toBe('needs_approval');
  });

  it('B8: approving a direct assignment closes it, hires and terminates the candidate, closes their other active assignments (keeping their end dates), and makes them actively_searching', async () => {
    atToday();
    const temp = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    const tempWithEnd = await placedAssignment(ctx.agency, { candidateId: temp.candidateId, startOn: '2026-11-02', endOn: '2027-01-15' });
    await approve(ctx.agency, [tempWithEnd.assignment.id]);
    const direct = await placedAssignment(ctx.agency, { candidateId: temp.candidateId, employmentType: 'permanent', startOn: '2026-12-14' });
    const [approved] = await approve(ctx.agency, [direct.assignment.id], { terminationOn: '2026-12-14', otherCloseOn: '2026-12-11' });
    expect(approved).toMatchObject({ status: 'closed', startOn: '2026-12-14', endOn: '2026-12-14', everApproved: true });
    expect((await read(temp.assignment.id)).data).toMatchObject({ status: 'closed', endOn: '2026-12-11' });
    expect((await read(tempWithEnd.assignment.id)).data).toMatchObject({ status: 'closed', endOn: '2027-01-15' });
    expect(await employee(temp.candidateId)).toMatchObject({ status: 'terminated', terminatedOn: '2026-12-14' });
    expect(await candidate(temp.candidateId)).toMatchObject({ status: 'actively_searching' });
    expect(await placement(direct.placement.id)).toMatchObject({ status: 'closed' });
  });

  it('B8: a first-time direct hire is hired on the approval date with the next number and the agency defaults, then terminated', async () => {
    atToday();
    const direct = await placedAssignment(ctx.agency, { employmentType: 'retained', startOn: '2026-12-01' });
    await approve(ctx.agency, [direct.assignment.id]);
    const hired = await employee(direct.candidateId);
    expect(hired).toMatchObject({ status: 'terminated', hiredOn: TODAY, terminatedOn: TODAY, workerType: 'w2', payFrequency: 'weekly' });
  });

  it('B8: with the override, the other assignments take the close date even when they have an end date', async () => {
    atToday();
    const temp = await activeAssignment(ctx.agency, { startOn: '2026-11-02', endOn: '2027-01-15' });
    const direct = await placedAssignment(ctx.agency, { candidateId: temp.candidateId, employmentType: 'permanent', startOn: '2026-12-14' });
    await approve(ctx.agency, [direct.assignment.id], { otherCloseOn: '2026-12-10', overrideEndDate: true });
    expect((await read(temp.assignment.id)).data).toMatchObject({ status: 'closed', endOn: '2026-12-10' });
  });
});

describe('assignments: close and cancel (B9, B10)', () => {
  it('B10: close keeps an existing end date; without one the dialog date; the override replaces it', async () => {
    const withEnd = await activeAssignment(ctx.agency, { startOn: '2026-11-02', endOn: '2026-12-24' });
    const withoutEnd = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    const closed = (await backOffice().post('/api/assignments/close', { ids: [withEnd.assignment.id, withoutEnd.assignment.id], options: { endOn: '2026-12-05' } })).body.data;
    expect(closed.map((row: AssignmentOut) => [row.status, row.endOn])).toEqual([
      ['closed', '2026-12-24'],
      ['closed', '2026-12-05'],
    ]);
    const another = await activeAssignment(ctx.agency, { startOn: '2026-11-02', endOn: '2026-12-24' });
    const overridden = await backOffice().post('/api/assignments/close', { ids: [another.assignment.id], options: { endOn: '2026-12-05', overrideEndDate: true } });
    expect(overridden.body.data[0]).toMatchObject({ endOn: '2026-12-05' });
  });

  it('B10: cancel may carry a future end date; it cancels the placement too and gives the opening back', async () => {
    const active = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    const jobBefore = (await ctx.agency.as.manager.get(`/api/jobs/${active.jobId}`)).body.data.filledCount;
    const answer = await backOffice().post('/api/assignments/cancel', { ids: [active.assignment.id], options: { endOn: '2027-03-31', reason: 'Client ended the contract' } });
    expect(answer.status).toBe(200);
    expect(answer.body.data[0]).toMatchObject({ status: 'cancelled', endOn: '2027-03-31', readOnly: true });
    expect(await placement(active.placement.id)).toMatchObject({ status: 'cancelled' });
    expect((await ctx.agency.as.manager.get(`/api/jobs/${active.jobId}`)).body.data.filledCount).toBe(jobBefore - 1);
  });

  it('B9: closing every active and needs-approval assignment makes the candidate actively_searching; while one stays active they stay on_assignment', async () => {
    const first = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    const second = await placedAssignment(ctx.agency, { candidateId: first.candidateId, startOn: '2026-11-09' });
    await approve(ctx.agency, [second.assignment.id]);
    await backOffice().post('/api/assignments/close', { ids: [first.assignment.id], options: { endOn: '2026-12-05' } });
    expect(await candidate(first.candidateId)).toMatchObject({ status: 'on_assignment' });
    await backOffice().post('/api/assignments/cancel', { ids: [second.assignment.id], options: { endOn: '2026-12-05' } });
    expect(await candidate(first.candidateId)).toMatchObject({ status: 'actively_searching' });
  });

  it('B5: a batch of assignments that do not share a status is refused; a transition off the table names B5', async () => {
    const active = await activeAssignment(ctx.agency);
    const pending = await placedAssignment(ctx.agency);
    const mixed = await backOffice().post('/api/assignments/cancel', { ids: [active.assignment.id, pending.assignment.id], options: { endOn: TODAY } });
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.rule).toBe('B5');
    const wrong = await backOffice().post('/api/assignments/close', { ids: [pending.assignment.id], options: { endOn: TODAY } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.related[0]).toMatchObject({ id: pending.assignment.id, rule: 'B5' });
  });

  it('B10: a closed assignment is read-only (dates, rates, details) until reactivated', async () => {
    const active = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    const closed = (await backOffice().post('/api/assignments/close', { ids: [active.assignment.id], options: { endOn: '2026-12-05' } })).body.data[0];
    const edit = await backOffice().patch(`/api/assignments/${active.assignment.id}`, { version: closed.version, endOn: '2026-12-31' });
    expect(edit.status).toBe(422);
    expect(edit.body.error.rule).toBe('B10');
    const rates = await backOffice().post(`/api/assignments/${active.assignment.id}/rates`, { version: closed.version, effectiveFrom: '2026-12-01', currency: 'GBP', unit: 'hour', payRegularMinor: 1, payOvertimeMinor: 1, payDoubleMinor: 1, billRegularMinor: 2, billOvertimeMinor: 2, billDoubleMinor: 2 });
    expect(rates.body.error.rule).toBe('B10');
  });
});

describe('assignments: reactivation (B12)', () => {
  it('B12: a closed assignment ever approved returns to active, keeps its end date unless changed, reactivates the employee when asked, and makes the candidate on_assignment', async () => {
    atToday();
    const temp = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    await backOffice().post('/api/assignments/close', { ids: [temp.assignment.id], options: { endOn: '2026-12-05' } });
    const staff = await employee(temp.candidateId);
    await backOffice().post(`/api/employees/${staff?.id}/terminate`, { version: (await backOffice().get(`/api/employees/${staff?.id}`)).body.data.version, terminatedOn: '2026-12-05', reason: 'Assignment ended' });
    const kept = await backOffice().post('/api/assignments/reactivate', { ids: [temp.assignment.id], options: {} });
    expect(kept.body.data[0]).toMatchObject({ status: 'active', endOn: '2026-12-05' });
    expect(await candidate(temp.candidateId)).toMatchObject({ status: 'on_assignment' });
    await backOffice().post('/api/assignments/close', { ids: [temp.assignment.id], options: { endOn: '2026-12-05' } });
    const changed = await backOffice().post('/api/assignments/reactivate', { ids: [temp.assignment.id], options: { changeEndDate: true, endOn: '2027-01-29', reactivateEmployee: true } });
    expect(changed.body.data[0]).toMatchObject({ status: 'active', endOn: '2027-01-29' });
    expect(await employee(temp.candidateId)).toMatchObject({ status: 'active' });
  });

  it('B12: a cancelled assignment never approved returns to needs approval and takes its opening again', async () => {
    const pending = await placedAssignment(ctx.agency);
    await backOffice().post('/api/assignments/cancel', { ids: [pending.assignment.id], options: { endOn: '2026-12-31' } });
    const filled = (await ctx.agency.as.manager.get(`/api/jobs/${pending.jobId}`)).body.data.filledCount;
    const answer = await backOffice().post('/api/assignments/reactivate', { ids: [pending.assignment.id], options: {} });
    expect(answer.body.data[0]).toMatchObject({ status: 'needs_approval' });
    expect(await placement(pending.placement.id)).toMatchObject({ status: 'pending' });
    expect((await ctx.agency.as.manager.get(`/api/jobs/${pending.jobId}`)).body.data.filledCount).toBe(filled + 1);
  });

  it('B12: a non-void invoice holding its time refuses reactivation naming the invoice; voiding it (claims deleted) allows it', async () => {
    const temp = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    await backOffice().post('/api/assignments/close', { ids: [temp.assignment.id], options: { endOn: '2026-12-05' } });
    const { db } = ctx.t.database;
    const [invoice] = await db
      .insert(invoices)
      .values({ agencyId: ctx.agency.id, organizationId: temp.organizationId, number: 4242, status: 'issued', currency: 'GBP', periodFrom: '2026-11-01', periodTo: '2026-11-30', paymentTermsDays: 30, createdByLabel: 'test' })
      .returning();
    await db.insert(invoiceClaims).values({ agencyId: ctx.agency.id, source: `fee:${temp.placement.id}`, invoiceId: invoice?.id as string, assignmentId: temp.assignment.id });
    const refused = await backOffice().post('/api/assignments/reactivate', { ids: [temp.assignment.id], options: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([expect.objectContaining({ id: temp.assignment.id, rule: 'B12', blockedBy: { type: 'invoice', id: invoice?.id, label: 'invoice INV-4242' } })]);
    expect(refused.body.error.message).toContain('INV-4242');
    await db.delete(invoiceClaims).where(and(eq(invoiceClaims.agencyId, ctx.agency.id), eq(invoiceClaims.invoiceId, invoice?.id as string)));
    const allowed = await backOffice().post('/api/assignments/reactivate', { ids: [temp.assignment.id], options: {} });
    expect(allowed.body.data[0]).toMatchObject({ status: 'active' });
  });
});

describe('assignments: list, rates, extension', () => {
  it('B5: the list shows active and needs-approval assignments by default; status=all and filters narrow it; CSV exports the same rows', async () => {
    const active = await activeAssignment(ctx.agency, { startOn: '2026-11-02', endOn: '2026-12-10' });
    const closed = await activeAssignment(ctx.agency, { startOn: '2026-11-02', organizationId: active.organizationId });
    await backOffice().post('/api/assignments/close', { ids: [closed.assignment.id], options: { endOn: '2026-12-01' } });
    const pending = await placedAssignment(ctx.agency, { organizationId: active.organizationId });
    const ids = async (query: string) => ((await backOffice().get(`/api/assignments?organizationId=${active.organizationId}${query}`)).body.data as AssignmentOut[]).map((row) => row.id).sort();
    expect(await ids('')).toEqual([active.assignment.id, pending.assignment.id].sort());
    expect(await ids('&status=all')).toEqual([active.assignment.id, closed.assignment.id, pending.assignment.id].sort());
    expect(await ids('&status=closed')).toEqual([closed.assignment.id]);
    setNow(new Date('2026-12-03T10:00:00Z'));
    expect(await ids('&endingWithin=7')).toEqual([active.assignment.id]);
    const csv = await backOffice().get(`/api/assignments/export.csv?organizationId=${active.organizationId}&status=all`);
    expect(csv.status).toBe(200);
    expect(String(csv.body).trim().split('\n')).toHaveLength(4);
    const bad = await backOffice().get('/api/assignments?status=open&endingWithin=5');
    expect(bad.status).toBe(400);
  });

  it('keyset pages walk the whole sorted list once', async () => {
    const organization = (await activeAssignment(ctx.agency, { startOn: '2026-11-02' })).organizationId;
    for (const startOn of ['2026-11-09', '2026-11-16', '2026-11-23']) {
      await placedAssignment(ctx.agency, { startOn, organizationId: organization });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: AssignmentOut[]; nextCursor: string | null } = (await backOffice().get(`/api/assignments?organizationId=${organization}&sort=startOn&dir=asc&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
      seen.push(...page.data.map((row) => row.startOn ?? ''));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
  });

  it('placing makes the first rates from the placement; rates are effective-dated, in the organization currency, and the extension keeps a history', async () => {
    const active = await activeAssignment(ctx.agency, { startOn: '2026-11-02', endOn: '2026-12-31', payMinor: 1500, billRateMinor: 2250 });
    let record = await read(active.assignment.id);
    expect(record.data.currentRates).toEqual({ currency: 'GBP', unit: 'hour', payRegularMinor: 1500, billRegularMinor: 2250, markupBp: 5000 });
    expect(record.data.rates).toEqual([expect.objectContaining({ effectiveFrom: '2026-11-02', payOvertimeMinor: 2250, payDoubleMinor: 3000, billOvertimeMinor: 3375, billDoubleMinor: 4500 })]);
    const wrongCurrency = await backOffice().post(`/api/assignments/${active.assignment.id}/rates`, { version: record.data.version, effectiveFrom: '2026-12-07', currency: 'EUR', unit: 'hour', payRegularMinor: 1600, payOvertimeMinor: 2400, payDoubleMinor: 3200, billRegularMinor: 2400, billOvertimeMinor: 3600, billDoubleMinor: 4800 });
    expect(wrongCurrency.status).toBe(422);
    expect(wrongCurrency.body.error.fields[0].path).toBe('currency');
    const extended = await backOffice().post(`/api/assignments/${active.assignment.id}/extend`, {
      version: record.data.version,
      endOn: '2027-03-31',
      note: 'Client extended for Q1',
      rates: { effectiveFrom: '2027-01-04', currency: 'GBP', unit: 'hour', payRegularMinor: 1600, payOvertimeMinor: 2400, payDoubleMinor: 3200, billRegularMinor: 2400, billOvertimeMinor: 3600, billDoubleMinor: 4800 },
    });
    expect(extended.status).toBe(200);
    record = extended.body;
    expect(record.data).toMatchObject({ endOn: '2027-03-31' });
    expect(record.data.rates).toHaveLength(2);
    expect(record.data.events.map((event) => event.kind)).toEqual(expect.arrayContaining(['extended', 'rates_changed']));
    const shorter = await backOffice().post(`/api/assignments/${active.assignment.id}/extend`, { version: record.data.version, endOn: '2027-01-01', note: '' });
    expect(shorter.status).toBe(422);
    expect(shorter.body.error.fields[0].path).toBe('endOn');
  });

  it('roles: recruiters read assignments but cannot change them', async () => {
    const pending = await placedAssignment(ctx.agency);
    expect((await ctx.agency.as.recruiter.get(`/api/assignments/${pending.assignment.id}`)).status).toBe(200);
    expect((await ctx.agency.as.recruiter.post('/api/assignments/cancel', { ids: [pending.assignment.id], options: { endOn: TODAY } })).status).toBe(403);
    const record = await read(pending.assignment.id);
    expect(record.abilities).toMatchObject({ approve: true, cancel: true, close: false, reactivate: false });
  });

  it('a job order\'s bill rate is applied to its open assignments from a date only when asked', async () => {
    const active = await activeAssignment(ctx.agency, { startOn: '2026-11-02' });
    const job = (await ctx.agency.as.manager.get(`/api/jobs/${active.jobId}`)).body.data;
    await ctx.agency.as.manager.patch(`/api/jobs/${active.jobId}`, { version: job.version, billRateMinor: 2500, billRateUnit: 'hour' });
    expect((await read(active.assignment.id)).data.rates).toHaveLength(1);
    const applied = await backOffice().post(`/api/jobs/${active.jobId}/apply-rates`, { effectiveFrom: '2026-12-07', assignmentIds: [active.assignment.id] });
    expect(applied.status).toBe(200);
    const rates = (await read(active.assignment.id)).data.rates as { effectiveFrom: string; payRegularMinor: number; billRegularMinor: number }[];
    expect(rates.map((rate) => [rate.effectiveFrom, rate.payRegularMinor, rate.billRegularMinor])).toEqual([
      ['2026-11-02', 1450, 2100],
      ['2026-12-07', 1450, 2500],
    ]);
  });
});
