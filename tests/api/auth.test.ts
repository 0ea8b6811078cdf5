import { describe, expect, it } from 'vitest';
import { advance } from '../../src/platform/clock';
import { TEST_PASSWORD } from '../factories/users';
import { useTestAgency } from '../support/setup';
import { caller, signIn } from '../support/http';

const ctx = useTestAgency();

describe('sign-in', () => {
  it('answers the user, a CSRF token and an HttpOnly SameSite=Lax session cookie', async () => {
    const response = await ctx.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ctx.agency.users.recruiter.email, password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ email: ctx.agency.users.recruiter.email, role: 'recruiter', agency: { id: ctx.agency.id, timeZone: 'Europe/London' } });
    expect(body.csrfToken).toEqual(expect.any(String));
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/fillrate_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('accepts the email in any case and refuses a wrong password with 401', async () => {
    const ok = await caller(ctx.t.app).post('/api/auth/login', { email: ctx.agency.users.manager.email.toUpperCase(), password: TEST_PASSWORD });
    expect(ok.status).toBe(200);
    const wrong = await caller(ctx.t.app).post('/api/auth/login', { email: ctx.agency.users.manager.email, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'unauthenticated', message: 'Email or password is wrong' });
  });

  it('names the bad field of a malformed login', async () => {
    const response = await caller(ctx.t.app).post('/api/auth/login', { email: 'not-an-email' });
    expect(response.status).toBe(400);
    const paths = response.body.error.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('rate-limits: the sixth failure within a minute for one email and address answers 429, even with the right password', async () => {
    const email = ctx.agency.users.back_office.email;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await caller(ctx.t.app).post('/api/auth/login', { email, password: 'wrong-password' })).status).toBe(401);
    }
    const limited = await caller(ctx.t.app).post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    advance(61_000);
    expect((await caller(ctx.t.app).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me returns the user and the CSRF token, so a reloaded page keeps working', async () => {
    const session = await signIn(ctx.t.app, ctx.agency.users.account_manager.email, TEST_PASSWORD);
    const me = await session.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { role: 'account_manager' }, csrfToken: session.csrfToken });
  });

  it('refuses a change made with the session cookie but without the CSRF header (403)', async () => {
    const session = await signIn(ctx.t.app, ctx.agency.users.admin.email, TEST_PASSWORD);
    const withoutCsrf = caller(ctx.t.app, { cookie: session.cookie });
    const response = await withoutCsrf.post('/api/api-keys', { name: 'sneaky', scopes: ['read'] });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/x-csrf-token/i);
    const keys = await session.get('/api/api-keys');
    expect(keys.body.data.map((key: { name: string }) => key.name)).not.toContain('sneaky');
  });

  it('logout revokes the session: the same cookie no longer works', async () => {
    const session = await signIn(ctx.t.app, ctx.agency.users.recruiter.email, TEST_PASSWORD);
    expect((await session.post('/api/auth/logout')).status).toBe(200);
    expect((await session.get('/api/auth/me')).status).toBe(401);
  });

  it('unauthenticated calls answer 401 and unknown API routes a JSON 404', async () => {
    expect((await ctx.agency.anonymous.get('/api/users')).status).toBe(401);
    const unknown = await ctx.agency.anonymous.get('/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });
});

describe('password change', () => {
  it('needs the current password, then ends the other sessions but keeps this one', async () => {
    const email = ctx.agency.users.manager.email;
    const here = await signIn(ctx.t.app, email, TEST_PASSWORD);
    const elsewhere = await signIn(ctx.t.app, email, TEST_PASSWORD);
    const wrong = await here.post('/api/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'a-new-long-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([{ path: 'currentPassword', message: 'not your current password' }]);
    const short = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0].path).toBe('newPassword');

    expect((await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' })).status).toBe(200);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await caller(ctx.t.app).post('/api/auth/login', { email, password: 'a-new-long-password' })).status).toBe(200);
  });
});

describe('API keys', () => {
  it('are shown once, authenticate with Bearer, record their last use, and stop working when revoked', async () => {
    const created = await ctx.agency.as.admin.post('/api/api-keys', { name: 'Job board sync', scopes: ['read', 'write'] });
    expect(created.status).toBe(201);
    const key: string = created.body.data.key;
    expect(key).toMatch(/^fr_[A-Za-z0-9]{8}_/);
    const viaKey = caller(ctx.t.app, { apiKey: key });
    expect((await viaKey.get('/api/users')).status).toBe(200);

    const list = await ctx.agency.as.admin.get('/api/api-keys');
    const listed = list.body.data.find((item: { id: string }) => item.id === created.body.data.id);
    expect(listed).toMatchObject({ name: 'Job board sync', prefix: key.slice(3, 11), lastUsedAt: expect.any(String) });
    expect(listed).not.toHaveProperty('key');

    expect((await ctx.agency.as.admin.post(`/api/api-keys/${created.body.data.id}/revoke`)).body.data.revokedAt).toEqual(expect.any(String));
    expect((await viaKey.get('/api/users')).status).toBe(401);
  });

  it('a read-scoped key may read but not change anything (403)', async () => {
    const created = await ctx.agency.as.admin.post('/api/api-keys', { name: 'Reporting', scopes: ['read'] });
    const viaKey = caller(ctx.t.app, { apiKey: created.body.data.key });
    expect((await viaKey.get('/api/users')).status).toBe(200);
    const refused = await viaKey.post('/api/users', { email: 'someone@example.test', name: 'Someone', role: 'recruiter' });
    expect(refused.status).toBe(403);
  });

  it('needs no CSRF header and answers 401 for a malformed Authorization header', async () => {
    const created = await ctx.agency.as.admin.post('/api/api-keys', { name: 'Writer', scopes: ['write'] });
    const viaKey = caller(ctx.t.app, { apiKey: created.body.data.key });
    expect((await viaKey.post('/api/api-keys', { name: 'from a key', scopes: ['read'] })).status).toBe(201);
    const bad = await caller(ctx.t.app).request('GET', '/api/users', undefined, { headers: { authorization: 'Token abc' } });
    expect(bad.status).toBe(401);
  });
});
