import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activities, candidates, interviews, offers, pipelineEntries, placements, submissions } from '../../src/db/schema';
import { advance, now, resetClock, setNow } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { createOpenJob, createOrganization } from '../factories/jobs';
import { addToPipeline, openJobWithCandidate, stageOfKind } from '../factories/pipeline';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
const recruiter = () => ctx.agency.as.recruiter;
const DAY = 86_400_000;

afterEach(() => resetClock());

type Card = { entryId: string; candidateId: string; name: string; stageId: string; daysInStage: number; flags: Record<string, unknown>; [field: string]: unknown };

async function openJob(overrides: Record<string, unknown> = {}) {
  const organization = await createOrganization(ctx.agency.as.account_manager);
  return { organization, job: await createOpenJob(ctx.agency.as.account_manager, organization.id, ctx.agency.users.recruiter.id, overrides) };
}

async function putInStage(entryId: string, stageId: string, stageEnteredAt?: Date) {
  await ctx.t.database.db
    .update(pipelineEntries)
    .set({ stageId, ...(stageEnteredAt ? { stageEnteredAt } : {}) })
    .where(and(eq(pipelineEntries.agencyId, ctx.agency.id), eq(pipelineEntries.id, entryId)));
}

/** Every statement the app sends to the database while `run` runs, background queue upkeep aside. */
async function countStatements(run: () => Promise<unknown>): Promise<number> {
  const client: { query: (...args: unknown[]) => unknown } = Reflect.get(ctx.t.database.db, '$client');
  const spy = vi.spyOn(client, 'query');
  try {
    await run();
    return spy.mock.calls.filter(([text]) => !JSON.stringify(text).includes('pgboss')).length;
  } finally {
    spy.mockRestore();
  }
}

describe('the pipeline board', () => {
  it('shows the job, its stages with counts, and cards with what a recruiter scans: title, location, days in stage, last activity and flags', async () => {
    setNow('2026-05-04T09:00:00Z');
    const { organization, job } = await openJob({ title: 'Forklift driver' });
    const people = [];
    for (const overrides of [{ firstName: 'Ada', location: 'Leeds' }, { firstName: 'Ben', status: 'do_not_contact' }, { firstName: 'Cy' }]) {
      const candidate = (await buildCandidate(recruiter(), overrides)).data;
      people.push({ candidate, entry: await addToPipeline(recruiter(), job.id, candidate.id) });
    }
    const [ada, ben, cy] = people;
    if (!ada || !ben || !cy) {
      throw new Error('people missing');
    }
    const db = ctx.t.database.db;
    const agencyId = ctx.agency.id;
    const interview = await stageOfKind(recruiter(), job.id, 'interview');
    const offer = await stageOfKind(recruiter(), job.id, 'offer');
    await putInStage(ada.entry.id, interview.id, new Date('2026-04-30T08:00:00Z'));
    await putInStage(cy.entry.id, offer.id);
    const base = { agencyId, jobId: job.id };
    await db.insert(activities).values({ agencyId, candidateId: ada.candidate.id, kind: 'call', occurredAt: new Date('2026-05-02T10:00:00Z') });
    await db.insert(activities).values({ agencyId, candidateId: ada.candidate.id, kind: 'note', occurredAt: new Date('2026-05-03T10:00:00Z') });
    await db.insert(submissions).values({ ...base, entryId: ada.entry.id, candidateId: ada.candidate.id, sentAt: new Date('2026-04-29T10:00:00Z') });
    const interviewRow = { ...base, entryId: ada.entry.id, candidateId: ada.candidate.id, type: 'video' as const, timeZone: 'Europe/London' };
    await db.insert(interviews).values([
      { ...interviewRow, startsAt: new Date('2026-05-06T09:00:00Z'), endsAt: new Date('2026-05-06T10:00:00Z'), icalUid: 'a@fillrate' },
      { ...interviewRow, startsAt: new Date('2026-05-05T09:00:00Z'), endsAt: new Date('2026-05-05T10:00:00Z'), icalUid: 'b@fillrate', status: 'cancelled' },
      { ...interviewRow, startsAt: new Date('2026-05-01T09:00:00Z'), endsAt: new Date('2026-05-01T10:00:00Z'), icalUid: 'c@fillrate' },
    ]);
    await db.insert(submissions).values({ ...base, entryId: cy.entry.id, candidateId: cy.candidate.id, sentAt: new Date('2026-04-20T10:00:00Z'), firstFeedbackAt: new Date('2026-04-21T10:00:00Z') });
    const terms = { ...base, entryId: cy.entry.id, candidateId: cy.candidate.id, employmentType: 'temporary' as const, currency: 'GBP' };
    await db.insert(offers).values({ ...terms, status: 'declined', createdAt: new Date('2026-04-25T10:00:00Z') });
    await db.insert(offers).values({ ...terms, status: 'extended', createdAt: new Date('2026-04-28T10:00:00Z') });
    await db.insert(placements).values({ ...terms, number: 7001, organizationId: organization.id, placedAt: new Date('2026-05-01T10:00:00Z') });

    const board = await ctx.agency.as.back_office.get(`/api/jobs/${job.id}/pipeline/board`);
    expect(board.status).toBe(200);
    expect(board.body.data.job).toEqual({ id: job.id, number: job.number, reference: `J-${job.number}`, title: 'Forklift driver', status: 'open', version: expect.any(Number) });
    expect(board.body.data.stages.map((stage: { kind: string; count: number }) => [stage.kind, stage.count])).toEqual([
      ['sourced', 1],
      ['screening', 0],
      ['shortlisted', 0],
      ['submitted', 0],
      ['interview', 1],
      ['offer', 1],
      ['placed', 0],
      ['rejected', 0],
      ['withdrawn', 0],
    ]);
    expect(board.body.abilities.move).toBe(false);
    const cards = new Map<string, Card>(board.body.data.cards.map((card: Card) => [card.candidateId, card]));
    expect(cards.get(ada.candidate.id)).toEqual({
      entryId: ada.entry.id,
      version: 1,
      stageId: interview.id,
      candidateId: ada.candidate.id,
      name: ada.candidate.name,
      currentTitle: null,
      location: 'Leeds',
      email: ada.candidate.emails[0],
      lastActivityAt: '2026-05-03T10:00:00.000Z',
      stageEnteredAt: '2026-04-30T08:00:00.000Z',
      daysInStage: 4,
      closedReason: null,
      flags: { doNotContact: false, interviewScheduled: '2026-05-06T09:00:00.000Z', awaitingFeedback: true, offerStatus: null, placementStatus: null },
    });
    expect(cards.get(ben.candidate.id)).toMatchObject({ daysInStage: 0, lastActivityAt: null, flags: { doNotContact: true, interviewScheduled: null, awaitingFeedback: false, offerStatus: null, placementStatus: null } });
    expect(cards.get(cy.candidate.id)?.flags).toEqual({ doNotContact: false, interviewScheduled: null, awaitingFeedback: false, offerStatus: 'extended', placementStatus: 'pending' });
  });

  it('a board of 500 entries loads in one request with the same number of queries as a board of one', async () => {
    const small = await openJobWithCandidate(ctx.agency);
    const { job } = await openJob();
    const sourced = await stageOfKind(recruiter(), job.id, 'sourced');
    const screening = await stageOfKind(recruiter(), job.id, 'screening');
    const agencyId = ctx.agency.id;
    const people = await ctx.t.database.db
      .insert(candidates)
      .values(Array.from({ length: 500 }, (_, index) => ({ agencyId, firstName: 'Bulk', lastName: `Person${index}`, source: 'import' as const, currentTitle: 'Picker' })))
      .returning({ id: candidates.id });
    const entries = await ctx.t.database.db
      .insert(pipelineEntries)
      .values(people.map((person, index) => ({ agencyId, jobId: job.id, candidateId: person.id, stageId: index % 5 === 0 ? screening.id : sourced.id, stageEnteredAt: new Date(), addedFrom: 'job' as const })))
      .returning({ id: pipelineEntries.id, candidateId: pipelineEntries.candidateId });
    // Some flags to compute, so the per-card subqueries have rows to find.
    await ctx.t.database.db.insert(submissions).values(entries.slice(0, 50).map((entry) => ({ agencyId, entryId: entry.id, jobId: job.id, candidateId: entry.candidateId, sentAt: new Date() })));
    await ctx.t.database.db.insert(activities).values(entries.slice(0, 100).map((entry) => ({ agencyId, candidateId: entry.candidateId, kind: 'note' as const, occurredAt: new Date() })));

    const smallCount = await countStatements(() => recruiter().get(`/api/jobs/${small.job.id}/pipeline/board`));
    let large: { status: number; body: { data: { cards: Card[]; stages: { kind: string; count: number }[] } } } | undefined;
    const started = performance.now();
    const largeCount = await countStatements(async () => {
      large = await recruiter().get(`/api/jobs/${job.id}/pipeline/board`);
    });
    const elapsed = performance.now() - started;
    expect(large?.status).toBe(200);
    expect(large?.body.data.cards).toHaveLength(500);
    expect(large?.body.data.stages.slice(0, 2)).toEqual([expect.objectContaining({ kind: 'sourced', count: 400 }), expect.objectContaining({ kind: 'screening', count: 100 })]);
    expect(large?.body.data.cards.filter((card) => card.flags.awaitingFeedback)).toHaveLength(50);
    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('the pipeline list view', () => {
  it('filters by stage, stage kind, name and screening answer, and pages by when entries entered their stage', async () => {
    const { job } = await openJob();
    const screening = await stageOfKind(recruiter(), job.id, 'screening');
    const names = ['Dana Pike', 'Eli Pike', 'Fay Moss', 'Gus Moss', 'Hal Reed'];
    const entries: { id: string; name: string }[] = [];
    for (const [index, name] of names.entries()) {
      const [firstName, lastName] = name.split(' ');
      const candidate = (await buildCandidate(recruiter(), { firstName, lastName })).data;
      const entry = await addToPipeline(recruiter(), job.id, candidate.id);
      await ctx.t.database.db
        .update(pipelineEntries)
        .set({ stageEnteredAt: new Date(Date.UTC(2026, 3, 1) + index * DAY), screeningAnswers: { licence: index % 2 === 0, years: index } })
        .where(and(eq(pipelineEntries.agencyId, ctx.agency.id), eq(pipelineEntries.id, entry.id)));
      entries.push({ id: entry.id, name });
    }
    await putInStage(entries[1]?.id ?? '', screening.id);
    await putInStage(entries[3]?.id ?? '', screening.id);
    const list = (query: string) => ctx.agency.as.back_office.get(`/api/jobs/${job.id}/pipeline?${query}`);
    const namesOf = (body: { data: Card[] }) => body.data.map((card) => card.name);

    expect(namesOf((await list('')).body)).toEqual(['Hal Reed', 'Gus Moss', 'Fay Moss', 'Eli Pike', 'Dana Pike']);
    expect(namesOf((await list(`stageId=${screening.id}`)).body)).toEqual(['Gus Moss', 'Eli Pike']);
    expect(namesOf((await list('kind=sourced&sort=stage_entered_asc')).body)).toEqual(['Dana Pike', 'Fay Moss', 'Hal Reed']);
    expect(namesOf((await list('q=pike')).body)).toEqual(['Eli Pike', 'Dana Pike']);
    expect(namesOf((await list('answer=licence:yes')).body)).toEqual(['Hal Reed', 'Fay Moss', 'Dana Pike']);
    expect(namesOf((await list('answer=years:3')).body)).toEqual(['Gus Moss']);
    const card = (await list('q=gus')).body.data[0];
    expect(card).toMatchObject({ stageId: screening.id, flags: { doNotContact: false, awaitingFeedback: false } });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: Card[]; nextCursor: string | null } } = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...namesOf(page.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Hal Reed', 'Gus Moss', 'Fay Moss', 'Eli Pike', 'Dana Pike']);

    const bad = await list('answer=nocolon&kind=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['answer', 'kind']);
    expect((await ctx.agency.as.recruiter.get('/api/jobs/01900000-0000-7000-8000-000000000005/pipeline')).status).toBe(404);
  });
});

describe('job figures from the pipeline', () => {
  type Health = { atRiskReasons: { rule: string; message: string }[] };
  const rulesOf = (health: Health) => health.atRiskReasons.map((reason) => reason.rule);

  it('the job list and record count candidates and live submissions; "open with no submission" flags a job past the threshold until a submission goes', async () => {
    const { organization, job } = await openJob();
    const people = [];
    for (let index = 0; index < 3; index += 1) {
      const candidate = (await buildCandidate(recruiter())).data;
      people.push({ candidate, entry: await addToPipeline(recruiter(), job.id, candidate.id) });
    }
    // An API key, not the session: idle days would sign the session out.
    const read = async () => {
      const list = await ctx.agency.apiKey.recruiter.get(`/api/jobs?organizationId=${organization.id}`);
      const record = await ctx.agency.apiKey.recruiter.get(`/api/jobs/${job.id}`);
      return { summary: list.body.data[0], record: record.body.data };
    };
    const fresh = await read();
    expect(fresh.summary).toMatchObject({ id: job.id, candidateCount: 3, submissionCount: 0 });
    expect(fresh.record).toMatchObject({ candidateCount: 3, submissionCount: 0 });
    expect(rulesOf(fresh.summary.health)).not.toContain('open_without_submission');

    advance(11 * DAY);
    const late = await read();
    expect(late.summary.health.atRiskReasons).toContainEqual({ rule: 'open_without_submission', message: 'Open 11 days with no submission' });
    expect(rulesOf(late.record.health)).toContain('open_without_submission');

    const [first, second] = people;
    const row = (person: typeof first, status: 'submitted' | 'withdrawn') => ({ agencyId: ctx.agency.id, entryId: person?.entry.id ?? '', jobId: job.id, candidateId: person?.candidate.id ?? '', sentAt: now(), status });
    await ctx.t.database.db.insert(submissions).values(row(first, 'withdrawn'));
    expect(rulesOf((await read()).summary.health)).toContain('open_without_submission');
    await ctx.t.database.db.insert(submissions).values(row(second, 'submitted'));
    const submitted = await read();
    expect(submitted.summary).toMatchObject({ candidateCount: 3, submissionCount: 1 });
    expect(rulesOf(submitted.summary.health)).not.toContain('open_without_submission');
  });

  it('"start near, nobody in interview" flags an open job whose start is within the threshold until an entry sits in an interview stage', async () => {
    setNow('2026-06-01T00:00:00Z');
    const { organization, job } = await openJob({ targetStartOn: '2026-06-04' });
    const candidate = (await buildCandidate(recruiter())).data;
    const entry = await addToPipeline(recruiter(), job.id, candidate.id);
    const reasons = async () => (await recruiter().get(`/api/jobs?organizationId=${organization.id}`)).body.data[0].health.atRiskReasons as Health['atRiskReasons'];
    expect(await reasons()).toContainEqual({ rule: 'start_near_without_interview', message: 'Starts in 3 days with nobody in interview' });
    await putInStage(entry.id, (await stageOfKind(recruiter(), job.id, 'interview')).id);
    expect((await reasons()).map((reason) => reason.rule)).not.toContain('start_near_without_interview');
    const far = await openJob({ targetStartOn: '2026-07-01' });
    expect(rulesOf((await recruiter().get(`/api/jobs/${far.job.id}`)).body.data.health)).not.toContain('start_near_without_interview');
  });
});
