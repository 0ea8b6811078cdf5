import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, uniqueEmail } from '../factories/users';
import { useTestAgency } from '../support/setup';
import { caller, signIn } from '../support/http';

const ctx = useTestAgency();

describe('users', () => {
  it('lists the agency users in keyset pages that neither repeat nor skip', async () => {
    for (let i = 0; i < 3; i += 1) {
      await ctx.agency.as.admin.post('/api/users', { email: uniqueEmail('page'), name: `Page ${i}`, role: 'recruiter' });
    }
    const first = await ctx.agency.as.admin.get('/api/users?limit=3');
    expect(first.body.data).toHaveLength(3);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await ctx.agency.as.admin.get(`/api/users?limit=3&cursor=${first.body.nextCursor}`);
    const all = await ctx.agency.as.admin.get('/api/users?limit=200');
    expect([...first.body.data, ...second.body.data].map((u: { id: string }) => u.id)).toEqual(all.body.data.slice(0, first.body.data.length + second.body.data.length).map((u: { id: string }) => u.id));
    expect(all.body.data).toHaveLength(8);
    const bad = await ctx.agency.as.admin.get('/api/users?cursor=garbage');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('cursor');
  });

  it('filters by status and searches name or email', async () => {
    const invited = await ctx.agency.as.admin.get('/api/users?status=invited');
    expect(invited.body.data.every((u: { status: string }) => u.status === 'invited')).toBe(true);
    const search = await ctx.agency.as.admin.get(`/api/users?q=${encodeURIComponent(ctx.agency.users.back_office.email.slice(0, 12))}`);
    expect(search.body.data.map((u: { id: string }) => u.id)).toContain(ctx.agency.users.back_office.id);
  });

  it('changes a role with optimistic concurrency: a stale version answers 409 and changes nothing', async () => {
    const user = await ctx.agency.as.admin.get(`/api/users/${ctx.agency.users.recruiter.id}`);
    const changed = await ctx.agency.as.admin.patch(`/api/users/${ctx.agency.users.recruiter.id}`, { version: user.body.data.version, role: 'account_manager' });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ role: 'account_manager', version: user.body.data.version + 1 });
    const stale = await ctx.agency.as.admin.patch(`/api/users/${ctx.agency.users.recruiter.id}`, { version: user.body.data.version, role: 'manager' });
    expect(stale.status).toBe(409);
    expect((await ctx.agency.as.admin.get(`/api/users/${ctx.agency.users.recruiter.id}`)).body.data.role).toBe('account_manager');
    // The role counts from the next request on.
    expect((await ctx.agency.as.recruiter.get('/api/auth/me')).body.user.role).toBe('account_manager');
  });

  it('keeps at least one active admin', async () => {
    const admin = await ctx.agency.as.admin.get(`/api/users/${ctx.agency.users.admin.id}`);
    const response = await ctx.agency.as.admin.patch(`/api/users/${ctx.agency.users.admin.id}`, { version: admin.body.data.version, role: 'manager' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields[0]).toEqual({ path: 'role', message: 'the agency needs at least one active admin' });
  });

  it('deactivation ends every session and API key use of the user and blocks sign-in; reactivation restores it', async () => {
    const target = ctx.agency.users.back_office;
    const session = await signIn(ctx.t.app, target.email, TEST_PASSWORD);
    expect((await ctx.agency.as.admin.post(`/api/users/${ctx.agency.users.admin.id}/deactivate`)).status).toBe(422);

    const deactivated = await ctx.agency.as.admin.post(`/api/users/${target.id}/deactivate`);
    expect(deactivated.body).toMatchObject({ data: { status: 'deactivated' }, abilities: { reactivate: true, deactivate: false } });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await ctx.agency.apiKey.back_office.get('/api/auth/me')).status).toBe(401);
    expect((await caller(ctx.t.app).post('/api/auth/login', { email: target.email, password: TEST_PASSWORD })).status).toBe(401);

    await ctx.agency.as.admin.post(`/api/users/${target.id}/reactivate`);
    expect((await caller(ctx.t.app).post('/api/auth/login', { email: target.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('writes who changed what into the audit log, readable by admins and managers only', async () => {
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=user&entityId=${ctx.agency.users.back_office.id}`);
    const actions = log.body.data.map((event: { action: string }) => event.action);
    expect(actions.slice(0, 2)).toEqual(['reactivate', 'deactivate']);
    const deactivation = log.body.data[1];
    expect(deactivation).toMatchObject({ actorType: 'user', actorId: ctx.agency.users.admin.id, before: { status: 'active' }, after: { status: 'deactivated' } });
    expect(JSON.stringify(log.body.data)).not.toMatch(/passwordHash|scrypt\$/);
    expect((await ctx.agency.as.manager.get('/api/audit-events')).status).toBe(200);
    expect((await ctx.agency.as.recruiter.get('/api/audit-events')).status).toBe(403);
  });

  it('every staff member reads the team for pickers: names and roles, never the deactivated', async () => {
    const team = await ctx.agency.as.manager.get('/api/team');
    expect(team.status).toBe(200);
    expect(team.body.data).toContainEqual({ id: ctx.agency.users.recruiter.id, name: expect.any(String), role: expect.any(String) });
    expect(Object.keys(team.body.data[0]).sort()).toEqual(['id', 'name', 'role']);
    const invited = await ctx.agency.as.admin.post('/api/users', { email: uniqueEmail('gone'), name: 'Gone Soon', role: 'recruiter' });
    await ctx.agency.as.admin.post(`/api/users/${invited.body.data.id}/deactivate`);
    const after = await ctx.agency.as.recruiter.get('/api/team');
    expect(after.body.data.map((member: { id: string }) => member.id)).not.toContain(invited.body.data.id);
  });
});
