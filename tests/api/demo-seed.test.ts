import { describe, expect, it } from 'vitest';
import { DEMO, seedDemoAgency } from '../../src/seed/demo';
import { signIn } from '../support/http';
import { afterAll, beforeAll } from 'vitest';
import { type TestApp, startTestApp } from '../support/app';

const ctx = {} as { t: TestApp };
beforeAll(async () => {
  ctx.t = await startTestApp();
});
afterAll(() => ctx.t.close());

describe('demo agency', () => {
  it('shows every capability working: pipelines in every stage, submissions with feedback, interviews, offers, placements in hiring management, a filled job, and the back office at work', async () => {
    expect(await seedDemoAgency(ctx.t.database, ctx.t.jobs)).toBe(true);
    const recruiter = await signIn(ctx.t.app, 'recruiter@northwind.test', DEMO.password);
    const jobs = (await recruiter.get('/api/jobs?limit=50')).body.data as { id: string; title: string; status: string }[];
    const warehouse = jobs.find((job) => job.title === 'Warehouse team leader (nights)');
    const board = await recruiter.get(`/api/jobs/${warehouse?.id}/pipeline/board`);
    const kinds = new Set((board.body.data.stages as { kind: string; count: number }[]).filter((stage) => stage.count > 0).map((stage) => stage.kind));
    expect([...kinds].sort()).toEqual(['interview', 'placed', 'rejected', 'screening', 'shortlisted', 'sourced', 'submitted']);
    expect(jobs.find((job) => job.title === 'Data engineer')?.status).toBe('filled');

    const submissions = await recruiter.get(`/api/jobs/${warehouse?.id}/submissions`);
    expect(submissions.body.data.length).toBeGreaterThan(0);
    const placements = (await recruiter.get('/api/placements')).body.data as { status: string }[];
    expect(placements.map((placement) => placement.status).sort()).toEqual(['active', 'active', 'cancelled', 'closed', 'pending', 'pending']);
    const hiring = await recruiter.get('/api/hiring');
    expect(hiring.body.data.length).toBe(2);

    // The back office: two running assignments (B5's default list), a direct hire approved and closed (B8).
    const backOffice = await signIn(ctx.t.app, 'backoffice@northwind.test', DEMO.password);
    const open = (await backOffice.get('/api/assignments')).body.data as { status: string; currentRates: unknown }[];
    expect(open.map((assignment) => assignment.status).sort()).toEqual(['active', 'active', 'needs_approval', 'needs_approval']);
    expect(open.filter((assignment) => assignment.status === 'active').every((assignment) => assignment.currentRates !== null)).toBe(true);
    const closed = (await backOffice.get('/api/assignments?status=closed')).body.data as { employmentType: string }[];
    expect(closed.map((assignment) => assignment.employmentType)).toEqual(['permanent']);
    const approved = (await backOffice.get('/api/timesheets?status=approved')).body.data as unknown[];
    expect(approved.length).toBeGreaterThanOrEqual(4);
    const submitted = (await backOffice.get('/api/timesheets?status=submitted')).body.data as unknown[];
    expect(submitted.length).toBeGreaterThan(0);
    const invoices = (await backOffice.get('/api/invoices')).body.data as { status: string }[];
    expect(new Set(invoices.map((invoice) => invoice.status))).toEqual(new Set(['draft', 'issued', 'paid']));
    expect((await backOffice.get('/api/payroll/exports')).body.data.length).toBe(1);
    const interviews = await recruiter.get('/api/interviews?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z');
    expect(interviews.status).toBe(200);
  });
});
