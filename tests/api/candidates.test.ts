import { describe, expect, it } from 'vitest';
import { setNow } from '../../src/platform/clock';
import { buildCandidate } from '../factories/candidates';
import { buildJob, buildOrganization } from '../factories/records';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

type Summary = { id: string; name: string; lastName: string };
const ids = (body: { data: Summary[] }) => body.data.map((c) => c.id);

describe('candidate records', () => {
  it('creates a candidate with every field, normalizes phones, derives the current position, audits it and records the first source', async () => {
    const recruiter = ctx.agency.as.recruiter;
    const created = await recruiter.post('/api/candidates', {
      firstName: 'Priya',
      lastName: 'Natarajan',
      emails: ['Priya@Example.com', 'priya.work@example.com'],
      phones: ['020 7946 0123', '+44 7911 123123'],
      location: 'Leeds',
      source: 'referral',
      sourceDetail: 'Referred by a placed engineer',
      status: 'active',
      availableOn: '2026-06-01',
      preferences: { employmentTypes: ['permanent', 'contract'], desiredPay: { minMinor: 6_000_000, maxMinor: 7_500_000, currency: 'gbp', unit: 'year' }, locations: ['Leeds'], remote: ['hybrid'] },
      skills: [{ name: 'TypeScript', years: 6, level: 'expert' }, { name: 'PostgreSQL', years: 4 }],
      workHistory: [
        { title: 'Senior engineer', employer: 'Northwind', startedOn: '2022-01-01' },
        { title: 'Engineer', employer: 'Contoso', startedOn: '2018-01-01', endedOn: '2021-12-31' },
      ],
      education: [{ institution: 'University of Leeds', qualification: 'BSc Computer Science' }],
      tags: ['Remote-OK', 'remote-ok'],
      consentBasis: 'consent',
      consentOn: '2026-01-10',
      consentSource: 'Registration form',
      retainUntil: '2028-01-10',
      roleInterests: ['Staff engineer'],
      nurtureStage: 'engaged',
      profileLinks: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/priya' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      data: {
        name: 'Priya Natarajan',
        emails: ['priya@example.com', 'priya.work@example.com'],
        phones: ['+442079460123', '+447911123123'],
        source: 'referral',
        firstSource: { source: 'referral' },
        owner: { id: ctx.agency.users.recruiter.id },
        status: 'active',
        preferences: { desiredPay: { currency: 'GBP', unit: 'year' } },
        currentEmployer: 'Northwind',
        currentTitle: 'Senior engineer',
        tags: ['remote-ok'],
        nurtureStage: 'engaged',
        handoffNote: null,
        nextAction: null,
        lastContactedAt: null,
        version: 1,
      },
      abilities: { update: true, changeOwner: true },
    });
    const id = created.body.data.id;
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=candidate&entityId=${id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'create', after: { firstName: 'Priya', skillNames: ['typescript', 'postgresql'], sourceEvent: { source: 'referral' } } });
    const events = await recruiter.get(`/api/candidates/${id}/source-events`);
    expect(events.body.data).toMatchObject([{ source: 'referral', detail: 'Referred by a placed engineer', job: null }]);
  });

  it('refuses a phone that is not a number, naming phones.N, and reads national numbers in the agency phone country', async () => {
    const bad = await ctx.agency.as.recruiter.post('/api/candidates', { firstName: 'A', lastName: 'B', source: 'sourced', phones: ['+44 20 7946 0000', 'call me'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: 'phones.1' })]);
    const first = await ctx.agency.as.recruiter.post('/api/candidates', { firstName: 'A', lastName: 'B', source: 'sourced', phones: ['hello'] });
    expect(first.body.error.fields[0].path).toBe('phones.0');
    expect((await ctx.agency.as.admin.put('/api/settings/agency.phoneCountry', { value: 'US' })).status).toBe(200);
    const american = await buildCandidate(ctx.agency.as.recruiter, { phones: ['(201) 555-0123'] });
    expect(american.data.phones).toEqual(['+12015550123']);
    await ctx.agency.as.admin.put('/api/settings/agency.phoneCountry', { value: 'GB' });
  });

  it('takes a nurture stage only from the agency list (422 naming the field)', async () => {
    const refused = await ctx.agency.as.recruiter.post('/api/candidates', { firstName: 'A', lastName: 'B', source: 'sourced', nurtureStage: 'lukewarm' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: 'nurtureStage' })]);
    const candidate = await buildCandidate(ctx.agency.as.recruiter);
    const patched = await ctx.agency.as.recruiter.patch(`/api/candidates/${candidate.data.id}`, { version: 1, nurtureStage: 'ready', status: 'actively_searching' });
    expect(patched.body.data).toMatchObject({ nurtureStage: 'ready', status: 'actively_searching', version: 2 });
  });

  it('edits with optimistic concurrency, keeps derived columns in step, and refuses the back office', async () => {
    const candidate = await buildCandidate(ctx.agency.as.recruiter, { workHistory: [{ title: 'Picker', employer: 'Acme' }] });
    const updated = await ctx.agency.as.account_manager.patch(`/api/candidates/${candidate.data.id}`, {
      version: 1,
      workHistory: [{ title: 'Team leader', employer: 'Globex' }, { title: 'Picker', employer: 'Acme', endedOn: '2025-01-01' }],
      phones: ['07911 123456'],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ currentEmployer: 'Globex', currentTitle: 'Team leader', phones: ['+447911123456'], version: 2 });
    const stale = await ctx.agency.as.recruiter.patch(`/api/candidates/${candidate.data.id}`, { version: 1, firstName: 'Lost' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('Test account_manager');
    const office = ctx.agency.as.back_office;
    expect((await office.get(`/api/candidates/${candidate.data.id}`)).body.abilities).toEqual({ update: false, changeOwner: false });
    expect((await office.post('/api/candidates', { firstName: 'A', lastName: 'B', source: 'sourced' })).status).toBe(403);
    expect((await office.patch(`/api/candidates/${candidate.data.id}`, { version: 2, firstName: 'X' })).status).toBe(403);
    expect((await office.post(`/api/candidates/${candidate.data.id}/owner`, { version: 2, ownerId: ctx.agency.users.back_office.id, handoffNote: 'x' })).status).toBe(403);
    expect((await office.post(`/api/candidates/${candidate.data.id}/fit-notes`, { kind: 'fit', body: 'x' })).status).toBe(403);
  });
});

describe('candidate list', () => {
  it('filters, sorts, pages by keyset, searches by email, phone and name prefix, and exports CSV', async () => {
    const as = ctx.agency.as.manager;
    const tag = `list-${Date.now()}`;
    const zoe = await buildCandidate(as, { firstName: 'Zoe', lastName: 'Abernathy', tags: [tag], skills: [{ name: 'Forklift' }], availableOn: '2026-05-01', emails: ['zoe.abernathy@mail.example'], phones: ['07911 123777'] });
    const yan = await buildCandidate(as, { firstName: 'Yan', lastName: 'Brook', tags: [tag], skills: [{ name: 'Forklift' }, { name: 'Excel' }], availableOn: '2026-07-01', status: 'active' });
    const xia = await buildCandidate(as, { firstName: 'Xia', lastName: 'Abbott', tags: [tag], ownerId: ctx.agency.users.account_manager.id });

    const byTag = await as.get(`/api/candidates?tag=${tag}`);
    expect(ids(byTag.body)).toEqual([xia.data.id, yan.data.id, zoe.data.id]);
    expect(byTag.body.data[0]).toMatchObject({ name: 'Xia Abbott', owner: { id: ctx.agency.users.account_manager.id }, skills: [], nextAction: null });

    const byName = await as.get(`/api/candidates?tag=${tag}&sort=name&limit=2`);
    expect(byName.body.data.map((c: Summary) => c.lastName)).toEqual(['Abbott', 'Abernathy']);
    const next = await as.get(`/api/candidates?tag=${tag}&sort=name&limit=2&cursor=${byName.body.nextCursor}`);
    expect(next.body.data.map((c: Summary) => c.lastName)).toEqual(['Brook']);
    expect(next.body.nextCursor).toBeNull();
    const updatedPages = await as.get(`/api/candidates?tag=${tag}&limit=2`);
    const rest = await as.get(`/api/candidates?tag=${tag}&limit=2&cursor=${updatedPages.body.nextCursor}`);
    expect([...ids(updatedPages.body), ...ids(rest.body)]).toEqual([xia.data.id, yan.data.id, zoe.data.id]);

    expect(ids((await as.get(`/api/candidates?tag=${tag}&skill=FORKLIFT`)).body)).toEqual([yan.data.id, zoe.data.id]);
    expect(ids((await as.get(`/api/candidates?tag=${tag}&status=active`)).body)).toEqual([yan.data.id]);
    expect(ids((await as.get(`/api/candidates?tag=${tag}&ownerId=${ctx.agency.users.account_manager.id}`)).body)).toEqual([xia.data.id]);
    expect(ids((await as.get(`/api/candidates?tag=${tag}&availableBy=2026-06-01`)).body)).toEqual([zoe.data.id]);

    expect(ids((await as.get('/api/candidates?q=ZOE.ABERNATHY@mail.example')).body)).toEqual([zoe.data.id]);
    expect(ids((await as.get(`/api/candidates?q=${encodeURIComponent('+44 7911 123777')}`)).body)).toEqual([zoe.data.id]);
    expect(ids((await as.get('/api/candidates?q=07911123777')).body)).toEqual([zoe.data.id]);
    expect(ids((await as.get(`/api/candidates?tag=${tag}&q=ab`)).body)).toEqual([xia.data.id, zoe.data.id]);
    expect(ids((await as.get(`/api/candidates?tag=${tag}&q=${encodeURIComponent('yan bro')}`)).body)).toEqual([yan.data.id]);

    const csv = await as.get(`/api/candidates/export.csv?tag=${tag}&sort=name`);
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toContain('first_name,last_name,emails');
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(['Abbott', 'Abernathy', 'Brook']);
  });
});

describe('duplicates', () => {
  it('finds the same email, the same phone in another format, and a similar name at the same employer only', async () => {
    const as = ctx.agency.as.recruiter;
    const original = await buildCandidate(as, {
      firstName: 'Jonathan',
      lastName: 'Whitfield',
      emails: ['jon.whitfield@mail.example'],
      phones: ['+44 7911 123321'],
      workHistory: [{ title: 'Driver', employer: 'Initech Logistics' }],
    });
    const check = (body: object) => as.post('/api/candidates/duplicates', { firstName: 'Someone', lastName: 'Else', ...body });
    const byEmail = await check({ emails: ['Jon.Whitfield@mail.example'] });
    expect(byEmail.body.data).toEqual([{ candidate: expect.objectContaining({ id: original.data.id, currentEmployer: 'Initech Logistics' }), reasons: ['email'] }]);
    expect((await check({ phones: ['07911 123321'] })).body.data).toEqual([expect.objectContaining({ reasons: ['phone'] })]);
    const byName = await check({ firstName: 'Jonathon', lastName: 'Whitfield', currentEmployer: 'initech logistics' });
    expect(byName.body.data).toEqual([expect.objectContaining({ candidate: expect.objectContaining({ id: original.data.id }), reasons: ['name_at_company'] })]);
    expect((await check({ firstName: 'Jonathon', lastName: 'Whitfield', currentEmployer: 'Umbrella Corp' })).body.data).toEqual([]);
    expect((await check({ emails: ['jon.whitfield@mail.example'], excludeId: original.data.id })).body.data).toEqual([]);
    const all = await check({ firstName: 'Jonathan', lastName: 'Whitfield', emails: ['jon.whitfield@mail.example'], phones: ['+447911123321'], currentEmployer: 'Initech Logistics' });
    expect(all.body.data[0].reasons).toEqual(['email', 'phone', 'name_at_company']);
  });
});

describe('owner changes', () => {
  it('hands a candidate over with a note that the new owner sees on the record and in their tasks; a stale version is 409', async () => {
    setNow('2026-03-10T23:30:00Z');
    await ctx.agency.as.admin.put('/api/settings/agency.timeZone', { value: 'Europe/Berlin' });
    const candidate = await buildCandidate(ctx.agency.as.recruiter, { firstName: 'Hana', lastName: 'Kowalski' });
    const newOwner = ctx.agency.users.account_manager;
    const missingNote = await ctx.agency.as.recruiter.post(`/api/candidates/${candidate.data.id}/owner`, { version: 1, ownerId: newOwner.id });
    expect(missingNote.status).toBe(400);
    const changed = await ctx.agency.as.recruiter.post(`/api/candidates/${candidate.data.id}/owner`, { version: 1, ownerId: newOwner.id, handoffNote: 'Call her Tuesday about the Leeds role' });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({
      owner: { id: newOwner.id, name: 'Test account_manager' },
      handoffNote: 'Call her Tuesday about the Leeds role',
      version: 2,
      nextAction: { title: 'Handoff: Hana Kowalski', allDay: true, dueAt: '2026-03-11T12:00:00.000Z', assignee: { id: newOwner.id } },
    });
    const mine = await ctx.agency.as.account_manager.get('/api/tasks/mine');
    const handoff = mine.body.today.find((task: { title: string }) => task.title === 'Handoff: Hana Kowalski');
    expect(handoff).toMatchObject({ notes: 'Call her Tuesday about the Leeds role', related: { type: 'candidate', id: candidate.data.id, label: 'Hana Kowalski' } });
    const stale = await ctx.agency.as.recruiter.post(`/api/candidates/${candidate.data.id}/owner`, { version: 1, ownerId: ctx.agency.users.manager.id, handoffNote: 'Again' });
    expect(stale.status).toBe(409);
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=candidate&entityId=${candidate.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'change_owner', before: { ownerId: ctx.agency.users.recruiter.id }, after: { ownerId: newOwner.id } });
    await ctx.agency.as.admin.put('/api/settings/agency.timeZone', { value: 'Europe/London' });
  });

  it('changes many owners all or nothing: one unknown id is a 422 naming it and nothing changes', async () => {
    const as = ctx.agency.as.manager;
    const first = await buildCandidate(as, { lastName: 'Bulkone' });
    const second = await buildCandidate(as, { lastName: 'Bulktwo' });
    const unknown = '01900000-0000-7000-8000-000000000001';
    const options = { ownerId: ctx.agency.users.recruiter.id, handoffNote: 'Your desk now' };
    const refused = await as.post('/api/candidates/owner', { ids: [first.data.id, unknown, second.data.id], options });
    expect(refused.status).toBe(422);
    expect(refused.body.error.related).toEqual([{ type: 'candidate', id: unknown, label: expect.any(String) }]);
    expect((await as.get(`/api/candidates/${first.data.id}`)).body.data).toMatchObject({ owner: { id: ctx.agency.users.manager.id }, version: 1, nextAction: null });
    const done = await as.post('/api/candidates/owner', { ids: [first.data.id, second.data.id], options });
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual([
      expect.objectContaining({ id: first.data.id, owner: expect.objectContaining({ id: ctx.agency.users.recruiter.id }), version: 2, nextAction: expect.objectContaining({ title: `Handoff: ${first.data.name}` }) }),
      expect.objectContaining({ id: second.data.id, version: 2, nextAction: expect.objectContaining({ title: `Handoff: ${second.data.name}` }) }),
    ]);
    expect((await as.get(`/api/candidates/${second.data.id}`)).body.data.handoffNote).toBe('Your desk now');
  });
});

describe('source history, fit notes and activities', () => {
  it('keeps every arrival oldest first with the first source on the record', async () => {
    setNow('2026-04-01T09:00:00Z');
    const as = ctx.agency.as.recruiter;
    const candidate = await buildCandidate(as, { source: 'sourced', sourceDetail: 'LinkedIn search' });
    const job = await buildJob(ctx.t.database.db, ctx.agency.id, { title: 'Forklift driver' });
    const again = await as.post(`/api/candidates/${candidate.data.id}/source-events`, { source: 'applicant', occurredAt: '2026-04-03T10:00:00Z', jobId: job.id });
    expect(again.status).toBe(201);
    expect(again.body.data).toMatchObject({ source: 'applicant', job: { id: job.id, title: 'Forklift driver' } });
    await as.post(`/api/candidates/${candidate.data.id}/source-events`, { source: 'referral', occurredAt: '2026-04-02T10:00:00Z', referrerName: 'Dee' });
    const events = await as.get(`/api/candidates/${candidate.data.id}/source-events`);
    expect(events.body.data.map((event: { source: string }) => event.source)).toEqual(['sourced', 'referral', 'applicant']);
    expect((await as.get(`/api/candidates/${candidate.data.id}`)).body.data).toMatchObject({ source: 'sourced', firstSource: { source: 'sourced', occurredAt: '2026-04-01T09:00:00.000Z' } });
    expect((await as.post(`/api/candidates/${candidate.data.id}/source-events`, { source: 'import', jobId: '01900000-0000-7000-8000-000000000002' })).status).toBe(422);
  });

  it('writes fit notes tied to a client or job; only the author, a manager or an admin edits them', async () => {
    const candidate = await buildCandidate(ctx.agency.as.recruiter);
    const organization = await buildOrganization(ctx.t.database.db, ctx.agency.id, { name: 'Acme Foods' });
    const created = await ctx.agency.as.recruiter.post(`/api/candidates/${candidate.data.id}/fit-notes`, { kind: 'future_fit', body: 'Great for their night shift once it opens', organizationId: organization.id, roleTitle: 'Shift lead' });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ kind: 'future_fit', organization: { id: organization.id, name: 'Acme Foods' }, roleTitle: 'Shift lead', author: { id: ctx.agency.users.recruiter.id }, abilities: { update: true } });
    const noteId = created.body.data.id;
    expect((await ctx.agency.as.account_manager.patch(`/api/candidate-fit-notes/${noteId}`, { version: 1, body: 'Not mine' })).status).toBe(403);
    const edited = await ctx.agency.as.manager.patch(`/api/candidate-fit-notes/${noteId}`, { version: 1, body: 'Ready now' });
    expect(edited.body.data).toMatchObject({ body: 'Ready now', version: 2, abilities: { update: true } });
    expect((await ctx.agency.as.recruiter.patch(`/api/candidate-fit-notes/${noteId}`, { version: 1, body: 'Stale' })).status).toBe(409);
    const list = await ctx.agency.as.back_office.get(`/api/candidates/${candidate.data.id}/fit-notes`);
    expect(list.body.data).toEqual([expect.objectContaining({ id: noteId, body: 'Ready now', abilities: { update: false } })]);
    expect((await ctx.agency.as.recruiter.post(`/api/candidates/${candidate.data.id}/fit-notes`, { kind: 'fit', body: 'x', organizationId: '01900000-0000-7000-8000-000000000003' })).status).toBe(422);
  });

  it('a call logged on a candidate sets last contacted and shows on their timeline', async () => {
    const candidate = await buildCandidate(ctx.agency.as.recruiter);
    const call = await ctx.agency.as.recruiter.post('/api/activities', { kind: 'call', body: 'Checked availability', callOutcome: 'connected', candidateId: candidate.data.id, occurredAt: '2026-04-05T10:00:00Z' });
    expect(call.status).toBe(201);
    const record = await ctx.agency.as.recruiter.get(`/api/candidates/${candidate.data.id}`);
    expect(record.body.data).toMatchObject({ lastContactedAt: '2026-04-05T10:00:00.000Z', version: 1 });
    const timeline = await ctx.agency.as.recruiter.get(`/api/timeline?candidateId=${candidate.data.id}`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain('Checked availability');
  });
});
