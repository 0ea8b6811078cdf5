import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema';
import { buildCandidate } from '../factories/candidates';
import { uploadDocument } from '../factories/documents';
import { buildContact, buildJob, buildOrganization } from '../factories/records';
import { createTestAgency } from '../support/agency';
import type { Caller } from '../support/http';
import { useTestAgency } from '../support/setup';

/** Each test makes its own agency: searches see every candidate of one. */
const ctx = useTestAgency();

type Hit = { id: string; name: string; matched: string[]; snippet: { text: string; highlights: { start: number; end: number }[] } | null };
const search = async (as: Caller, q: string, extra = '') => as.get(`/api/candidates/search?q=${encodeURIComponent(q)}${extra}`);
const namesFor = async (as: Caller, q: string) => {
  const answer = await search(as, q);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.data as Hit[]).map((hit) => hit.name).sort();
};
const marked = (hit: Hit) => hit.snippet?.highlights.map((range) => hit.snippet?.text.slice(range.start, range.end)) ?? [];

/** A small cast: a forklift driver, a warehouse manager, a welder. */
async function buildCast(as: Caller) {
  const olu = await buildCandidate(as, {
    firstName: 'Oluwaseun',
    lastName: 'Adebayo',
    location: 'Leeds, West Yorkshire',
    status: 'actively_searching',
    skills: [{ name: 'Forklift' }, { name: 'Reach truck' }],
    workHistory: [{ title: 'Forklift Driver', employer: 'Kestrel Logistics', startedOn: '2020-01-01' }],
    tags: ['nights'],
    availableOn: '2026-12-01',
  });
  const mae = await buildCandidate(as, {
    firstName: 'Maeve',
    lastName: 'Fitzgerald',
    location: 'Manchester',
    status: 'not_looking',
    skills: [{ name: 'Inventory control' }, { name: 'Forklift' }],
    workHistory: [{ title: 'Warehouse Manager', employer: 'Brightside Foods', startedOn: '2018-01-01' }],
    roleInterests: ['Operations Manager'],
    availableOn: '2027-03-01',
  });
  const tom = await buildCandidate(as, {
    firstName: 'Tomasz',
    lastName: 'Wojcik',
    location: 'Leeds',
    skills: [{ name: 'MIG welding' }],
    workHistory: [{ title: 'Welder Fabricator', employer: 'Kestrel Engineering', startedOn: '2019-01-01' }],
    tags: ['nights', 'cscs'],
  });
  return { olu, mae, tom };
}

describe('candidate search', () => {
  it('finds by name, skill word, title phrase, OR and NOT, ranked with why they matched and a highlighted snippet', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    await buildCast(as);
    expect(await namesFor(as, 'adebayo')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'forklift')).toEqual(['Maeve Fitzgerald', 'Oluwaseun Adebayo']);
    expect(await namesFor(as, '"warehouse manager"')).toEqual(['Maeve Fitzgerald']);
    expect(await namesFor(as, '"manager warehouse"')).toEqual([]);
    expect(await namesFor(as, 'welding OR "reach truck"')).toEqual(['Oluwaseun Adebayo', 'Tomasz Wojcik']);
    expect(await namesFor(as, 'forklift -inventory')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'kestrel NOT welder')).toEqual(['Oluwaseun Adebayo']);

    const answer = await search(as, 'forklift');
    const [first, second] = answer.body.data as Hit[];
    // The current title (weight B) and skills outrank skills alone.
    expect(first?.name).toBe('Oluwaseun Adebayo');
    expect(first?.matched).toEqual(['title', 'skills', 'work history']);
    expect(first?.snippet?.text).toBe('Forklift Driver · Forklift, Reach truck · Kestrel Logistics');
    expect(marked(first as Hit)).toEqual(['Forklift', 'Forklift']);
    expect(second?.matched).toEqual(['skills']);
  });

  it('searches the current CV\'s text only when asked (cv=true), ranking those matches after matches in the record', async () => {
    const as = ctx.agency.as.recruiter;
    const word = `zephyrine${Date.now()}`;
    const inCv = await buildCandidate(as, { firstName: 'Orla', lastName: 'Whitcombe' });
    await buildCandidate(as, { firstName: 'Piet', lastName: 'Vroom', tags: [word] });
    const uploaded = await uploadDocument(ctx.t.app, as, inCv.data.id, { fileName: 'cv.txt', bytes: Buffer.from(`Orla Whitcombe\nRope access, ${word} certified`), contentType: 'text/plain' }, 'cv');
    expect(uploaded.status).toBe(201);
    await ctx.t.runJobs();
    expect(await namesFor(as, word)).toEqual(['Piet Vroom']);
    const withCv = await search(as, word, '&cv=true');
    expect((withCv.body.data as Hit[]).map((hit) => [hit.name, hit.matched])).toEqual([
      ['Piet Vroom', ['tags']],
      ['Orla Whitcombe', ['CV']],
    ]);
  });

  it('matches the last word as a prefix while typing', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    await buildCast(as);
    expect(await namesFor(as, 'fork')).toEqual(['Maeve Fitzgerald', 'Oluwaseun Adebayo']);
    expect(await namesFor(as, 'oluw')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'wareh mana')).toEqual(['Maeve Fitzgerald']);
  });

  it('applies each field filter, negated ones as NOT, combined with the text', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    const { olu, tom } = await buildCast(as);
    await ctx.t.database.db.update(users).set({ name: 'Priya Nightingale' }).where(eq(users.id, agency.users.manager.id));
    await as.post(`/api/candidates/${tom.data.id}/owner`, { ownerId: agency.users.manager.id, handoffNote: 'Yours now', version: tom.data.version });
    const pool = await as.post('/api/pools', { name: 'Forklift drivers', shared: false });
    await as.post(`/api/pools/${pool.body.data.id}/members`, { candidateIds: [olu.data.id] });

    expect(await namesFor(as, 'skill:forklift')).toEqual(['Maeve Fitzgerald', 'Oluwaseun Adebayo']);
    expect(await namesFor(as, 'skill:"reach truck"')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'title:manager')).toEqual(['Maeve Fitzgerald']);
    expect(await namesFor(as, 'location:leeds')).toEqual(['Oluwaseun Adebayo', 'Tomasz Wojcik']);
    expect(await namesFor(as, 'forklift status:actively_searching')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'owner:priya')).toEqual(['Tomasz Wojcik']);
    expect(await namesFor(as, 'owner:nightin')).toEqual(['Tomasz Wojcik']);
    expect(await namesFor(as, 'owner:me')).toEqual(['Maeve Fitzgerald', 'Oluwaseun Adebayo']);
    expect(await namesFor(as, 'tag:nights')).toEqual(['Oluwaseun Adebayo', 'Tomasz Wojcik']);
    expect(await namesFor(as, 'pool:"forklift drivers"')).toEqual(['Oluwaseun Adebayo']);
    // A private pool is its owner's alone.
    expect(await namesFor(agency.as.manager, 'pool:"forklift drivers"')).toEqual([]);
    expect(await namesFor(as, 'available:<2027-01-01')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'available:>2027-01-01')).toEqual(['Maeve Fitzgerald']);
    expect(await namesFor(as, 'leeds -tag:cscs')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'NOT status:actively_searching location:leeds')).toEqual(['Tomasz Wojcik']);
    const filtered = await search(as, 'forklift status:actively_searching');
    expect((filtered.body.data as Hit[])[0]?.matched).toEqual(['title', 'skills', 'work history', 'status']);
  });

  it('pages by rank then id', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    for (let i = 0; i < 5; i += 1) {
      await buildCandidate(as, { firstName: 'Paging', lastName: `Person${i}`, skills: [{ name: 'Scaffolding' }], ...(i === 2 ? { workHistory: [{ title: 'Scaffolding Supervisor', employer: 'Ladder Co' }] } : {}) });
    }
    const first = await search(as, 'scaffolding', '&limit=2');
    expect(first.body.data).toHaveLength(2);
    expect(first.body.data[0].name).toBe('Paging Person2');
    const seen = [...first.body.data];
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const next = await search(as, 'scaffolding', `&limit=2&cursor=${cursor}`);
      seen.push(...next.body.data);
      cursor = next.body.nextCursor;
    }
    expect(seen.map((hit: Hit) => hit.name).sort()).toEqual(['Paging Person0', 'Paging Person1', 'Paging Person2', 'Paging Person3', 'Paging Person4']);
  });

  it('keeps the search row in step with edits, and never returns merged candidates', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    const { olu, mae } = await buildCast(as);
    const edited = await as.patch(`/api/candidates/${mae.data.id}`, { version: mae.data.version, skills: [{ name: 'Pallet jack' }], lastName: 'Okonkwo' });
    expect(edited.status).toBe(200);
    expect(await namesFor(as, 'forklift')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'pallet')).toEqual(['Maeve Okonkwo']);
    expect(await namesFor(as, 'fitzgerald')).toEqual([]);

    const merged = await as.post('/api/candidates/merge', { survivorId: olu.data.id, mergedIds: [mae.data.id], version: { [olu.data.id]: olu.data.version, [mae.data.id]: edited.body.data.version } });
    expect(merged.status).toBe(200);
    // The survivor now holds the merged skills; the merged record is gone from every search.
    expect(await namesFor(as, 'pallet')).toEqual(['Oluwaseun Adebayo']);
    expect(await namesFor(as, 'okonkwo')).toEqual([]);
    expect(await namesFor(as, 'status:not_looking')).toEqual([]);
  });

  it('answers a syntax mistake with 400 naming the position', async () => {
    const agency = await createTestAgency(ctx.t);
    const as = agency.as.recruiter;
    const unclosed = await search(as, 'forklift "reach truck');
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.error.fields).toEqual([{ path: 'q', message: 'a quote is not closed (at character 10)' }]);
    const unknown = await search(as, 'colour:red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].message).toMatch(/unknown field "colour".*at character 1/);
    const status = await search(as, 'status:asleep');
    expect(status.status).toBe(400);
    expect(status.body.error.fields[0]).toMatchObject({ path: 'q', message: expect.stringContaining('status: one of') });
  });

  it("never returns another agency's candidates", async () => {
    const agency = await createTestAgency(ctx.t);
    const other = await createTestAgency(ctx.t);
    await buildCast(other.as.recruiter);
    await buildCandidate(agency.as.recruiter, { firstName: 'Local', lastName: 'Hero', skills: [{ name: 'Forklift' }] });
    expect(await namesFor(agency.as.recruiter, 'forklift')).toEqual(['Local Hero']);
    expect(await namesFor(agency.as.recruiter, 'location:leeds')).toEqual([]);
    expect(await namesFor(agency.as.recruiter, '')).toEqual(['Local Hero']);
  });

  it('the header search answers up to 5 of each kind by name prefix, with labels and links, within the agency', async () => {
    const agency = await createTestAgency(ctx.t);
    const other = await createTestAgency(ctx.t);
    const db = ctx.t.database.db;
    const org = await buildOrganization(db, agency.id, { name: 'Harbourside Haulage' });
    await buildOrganization(db, other.id, { name: 'Harbour Lights' });
    await buildContact(db, agency.id, { firstName: 'Harriet', lastName: 'Stone', organizationId: org.id });
    await buildJob(db, agency.id, { title: 'Harbour crane operator', organizationId: org.id });
    await buildCandidate(agency.as.recruiter, { firstName: 'Harold', lastName: 'Bishop', workHistory: [{ title: 'Crane Operator', employer: 'Port Co' }] });
    for (let i = 0; i < 6; i += 1) {
      await buildOrganization(db, agency.id, { name: `Hargreaves ${i}` });
    }
    const answer = await agency.as.recruiter.get('/api/search?q=har');
    expect(answer.status).toBe(200);
    const hits = answer.body.data as { kind: string; label: string; detail: string | null; link: string }[];
    expect(hits.filter((hit) => hit.kind === 'organization')).toHaveLength(5);
    expect(hits.filter((hit) => hit.kind !== 'organization')).toEqual([
      { kind: 'candidate', id: expect.any(String), label: 'Harold Bishop', detail: 'Crane Operator · Port Co', link: expect.stringMatching(/^\/candidates\//) },
      { kind: 'contact', id: expect.any(String), label: 'Harriet Stone', detail: 'Harbourside Haulage', link: expect.stringMatching(/^\/contacts\//) },
      { kind: 'job', id: expect.any(String), label: 'Harbour crane operator', detail: 'Harbourside Haulage', link: expect.stringMatching(/^\/jobs\//) },
    ]);
    const harbour = await agency.as.recruiter.get('/api/search?q=harbour');
    expect((harbour.body.data as { label: string }[]).map((hit) => hit.label).sort()).toEqual(['Harbour crane operator', 'Harbourside Haulage']);
    expect((await agency.as.recruiter.get('/api/search?q=')).status).toBe(400);
  });
});
