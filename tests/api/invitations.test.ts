import { describe, expect, it } from 'vitest';
import { advance } from '../../src/platform/clock';
import { uniqueEmail } from '../factories/users';
import { caller } from '../support/http';
import { useTestAgencyWithMail } from '../support/setup';

const ctx = useTestAgencyWithMail();

/** The invitation link in a mail's raw text (quoted-printable soft breaks undone). */
function linkIn(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /http:\/\/fillrate\.test\/invitations\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) {
    throw new Error(`no invitation link in mail:\n${raw}`);
  }
  return match[1];
}

describe('user invitation', () => {
  it('is received over SMTP, its link sets a password once, and the new user signs in with their role', async () => {
    const email = uniqueEmail('new.recruiter');
    const invited = await ctx.agency.as.admin.post('/api/users', { email, name: 'Nora Quinn', role: 'recruiter' });
    expect(invited.status).toBe(201);
    expect(invited.body.data).toMatchObject({ email, status: 'invited', role: 'recruiter' });
    expect(invited.body.abilities).toMatchObject({ resendInvitation: true, deactivate: true });

    expect(await ctx.t.runJobs()).toBe(1);
    const mail = ctx.smtp.received.find((m) => m.to.includes(email));
    expect(mail?.raw).toMatch(/Subject: You are invited to Agency/);
    const token = linkIn(mail?.raw ?? '');

    const outbox = await ctx.agency.as.admin.get('/api/outbox');
    expect(outbox.body.data[0]).toMatchObject({ to: email, status: 'sent', templateKey: 'user.invitation' });

    const lookup = await caller(ctx.t.app).get(`/api/auth/invitations/${token}`);
    expect(lookup.body).toMatchObject({ email, name: 'Nora Quinn' });

    const accepted = await caller(ctx.t.app).post(`/api/auth/invitations/${token}/accept`, { password: 'nora-chooses-this' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email, role: 'recruiter' });
    expect(accepted.cookies.some((c) => c.name === 'fillrate_session')).toBe(true);

    const again = await caller(ctx.t.app).post(`/api/auth/invitations/${token}/accept`, { password: 'someone-else-tries' });
    expect(again.status).toBe(404);

    const login = await caller(ctx.t.app).post('/api/auth/login', { email, password: 'nora-chooses-this' });
    expect(login.status).toBe(200);
    const user = await ctx.agency.as.admin.get(`/api/users/${invited.body.data.id}`);
    expect(user.body.data.status).toBe('active');
  });

  it('expires after the configured days, and a resent invitation replaces the earlier link', async () => {
    const email = uniqueEmail('late');
    const invited = await ctx.agency.as.admin.post('/api/users', { email, name: 'Late Larry', role: 'back_office' });
    await ctx.t.runJobs();
    const first = linkIn(ctx.smtp.received.filter((m) => m.to.includes(email)).at(-1)?.raw ?? '');

    await ctx.agency.as.admin.post(`/api/users/${invited.body.data.id}/invitation`);
    await ctx.t.runJobs();
    const second = linkIn(ctx.smtp.received.filter((m) => m.to.includes(email)).at(-1)?.raw ?? '');
    expect(second).not.toBe(first);
    expect((await caller(ctx.t.app).get(`/api/auth/invitations/${first}`)).status).toBe(404);
    expect((await caller(ctx.t.app).get(`/api/auth/invitations/${second}`)).status).toBe(200);

    advance(8 * 24 * 3600 * 1000);
    const expired = await caller(ctx.t.app).post(`/api/auth/invitations/${second}/accept`, { password: 'too-late-for-this' });
    expect(expired.status).toBe(404);
    expect(expired.body.error.message).toMatch(/expired/);
  });

  it('refuses an email already used by any staff user of the installation (409 naming email)', async () => {
    const response = await ctx.agency.as.admin.post('/api/users', { email: ctx.agency.users.recruiter.email, name: 'Twin', role: 'recruiter' });
    expect(response.status).toBe(409);
    expect(response.body.error.fields).toEqual([{ path: 'email', message: 'already exists' }]);
  });
});
