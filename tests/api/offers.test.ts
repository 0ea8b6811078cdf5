import { describe, expect, it } from 'vitest';
import { buildCandidate } from '../factories/candidates';
import { createOpenJob, createOrganization } from '../factories/jobs';
import { addToPipeline, openJobWithCandidate } from '../factories/pipeline';
import { createTestAgency } from '../support/agency';
import type { Caller } from '../support/http';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

const TERMS = { payMinor: 4_200_000, payUnit: 'year', startOn: '2030-09-01', feeType: 'percent', feeBp: 2000, conditions: 'Subject to references' };

async function makeOffer(entryId: string, body: Record<string, unknown> = {}, as: Caller = ctx.agency.as.recruiter) {
  return as.post('/api/offers', { entryId, ...TERMS, ...body });
}

async function offerOnNewEntry(job: Record<string, unknown> = {}) {
  const setup = await openJobWithCandidate(ctx.agency, { job });
  const created = await makeOffer(setup.entry.id);
  expect(created.status).toBe(201);
  return { ...setup, offer: created.body.data as { id: string; version: number; [field: string]: unknown } };
}

async function auditActions(offerId: string) {
  const answer = await ctx.agency.as.admin.get(`/api/audit-events?entity=offer&entityId=${offerId}`);
  return (answer.body.data as { action: string }[]).map((event) => event.action).sort();
}

describe('making an offer', () => {
  it('creates a draft with the job\'s employment type and currency, keeps the first terms as revision one, and moves the entry to the offer stage', async () => {
    const { job, candidate, entry } = await openJobWithCandidate(ctx.agency, { job: { employmentType: 'permanent', currency: 'EUR' } });
    const created = await makeOffer(entry.id);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      data: expect.objectContaining({
        status: 'draft',
        employmentType: 'permanent',
        currency: 'EUR',
        startOn: '2030-09-01',
        payMinor: 4_200_000,
        payUnit: 'year',
        feeType: 'percent',
        feeBp: 2000,
        feeFlatMinor: null,
        billRateMinor: null,
        conditions: 'Subject to references',
        clientApproval: null,
        extendedAt: null,
        decidedAt: null,
        reason: null,
        version: 1,
        job: expect.objectContaining({ id: job.id, reference: `J-${job.number}` }),
        candidate: { id: candidate.id, name: candidate.name },
        createdBy: { id: ctx.agency.users.recruiter.id, name: expect.any(String) },
        revisions: [expect.objectContaining({ proposedBy: 'agency', note: '', terms: expect.objectContaining({ payMinor: 4_200_000, feeBp: 2000, startOn: '2030-09-01' }) })],
      }),
      abilities: { revise: true, extend: true, accept: false, decline: false, withdraw: true, recordClientApproval: true },
    });
    expect(created.body.data.entry).toMatchObject({ id: entry.id, stage: { kind: 'offer' } });
    expect(created.body.data.entry.version).toBeGreaterThan(entry.version);
    const overridden = await makeOffer((await openJobWithCandidate(ctx.agency)).entry.id, { employmentType: 'contract', currency: 'usd', payMinor: 6500, payUnit: 'hour', billRateMinor: 9000, billRateUnit: 'hour', feeType: null, feeBp: null });
    expect(overridden.body.data).toMatchObject({ employmentType: 'contract', currency: 'USD', billRateMinor: 9000, billRateUnit: 'hour', feeType: null });
  });

  it('names the field at fault: a percentage fee without its percentage, pay without its unit (400); back office may not make offers (403)', async () => {
    const { entry } = await openJobWithCandidate(ctx.agency);
    const noPercent = await makeOffer(entry.id, { feeBp: null });
    expect(noPercent.status).toBe(400);
    expect(noPercent.body.error.fields).toEqual([{ path: 'feeBp', message: 'a percentage fee needs its percentage' }]);
    const noUnit = await ctx.agency.as.recruiter.post('/api/offers', { entryId: entry.id, payMinor: 100 });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.fields).toEqual([expect.objectContaining({ path: 'payUnit' })]);
    expect((await makeOffer(entry.id, {}, ctx.agency.as.back_office)).status).toBe(403);
    expect((await ctx.agency.as.back_office.get(`/api/offers?entryId=${entry.id}`)).body.data).toEqual([]);
  });

  it('one live offer per entry: a second answers 409 naming the first; once it is declined a new one may be made, and both are listed newest first', async () => {
    const { entry, offer } = await offerOnNewEntry();
    const second = await makeOffer(entry.id, { payMinor: 4_500_000 });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ rule: 'offer.exists', related: [{ type: 'offer', id: offer.id, label: 'The draft offer' }] });
    const extended = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/extend`, { version: offer.version });
    await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/decline`, { version: extended.body.data.version, reason: 'Took a counter-offer from their employer' });
    const renewed = await makeOffer(entry.id, { payMinor: 4_600_000 });
    expect(renewed.status).toBe(201);
    const listed = await ctx.agency.as.back_office.get(`/api/offers?entryId=${entry.id}`);
    expect(listed.body).toMatchObject({ data: [{ id: renewed.body.data.id, status: 'draft' }, { id: offer.id, status: 'declined' }], nextCursor: null });
    const page = await ctx.agency.as.back_office.get(`/api/offers?entryId=${entry.id}&limit=1`);
    const next = await ctx.agency.as.back_office.get(`/api/offers?entryId=${entry.id}&limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.data.map((item: { id: string }) => item.id)).toEqual([offer.id]);
    const unfiltered = await ctx.agency.as.recruiter.get('/api/offers');
    expect(unfiltered.status).toBe(400);
    expect(unfiltered.body.error.fields).toEqual([{ path: 'entryId', message: 'give entryId, jobId, candidateId or status' }]);
  });

  it('two offers made on one entry at the same moment: one is made, the other answers 409', async () => {
    const { entry } = await openJobWithCandidate(ctx.agency);
    const answers = await Promise.all([makeOffer(entry.id), makeOffer(entry.id, {}, ctx.agency.as.account_manager)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect((await ctx.agency.as.recruiter.get(`/api/offers?entryId=${entry.id}`)).body.data).toHaveLength(1);
  });

  it('is refused on a job no longer worked (422 offer.job_not_active), and another agency\'s entry is not found', async () => {
    const { job, entry } = await openJobWithCandidate(ctx.agency);
    const current = await ctx.agency.as.account_manager.get(`/api/jobs/${job.id}`);
    await ctx.agency.as.account_manager.post(`/api/jobs/${job.id}/transitions`, { to: 'cancelled', version: current.body.data.version, reason: 'Budget cut' });
    const refused = await makeOffer(entry.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('offer.job_not_active');

    const other = await createTestAgency(ctx.t);
    const organization = await createOrganization(other.as.account_manager);
    const theirJob = await createOpenJob(other.as.account_manager, organization.id, other.users.recruiter.id);
    const theirEntry = await addToPipeline(other.as.recruiter, theirJob.id, (await buildCandidate(other.as.recruiter)).data.id);
    expect((await makeOffer(theirEntry.id)).status).toBe(404);
  });
});

describe('negotiating an offer', () => {
  it('counter-offers keep history: each change is a revision naming who proposed it, newest first; stale versions answer 409', async () => {
    const { offer } = await offerOnNewEntry();
    const counter = await ctx.agency.as.recruiter.patch(`/api/offers/${offer.id}`, { version: 1, proposedBy: 'candidate', payMinor: 4_800_000, note: 'Asks for 48k and a later start' });
    expect(counter.status).toBe(200);
    const revised = await ctx.agency.as.account_manager.patch(`/api/offers/${offer.id}`, { version: 2, payMinor: 4_500_000, startOn: '2030-10-01', note: 'Met in the middle' });
    expect(revised.body.data).toMatchObject({ payMinor: 4_500_000, startOn: '2030-10-01', version: 3, status: 'draft' });
    expect(revised.body.data.revisions.map((revision: { proposedBy: string; terms: { payMinor: number }; note: string }) => [revision.proposedBy, revision.terms.payMinor, revision.note])).toEqual([
      ['agency', 4_500_000, 'Met in the middle'],
      ['candidate', 4_800_000, 'Asks for 48k and a later start'],
      ['agency', 4_200_000, ''],
    ]);
    const stale = await ctx.agency.as.recruiter.patch(`/api/offers/${offer.id}`, { version: 2, payMinor: 1 });
    expect(stale.status).toBe(409);
    const broken = await ctx.agency.as.recruiter.patch(`/api/offers/${offer.id}`, { version: 3, feeType: 'flat' });
    expect(broken.status).toBe(422);
    expect(broken.body.error).toMatchObject({ rule: 'offer.terms', fields: expect.arrayContaining([{ path: 'feeFlatMinor', message: 'a flat fee needs its amount' }]) });
    expect(await auditActions(offer.id)).toEqual(['counter-offer from candidate', 'create', 'revise']);
  });

  it('draft → extended → accepted with the client\'s approval; acceptance cannot be dated in the future; an accepted offer no longer changes', async () => {
    const { offer } = await offerOnNewEntry();
    const early = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/accept`, { version: 1 });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({ rule: 'offer.transition', message: 'A draft offer cannot become accepted; it can become extended or withdrawn' });

    const approved = await ctx.agency.as.account_manager.post(`/api/offers/${offer.id}/client-approval`, { version: 1, approvedBy: 'Priya Shah', approvedAt: '2026-01-05T09:00:00.000Z' });
    expect(approved.body.data).toMatchObject({ clientApproval: { approvedBy: 'Priya Shah', approvedAt: '2026-01-05T09:00:00.000Z' }, version: 2 });
    const extended = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/extend`, { version: 2 });
    expect(extended.body).toMatchObject({ data: { status: 'extended', extendedAt: expect.any(String), version: 3 }, abilities: { extend: false, accept: true, decline: true, withdraw: true, revise: true } });

    const future = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/accept`, { version: 3, acceptedAt: '2099-01-01T00:00:00.000Z' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toEqual([{ path: 'acceptedAt', message: 'must not be in the future' }]);
    const accepted = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/accept`, { version: 3, acceptedAt: '2026-01-06T17:30:00.000Z' });
    expect(accepted.body).toMatchObject({
      data: { status: 'accepted', candidateAcceptedAt: '2026-01-06T17:30:00.000Z', decidedAt: expect.any(String), version: 4 },
      abilities: { revise: false, extend: false, accept: false, decline: false, withdraw: false, recordClientApproval: false },
    });

    const revise = await ctx.agency.as.recruiter.patch(`/api/offers/${offer.id}`, { version: 4, payMinor: 1 });
    expect(revise.status).toBe(422);
    expect(revise.body.error.rule).toBe('offer.closed');
    const withdraw = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/withdraw`, { version: 4, reason: 'Changed our mind' });
    expect(withdraw.body.error).toMatchObject({ rule: 'offer.transition', message: 'The offer is accepted: it can no longer change' });
    const lateApproval = await ctx.agency.as.recruiter.post(`/api/offers/${offer.id}/client-approval`, { version: 4, approvedBy: 'Someone' });
    expect(lateApproval.body.error.rule).toBe('offer.closed');
    expect(await auditActions(offer.id)).toEqual(['accept', 'client approval', 'create', 'extend']);
  });

  it('a declined or withdrawn offer keeps its reason; a draft can be withdrawn but not declined', async () => {
    const first = await offerOnNewEntry();
    const declineDraft = await ctx.agency.as.recruiter.post(`/api/offers/${first.offer.id}/decline`, { version: 1, reason: 'Too low' });
    expect(declineDraft.status).toBe(422);
    const withdrawn = await ctx.agency.as.recruiter.post(`/api/offers/${first.offer.id}/withdraw`, { version: 1, reason: 'Client froze the headcount' });
    expect(withdrawn.body.data).toMatchObject({ status: 'withdrawn', reason: 'Client froze the headcount', decidedAt: expect.any(String) });

    const second = await offerOnNewEntry();
    await ctx.agency.as.recruiter.post(`/api/offers/${second.offer.id}/extend`, { version: 1 });
    const noReason = await ctx.agency.as.recruiter.post(`/api/offers/${second.offer.id}/decline`, { version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toEqual([expect.objectContaining({ path: 'reason' })]);
    const declined = await ctx.agency.as.recruiter.post(`/api/offers/${second.offer.id}/decline`, { version: 2, reason: 'Accepted another role' });
    expect(declined.body.data).toMatchObject({ status: 'declined', reason: 'Accepted another role' });
    const byStatus = await ctx.agency.as.manager.get(`/api/offers?status=declined&candidateId=${second.candidate.id}`);
    expect(byStatus.body.data.map((item: { id: string }) => item.id)).toEqual([second.offer.id]);
    const byJob = await ctx.agency.as.manager.get(`/api/offers?jobId=${first.job.id}`);
    expect(byJob.body.data.map((item: { id: string }) => item.id)).toEqual([first.offer.id]);
  });
});
