import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { resultRows } from '../../src/db/client';
import { activities, activityMentions, candidateFitNotes, candidateSourceEvents, candidates, submissions, talentPoolMembers, talentPools, tasks } from '../../src/db/schema';
import { createTestAgency } from '../support/agency';
import { rowCounts } from '../support/row-counts';
import { useTestAgency } from '../support/setup';
import { type CandidateRecord, buildCandidate } from '../factories/candidates';
import { uploadDocument } from '../factories/documents';
import { buildOrganization } from '../factories/records';
import { addToPipeline, openJobWithCandidate } from '../factories/pipeline';

const ctx = useTestAgency();

const versionsOf = (...records: CandidateRecord[]) => Object.fromEntries(records.map((record) => [record.data.id, record.data.version]));

/** How many rows of each related table point at each of these candidates. */
async function relatedCounts(ids: string[]) {
  const db = ctx.t.database.db;
  const count = async (table: typeof activities | typeof activityMentions | typeof tasks | typeof candidateSourceEvents | typeof candidateFitNotes | typeof talentPoolMembers) => {
    const rows = await db
      .select({ candidateId: table.candidateId, n: sql<number>`count(*)::int` })
      .from(table)
      .where(and(eq(table.agencyId, ctx.agency.id), inArray(table.candidateId, ids)))
      .groupBy(table.candidateId);
    return Object.fromEntries(ids.map((id) => [id, Number(rows.find((row) => row.candidateId === id)?.n ?? 0)]));
  };
  return {
    activities: await count(activities),
    mentions: await count(activityMentions),
    tasks: await count(tasks),
    sourceEvents: await count(candidateSourceEvents),
    fitNotes: await count(candidateFitNotes),
    poolMemberships: await count(talentPoolMembers),
  };
}

type Counts = Awaited<ReturnType<typeof relatedCounts>>;
const total = (counts: Counts[keyof Counts]) => Object.values(counts).reduce((sum, n) => sum + n, 0);

async function addPool(name: string, memberIds: string[]) {
  const db = ctx.t.database.db;
  const [pool] = await db.insert(talentPools).values({ agencyId: ctx.agency.id, name, ownerId: ctx.agency.users.recruiter.id, shared: true }).returning();
  if (!pool) {
    throw new Error('pool insert returned no row');
  }
  for (const candidateId of memberIds) {
    await db.insert(talentPoolMembers).values({ agencyId: ctx.agency.id, poolId: pool.id, candidateId, addedAt: new Date() });
  }
  return pool.id;
}

/** A candidate with some of everything: a call (mentioning `mention`), a task, a second source event and a fit note. */
async function withHistory(record: CandidateRecord, mention?: string) {
  const as = ctx.agency.as.recruiter;
  const id = record.data.id;
  expect((await as.post('/api/activities', { kind: 'call', callOutcome: 'connected', body: `Call with ${record.data.name}`, candidateId: id, ...(mention ? { mentions: [{ type: 'candidate', id: mention }] } : {}) })).status).toBe(201);
  expect((await as.post('/api/tasks', { title: `Follow up ${record.data.name}`, dueAt: '2027-01-10T09:00:00Z', candidateId: id })).status).toBe(201);
  expect((await as.post(`/api/candidates/${id}/source-events`, { source: 'job_board', detail: 'Applied again' })).status).toBe(201);
  expect((await as.post(`/api/candidates/${id}/fit-notes`, { kind: 'fit', body: `Good fit: ${record.data.name}` })).status).toBe(201);
  return (await as.get(`/api/candidates/${id}`)).body as CandidateRecord;
}

describe('candidate merge', () => {
  it('moves every related row to the survivor, takes the chosen values, unions the lists and leaves a redirect', async () => {
    const as = ctx.agency.as.recruiter;
    const survivor = await buildCandidate(as, {
      firstName: 'Jo',
      lastName: 'Bloggs',
      emails: ['jo@home.example'],
      phones: ['+44 7911 123001'],
      location: 'Leeds',
      tags: ['forklift'],
      skills: [{ name: 'Forklift', years: 3 }],
      profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/jo' }],
    });
    const duplicate = await buildCandidate(as, {
      firstName: 'Joanne',
      lastName: 'Bloggs',
      emails: ['jo.work@example.com', 'JO@home.example'],
      phones: ['+44 7911 123002'],
      location: 'York',
      tags: ['night-shift', 'forklift'],
      skills: [{ name: 'forklift', years: 5 }, { name: 'Reach truck' }],
      workHistory: [{ title: 'Driver', employer: 'Contoso' }],
    });
    const third = await buildCandidate(as, { firstName: 'J', lastName: 'Bloggs', emails: ['jb@example.net'] });
    const before = [await withHistory(survivor), await withHistory(duplicate, survivor.data.id), await withHistory(third, duplicate.data.id)];
    // An activity about someone else that mentions the duplicate: the mention moves to the survivor.
    const organization = await buildOrganization(ctx.t.database.db, ctx.agency.id, { name: 'Contoso Logistics' });
    expect((await as.post('/api/activities', { kind: 'note', body: 'Asked about Joanne', organizationId: organization.id, mentions: [{ type: 'candidate', id: duplicate.data.id }] })).status).toBe(201);
    const sharedPool = await addPool('Drivers', [survivor.data.id, duplicate.data.id]);
    const duplicatePool = await addPool('Nights', [duplicate.data.id, third.data.id]);
    const ids = before.map((record) => record.data.id);
    const counts = await relatedCounts(ids);
    expect(counts.poolMemberships).toEqual({ [ids[0] ?? '']: 1, [ids[1] ?? '']: 2, [ids[2] ?? '']: 1 });

    const merged = await as.post('/api/candidates/merge', {
      survivorId: survivor.data.id,
      mergedIds: [duplicate.data.id, third.data.id],
      fields: { name: duplicate.data.id, location: duplicate.data.id, phones: duplicate.data.id, workHistory: duplicate.data.id },
      version: versionsOf(...before),
    });
    expect(merged.status).toBe(200);
    expect(merged.body.data).toMatchObject({
      id: survivor.data.id,
      firstName: 'Joanne',
      location: 'York',
      // the chosen candidate's phone first (the primary), the others unioned in
      phones: ['+447911123002', '+447911123001'],
      emails: ['jo@home.example', 'jo.work@example.com', 'jb@example.net'],
      tags: ['forklift', 'night-shift'],
      skills: [{ name: 'Forklift', years: 3 }, { name: 'Reach truck' }],
      profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/jo' }],
      currentEmployer: 'Contoso',
      version: (before[0]?.data.version ?? 0) + 1,
    });

    const after = await relatedCounts(ids);
    for (const table of ['activities', 'tasks', 'sourceEvents', 'fitNotes'] as const) {
      expect(after[table], table).toEqual({ [ids[0] ?? '']: total(counts[table]), [ids[1] ?? '']: 0, [ids[2] ?? '']: 0 });
    }
    // Three mentions before; the two on calls about one of the three would now be the survivor mentioning itself.
    expect(total(counts.mentions)).toBe(3);
    expect(after.mentions).toEqual({ [ids[0] ?? '']: 1, [ids[1] ?? '']: 0, [ids[2] ?? '']: 0 });
    // Drivers held the survivor and the duplicate: one membership left; Nights held two merged candidates: one left.
    expect(after.poolMemberships).toEqual({ [ids[0] ?? '']: 2, [ids[1] ?? '']: 0, [ids[2] ?? '']: 0 });
    const pools = await ctx.t.database.db.select().from(talentPoolMembers).where(eq(talentPoolMembers.candidateId, survivor.data.id));
    expect(pools.map((member) => member.poolId).sort()).toEqual([sharedPool, duplicatePool].sort());

    // The merged records stay as rows pointing at the survivor; their old ids open the survivor.
    const rows = await ctx.t.database.db.select().from(candidates).where(inArray(candidates.id, ids));
    expect(rows.filter((row) => row.mergedIntoId === survivor.data.id).map((row) => row.id).sort()).toEqual([duplicate.data.id, third.data.id].sort());
    const redirected = await as.get(`/api/candidates/${third.data.id}`);
    expect(redirected.status).toBe(200);
    expect(redirected.body).toMatchObject({ data: { id: survivor.data.id, firstName: 'Joanne' }, redirectedFrom: third.data.id, abilities: { update: true } });
    expect((await as.get(`/api/candidates/${survivor.data.id}`)).body.redirectedFrom).toBeUndefined();
    const list = await as.get('/api/candidates?q=Bloggs');
    expect(list.body.data.map((row: { id: string }) => row.id)).toEqual([survivor.data.id]);

    // Audited on every record; the survivor's timeline reads the merged candidates' history through their ids.
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=candidate&entityId=${survivor.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'merge', after: { mergedIds: [duplicate.data.id, third.data.id], moved: { activities: 2, tasks: 2, activityMentions: 1, sourceEvents: 4, fitNotes: 2, poolMemberships: 1 }, dropped: { mentions: 2, poolMemberships: 2 } } });
    const mergedLog = await ctx.agency.as.admin.get(`/api/audit-events?entity=candidate&entityId=${duplicate.data.id}`);
    expect(mergedLog.body.data[0]).toMatchObject({ action: 'merged_into', after: { mergedIntoId: survivor.data.id } });
    const timeline = await as.get(`/api/timeline?candidateId=${survivor.data.id}&limit=100`);
    const items: { kind: string; title: string; detail: string | null; id: string }[] = timeline.body.data;
    expect(items.filter((item) => item.kind === 'audit' && item.title === 'Created')).toHaveLength(3);
    expect(items.filter((item) => item.title === 'Merged into')).toHaveLength(2);
    expect(items.find((item) => item.title === 'Merge')).toBeDefined();
    expect(items.filter((item) => item.kind === 'activity' && item.title.startsWith('Call'))).toHaveLength(3);
    expect(items.filter((item) => item.kind === 'activity' && item.title === 'Note')).toHaveLength(1);
  });

  it('moves documents too, keeping one current CV: the newest of the merged when the survivor has none', async () => {
    const as = ctx.agency.as.recruiter;
    const survivor = await buildCandidate(as, { firstName: 'Cora', lastName: 'Vance' });
    const older = await buildCandidate(as, { firstName: 'Cora', lastName: 'Vance-Older' });
    const newer = await buildCandidate(as, { firstName: 'Cora', lastName: 'Vance-Newer' });
    const upload = async (candidateId: string, text: string) => {
      const answer = await uploadDocument(ctx.t.app, as, candidateId, { fileName: `${text}.txt`, bytes: Buffer.from(text), contentType: 'text/plain' }, 'cv');
      expect(answer.status).toBe(201);
    };
    await upload(older.data.id, 'older-cv');
    await upload(newer.data.id, 'newer-cv');
    const merged = await as.post('/api/candidates/merge', { survivorId: survivor.data.id, mergedIds: [older.data.id, newer.data.id], fields: {}, version: versionsOf(survivor, older, newer) });
    expect(merged.status).toBe(200);
    const documents = (await as.get(`/api/candidates/${survivor.data.id}/documents`)).body.data as { isCurrentCv: boolean; fileName: string; text: string | null }[];
    expect(documents).toHaveLength(2);
    expect(documents.filter((document) => document.isCurrentCv).map((document) => document.fileName)).toEqual(['newer-cv.txt']);
  });

  it('refuses writes to a merged id with 409 naming the survivor, and follows chains of merges', async () => {
    const as = ctx.agency.as.recruiter;
    const [a, b, c] = [await buildCandidate(as), await buildCandidate(as), await buildCandidate(as)];
    if (!a || !b || !c) {
      throw new Error('candidates were not built');
    }
    expect((await as.post('/api/candidates/merge', { survivorId: b.data.id, mergedIds: [a.data.id], version: versionsOf(a, b) })).status).toBe(200);
    const b2 = (await as.get(`/api/candidates/${b.data.id}`)).body as CandidateRecord;
    expect((await as.post('/api/candidates/merge', { survivorId: c.data.id, mergedIds: [b.data.id], version: versionsOf(b2, c) })).status).toBe(200);

    const chained = await as.get(`/api/candidates/${a.data.id}`);
    expect(chained.body).toMatchObject({ data: { id: c.data.id }, redirectedFrom: a.data.id });
    const writes = [
      await as.patch(`/api/candidates/${a.data.id}`, { version: 1, location: 'Hull' }),
      await as.post(`/api/candidates/${a.data.id}/owner`, { version: 1, ownerId: ctx.agency.users.manager.id, handoffNote: 'Yours' }),
      await as.post(`/api/candidates/${a.data.id}/source-events`, { source: 'referral' }),
      await as.post(`/api/candidates/${a.data.id}/fit-notes`, { kind: 'fit', body: 'x' }),
      await as.post('/api/activities', { kind: 'note', body: 'x', candidateId: a.data.id }),
      await as.post('/api/tasks', { title: 'x', dueAt: '2027-01-10T09:00:00Z', candidateId: a.data.id }),
    ];
    for (const write of writes) {
      expect(write.status).toBe(409);
      expect(write.body.error.message).toMatch(/merged into/);
      expect(write.body.error.related).toEqual([{ type: 'candidate', id: c.data.id, label: c.data.name }]);
    }
    // c's timeline reads a's history through b.
    const timeline = await as.get(`/api/timeline?candidateId=${c.data.id}&limit=100`);
    expect(timeline.body.data.filter((item: { title: string }) => item.title === 'Created')).toHaveLength(3);
  });

  it('refuses a stale version with 409 naming who changed it, and changes nothing', async () => {
    const as = ctx.agency.as.recruiter;
    const survivor = await buildCandidate(as);
    const duplicate = await buildCandidate(as);
    expect((await ctx.agency.as.manager.patch(`/api/candidates/${duplicate.data.id}`, { version: 1, location: 'Hull' })).status).toBe(200);
    const counts = await rowCounts(ctx.t);
    const stale = await as.post('/api/candidates/merge', { survivorId: survivor.data.id, mergedIds: [duplicate.data.id], version: versionsOf(survivor, duplicate) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/changed by Test manager/);
    expect(await rowCounts(ctx.t)).toEqual(counts);
  });

  it('refuses foreign, unknown and already merged candidates (422 naming them; 404 for an unknown survivor) and bad choices (400)', async () => {
    const as = ctx.agency.as.recruiter;
    const other = await createTestAgency(ctx.t);
    const foreign = await buildCandidate(other.as.recruiter);
    const survivor = await buildCandidate(as);
    const gone = await buildCandidate(as);
    const keeper = await buildCandidate(as);
    expect((await as.post('/api/candidates/merge', { survivorId: keeper.data.id, mergedIds: [gone.data.id], version: versionsOf(keeper, gone) })).status).toBe(200);

    const counts = await rowCounts(ctx.t);
    const refused = await as.post('/api/candidates/merge', {
      survivorId: survivor.data.id,
      mergedIds: [foreign.data.id, gone.data.id],
      version: { ...versionsOf(survivor, foreign), [gone.data.id]: 2 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([
      { type: 'candidate', id: foreign.data.id, label: 'Candidate not found' },
      { type: 'candidate', id: gone.data.id, label: expect.stringContaining(`already merged into ${keeper.data.name}`) },
    ]);
    const foreignSurvivor = await as.post('/api/candidates/merge', { survivorId: foreign.data.id, mergedIds: [survivor.data.id], version: versionsOf(foreign, survivor) });
    expect(foreignSurvivor.status).toBe(404);
    const preview = await as.get(`/api/candidates/merge-preview?ids=${survivor.data.id},${gone.data.id}`);
    expect(preview.status).toBe(422);

    const badChoice = await as.post('/api/candidates/merge', { survivorId: survivor.data.id, mergedIds: [keeper.data.id], fields: { name: foreign.data.id }, version: versionsOf(survivor) });
    expect(badChoice.status).toBe(400);
    expect(badChoice.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['fields.name', `version.${keeper.data.id}`]);
    const itself = await as.post('/api/candidates/merge', { survivorId: survivor.data.id, mergedIds: [survivor.data.id], version: versionsOf(survivor) });
    expect(itself.status).toBe(400);
    expect(await rowCounts(ctx.t)).toEqual(counts);
  });

  it('lets the front office merge; the back office may not (403)', async () => {
    const survivor = await buildCandidate(ctx.agency.as.recruiter);
    const duplicate = await buildCandidate(ctx.agency.as.recruiter);
    const body = { survivorId: survivor.data.id, mergedIds: [duplicate.data.id], version: versionsOf(survivor, duplicate) };
    expect((await ctx.agency.as.back_office.post('/api/candidates/merge', body)).status).toBe(403);
    expect((await ctx.agency.apiKey.back_office.post('/api/candidates/merge', body)).status).toBe(403);
    expect((await ctx.agency.as.back_office.get(`/api/candidates/merge-preview?ids=${survivor.data.id},${duplicate.data.id}`)).status).toBe(403);
    expect((await ctx.agency.as.account_manager.post('/api/candidates/merge', body)).status).toBe(200);
  });

  it('previews the candidates side by side with the fields that differ', async () => {
    const as = ctx.agency.as.recruiter;
    const survivor = await buildCandidate(as, { firstName: 'Ann', lastName: 'Lee', location: 'Leeds', tags: ['a'] });
    const duplicate = await buildCandidate(as, { firstName: 'Ann', lastName: 'Lee', location: 'York', tags: ['a'] });
    const preview = await as.get(`/api/candidates/merge-preview?ids=${survivor.data.id},${duplicate.data.id}`);
    expect(preview.status).toBe(200);
    expect(preview.body.data.candidates.map((candidate: { id: string; location: string }) => [candidate.id, candidate.location])).toEqual([
      [survivor.data.id, 'Leeds'],
      [duplicate.data.id, 'York'],
    ]);
    const differs = Object.fromEntries(preview.body.data.fields.map((field: { field: string; differs: boolean }) => [field.field, field.differs]));
    expect(differs).toMatchObject({ name: false, location: true, emails: true, tags: false, status: false });
    expect((await as.get(`/api/candidates/merge-preview?ids=${survivor.data.id}`)).status).toBe(400);
  });

  it('is all or nothing: a failure midway (while moving fit notes) leaves every row as it was', async () => {
    const as = ctx.agency.as.recruiter;
    const db = ctx.t.database.db;
    const survivor = await withHistory(await buildCandidate(as));
    const duplicate = await withHistory(await buildCandidate(as));
    await db.execute(sql`CREATE FUNCTION merge_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$`);
    await db.execute(sql`CREATE TRIGGER merge_test_refuse BEFORE UPDATE OF candidate_id ON candidate_fit_notes FOR EACH ROW EXECUTE FUNCTION merge_test_refuse()`);
    try {
      const counts = await rowCounts(ctx.t);
      const related = await relatedCounts([survivor.data.id, duplicate.data.id]);
      const failed = await as.post('/api/candidates/merge', { survivorId: survivor.data.id, mergedIds: [duplicate.data.id], fields: { name: duplicate.data.id }, version: versionsOf(survivor, duplicate) });
      expect(failed.status).toBe(500);
      expect(await rowCounts(ctx.t)).toEqual(counts);
      expect(await relatedCounts([survivor.data.id, duplicate.data.id])).toEqual(related);
      expect((await as.get(`/api/candidates/${survivor.data.id}`)).body.data).toMatchObject({ name: survivor.data.name, version: survivor.data.version });
      const stillThere = await as.get(`/api/candidates/${duplicate.data.id}`);
      expect(stillThere.body.redirectedFrom).toBeUndefined();
      expect(stillThere.body.data).toMatchObject({ id: duplicate.data.id, version: duplicate.data.version });
    } finally {
      await db.execute(sql`DROP TRIGGER merge_test_refuse ON candidate_fit_notes`);
      await db.execute(sql`DROP FUNCTION merge_test_refuse()`);
    }
    const rows = resultRows(await db.execute(sql`SELECT 1 FROM pg_trigger WHERE tgname = 'merge_test_refuse'`));
    expect(rows).toEqual([]);
  });

  it('moves pipeline entries and their submissions to the survivor; candidates on the same job are refused with merge.same_job naming it', async () => {
    const as = ctx.agency.as.recruiter;
    const db = ctx.t.database.db;
    const [survivor, duplicate, onBoth, alsoOnBoth] = await Promise.all([buildCandidate(as), buildCandidate(as), buildCandidate(as), buildCandidate(as)]);
    const first = await openJobWithCandidate(ctx.agency);
    const shared = await openJobWithCandidate(ctx.agency);
    const own = await addToPipeline(as, first.job.id, duplicate.data.id);
    await db.insert(submissions).values({ agencyId: ctx.agency.id, entryId: own.id, jobId: first.job.id, candidateId: duplicate.data.id, sentAt: new Date() });
    await addToPipeline(as, shared.job.id, survivor.data.id);
    await addToPipeline(as, shared.job.id, onBoth.data.id);
    await addToPipeline(as, shared.job.id, alsoOnBoth.data.id);

    const refused = await as.post('/api/candidates/merge', { survivorId: onBoth.data.id, mergedIds: [alsoOnBoth.data.id], version: versionsOf(onBoth, alsoOnBoth) });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ rule: 'merge.same_job', related: [{ type: 'job', id: shared.job.id, label: expect.stringContaining(`J-${shared.job.number}`) }] });
    const preview = await as.get(`/api/candidates/merge-preview?ids=${onBoth.data.id},${alsoOnBoth.data.id}`);
    expect(preview.body.error.rule).toBe('merge.same_job');
    expect((await as.get(`/api/candidates/${alsoOnBoth.data.id}`)).body.redirectedFrom).toBeUndefined();

    const merged = await as.post('/api/candidates/merge', { survivorId: survivor.data.id, mergedIds: [duplicate.data.id], version: versionsOf(survivor, duplicate) });
    expect(merged.status).toBe(200);
    const jobsOfSurvivor = await as.get(`/api/candidates/${survivor.data.id}/pipeline`);
    expect(jobsOfSurvivor.body.data.map((item: { job: { id: string } }) => item.job.id).sort()).toEqual([first.job.id, shared.job.id].sort());
    const [submission] = await db.select().from(submissions).where(and(eq(submissions.agencyId, ctx.agency.id), eq(submissions.entryId, own.id)));
    expect(submission?.candidateId).toBe(survivor.data.id);
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=candidate&entityId=${survivor.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'merge', after: { moved: { pipelineEntries: 1, submissions: 1, placements: 0 } } });
  });
});
