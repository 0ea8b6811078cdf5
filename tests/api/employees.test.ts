import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEvents, placements } from '../../src/db/schema';
import { resetClock, setNow } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { type EmployeeOut, onboard, placedCandidate } from '../factories/employees';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
afterEach(() => resetClock());

type Detail = EmployeeOut & {
  events: { kind: string; on: string; reason: string; actorLabel: string }[];
  documents: { id: string; name: string; receivedOn: string | null; note: string; version: number }[];
  assignments: { id: string; status: string; jobTitle: string; organizationName: string; startOn: string | null; endOn: string | null }[];
};

const detail = async (id: string) => (await ctx.agency.as.back_office.get(`/api/employees/${id}`)).body as { data: Detail; abilities: Record<string, boolean> };
const hiringIds = async () => ((await ctx.agency.as.back_office.get('/api/hiring')).body.data as { candidate: { id: string } }[]).map((row) => row.candidate.id);

describe('onboarding from hiring management', () => {
  it('onboards a first-time placed candidate with the next number, the required documents and a "hired" event, and the candidate leaves hiring management', async () => {
    const { candidate, job, organization } = await placedCandidate(ctx.agency, { job: { title: 'Forklift driver' } });
    expect(await hiringIds()).toContain(candidate.id);

    const answer = await ctx.agency.as.back_office.post('/api/employees', { candidateId: candidate.id, hiredOn: '2026-12-14', workerType: '1099', payFrequency: 'biweekly' });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      status: 'active',
      hiredOn: '2026-12-14',
      terminatedOn: null,
      workerType: '1099',
      payFrequency: 'biweekly',
      version: 1,
      candidate: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}` },
    });
    expect(answer.body.data.number).toBeGreaterThanOrEqual(1001);
    expect(await hiringIds()).not.toContain(candidate.id);

    const record = await detail(answer.body.data.id);
    expect(record.data.documents.map((document) => document.name)).toEqual(['Right to work', 'Tax form', 'Bank details', 'Signed contract']);
    expect(record.data.documents.every((document) => document.receivedOn === null)).toBe(true);
    expect(record.data.events).toMatchObject([{ kind: 'hired', on: '2026-12-14' }]);
    expect(record.data.assignments).toMatchObject([{ status: 'needs_approval', jobTitle: 'Forklift driver', startOn: '2026-12-14' }]);
    expect(record.data.assignments[0]?.organizationName).toBe((await ctx.agency.as.manager.get(`/api/organizations/${organization.id}`)).body.data.name);
    expect(record.abilities).toEqual({ update: true, terminate: true, reactivate: false, tickDocuments: true });
    expect(job.id).toBeTruthy();

    const audit = await ctx.t.database.db.select().from(auditEvents).where(and(eq(auditEvents.agencyId, ctx.agency.id), eq(auditEvents.entityId, answer.body.data.id)));
    expect(audit.map((event) => event.action)).toEqual(['hire']);
  });

  it('answers 409 naming the existing employee when the candidate already has a record', async () => {
    const { candidate } = await placedCandidate(ctx.agency);
    const first = await onboard(ctx.agency, candidate.id);
    const second = await ctx.agency.as.back_office.post('/api/employees', { candidateId: candidate.id, hiredOn: '2026-12-15', workerType: 'w2', payFrequency: 'weekly' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ rule: 'employee.exists', related: [{ type: 'employee', id: first.id, label: `E-${first.number}` }], fields: [{ path: 'candidateId' }] });
    expect(second.body.error.message).toContain(`E-${first.number}`);
  });

  it('two onboardings of the same candidate at once make one employee; the other hears 409', async () => {
    const { candidate } = await placedCandidate(ctx.agency);
    const body = { candidateId: candidate.id, hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly' };
    const answers = await Promise.all([ctx.agency.as.back_office.post('/api/employees', body), ctx.agency.as.manager.post('/api/employees', body)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const list = await ctx.agency.as.back_office.get(`/api/employees?q=${encodeURIComponent(candidate.lastName)}`);
    expect(list.body.data).toHaveLength(1);
  });

  it('refuses a candidate without a pending or active placement, and a candidate of no agency, naming candidateId', async () => {
    const { data: unplaced } = await buildCandidate(ctx.agency.as.recruiter);
    const notPlaced = await ctx.agency.as.back_office.post('/api/employees', { candidateId: unplaced.id, hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly' });
    expect(notPlaced.status).toBe(422);
    expect(notPlaced.body.error).toMatchObject({ rule: 'employee.not_placed', fields: [{ path: 'candidateId' }] });

    const unknown = await ctx.agency.as.back_office.post('/api/employees', { candidateId: '0190c0de-0000-7000-8000-000000000000', hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual([{ path: 'candidateId', message: expect.stringContaining('not a candidate') }]);
  });

  it('onboards a candidate whose placement is already active', async () => {
    const { candidate, placement } = await placedCandidate(ctx.agency);
    await ctx.t.database.db.update(placements).set({ status: 'active' }).where(and(eq(placements.agencyId, ctx.agency.id), eq(placements.id, placement.id)));
    expect((await ctx.agency.as.back_office.post('/api/employees', { candidateId: candidate.id, hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly' })).status).toBe(201);
  });

  it('answers 422 naming workerType or payFrequency for a value not in the agency lists, 400 for missing fields, and changes nothing', async () => {
    const { candidate } = await placedCandidate(ctx.agency);
    const worker = await ctx.agency.as.back_office.post('/api/employees', { candidateId: candidate.id, hiredOn: '2026-12-14', workerType: 'pirate', payFrequency: 'weekly' });
    expect(worker.status).toBe(422);
    expect(worker.body.error.fields).toEqual([{ path: 'workerType', message: expect.stringContaining('w2') }]);
    const pay = await ctx.agency.as.back_office.post('/api/employees', { candidateId: candidate.id, hiredOn: '2026-12-14', workerType: 'c2c', payFrequency: 'daily' });
    expect(pay.status).toBe(422);
    expect(pay.body.error.fields).toEqual([{ path: 'payFrequency', message: expect.any(String) }]);
    const missing = await ctx.agency.as.back_office.post('/api/employees', { candidateId: candidate.id, workerType: 'w2', payFrequency: 'weekly', hiredOn: '14/12/2026' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['hiredOn']);
    expect(await hiringIds()).toContain(candidate.id);
  });

  it('takes a typed employee number when it is free, answers 409 naming number when it is taken, and the next number skips typed ones', async () => {
    const a = await placedCandidate(ctx.agency);
    const b = await placedCandidate(ctx.agency);
    const c = await placedCandidate(ctx.agency);
    const typed = await onboard(ctx.agency, a.candidate.id, { number: 5000 });
    expect(typed.number).toBe(5000);
    const taken = await ctx.agency.as.back_office.post('/api/employees', { candidateId: b.candidate.id, hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly', number: 5000 });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ fields: [{ path: 'number' }], related: [{ type: 'employee', id: typed.id }] });
    const next = await onboard(ctx.agency, c.candidate.id);
    expect(next.number).toBe(5001);
  });

  it('refuses writes to a recruiter and an account manager (403) but lets them read', async () => {
    const { candidate } = await placedCandidate(ctx.agency);
    const body = { candidateId: candidate.id, hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly' };
    expect((await ctx.agency.as.recruiter.post('/api/employees', body)).status).toBe(403);
    expect((await ctx.agency.as.account_manager.post('/api/employees', body)).status).toBe(403);
    const employee = await onboard(ctx.agency, candidate.id);
    const record = await detail(employee.id);
    const documentId = record.data.documents[0]?.id;
    expect((await ctx.agency.as.recruiter.patch(`/api/employees/${employee.id}`, { version: 1, workerType: 'c2c' })).status).toBe(403);
    expect((await ctx.agency.as.recruiter.post(`/api/employees/${employee.id}/terminate`, { version: 1, terminatedOn: '2026-12-20', reason: 'Left' })).status).toBe(403);
    expect((await ctx.agency.as.recruiter.post(`/api/employees/${employee.id}/reactivate`, { version: 1, on: '2026-12-20' })).status).toBe(403);
    expect((await ctx.agency.as.recruiter.patch(`/api/employees/${employee.id}/documents/${documentId}`, { version: 1, received: true })).status).toBe(403);
    const read = await ctx.agency.as.recruiter.get(`/api/employees/${employee.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual({ update: false, terminate: false, reactivate: false, tickDocuments: false });
    expect((await ctx.agency.as.account_manager.get('/api/employees')).status).toBe(200);
    expect((await ctx.agency.as.manager.patch(`/api/employees/${employee.id}`, { version: 1, workerType: 'c2c' })).status).toBe(200);
  });
});

describe('employee records', () => {
  it('terminates an active employee with date and reason, reactivates it, and keeps the history of hire, termination and reactivation', async () => {
    const { candidate } = await placedCandidate(ctx.agency);
    const employee = await onboard(ctx.agency, candidate.id, { hiredOn: '2026-12-01' });

    const early = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/terminate`, { version: 1, terminatedOn: '2026-11-30', reason: 'Contract ended' });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ rule: 'employee.termination_before_hire', fields: [{ path: 'terminatedOn' }] });
    const noReason = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/terminate`, { version: 1, terminatedOn: '2026-12-20', reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([{ path: 'reason', message: 'a reason is required' }]);
    const noDate = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/terminate`, { version: 1, reason: 'Contract ended' });
    expect(noDate.status).toBe(400);
    const notTerminated = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/reactivate`, { version: 1, on: '2026-12-20' });
    expect(notTerminated.status).toBe(422);
    expect(notTerminated.body.error.rule).toBe('employee.not_terminated');

    const terminated = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/terminate`, { version: 1, terminatedOn: '2026-12-20', reason: 'Contract ended' });
    expect(terminated.status).toBe(200);
    expect(terminated.body.data).toMatchObject({ status: 'terminated', terminatedOn: '2026-12-20', terminationReason: 'Contract ended', version: 2 });
    expect(terminated.body.abilities).toMatchObject({ terminate: false, reactivate: true });

    const again = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/terminate`, { version: 2, terminatedOn: '2026-12-21', reason: 'Twice' });
    expect(again.status).toBe(422);
    expect(again.body.error.rule).toBe('employee.not_active');
    const stale = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/reactivate`, { version: 1, on: '2027-01-04' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('changed by');
    const beforeTermination = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/reactivate`, { version: 2, on: '2026-12-19' });
    expect(beforeTermination.status).toBe(422);
    expect(beforeTermination.body.error.fields).toEqual([{ path: 'on', message: expect.stringContaining('2026-12-20') }]);

    const reactivated = await ctx.agency.as.back_office.post(`/api/employees/${employee.id}/reactivate`, { version: 2, on: '2027-01-04' });
    expect(reactivated.status).toBe(200);
    expect(reactivated.body.data).toMatchObject({ status: 'active', terminatedOn: null, terminationReason: null, version: 3 });
    expect(reactivated.body.data.events.map((event: { kind: string; on: string; reason: string }) => `${event.kind} ${event.on} ${event.reason}`.trim())).toEqual([
      'reactivated 2027-01-04',
      'terminated 2026-12-20 Contract ended',
      'hired 2026-12-01',
    ]);
    expect(reactivated.body.data.events[0].actorLabel).toBeTruthy();
  });

  it('ticks a document as received today (agency date) and unticks it, with a version check', async () => {
    setNow('2026-12-16T10:00:00Z');
    const { candidate } = await placedCandidate(ctx.agency);
    const employee = await onboard(ctx.agency, candidate.id);
    const [document] = (await detail(employee.id)).data.documents;
    if (!document) {
      throw new Error('no documents');
    }
    const ticked = await ctx.agency.as.back_office.patch(`/api/employees/${employee.id}/documents/${document.id}`, { version: document.version, received: true, note: 'Passport seen' });
    expect(ticked.status).toBe(200);
    expect(ticked.body.data.documents[0]).toMatchObject({ id: document.id, receivedOn: '2026-12-16', note: 'Passport seen', version: 2 });
    const stale = await ctx.agency.as.back_office.patch(`/api/employees/${employee.id}/documents/${document.id}`, { version: 1, received: false });
    expect(stale.status).toBe(409);
    const unticked = await ctx.agency.as.back_office.patch(`/api/employees/${employee.id}/documents/${document.id}`, { version: 2, received: false });
    expect(unticked.body.data.documents[0]).toMatchObject({ receivedOn: null, note: 'Passport seen' });
    const other = await placedCandidate(ctx.agency);
    const otherEmployee = await onboard(ctx.agency, other.candidate.id);
    expect((await ctx.agency.as.back_office.patch(`/api/employees/${otherEmployee.id}/documents/${document.id}`, { version: 3, received: true })).status).toBe(404);
  });

  it('changes worker type and pay frequency only to values of the agency lists', async () => {
    const { candidate } = await placedCandidate(ctx.agency);
    const employee = await onboard(ctx.agency, candidate.id);
    const bad = await ctx.agency.as.back_office.patch(`/api/employees/${employee.id}`, { version: 1, payFrequency: 'hourly' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual([{ path: 'payFrequency', message: expect.any(String) }]);
    const good = await ctx.agency.as.back_office.patch(`/api/employees/${employee.id}`, { version: 1, workerType: 'c2c', payFrequency: 'monthly' });
    expect(good.body.data).toMatchObject({ workerType: 'c2c', payFrequency: 'monthly', version: 2 });
  });

  it('lists employees filtered by status and name or number, in keyset pages, and exports the same filter as CSV', async () => {
    const names = [
      ['Nadia', 'Listwood'],
      ['Omar', 'Listwood'],
      ['Pia', 'Elsewhere'],
    ];
    const made: EmployeeOut[] = [];
    for (const [firstName, lastName] of names) {
      const { candidate } = await placedCandidate(ctx.agency, { candidate: { firstName, lastName } });
      made.push(await onboard(ctx.agency, candidate.id));
    }
    const [nadia, omar, pia] = made;
    if (!nadia || !omar || !pia) {
      throw new Error('not made');
    }
    await ctx.agency.as.back_office.post(`/api/employees/${omar.id}/terminate`, { version: 1, terminatedOn: '2026-12-20', reason: 'Moved away' });

    const byName = await ctx.agency.as.recruiter.get('/api/employees?q=listw');
    expect(byName.body.data.map((row: EmployeeOut) => row.candidate.name).sort()).toEqual(['Nadia Listwood', 'Omar Listwood']);
    const active = await ctx.agency.as.recruiter.get('/api/employees?q=listwood&status=active');
    expect(active.body.data.map((row: EmployeeOut) => row.id)).toEqual([nadia.id]);
    const terminated = await ctx.agency.as.recruiter.get('/api/employees?status=terminated');
    expect(terminated.body.data.map((row: EmployeeOut) => row.id)).toContain(omar.id);
    expect(terminated.body.data.every((row: EmployeeOut) => row.status === 'terminated')).toBe(true);
    const byNumber = await ctx.agency.as.recruiter.get(`/api/employees?q=E-${pia.number}`);
    expect(byNumber.body.data.map((row: EmployeeOut) => row.id)).toEqual([pia.id]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: EmployeeOut[]; nextCursor: string | null } } = await ctx.agency.as.recruiter.get(`/api/employees?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.data.length).toBeLessThanOrEqual(1);
      seen.push(...page.body.data.map((row) => row.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([nadia.id, omar.id, pia.id]));
    // Omar changed last (terminated), so comes before the two onboarded before him.
    expect(seen.indexOf(omar.id)).toBeLessThan(seen.indexOf(nadia.id));
    expect(seen.indexOf(omar.id)).toBeLessThan(seen.indexOf(pia.id));

    const csv = await ctx.agency.as.recruiter.get('/api/employees.csv?q=listwood');
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toBe('number,name,status,hired_on,terminated_on,termination_reason,worker_type,pay_frequency,candidate_id,id');
    expect(lines.slice(1).sort()).toEqual(
      [
        `${nadia.number},Nadia Listwood,active,2026-12-14,,,w2,weekly,${nadia.candidate.id},${nadia.id}`,
        `${omar.number},Omar Listwood,terminated,2026-12-14,2026-12-20,Moved away,w2,weekly,${omar.candidate.id},${omar.id}`,
      ].sort(),
    );
  });
});

describe('the onboard form', () => {
  it("starts from the agency's date, default worker type and pay frequency, and shows the required documents", async () => {
    setNow('2026-12-16T10:00:00Z');
    const answer = await ctx.agency.as.back_office.get('/api/employees/onboarding-defaults');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ today: '2026-12-16', workerType: 'w2', payFrequency: 'weekly', requiredDocuments: ['Right to work', 'Tax form', 'Bank details', 'Signed contract'] });
  });
});
