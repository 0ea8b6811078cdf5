import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, jobStatusChanges, tasks } from '../../src/db/schema';
import { advance, resetClock } from '../../src/platform/clock';
import { ALL_YES, createOpenJob, createOrganization, jobBody } from '../factories/jobs';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
const am = () => ctx.agency.as.account_manager;

describe('job intake', () => {
  it('takes in a job with every intake field: numbered per agency, status intake, stages copied from the template, audited', async () => {
    const organization = await createOrganization(am(), 'Harbour Logistics');
    const body = jobBody(organization.id, {
      title: 'Night shift forklift driver',
      description: '<p>Driving <strong>counterbalance</strong> trucks.</p><script>alert(1)</script><a href="javascript:alert(1)" onclick="x()">bad</a>',
      employmentType: 'contract',
      location: 'Felixstowe',
      remotePolicy: 'onsite',
      payMinMinor: 1500,
      payMaxMinor: 1800,
      payUnit: 'hour',
      billRateMinor: 2400,
      billRateUnit: 'hour',
      currency: 'GBP',
      urgency: 'high',
      openings: 3,
      targetStartOn: '2026-12-01',
      submissionRules: 'CV plus forklift licence scan',
      interviewProcess: 'One site visit',
      mustHaveSkills: ['Counterbalance forklift licence'],
      niceToHaveSkills: ['Reach truck'],
      successCriteria: 'Three drivers on nights by 1 December',
      advertText: 'Join our busy port team on nights.',
      deliveryNotes: 'Client prefers local candidates',
      sourcingPlan: ['job_boards', 'database_search'],
      applicationForm: {
        fields: [{ field: 'phone', required: true }, { field: 'cv', required: false }],
        questions: [
          { id: 'licence', kind: 'yes_no', label: 'Do you hold a counterbalance licence?', required: true, knockout: ['no'] },
          { id: 'years', kind: 'number', label: 'Years of experience', required: false, knockoutBelow: 1 },
        ],
      },
      ownerId: ctx.agency.users.account_manager.id,
      recruiterIds: [ctx.agency.users.recruiter.id],
    });
    const created = await am().post('/api/jobs', body);
    expect(created.status).toBe(201);
    const job = created.body.data;
    expect(job).toMatchObject({
      reference: `J-${job.number}`,
      status: 'intake',
      title: 'Night shift forklift driver',
      organization: { id: organization.id, name: 'Harbour Logistics' },
      owner: { id: ctx.agency.users.account_manager.id },
      recruiters: [{ id: ctx.agency.users.recruiter.id }],
      openings: 3,
      filledCount: 0,
      payMinMinor: 1500,
      sourcingPlan: ['job_boards', 'database_search'],
      applicationForm: body.applicationForm,
      qualification: null,
    });
    expect(job.number).toBeGreaterThanOrEqual(1001);
    expect(job.description).toBe('<p>Driving <strong>counterbalance</strong> trucks.</p><a rel="noopener noreferrer nofollow" target="_blank">bad</a>');
    expect(job.stages.map((stage: { kind: string }) => stage.kind)).toEqual(['sourced', 'screening', 'shortlisted', 'submitted', 'interview', 'offer', 'placed', 'rejected', 'withdrawn']);
    expect(created.body.abilities.transitions).toEqual([{ to: 'cancelled', reasonRequired: false }]);
    expect(created.body.abilities.qualify).toBe(true);

    const next = await am().post('/api/jobs', jobBody(organization.id));
    expect(next.body.data.number).toBe(job.number + 1);
    const audit = await ctx.t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entity, 'job'), eq(auditEvents.entityId, job.id)));
    expect(audit.map((event) => event.action)).toEqual(['create']);
  });

  it('takes the currency from the organization when none is given', async () => {
    const organization = await createOrganization(am());
    const created = await am().post('/api/jobs', jobBody(organization.id));
    expect(created.body.data.currency).toMatch(/^[A-Z]{3}$/);
  });

  it('refuses bad intake input naming the field, and changes nothing', async () => {
    const organization = await createOrganization(am());
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ payMinMinor: 2000, payMaxMinor: 1000 }, 'payMaxMinor'],
      [{ feeType: 'percent' }, 'feeBp'],
      [{ employmentType: 'gig' }, 'employmentType'],
      [{ openings: 0 }, 'openings'],
      [{ applicationForm: { fields: [], questions: [{ id: 'q', kind: 'choice', label: 'Shift?', options: ['Days', 'Nights'], knockout: ['Weekends'] }] } }, 'applicationForm.questions.0.knockout.0'],
    ];
    for (const [override, path] of cases) {
      const response = await am().post('/api/jobs', jobBody(organization.id, override));
      expect(response.status, path).toBe(400);
      expect(response.body.error.fields.map((field: { path: string }) => field.path), path).toContain(path);
    }
    expect((await am().get(`/api/jobs?organizationId=${organization.id}`)).body.data).toEqual([]);
  });

  it('the hiring contact and the deal must belong to the job\'s organization', async () => {
    const mine = await createOrganization(am());
    const other = await createOrganization(am());
    const contact = await am().post('/api/contacts', { firstName: 'Ola', lastName: 'Other', organizationId: other.id });
    const response = await am().post('/api/jobs', jobBody(mine.id, { contactId: contact.body.data.id }));
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual([{ path: 'contactId', message: 'the hiring contact must be a contact of the organization' }]);
  });

  it('account managers, managers and admins write job orders; recruiters and back office read them', async () => {
    const organization = await createOrganization(am());
    expect((await ctx.agency.as.recruiter.post('/api/jobs', jobBody(organization.id))).status).toBe(403);
    expect((await ctx.agency.as.back_office.post('/api/jobs', jobBody(organization.id))).status).toBe(403);
    const created = await ctx.agency.as.manager.post('/api/jobs', jobBody(organization.id));
    expect(created.status).toBe(201);
    const read = await ctx.agency.as.recruiter.get(`/api/jobs/${created.body.data.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual({ update: false, qualify: false, editStages: false, transitions: [] });
  });

  it('setting a next action at intake creates the job\'s task, shown as its next action', async () => {
    const organization = await createOrganization(am());
    const dueAt = '2030-01-15T09:00:00.000Z';
    const created = await am().post('/api/jobs', jobBody(organization.id, { nextAction: { title: 'Send shortlist plan to client', dueAt } }));
    expect(created.body.data.nextAction).toMatchObject({ title: 'Send shortlist plan to client', dueAt, assignee: { id: ctx.agency.users.account_manager.id } });
    const rows = await ctx.t.database.db.select().from(tasks).where(eq(tasks.jobId, created.body.data.id));
    expect(rows).toHaveLength(1);
  });
});

describe('qualification and status', () => {
  it('records the four checks; a "no" keeps the job in intake, four yes qualify it', async () => {
    const organization = await createOrganization(am());
    const created = await am().post('/api/jobs', jobBody(organization.id));
    const id = created.body.data.id;
    const unfunded = { ...ALL_YES, fundable: { answer: false, note: 'Budget not signed off yet' } };
    const first = await am().put(`/api/jobs/${id}/qualification`, { version: created.body.data.version, checks: unfunded });
    expect(first.status).toBe(200);
    expect(first.body.data.status).toBe('intake');
    expect(first.body.data.qualification.checks.fundable).toEqual({ answer: false, note: 'Budget not signed off yet' });
    const noNote = await am().put(`/api/jobs/${id}/qualification`, { version: first.body.data.version, checks: { ...ALL_YES, real: { answer: true, note: '' } } });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields[0].path).toBe('checks.real.note');
    const byHand = await am().post(`/api/jobs/${id}/transitions`, { to: 'qualified', version: first.body.data.version });
    expect(byHand.status).toBe(422);
    expect(byHand.body.error.rule).toBe('job.qualification_required');
    const second = await am().put(`/api/jobs/${id}/qualification`, { version: first.body.data.version, checks: ALL_YES });
    expect(second.body.data).toMatchObject({ status: 'qualified', qualification: { checks: ALL_YES, decidedBy: expect.any(String) } });
    const again = await am().put(`/api/jobs/${id}/qualification`, { version: second.body.data.version, checks: ALL_YES });
    expect(again.status).toBe(422);
  });

  it('walks the lifecycle: an owner is needed to open, hold and resume, close, reopen with a reason; every change is kept', async () => {
    const organization = await createOrganization(am());
    const created = await am().post('/api/jobs', jobBody(organization.id));
    const id = created.body.data.id;
    let version = (await am().put(`/api/jobs/${id}/qualification`, { version: created.body.data.version, checks: ALL_YES })).body.data.version;
    const move = async (to: string, reason?: string) => {
      const response = await am().post(`/api/jobs/${id}/transitions`, { to, reason, version });
      if (response.status === 200) {
        version = response.body.data.version;
      }
      return response;
    };
    const ownerless = await move('open');
    expect(ownerless.status).toBe(422);
    expect(ownerless.body.error).toMatchObject({ rule: 'job.owner_required', fields: [{ path: 'ownerId' }] });
    version = (await am().patch(`/api/jobs/${id}`, { version, ownerId: ctx.agency.users.account_manager.id })).body.data.version;
    const opened = await move('open');
    expect(opened.body.data).toMatchObject({ status: 'open', firstOpenedAt: expect.any(String) });
    expect(opened.body.abilities.transitions.map((t: { to: string }) => t.to)).toEqual(['on_hold', 'closed', 'cancelled']);
    expect((await move('filled')).body.error.rule).toBe('job.filled_by_system');
    expect((await move('on_hold', 'Client froze hiring until January')).body.data.status).toBe('on_hold');
    expect((await move('open')).body.data.status).toBe('open');
    expect((await move('closed', 'Client filled it themselves')).body.data.status).toBe('closed');
    const noReason = await move('open');
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ rule: 'job.reopen_reason_required', fields: [{ path: 'reason' }] });
    expect((await move('open', 'Their hire fell through')).body.data.status).toBe('open');
    const illegal = await move('qualified');
    expect(illegal.status).toBe(422);
    const history = await ctx.t.database.db.select().from(jobStatusChanges).where(eq(jobStatusChanges.jobId, id)).orderBy(jobStatusChanges.createdAt);
    expect(history.map((change) => [change.fromStatus, change.toStatus, change.reason])).toEqual([
      [null, 'intake', null],
      ['intake', 'qualified', 'All four qualification checks answered yes'],
      ['qualified', 'open', null],
      ['open', 'on_hold', 'Client froze hiring until January'],
      ['on_hold', 'open', null],
      ['open', 'closed', 'Client filled it themselves'],
      ['closed', 'open', 'Their hire fell through'],
    ]);
    expect(history.every((change) => change.actorId === ctx.agency.users.account_manager.id)).toBe(true);
    // The timeline shows each change once, with its reason (the audit event behind it is not repeated).
    const timeline = await ctx.agency.as.recruiter.get(`/api/timeline?jobId=${id}&limit=100`);
    const kinds = timeline.body.data.map((item: { kind: string }) => item.kind);
    expect(kinds.filter((kind: string) => kind === 'status_change')).toHaveLength(history.length);
    expect(timeline.body.data.filter((item: { kind: string; title: string }) => item.kind === 'audit' && /status/i.test(item.title))).toEqual([]);
  });

  it('an illegal transition answers 422 naming the rule, a stale version 409; neither changes the job', async () => {
    const organization = await createOrganization(am());
    const created = await am().post('/api/jobs', jobBody(organization.id, { ownerId: ctx.agency.users.account_manager.id }));
    const illegal = await am().post(`/api/jobs/${created.body.data.id}/transitions`, { to: 'open', version: created.body.data.version });
    expect(illegal.status).toBe(422);
    expect(illegal.body.error).toMatchObject({ rule: 'job.transition', message: 'A job cannot go from intake to open' });
    const edited = await am().patch(`/api/jobs/${created.body.data.id}`, { version: created.body.data.version, title: 'Renamed' });
    const stale = await am().patch(`/api/jobs/${created.body.data.id}`, { version: created.body.data.version, title: 'Lost update' });
    expect(stale.status).toBe(409);
    // The refusal names who changed the job since (UI.md: "changed by X since you opened it").
    const editor = (await ctx.agency.as.admin.get(`/api/users/${ctx.agency.users.account_manager.id}`)).body.data.name;
    expect(stale.body.error.message).toBe(`This job was changed by ${editor} since you opened it; reload to see the changes`);
    expect((await am().get(`/api/jobs/${created.body.data.id}`)).body.data).toMatchObject({ title: 'Renamed', status: 'intake', version: edited.body.data.version });
  });

  it('an open job without a next action is flagged at risk with its reason', async () => {
    const organization = await createOrganization(am());
    const job = await createOpenJob(am(), organization.id, ctx.agency.users.account_manager.id);
    const read = await am().get(`/api/jobs/${job.id}`);
    expect(read.body.data.health).toMatchObject({ atRisk: true, atRiskReasons: [{ rule: 'no_next_action', message: 'Open with no next action' }], daysInStatus: 0, daysIntakeToOpen: 0 });
  });
});

describe('job list', () => {
  it('filters by status, owner, recruiter, organization, type, urgency, reference and built-in views; counts per status', async () => {
    const organization = await createOrganization(am());
    const owner = ctx.agency.users.account_manager.id;
    const open = await createOpenJob(am(), organization.id, owner, { employmentType: 'permanent', urgency: 'critical', recruiterIds: [ctx.agency.users.recruiter.id] });
    const intake = await am().post('/api/jobs', jobBody(organization.id, { employmentType: 'contract' }));
    const list = async (query: string) => (await ctx.agency.as.recruiter.get(`/api/jobs?organizationId=${organization.id}&${query}`)).body.data.map((job: { id: string }) => job.id);
    expect(await list('status=open')).toEqual([open.id]);
    expect(await list('status=open,intake')).toEqual([intake.body.data.id, open.id]);
    expect(await list(`ownerId=${owner}`)).toEqual([open.id]);
    expect(await list(`recruiterId=${ctx.agency.users.recruiter.id}`)).toEqual([open.id]);
    expect(await list('employmentType=contract')).toEqual([intake.body.data.id]);
    expect(await list('urgency=critical')).toEqual([open.id]);
    expect(await list(`q=J-${open.number}`)).toEqual([open.id]);
    expect(await list('view=my_open')).toEqual([open.id]);
    const counts = await am().get(`/api/jobs/counts?organizationId=${organization.id}&status=open`);
    expect(counts.body.data).toEqual({ open: 1, intake: 1 });
    const bad = await am().get('/api/jobs?status=sleeping');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('status.0');
  });

  it('"On hold > 14 days" shows the jobs on hold past the agency\'s threshold', async () => {
    const organization = await createOrganization(am());
    const job = await createOpenJob(am(), organization.id, ctx.agency.users.account_manager.id);
    await am().post(`/api/jobs/${job.id}/transitions`, { to: 'on_hold', version: job.version });
    // An API key, not the session: fifteen idle days would sign the session out.
    const onHold = () => ctx.agency.apiKey.account_manager.get(`/api/jobs?organizationId=${organization.id}&view=on_hold_long`);
    expect((await onHold()).body.data).toEqual([]);
    try {
      advance(15 * 24 * 3600 * 1000);
      const later = await onHold();
      expect(later.body.data.map((row: { id: string }) => row.id)).toEqual([job.id]);
      expect(later.body.data[0].health.atRiskReasons).toEqual([{ rule: 'on_hold_too_long', message: 'On hold for 15 days' }]);
    } finally {
      resetClock();
    }
  });

  it('pages with a keyset cursor and exports the filter as CSV', async () => {
    const organization = await createOrganization(am(), 'Paging Co');
    for (let i = 0; i < 5; i += 1) {
      await am().post('/api/jobs', jobBody(organization.id, { title: `Picker ${i}` }));
    }
    const first = await am().get(`/api/jobs?organizationId=${organization.id}&limit=3`);
    const second = await am().get(`/api/jobs?organizationId=${organization.id}&limit=3&cursor=${first.body.nextCursor}`);
    expect(first.body.data.map((j: { title: string }) => j.title)).toEqual(['Picker 4', 'Picker 3', 'Picker 2']);
    expect(second.body.data.map((j: { title: string }) => j.title)).toEqual(['Picker 1', 'Picker 0']);
    expect(second.body.nextCursor).toBeNull();
    const csv = await am().get(`/api/jobs/export.csv?organizationId=${organization.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toContain('Reference,Title,Status,Organization');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('Picker 4,intake,Paging Co');
  });
});

describe('pipeline stages', () => {
  it('a job\'s stages can be renamed, reordered, added and removed, always keeping one placed and a rejected stage', async () => {
    const organization = await createOrganization(am());
    const created = await am().post('/api/jobs', jobBody(organization.id));
    const stages: { id: string; name: string; kind: string }[] = created.body.data.stages;
    const edited = stages.filter((stage) => stage.kind !== 'withdrawn').map((stage) => (stage.kind === 'interview' ? { ...stage, name: 'Site visit' } : stage));
    edited.splice(2, 0, { name: 'Licence check', kind: 'screening' } as (typeof stages)[number]);
    const saved = await am().put(`/api/jobs/${created.body.data.id}/stages`, { version: created.body.data.version, stages: edited.map(({ id, name, kind }) => ({ id, name, kind })) });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(created.body.data.version + 1);
    const stale = await am().put(`/api/jobs/${created.body.data.id}/stages`, { version: created.body.data.version, stages: edited.map(({ id, name, kind }) => ({ id, name, kind })) });
    expect(stale.status).toBe(409);
    expect(saved.body.data.map((stage: { name: string }) => stage.name)).toEqual(['Sourced', 'Screening', 'Licence check', 'Shortlisted', 'Submitted to client', 'Site visit', 'Offer', 'Placed', 'Rejected']);
    const withoutPlaced = saved.body.data.filter((stage: { kind: string }) => stage.kind !== 'placed');
    const refused = await am().put(`/api/jobs/${created.body.data.id}/stages`, { version: saved.body.version, stages: withoutPlaced });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{ path: 'stages', message: 'needs exactly one stage of kind placed (has 0)' }]);
    const withoutRejected = saved.body.data.filter((stage: { kind: string }) => stage.kind !== 'rejected');
    expect((await am().put(`/api/jobs/${created.body.data.id}/stages`, { version: saved.body.version, stages: withoutRejected })).status).toBe(422);
    expect((await am().get(`/api/jobs/${created.body.data.id}`)).body.data.stages).toHaveLength(9);
  });

  it('managers edit the default template; new jobs copy it, existing jobs keep theirs; others may not edit it', async () => {
    const organization = await createOrganization(am());
    const before = await am().post('/api/jobs', jobBody(organization.id));
    const read = (await ctx.agency.as.manager.get('/api/stage-template')).body;
    const template = read.data;
    const changed = template.map((stage: { id: string; name: string; kind: string }) => ({ id: stage.id, name: stage.kind === 'screening' ? 'Phone screen' : stage.name, kind: stage.kind }));
    expect((await am().put('/api/stage-template', { version: read.version, stages: changed })).status).toBe(403);
    const saved = await ctx.agency.as.manager.put('/api/stage-template', { version: read.version, stages: changed });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(read.version + 1);
    const stale = await ctx.agency.as.admin.put('/api/stage-template', { version: read.version, stages: changed });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/^This stage template was changed by .+ since you opened it/);
    const after = await am().post('/api/jobs', jobBody(organization.id));
    expect(after.body.data.stages[1].name).toBe('Phone screen');
    expect((await am().get(`/api/jobs/${before.body.data.id}`)).body.data.stages[1].name).toBe('Screening');
  });
});
