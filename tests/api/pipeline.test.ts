import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { candidates, jobStages, pipelineEntries, placements } from '../../src/db/schema';
import { buildCandidate } from '../factories/candidates';
import { createOpenJob, createOrganization, jobBody } from '../factories/jobs';
import { type PipelineEntryOut, addToPipeline, openJobWithCandidate, stageOfKind } from '../factories/pipeline';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
const recruiter = () => ctx.agency.as.recruiter;
const am = () => ctx.agency.as.account_manager;

async function openJob(overrides: Record<string, unknown> = {}) {
  const organization = await createOrganization(am());
  return createOpenJob(am(), organization.id, ctx.agency.users.recruiter.id, overrides);
}

async function auditActions(entryId: string) {
  const answer = await ctx.agency.as.admin.get(`/api/audit-events?entity=pipeline_entry&entityId=${entryId}`);
  return (answer.body.data as { action: string }[]).map((event) => event.action);
}

async function entriesOfJob(jobId: string) {
  return ctx.t.database.db
    .select()
    .from(pipelineEntries)
    .where(and(eq(pipelineEntries.agencyId, ctx.agency.id), eq(pipelineEntries.jobId, jobId)));
}

/** Puts an entry straight into a stage (as placing or submitting would), for the move rules that depend on it. */
async function putInStage(entryId: string, stageId: string) {
  const [row] = await ctx.t.database.db
    .update(pipelineEntries)
    .set({ stageId })
    .where(and(eq(pipelineEntries.agencyId, ctx.agency.id), eq(pipelineEntries.id, entryId)))
    .returning();
  return row;
}

describe('adding candidates to a job', () => {
  it('a recruiter adds several candidates from the job: each starts in the first sourced stage with its history begun and audited', async () => {
    const job = await openJob();
    const [first, second] = await Promise.all([buildCandidate(recruiter()), buildCandidate(recruiter())]);
    const added = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [first.data.id, second.data.id, first.data.id], addedFrom: 'search' });
    expect(added.status).toBe(201);
    expect(added.body.skipped).toEqual([]);
    expect(added.body.data).toHaveLength(2);
    expect(added.body.data[0]).toMatchObject({
      jobId: job.id,
      candidateId: first.data.id,
      stage: { name: 'Sourced', kind: 'sourced' },
      addedFrom: 'search',
      addedBy: ctx.agency.users.recruiter.id,
      closedReason: null,
      version: 1,
    });
    const entry = await recruiter().get(`/api/pipeline/${added.body.data[0].id}`);
    expect(entry.body.data.history).toEqual([
      expect.objectContaining({ from: null, to: expect.objectContaining({ name: 'Sourced', kind: 'sourced' }), reason: null, actor: { id: ctx.agency.users.recruiter.id, label: expect.any(String) } }),
    ]);
    expect(await auditActions(added.body.data[0].id)).toEqual(['create']);
  });

  it('starts candidates in an open stage asked for, and refuses a stage of another job or one reached only by a dialog', async () => {
    const job = await openJob();
    const other = await openJob();
    const candidate = await buildCandidate(recruiter());
    const otherScreening = await stageOfKind(recruiter(), other.id, 'screening');
    const foreignStage = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [candidate.data.id], stageId: otherScreening.id });
    expect(foreignStage.status).toBe(422);
    expect(foreignStage.body.error.fields).toEqual([{ path: 'stageId', message: 'not a stage of this job' }]);
    const submitted = await stageOfKind(recruiter(), job.id, 'submitted');
    const dialog = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [candidate.data.id], stageId: submitted.id });
    expect(dialog.status).toBe(422);
    expect(dialog.body.error.rule).toBe('pipeline.start_stage');
    expect(await entriesOfJob(job.id)).toEqual([]);

    const screening = await stageOfKind(recruiter(), job.id, 'screening');
    const entry = await addToPipeline(recruiter(), job.id, candidate.data.id, { stageId: screening.id });
    expect(entry.stage).toMatchObject({ id: screening.id, kind: 'screening' });
  });

  it('a candidate joins a job once: a second add answers 409 pointing at the entry and adds nobody; skipExisting leaves them out and names them', async () => {
    const { job, candidate, entry } = await openJobWithCandidate(ctx.agency);
    const newcomer = await buildCandidate(recruiter());
    const again = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [newcomer.data.id, candidate.id] });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', rule: 'pipeline.already_on_job' });
    expect(again.body.error.related).toEqual([{ type: 'pipeline_entry', id: entry.id, label: `${candidate.name} is already on this job (Sourced)` }]);
    expect((await entriesOfJob(job.id)).map((row) => row.candidateId)).toEqual([candidate.id]);

    const skipping = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [newcomer.data.id, candidate.id], addedFrom: 'pool', skipExisting: true });
    expect(skipping.status).toBe(201);
    expect(skipping.body.skipped).toEqual([candidate.id]);
    expect(skipping.body.data.map((item: PipelineEntryOut) => item.candidateId)).toEqual([newcomer.data.id]);
    expect((await entriesOfJob(job.id)).map((row) => row.candidateId).sort()).toEqual([candidate.id, newcomer.data.id].sort());
  });

  it('two people adding the same candidate at once: one entry, the other answer is 409', async () => {
    const job = await openJob();
    const candidate = await buildCandidate(recruiter());
    const answers = await Promise.all([recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [candidate.data.id] }), am().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [candidate.data.id] })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await entriesOfJob(job.id)).toHaveLength(1);
  });

  it('only qualified or open jobs take candidates (422 naming the rule and the job)', async () => {
    const organization = await createOrganization(am());
    const intake = (await am().post('/api/jobs', jobBody(organization.id, { ownerId: ctx.agency.users.recruiter.id }))).body.data;
    const candidate = await buildCandidate(recruiter());
    const refused = await recruiter().post(`/api/jobs/${intake.id}/pipeline`, { candidateIds: [candidate.data.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'pipeline.job_not_taking', related: [{ type: 'job', id: intake.id }] });
    expect(refused.body.error.message).toMatch(/intake/);

    const job = await openJob();
    const onHold = await am().post(`/api/jobs/${job.id}/transitions`, { to: 'on_hold', version: job.version });
    expect(onHold.status).toBe(200);
    const held = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [candidate.data.id] });
    expect(held.status).toBe(422);
    expect(held.body.error.rule).toBe('pipeline.job_not_taking');
  });

  it('refuses unknown, foreign and merged candidates by name, all or nothing', async () => {
    const job = await openJob();
    const [kept, merged] = await Promise.all([buildCandidate(recruiter()), buildCandidate(recruiter())]);
    await ctx.t.database.db
      .update(candidates)
      .set({ mergedIntoId: kept.data.id })
      .where(and(eq(candidates.agencyId, ctx.agency.id), eq(candidates.id, merged.data.id)));
    const unknown = '01900000-0000-7000-8000-000000000009';
    const refused = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [kept.data.id, unknown, merged.data.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('pipeline.candidate_unavailable');
    expect(refused.body.error.related).toEqual([
      { type: 'candidate', id: unknown, label: 'Candidate not found' },
      { type: 'candidate', id: merged.data.id, label: expect.stringContaining('merged into another candidate') },
    ]);
    expect(await entriesOfJob(job.id)).toEqual([]);
  });

  it('validates the body field by field (400) and keeps the back office out of writing (403)', async () => {
    const job = await openJob();
    const bad = await recruiter().post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [], addedFrom: 'portal' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['addedFrom', 'candidateIds']);
    const candidate = await buildCandidate(recruiter());
    expect((await ctx.agency.as.back_office.post(`/api/jobs/${job.id}/pipeline`, { candidateIds: [candidate.data.id] })).status).toBe(403);
    expect((await ctx.agency.as.back_office.get(`/api/jobs/${job.id}/pipeline/board`)).status).toBe(200);
  });

  it('adds from the candidate page: 201 with the entry, 409 the second time, 409 naming the survivor for a merged candidate, 404 for an unknown job', async () => {
    const job = await openJob();
    const candidate = await buildCandidate(recruiter());
    const added = await recruiter().post(`/api/candidates/${candidate.data.id}/pipeline`, { jobId: job.id });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ data: { jobId: job.id, candidateId: candidate.data.id, addedFrom: 'candidate', stage: { kind: 'sourced' } }, abilities: { move: true } });
    const twice = await recruiter().post(`/api/candidates/${candidate.data.id}/pipeline`, { jobId: job.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error.related).toEqual([expect.objectContaining({ type: 'pipeline_entry', id: added.body.data.id })]);

    const duplicate = await buildCandidate(recruiter());
    await ctx.t.database.db
      .update(candidates)
      .set({ mergedIntoId: candidate.data.id })
      .where(and(eq(candidates.agencyId, ctx.agency.id), eq(candidates.id, duplicate.data.id)));
    const merged = await recruiter().post(`/api/candidates/${duplicate.data.id}/pipeline`, { jobId: job.id });
    expect(merged.status).toBe(409);
    expect(merged.body.error.related).toEqual([{ type: 'candidate', id: candidate.data.id, label: candidate.data.name }]);
    const noJob = await recruiter().post(`/api/candidates/${candidate.data.id}/pipeline`, { jobId: '01900000-0000-7000-8000-000000000008' });
    expect(noJob.status).toBe(404);
  });
});

describe('moving entries between stages', () => {
  it('moves an entry forward and back, recording who, when, from, to and why; a stale version answers 409', async () => {
    const { job, entry } = await openJobWithCandidate(ctx.agency);
    const screening = await stageOfKind(recruiter(), job.id, 'screening');
    const shortlisted = await stageOfKind(recruiter(), job.id, 'shortlisted');
    const moved = await recruiter().post(`/api/pipeline/${entry.id}/move`, { stageId: screening.id, version: entry.version, reason: 'Phone screen booked' });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ stageId: screening.id, stage: { kind: 'screening' }, version: 2, closedReason: null });
    const stale = await am().post(`/api/pipeline/${entry.id}/move`, { stageId: shortlisted.id, version: entry.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/changed by/);
    const again = await am().post(`/api/pipeline/${entry.id}/move`, { stageId: shortlisted.id, version: 2 });
    expect(again.status).toBe(200);
    expect(again.body.data.history.map((change: { to: { kind: string } }) => change.to.kind)).toEqual(['shortlisted', 'screening', 'sourced']);
    expect(again.body.data.history[1]).toMatchObject({ from: { stageId: entry.stageId, name: 'Sourced', kind: 'sourced' }, reason: 'Phone screen booked', actor: { id: ctx.agency.users.recruiter.id } });
    expect(again.body.data.history[0].actor.id).toBe(ctx.agency.users.account_manager.id);
    expect(await auditActions(entry.id)).toEqual(['move', 'move', 'create']);
  });

  it('refuses moves into dialog stages, a stage of another job, the same stage, and closing without a listed reason', async () => {
    const { job, entry } = await openJobWithCandidate(ctx.agency);
    const other = await openJob();
    const move = (stageId: string, reason?: string) => recruiter().post(`/api/pipeline/${entry.id}/move`, { stageId, version: entry.version, ...(reason ? { reason } : {}) });
    for (const kind of ['submitted', 'interview', 'offer', 'placed']) {
      const refused = await move((await stageOfKind(recruiter(), job.id, kind)).id);
      expect(refused.status, kind).toBe(422);
      expect(refused.body.error.rule).toBe('pipeline.dialog_required');
    }
    const foreign = await move((await stageOfKind(recruiter(), other.id, 'screening')).id);
    expect(foreign.body.error).toMatchObject({ rule: 'pipeline.stage_of_job', fields: [{ path: 'stageId' }] });
    expect((await move(entry.stageId)).body.error.rule).toBe('pipeline.same_stage');
    const rejected = await stageOfKind(recruiter(), job.id, 'rejected');
    const noReason = await move(rejected.id);
    expect(noReason.body.error).toMatchObject({ rule: 'pipeline.reason_required', fields: [{ path: 'reason' }] });
    const unlisted = await move(rejected.id, 'Did not like the shoes');
    expect(unlisted.status).toBe(422);
    expect(unlisted.body.error).toMatchObject({ rule: 'pipeline.reason_unknown', fields: [{ path: 'reason', message: expect.stringContaining('skills') }] });
    expect((await recruiter().get(`/api/pipeline/${entry.id}`)).body.data).toMatchObject({ version: 1, stageId: entry.stageId });

    const closed = await move(rejected.id, 'skills');
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ stage: { kind: 'rejected' }, closedReason: 'skills' });
    const reopened = await recruiter().post(`/api/pipeline/${entry.id}/move`, { stageId: entry.stageId, version: 2 });
    expect(reopened.body.data).toMatchObject({ stage: { kind: 'sourced' }, closedReason: null });
  });

  it('an entry with a live placement stays in placed; once the placement is cancelled it may move out', async () => {
    const { job, entry, candidate, organization } = await openJobWithCandidate(ctx.agency);
    const placed = await stageOfKind(recruiter(), job.id, 'placed');
    const rejected = await stageOfKind(recruiter(), job.id, 'rejected');
    await putInStage(entry.id, placed.id);
    const [placement] = await ctx.t.database.db
      .insert(placements)
      .values({ agencyId: ctx.agency.id, number: 9001, entryId: entry.id, jobId: job.id, candidateId: candidate.id, organizationId: organization.id, employmentType: 'temporary', currency: 'GBP', placedAt: new Date() })
      .returning();
    const refused = await recruiter().post(`/api/pipeline/${entry.id}/move`, { stageId: rejected.id, reason: 'withdrew', version: entry.version });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('pipeline.placed');
    await ctx.t.database.db.update(placements).set({ status: 'cancelled' }).where(and(eq(placements.agencyId, ctx.agency.id), eq(placements.id, placement?.id ?? '')));
    const moved = await recruiter().post(`/api/pipeline/${entry.id}/move`, { stageId: rejected.id, reason: 'withdrew', version: entry.version });
    expect(moved.status).toBe(200);
  });

  it('bulk move is all or nothing: one refused entry answers 422 naming it and its rule, and nothing moves; otherwise every entry moves', async () => {
    const job = await openJob();
    const people = await Promise.all([buildCandidate(recruiter()), buildCandidate(recruiter()), buildCandidate(recruiter())]);
    const entries = [];
    for (const person of people) {
      entries.push(await addToPipeline(recruiter(), job.id, person.data.id));
    }
    const [first, second, third] = entries;
    if (!first || !second || !third) {
      throw new Error('entries missing');
    }
    const rejected = await stageOfKind(recruiter(), job.id, 'rejected');
    await putInStage(third.id, rejected.id);
    const ids = entries.map((item) => item.id);
    const refused = await recruiter().post('/api/pipeline/move', { ids, options: { stageId: rejected.id, reason: 'location' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('pipeline.same_stage');
    expect(refused.body.error.related).toEqual([{ type: 'pipeline_entry', id: third.id, label: `${people[2]?.data.name}: The candidate is already in that stage (pipeline.same_stage)` }]);
    expect((await entriesOfJob(job.id)).filter((row) => row.stageId === rejected.id).map((row) => row.id)).toEqual([third.id]);

    const moved = await recruiter().post('/api/pipeline/move', { ids: [first.id, second.id], options: { stageId: rejected.id, reason: 'location' } });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toEqual([expect.objectContaining({ id: first.id, closedReason: 'location', version: 2 }), expect.objectContaining({ id: second.id, stage: expect.objectContaining({ kind: 'rejected' }) })]);
    const noReason = await recruiter().post('/api/pipeline/move', { ids: [first.id], options: { stageId: (await stageOfKind(recruiter(), job.id, 'withdrawn')).id } });
    expect(noReason.body.error).toMatchObject({ rule: 'pipeline.reason_required', related: [{ id: first.id }] });
  });

  it('bulk move takes entries of one job only and names ids it cannot find', async () => {
    const a = await openJobWithCandidate(ctx.agency);
    const b = await openJobWithCandidate(ctx.agency);
    const screening = await stageOfKind(recruiter(), a.job.id, 'screening');
    const mixed = await recruiter().post('/api/pipeline/move', { ids: [a.entry.id, b.entry.id], options: { stageId: screening.id } });
    expect(mixed.status).toBe(422);
    expect(mixed.body.error.rule).toBe('pipeline.one_job');
    const unknown = '01900000-0000-7000-8000-000000000007';
    const missing = await recruiter().post('/api/pipeline/move', { ids: [a.entry.id, unknown], options: { stageId: screening.id } });
    expect(missing.body.error.related).toEqual([{ type: 'pipeline_entry', id: unknown, label: 'Pipeline entry not found' }]);
    expect((await ctx.agency.as.back_office.post('/api/pipeline/move', { ids: [a.entry.id], options: { stageId: screening.id } })).status).toBe(403);
  });
});

describe('a pipeline entry and a candidate\'s entries', () => {
  it('the entry page shows the candidate, the job with its client, the stages to move to and the caller\'s abilities', async () => {
    const { job, entry, candidate } = await openJobWithCandidate(ctx.agency);
    const answer = await ctx.agency.as.back_office.get(`/api/pipeline/${entry.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      id: entry.id,
      candidate: { id: candidate.id, name: candidate.name, emails: candidate.emails },
      job: { id: job.id, reference: `J-${job.number}`, status: 'open', organization: { id: expect.any(String), name: expect.any(String) } },
    });
    expect(answer.body.data.stages.map((stage: { kind: string }) => stage.kind)).toEqual(['sourced', 'screening', 'shortlisted', 'submitted', 'interview', 'offer', 'placed', 'rejected', 'withdrawn']);
    expect(answer.body.abilities).toEqual({ move: false, submit: false, scheduleInterview: false, makeOffer: false, place: false, bulk: false });
    expect((await recruiter().get(`/api/pipeline/${entry.id}`)).body.abilities).toMatchObject({ move: true, bulk: true });
    expect((await recruiter().get('/api/pipeline/01900000-0000-7000-8000-000000000006')).status).toBe(404);
  });

  it('a candidate\'s page lists every job they are on with its client, status, stage and placement status', async () => {
    const first = await openJobWithCandidate(ctx.agency);
    const second = await openJob({ title: 'Reach truck driver' });
    await addToPipeline(am(), second.id, first.candidate.id);
    const [stage] = await ctx.t.database.db.select().from(jobStages).where(and(eq(jobStages.agencyId, ctx.agency.id), eq(jobStages.jobId, first.job.id), eq(jobStages.kind, 'placed')));
    await putInStage(first.entry.id, stage?.id ?? '');
    await ctx.t.database.db.insert(placements).values({
      agencyId: ctx.agency.id,
      number: 9002,
      entryId: first.entry.id,
      jobId: first.job.id,
      candidateId: first.candidate.id,
      organizationId: first.organization.id,
      employmentType: 'temporary',
      currency: 'GBP',
      placedAt: new Date(),
    });
    const answer = await ctx.agency.as.back_office.get(`/api/candidates/${first.candidate.id}/pipeline`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toHaveLength(2);
    const byJob = new Map(answer.body.data.map((item: { job: { id: string } }) => [item.job.id, item]));
    expect(byJob.get(first.job.id)).toMatchObject({ entryId: first.entry.id, job: { reference: `J-${first.job.number}`, status: 'open', organization: { id: first.organization.id, name: first.organization.name } }, stage: { name: 'Placed', kind: 'placed' }, placementStatus: 'pending' });
    expect(byJob.get(second.id)).toMatchObject({ job: { title: 'Reach truck driver' }, stage: { kind: 'sourced' }, placementStatus: null });
    expect((await recruiter().get(`/api/candidates/${(await buildCandidate(recruiter())).data.id}/pipeline`)).body.data).toEqual([]);
  });
});
