import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { employees, placements, tasks } from '../../src/db/schema';
import { resetClock, setNow } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { createOpenJob, createOrganization } from '../factories/jobs';
import { addToPipeline, openJobWithCandidate } from '../factories/pipeline';
import type { Caller } from '../support/http';
import { useTestAgencyWithMail } from '../support/setup';

const ctx = useTestAgencyWithMail();
afterEach(() => resetClock());

type Placement = { id: string; version: number; status: string; [field: string]: unknown };

async function place(as: Caller, entryId: string, body: Record<string, unknown> = {}) {
  return as.post('/api/placements', { entryId, startOn: '2026-12-14', ...body });
}

async function placed(as: Caller, entryId: string, body: Record<string, unknown> = {}): Promise<Placement> {
  const answer = await place(as, entryId, body);
  if (answer.status !== 201) {
    throw new Error(`not placed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data as Placement;
}

const job = async (id: string) => (await ctx.agency.as.manager.get(`/api/jobs/${id}`)).body.data;
const candidateStatus = async (id: string) => (await ctx.agency.as.recruiter.get(`/api/candidates/${id}`)).body.data.status as string;

/** Makes the candidate an employee, as the Back office issue's onboarding will. */
async function makeEmployee(candidateId: string) {
  await ctx.t.database.db.insert(employees).values({ agencyId: ctx.agency.id, candidateId, number: Math.floor(Math.random() * 1e6), hiredOn: '2026-01-05', workerType: 'paye', payFrequency: 'weekly' });
}

describe('placing a candidate', () => {
  it('creates a pending placement and its needs_approval assignment, moves the entry to placed, fills the job with its last opening, and leaves the candidate status alone', async () => {
    const { job: opened, candidate, entry } = await openJobWithCandidate(ctx.agency, { job: { employmentType: 'temporary', openings: 1 } });
    const statusBefore = await candidateStatus(candidate.id);
    const answer = await place(ctx.agency.as.recruiter, entry.id, {
      startOn: '2026-12-14',
      payMinor: 1450,
      payUnit: 'hour',
      billRateMinor: 2100,
      billRateUnit: 'hour',
      schedule: { shifts: [{ days: ['monday', 'tuesday'], startTime: '07:00', endTime: '15:00', location: 'Dock 4' }], expectedHoursPerWeek: 16, timesheetApproverId: null, timesheetCadence: 'weekly' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      status: 'pending',
      assignmentStatus: 'needs_approval',
      assignment: { status: 'needs_approval', startOn: '2026-12-14', everApproved: false },
      employmentType: 'temporary',
      candidate: { id: candidate.id },
      firstTime: true,
      backOffice: 'hiring_management',
      reference: expect.stringMatching(/^P-\d+$/),
    });
    expect(answer.body.data.checklist.map((item: { kind: string }) => item.kind)).toEqual(['start_details_sent', 'documents_received', 'shifts_set', 'billing_set_up']);
    expect(answer.body.data.checklist[0]).toMatchObject({ ownerRole: 'recruiter', dueOn: '2026-12-11', owner: { id: ctx.agency.users.recruiter.id } });
    expect(answer.body.data.checklist[1]).toMatchObject({ ownerRole: 'back_office', owner: { id: ctx.agency.users.back_office.id } });
    expect(answer.body.data.followUps.map((f: { dueOn: string; party: string }) => `${f.dueOn} ${f.party}`)).toEqual(
      expect.arrayContaining(['2026-12-14 candidate', '2026-12-14 client', '2026-12-18 candidate', '2027-01-13 client', '2027-03-14 candidate']),
    );
    expect(answer.body.abilities).toMatchObject({ update: true, cancel: { allowed: true }, reactivate: false });

    const after = await job(opened.id);
    expect(after).toMatchObject({ status: 'filled', filledCount: 1 });
    const entryNow = await ctx.agency.as.recruiter.get(`/api/pipeline/${entry.id}`);
    expect(entryNow.body.data.stage.kind).toBe('placed');
    expect(await candidateStatus(candidate.id)).toBe(statusBefore);

    const startTask = await ctx.t.database.db.select().from(tasks).where(and(eq(tasks.agencyId, ctx.agency.id), eq(tasks.candidateId, candidate.id)));
    expect(startTask.map((task) => task.title)).toEqual(expect.arrayContaining([expect.stringContaining('Confirm the start of')]));
  });

  it('answers 409 when the entry already has a live placement, and refuses a closed job, a permanent placement without start date and a percentage fee without the salary', async () => {
    const { job: opened, entry } = await openJobWithCandidate(ctx.agency, { job: { employmentType: 'permanent', openings: 3, feeType: 'percent', feeBp: 2000 } });
    const noStart = await place(ctx.agency.as.recruiter, entry.id, { startOn: null });
    expect(noStart.status).toBe(422);
    expect(noStart.body.error).toMatchObject({ rule: 'placement.start_required', fields: [{ path: 'startOn' }] });
    const noSalary = await place(ctx.agency.as.recruiter, entry.id);
    expect(noSalary.body.error).toMatchObject({ rule: 'placement.salary_required', fields: [{ path: 'firstYearSalaryMinor' }] });

    const first = await placed(ctx.agency.as.recruiter, entry.id, { firstYearSalaryMinor: 5_500_000 });
    expect(first).toMatchObject({ feeMinor: 1_100_000, currency: expect.any(String) });
    const again = await place(ctx.agency.as.recruiter, entry.id, { firstYearSalaryMinor: 5_500_000 });
    expect(again.status).toBe(409);
    expect(again.body.error.related).toEqual([{ type: 'placement', id: first.id, label: expect.stringMatching(/^P-/) }]);

    expect((await job(opened.id)).filledCount).toBe(1);
  });

  it('refuses a job that is not open with the rule, and the back office may not place', async () => {
    const { job: opened, entry } = await openJobWithCandidate(ctx.agency);
    const current = await job(opened.id);
    await ctx.agency.as.manager.post(`/api/jobs/${opened.id}/transitions`, { to: 'on_hold', version: current.version });
    const refused = await place(ctx.agency.as.recruiter, entry.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'placement.job_not_open' });
    expect((await place(ctx.agency.as.back_office, entry.id)).status).toBe(403);
  });

  it('two people placing the last opening at once: one placement is made, the other answers 409 and the job is never over-filled', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const opened = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id, { openings: 1 });
    const entries = await Promise.all([0, 1].map(async () => addToPipeline(ctx.agency.as.recruiter, opened.id, (await buildCandidate(ctx.agency.as.recruiter)).data.id)));
    const answers = await Promise.all(entries.map((entry, index) => place(index === 0 ? ctx.agency.as.recruiter : ctx.agency.as.manager, entry.id)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const loser = answers.find((answer) => answer.status === 409);
    expect(loser?.body.error).toMatchObject({ code: 'conflict', rule: 'placement.no_opening' });
    expect(await job(opened.id)).toMatchObject({ status: 'filled', filledCount: 1, openings: 1 });
    const made = await ctx.t.database.db.select().from(placements).where(eq(placements.jobId, opened.id));
    expect(made).toHaveLength(1);
  });
});

describe('cancelling placements (B2, B3)', () => {
  it('B2: a recruiter cancels a pending placement of a first-time candidate with a reason; the assignment is cancelled, the filled job reopens, the candidate status stays', async () => {
    const { job: opened, candidate, entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 1 } });
    await ctx.agency.as.recruiter.patch(`/api/candidates/${candidate.id}`, { version: candidate.version, status: 'active' });
    const placement = await placed(ctx.agency.as.recruiter, entry.id);
    expect((await job(opened.id)).status).toBe('filled');

    const noReason = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/cancel`, { version: placement.version, reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([expect.objectContaining({ path: 'reason' })]);

    const cancelled = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/cancel`, { version: placement.version, reason: 'Client froze the headcount' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', assignmentStatus: 'cancelled', cancelReason: 'Client froze the headcount', backOffice: 'assignments' });
    expect(cancelled.body.abilities).toMatchObject({ reactivate: true, cancel: { allowed: false } });
    expect(await job(opened.id)).toMatchObject({ status: 'open', filledCount: 0 });
    const history = await ctx.agency.as.manager.get(`/api/jobs/${opened.id}/status-changes`);
    if (history.status === 200) {
      expect(JSON.stringify(history.body)).toContain('placement cancelled');
    }
    expect(await candidateStatus(candidate.id)).toBe('active');
    const submissions = await ctx.agency.as.recruiter.get(`/api/placements?candidateId=${candidate.id}`);
    expect(submissions.body.data).toEqual([expect.objectContaining({ id: placement.id, status: 'cancelled' })]);
  });

  it('B2: once the candidate is an employee, the front office is refused and pointed to the back office', async () => {
    const { candidate, entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 2 } });
    const placement = await placed(ctx.agency.as.recruiter, entry.id);
    await makeEmployee(candidate.id);
    const record = await ctx.agency.as.recruiter.get(`/api/placements/${placement.id}`);
    expect(record.body.data).toMatchObject({ firstTime: false, backOffice: 'assignments' });
    expect(record.body.abilities.cancel).toEqual({ allowed: false, reason: expect.stringContaining('back office') });
    const refused = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/cancel`, { version: placement.version, reason: 'Changed mind' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'B2', message: expect.stringContaining('back office') });
    expect((await ctx.agency.as.recruiter.get(`/api/placements/${placement.id}`)).body.data.status).toBe('pending');
  });

  it('B3: hiring management lists first-time candidates with their pending count; one reason cancels every pending placement of each selected candidate and removes them', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const jobs = await Promise.all([0, 1, 2].map(() => createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id, { openings: 2 })));
    const [ana, ben, cy] = await Promise.all([0, 1, 2].map(async () => (await buildCandidate(ctx.agency.as.recruiter)).data));
    if (!ana || !ben || !cy) {
      throw new Error('candidates missing');
    }
    for (const jobId of [jobs[0]?.id, jobs[1]?.id]) {
      await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, jobId ?? '', ana.id)).id);
    }
    await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, jobs[2]?.id ?? '', ben.id)).id);
    await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, jobs[0]?.id ?? '', cy.id)).id);

    const hiring = await ctx.agency.as.back_office.get('/api/hiring');
    const counts = Object.fromEntries((hiring.body.data as { candidate: { id: string }; pendingCount: number }[]).map((row) => [row.candidate.id, row.pendingCount]));
    expect(counts[ana.id]).toBe(2);
    expect(counts[ben.id]).toBe(1);

    expect((await ctx.agency.as.recruiter.post('/api/hiring/cancel', { ids: [ana.id], options: { reason: 'x' } })).status).toBe(403);
    const stranger = await buildCandidate(ctx.agency.as.recruiter);
    const refused = await ctx.agency.as.back_office.post('/api/hiring/cancel', { ids: [ana.id, stranger.data.id], options: { reason: 'Budget cut' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'B3', related: [{ type: 'candidate', id: stranger.data.id, label: expect.stringContaining('no pending placement') }] });
    expect(counts[ana.id]).toBe(2);

    const done = await ctx.agency.as.back_office.post('/api/hiring/cancel', { ids: [ana.id, ben.id], options: { reason: 'Client budget cut' } });
    expect(done.status).toBe(200);
    const cancelledOfAna = done.body.data.find((row: { candidateId: string }) => row.candidateId === ana.id);
    expect(cancelledOfAna.cancelledPlacementIds).toHaveLength(2);
    const after = await ctx.agency.as.back_office.get('/api/hiring');
    const left = (after.body.data as { candidate: { id: string } }[]).map((row) => row.candidate.id);
    expect(left).not.toContain(ana.id);
    expect(left).not.toContain(ben.id);
    expect(left).toContain(cy.id);
    const anas = await ctx.agency.as.recruiter.get(`/api/placements?candidateId=${ana.id}`);
    expect(anas.body.data.map((p: { status: string; assignmentStatus: string }) => `${p.status}/${p.assignmentStatus}`)).toEqual(['cancelled/cancelled', 'cancelled/cancelled']);
    expect(await candidateStatus(ana.id)).toBe('new');
  });

  it('B3: the back office cancels a single placement of a candidate with several from the assignments tab', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const first = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id);
    const second = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id);
    const candidate = (await buildCandidate(ctx.agency.as.recruiter)).data;
    const one = await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, first.id, candidate.id)).id);
    await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, second.id, candidate.id)).id);
    const cancelled = await ctx.agency.as.back_office.post(`/api/placements/${one.id}/cancel`, { version: one.version, reason: 'Wrong site' });
    expect(cancelled.status).toBe(200);
    const hiring = await ctx.agency.as.back_office.get('/api/hiring');
    expect(hiring.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ candidate: expect.objectContaining({ id: candidate.id }), pendingCount: 1 })]));
  });
});

describe('reactivating a cancelled placement (B4)', () => {
  it('B4: places the same placement again with the edits (pending, assignment needs_approval, opening taken); 409 when the job filled meanwhile', async () => {
    const { job: opened, organization, entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 1 } });
    const placement = await placed(ctx.agency.as.recruiter, entry.id);
    const cancelled = (await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/cancel`, { version: placement.version, reason: 'Start delayed' })).body.data;

    const again = await ctx.agency.as.back_office.post(`/api/placements/${placement.id}/reactivate`, { version: cancelled.version, startOn: '2027-01-04' });
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ id: placement.id, status: 'pending', assignmentStatus: 'needs_approval', startOn: '2027-01-04', assignment: { startOn: '2027-01-04' }, cancelReason: null });
    expect(await job(opened.id)).toMatchObject({ status: 'filled', filledCount: 1 });

    const recancelled = (await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/cancel`, { version: again.body.data.version, reason: 'Delayed again' })).body.data;
    const rival = await addToPipeline(ctx.agency.as.recruiter, opened.id, (await buildCandidate(ctx.agency.as.recruiter)).data.id);
    await placed(ctx.agency.as.recruiter, rival.id);
    const refused = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/reactivate`, { version: recancelled.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ rule: 'B4', message: expect.stringContaining('filled meanwhile') });
    expect(organization.id).toBeTruthy();
  });
});

describe('after placing: start, handoff, follow-ups, issues, replacement, repeat demand, confirmations', () => {
  it('the start is confirmed on or after the start date; a late start moves the start and the open follow-ups', async () => {
    const { entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 2 } });
    const placement = await placed(ctx.agency.as.recruiter, entry.id, { startOn: '2026-12-14' });
    setNow('2026-12-10T10:00:00Z');
    const early = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/start`, { version: placement.version, outcome: 'on_time' });
    expect(early.body.error).toMatchObject({ rule: 'placement.start_not_reached' });
    setNow('2026-12-14T10:00:00Z');
    const noDate = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/start`, { version: placement.version, outcome: 'late' });
    expect(noDate.body.error).toMatchObject({ fields: [{ path: 'newStartOn' }] });
    const late = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/start`, { version: placement.version, outcome: 'late', newStartOn: '2026-12-16', note: 'Train strike' });
    expect(late.status).toBe(200);
    expect(late.body.data).toMatchObject({ startOutcome: 'late', startOn: '2026-12-16', assignment: { startOn: '2026-12-16' } });
    expect(late.body.data.followUps.map((f: { dueOn: string }) => f.dueOn)).toContain('2026-12-16');
    expect(late.body.abilities.confirmStart).toBe(false);
  });

  it('handoff: ticking an item moves the progress bar; overdue items become one task each for their owner', async () => {
    const { entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 2, employmentType: 'contract' } });
    const placement = await placed(ctx.agency.as.recruiter, entry.id, { startOn: '2026-12-14' });
    const record = (await ctx.agency.as.recruiter.get(`/api/placements/${placement.id}`)).body.data;
    expect(record.handoffProgress).toBe(0);
    const item = record.checklist[0];
    const ticked = await ctx.agency.as.recruiter.patch(`/api/placements/${placement.id}/checklist/${item.id}`, { version: item.version, done: true });
    expect(ticked.body.data.handoffProgress).toBe(20);
    expect(ticked.body.data.checklist[0]).toMatchObject({ doneAt: expect.any(String), doneBy: expect.any(String) });

    const { raiseOverdueChecklistTasks } = await import('../../src/modules/placements/handoff-service');
    setNow('2026-12-15T10:00:00Z');
    const raised = await ctx.t.database.db.transaction((tx) => raiseOverdueChecklistTasks(tx, ctx.agency.id));
    expect(raised).toBeGreaterThanOrEqual(4);
    expect(await ctx.t.database.db.transaction((tx) => raiseOverdueChecklistTasks(tx, ctx.agency.id))).toBe(0);
    const after = (await ctx.agency.as.recruiter.get(`/api/placements/${placement.id}`)).body.data;
    expect(after.checklist.filter((i: { overdue: boolean }) => i.overdue)).toHaveLength(4);
    const mine = await ctx.agency.as.back_office.get('/api/tasks/mine');
    expect(JSON.stringify(mine.body)).toContain('Overdue handoff');
  });

  it('follow-ups record the check-in and close their task; issues are logged and resolved; unknown issue kinds are refused', async () => {
    const { entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 2 } });
    const placement = await placed(ctx.agency.as.recruiter, entry.id);
    const followUp = placement.followUps as { id: string; version: number; taskId: string }[];
    const first = followUp[0];
    if (!first) {
      throw new Error('no follow-ups');
    }
    const done = await ctx.agency.as.recruiter.patch(`/api/placements/${placement.id}/follow-ups/${first.id}`, { version: first.version, done: true, feedback: 'Settled in well; client wants two more pickers', satisfaction: 5 });
    expect(done.body.data.followUps.find((f: { id: string }) => f.id === first.id)).toMatchObject({ doneAt: expect.any(String), satisfaction: 5 });
    const [task] = await ctx.t.database.db.select().from(tasks).where(eq(tasks.id, first.taskId));
    expect(task?.doneAt).toBeInstanceOf(Date);
    expect(done.body.data.followUpsDone).toBe(1);

    const unknown = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/issues`, { kind: 'mystery', severity: 'low', note: 'x' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields).toEqual([expect.objectContaining({ path: 'kind' })]);
    const logged = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/issues`, { kind: 'attendance', severity: 'medium', note: 'Late twice in week one' });
    expect(logged.body.data).toMatchObject({ openIssues: 1, issues: [{ kind: 'attendance', severity: 'medium', resolution: null }] });
    const issue = logged.body.data.issues[0];
    const resolved = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/issues/${issue.id}/resolve`, { version: issue.version, resolution: 'Shift moved to 8:00' });
    expect(resolved.body.data).toMatchObject({ openIssues: 0, issues: [{ resolution: 'Shift moved to 8:00', resolvedAt: expect.any(String) }] });
  });

  it('repeat demand becomes a new job order in intake, linked to the placement (account managers and above)', async () => {
    const { entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 2 } });
    const placement = await placed(ctx.agency.as.recruiter, entry.id);
    expect((await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/repeat-orders`, { kind: 'job', title: 'Two more pickers' })).status).toBe(403);
    const made = await ctx.agency.as.account_manager.post(`/api/placements/${placement.id}/repeat-orders`, { kind: 'job', title: 'Two more pickers', openings: 2 });
    expect(made.status).toBe(200);
    const [order] = made.body.data.repeatOrders;
    expect(order).toMatchObject({ kind: 'job', label: expect.stringContaining('Two more pickers') });
    const newJob = await job(order.id);
    expect(newJob).toMatchObject({ status: 'intake', openings: 2, deliveryNotes: expect.stringContaining(placement.reference as string) });
    const deal = await ctx.agency.as.account_manager.post(`/api/placements/${placement.id}/repeat-orders`, { kind: 'deal', title: 'Night shift team', valueMinor: 1_200_000 });
    expect(deal.body.data.repeatOrders).toHaveLength(2);
  });

  it('a replacement for a placement that ran and fell off takes over its opening on the filled job; both show the link', async () => {
    const { job: opened, entry } = await openJobWithCandidate(ctx.agency, { job: { openings: 1, employmentType: 'permanent', feeType: 'flat', feeFlatMinor: 900_000 } });
    const runnerUp = await addToPipeline(ctx.agency.as.recruiter, opened.id, (await buildCandidate(ctx.agency.as.recruiter)).data.id);
    const original = await placed(ctx.agency.as.recruiter, entry.id, { startOn: '2026-12-01' });
    expect(await job(opened.id)).toMatchObject({ status: 'filled', filledCount: 1 });
    const tooEarly = await place(ctx.agency.as.recruiter, runnerUp.id, { replacesPlacementId: original.id });
    expect(tooEarly.body.error).toMatchObject({ rule: 'placement.replacement_live' });
    // The back office's direct-path approval closes a permanent assignment (B8, built by the Back office issue).
    await ctx.t.database.db.update(placements).set({ status: 'closed' }).where(eq(placements.id, original.id));

    const replacement = await place(ctx.agency.as.recruiter, runnerUp.id, { replacesPlacementId: original.id, startOn: '2027-02-01' });
    expect(replacement.status).toBe(201);
    expect(replacement.body.data.replaces).toMatchObject({ id: original.id, reference: original.reference });
    expect(await job(opened.id)).toMatchObject({ status: 'filled', filledCount: 1 });
    const originalNow = await ctx.agency.as.recruiter.get(`/api/placements/${original.id}`);
    expect(originalNow.body.data.replacedBy).toEqual([expect.objectContaining({ id: replacement.body.data.id })]);

    const other = await openJobWithCandidate(ctx.agency, { job: { openings: 1 } });
    const wrongJob = await place(ctx.agency.as.recruiter, other.entry.id, { replacesPlacementId: original.id });
    expect(wrongJob.body.error).toMatchObject({ rule: 'placement.replacement_job' });
  });

  it('confirmation emails reach the candidate and the hiring contact over SMTP from the templates', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const contact = (await ctx.agency.as.account_manager.post('/api/contacts', { firstName: 'Priya', lastName: 'Shah', organizationId: organization.id, emails: ['priya.shah@client.example'] })).body.data;
    const opened = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id, { contactId: contact.id, title: 'Forklift driver' });
    const candidate = (await buildCandidate(ctx.agency.as.recruiter, { firstName: 'Marta', emails: ['marta.k@mail.example'] })).data;
    const placement = await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, opened.id, candidate.id)).id, { startOn: '2027-01-04' });
    const sent = await ctx.agency.as.recruiter.post(`/api/placements/${placement.id}/confirmations`, { recipients: ['candidate', 'client'], startDetails: 'Report to gate 2 at 7:00', nextSteps: 'Bring safety boots', documentsNeeded: 'Passport' });
    expect(sent.status).toBe(200);
    expect(sent.body.data.map((mail: { to: string }) => mail.to).sort()).toEqual(['marta.k@mail.example', 'priya.shah@client.example']);
    await ctx.t.runJobs();
    const decoded = (to: string) => ctx.smtp.received.find((mail) => mail.to.includes(to))?.raw.replace(/=\r?\n/g, '');
    const toCandidate = { raw: decoded('marta.k@mail.example') };
    const toClient = { raw: decoded('priya.shah@client.example') };
    expect(toCandidate.raw).toContain('Report to gate 2 at 7:00');
    expect(toCandidate.raw).toContain('Monday, 4 January 2027');
    expect(toClient.raw).toContain('Forklift driver');
  });
});

describe('placements overview', () => {
  it('filters by client, type and start date and shows handoff, start, billing and follow-ups', async () => {
    const organization = await createOrganization(ctx.agency.as.account_manager);
    const opened = await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id, { openings: 3, employmentType: 'contract' });
    for (const startOn of ['2027-02-01', '2027-03-01']) {
      await placed(ctx.agency.as.recruiter, (await addToPipeline(ctx.agency.as.recruiter, opened.id, (await buildCandidate(ctx.agency.as.recruiter)).data.id)).id, { startOn });
    }
    const all = await ctx.agency.as.manager.get(`/api/placements?organizationId=${organization.id}`);
    expect(all.body.data).toHaveLength(2);
    expect(all.body.data[0]).toMatchObject({ employmentType: 'contract', handoffProgress: 0, billingReady: false, followUpsDone: 0, followUpsTotal: 8, startOutcome: null });
    const march = await ctx.agency.as.manager.get(`/api/placements?organizationId=${organization.id}&startFrom=2027-02-15&employmentType=contract`);
    expect(march.body.data.map((p: { startOn: string }) => p.startOn)).toEqual(['2027-03-01']);
    const page = await ctx.agency.as.manager.get(`/api/placements?organizationId=${organization.id}&limit=1`);
    const next = await ctx.agency.as.manager.get(`/api/placements?organizationId=${organization.id}&limit=1&cursor=${page.body.nextCursor}`);
    expect([page.body.data[0].id, next.body.data[0].id]).toHaveLength(2);
    expect(page.body.data[0].id).not.toBe(next.body.data[0].id);
    expect((await ctx.agency.as.manager.get('/api/placements?startFrom=tomorrow')).status).toBe(400);
  });
});
