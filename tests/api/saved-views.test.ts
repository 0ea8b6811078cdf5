import { describe, expect, it } from 'vitest';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
const view = (overrides: Record<string, unknown> = {}) => ({ list: 'jobs', name: 'Nights in Felixstowe', filters: { status: ['open'], q: 'night' }, ...overrides });
const names = (body: { data: { name: string }[] }) => body.data.map((saved) => saved.name);

describe('saved views', () => {
  it('a person saves a view of a list for themselves; colleagues see it only once it is shared', async () => {
    const mine = await ctx.agency.as.recruiter.post('/api/saved-views', view());
    expect(mine.status).toBe(201);
    expect(mine.body.data).toMatchObject({ list: 'jobs', name: 'Nights in Felixstowe', filters: { status: ['open'], q: 'night' }, shared: false, mine: true, owner: { id: ctx.agency.users.recruiter.id } });
    expect(names((await ctx.agency.as.recruiter.get('/api/saved-views?list=jobs')).body)).toEqual(['Nights in Felixstowe']);
    expect(names((await ctx.agency.as.manager.get('/api/saved-views?list=jobs')).body)).toEqual([]);
    expect((await ctx.agency.as.manager.get('/api/saved-views?list=organizations')).body.data).toEqual([]);

    const shared = await ctx.agency.as.recruiter.patch(`/api/saved-views/${mine.body.data.id}`, { version: 1, shared: true });
    expect(shared.body.data).toMatchObject({ shared: true, version: 2 });
    const seen = await ctx.agency.as.manager.get('/api/saved-views?list=jobs');
    expect(seen.body.data).toEqual([expect.objectContaining({ name: 'Nights in Felixstowe', mine: false })]);
  });

  it('only the owner changes a view; a manager may remove a shared one; a private one is unknown to others', async () => {
    const privateView = await ctx.agency.as.account_manager.post('/api/saved-views', view({ name: 'Mine only' }));
    expect((await ctx.agency.as.recruiter.patch(`/api/saved-views/${privateView.body.data.id}`, { version: 1, name: 'Taken' })).status).toBe(404);
    expect((await ctx.agency.as.manager.delete(`/api/saved-views/${privateView.body.data.id}`)).status).toBe(404);

    const sharedView = await ctx.agency.as.account_manager.post('/api/saved-views', view({ name: 'Team view', shared: true }));
    const renamed = await ctx.agency.as.recruiter.patch(`/api/saved-views/${sharedView.body.data.id}`, { version: 1, name: 'Taken' });
    expect(renamed.status).toBe(403);
    expect((await ctx.agency.as.recruiter.delete(`/api/saved-views/${sharedView.body.data.id}`)).status).toBe(403);
    expect((await ctx.agency.as.manager.delete(`/api/saved-views/${sharedView.body.data.id}`)).status).toBe(204);
    // Their own private view, and the recruiter's view shared in the test above.
    expect(names((await ctx.agency.as.account_manager.get('/api/saved-views?list=jobs')).body)).toEqual(['Mine only', 'Nights in Felixstowe']);
  });

  it('refuses bad input naming the field, and a stale version with 409', async () => {
    const unknownList = await ctx.agency.as.recruiter.post('/api/saved-views', view({ list: 'everything' }));
    expect(unknownList.status).toBe(400);
    expect(unknownList.body.error.fields[0].path).toBe('list');
    const badFilter = await ctx.agency.as.recruiter.post('/api/saved-views', view({ filters: { 'drop table': 'x' } }));
    expect(badFilter.status).toBe(400);
    const created = await ctx.agency.as.recruiter.post('/api/saved-views', view({ name: 'Versioned' }));
    await ctx.agency.as.recruiter.patch(`/api/saved-views/${created.body.data.id}`, { version: 1, name: 'Versioned 2' });
    const stale = await ctx.agency.as.recruiter.patch(`/api/saved-views/${created.body.data.id}`, { version: 1, name: 'Versioned 3' });
    expect(stale.status).toBe(409);
  });
});
