import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/schema';
import { setNow } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { createTestAgency } from '../support/agency';
import type { Caller } from '../support/http';
import { useTestAgency } from '../support/setup';

/** Each test makes its own agency: searches see every candidate of one. */
const ctx = useTestAgency();

type Summary = { id: string; name: string; tags: string[]; version: number };
type Task = { title: string; related: { id: string } | null };

const searchNames = async (as: Caller, q: string) => {
  const answer = await as.get(`/api/candidates/search?q=${encodeURIComponent(q)}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.data as { name: string }[]).map((hit) => hit.name).sort();
};

const tagsOf = async (as: Caller, id: string) => (await as.get(`/api/candidates/${id}`)).body.data as Summary;

describe('bulk tags', () => {
  it('adds and removes tags on every candidate, bumps versions, audits, and search finds them by the new tag', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    const ada = await buildCandidate(as, { firstName: 'Ada', lastName: 'Lovelace', tags: ['nights', 'old'] });
    const bob = await buildCandidate(as, { firstName: 'Bob', lastName: 'Marley', tags: ['old'] });
    await buildCandidate(as, { firstName: 'Cy', lastName: 'Other' });

    const answer = await as.post('/api/candidates/tags', { ids: [ada.data.id, bob.data.id, ada.data.id], options: { add: ['Forklift-Cert', 'forklift-cert '], remove: ['OLD'] } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.data).toEqual([
      expect.objectContaining({ id: ada.data.id, tags: ['nights', 'forklift-cert'], version: 2 }),
      expect.objectContaining({ id: bob.data.id, tags: ['forklift-cert'], version: 2 }),
    ]);
    expect(await searchNames(as, 'tag:forklift-cert')).toEqual(['Ada Lovelace', 'Bob Marley']);
    expect(await searchNames(as, 'tag:old')).toEqual([]);
    const audits = await ctx.t.database.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.agencyId, agency.id), eq(auditEvents.entity, 'candidate'), inArray(auditEvents.entityId, [ada.data.id, bob.data.id]), eq(auditEvents.action, 'update')));
    expect(audits.map((event) => (event.after as { tags: string[] }).tags)).toEqual(expect.arrayContaining([['nights', 'forklift-cert'], ['forklift-cert']]));
    expect(audits).toHaveLength(2);

    // Removing only: a candidate without the tag is answered unchanged.
    const removed = await as.post('/api/candidates/tags', { ids: [ada.data.id, bob.data.id], options: { remove: ['nights'] } });
    expect(removed.status).toBe(200);
    expect(removed.body.data).toEqual([expect.objectContaining({ tags: ['forklift-cert'], version: 3 }), expect.objectContaining({ tags: ['forklift-cert'], version: 2 })]);
    expect(await searchNames(as, 'tag:nights')).toEqual([]);
  });

  it('refuses the whole batch with 422 `related` when one id is foreign or merged, and changes nothing', async () => {
    const as = ctx.agency.as.recruiter;
    const mine = await buildCandidate(as, { firstName: 'Mia', lastName: 'Mine' });
    const keep = await buildCandidate(as, { firstName: 'Jo', lastName: 'Bloggs', emails: ['jo@one.example'] });
    const gone = await buildCandidate(as, { firstName: 'Jo', lastName: 'Bloggs', emails: ['jo@two.example'] });
    expect((await as.post('/api/candidates/merge', { survivorId: keep.data.id, mergedIds: [gone.data.id], fields: {}, version: { [keep.data.id]: 1, [gone.data.id]: 1 } })).status).toBe(200);
    const other = await createTestAgency(ctx.t);
    const foreign = await buildCandidate(other.as.recruiter, { firstName: 'Far', lastName: 'Away' });

    const refused = await as.post('/api/candidates/tags', { ids: [mine.data.id, foreign.data.id, gone.data.id], options: { add: ['vip'] } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([
      { type: 'candidate', id: foreign.data.id, label: expect.any(String) },
      { type: 'candidate', id: gone.data.id, label: expect.stringContaining('merged') },
    ]);
    expect(await tagsOf(as, mine.data.id)).toMatchObject({ tags: [], version: 1 });
    expect(await tagsOf(other.as.recruiter, foreign.data.id)).toMatchObject({ tags: [], version: 1 });

    const tasks = await as.post('/api/candidates/tasks', { ids: [mine.data.id, foreign.data.id], options: { title: 'Call', dueAt: '2026-05-01T12:00:00.000Z', allDay: true } });
    expect(tasks.status).toBe(422);
    expect(tasks.body.error.related).toEqual([{ type: 'candidate', id: foreign.data.id, label: expect.any(String) }]);
    expect((await as.get(`/api/tasks?candidateId=${mine.data.id}`)).body.data).toEqual([]);
  });

  it('refuses a candidate that would exceed the tag limit, and a tag both added and removed', async () => {
    const as = ctx.agency.as.recruiter;
    const full = await buildCandidate(as, { tags: Array.from({ length: 50 }, (_, index) => `t${index}`) });
    const refused = await as.post('/api/candidates/tags', { ids: [full.data.id], options: { add: ['one-more'] } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([{ type: 'candidate', id: full.data.id, label: expect.stringContaining('50 tags') }]);
    expect((await as.post('/api/candidates/tags', { ids: [full.data.id], options: { add: ['x'], remove: ['X'] } })).status).toBe(400);
    expect((await as.post('/api/candidates/tags', { ids: [full.data.id], options: {} })).status).toBe(400);
    expect((await as.post('/api/candidates/tags', { ids: [], options: { add: ['x'] } })).status).toBe(400);
  });
});

describe('bulk tasks', () => {
  it('makes one task per candidate for the assignee, seen in their /api/tasks/mine', async () => {
    setNow('2026-03-09T09:00:00Z');
    const as = ctx.agency.as.manager;
    const first = await buildCandidate(as, { firstName: 'Una', lastName: 'First' });
    const second = await buildCandidate(as, { firstName: 'Dos', lastName: 'Second' });
    const answer = await as.post('/api/candidates/tasks', {
      ids: [first.data.id, second.data.id],
      options: { title: 'Check availability', dueAt: '2026-03-09T12:00:00.000Z', allDay: true, assigneeId: ctx.agency.users.recruiter.id },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.data).toEqual([
      expect.objectContaining({ title: 'Check availability', allDay: true, assignee: expect.objectContaining({ id: ctx.agency.users.recruiter.id }), related: expect.objectContaining({ id: first.data.id }) }),
      expect.objectContaining({ related: expect.objectContaining({ id: second.data.id }) }),
    ]);
    const mine = await ctx.agency.as.recruiter.get('/api/tasks/mine');
    const today = (mine.body.today as Task[]).filter((task) => task.title === 'Check availability').map((task) => task.related?.id);
    expect(today.sort()).toEqual([first.data.id, second.data.id].sort());
    expect((await as.get(`/api/candidates/${first.data.id}`)).body.data.nextAction).toMatchObject({ title: 'Check availability' });
  });

  it('is for the front office: back office gets 403', async () => {
    const candidate = await buildCandidate(ctx.agency.as.recruiter);
    const bo = ctx.agency.as.back_office;
    expect((await bo.post('/api/candidates/tags', { ids: [candidate.data.id], options: { add: ['x'] } })).status).toBe(403);
    expect((await bo.post('/api/candidates/tasks', { ids: [candidate.data.id], options: { title: 'x', dueAt: '2026-03-09T12:00:00.000Z' } })).status).toBe(403);
  });
});
