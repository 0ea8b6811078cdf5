import { describe, expect, it } from 'vitest';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

describe('agency settings', () => {
  it('answers every key with its default, and keeps a valid change', async () => {
    const all = await ctx.agency.as.manager.get('/api/settings');
    expect(all.body.data.find((s: { key: string }) => s.key === 'agency.timeZone')).toMatchObject({ value: 'Europe/London', area: 'Agency' });
    const changed = await ctx.agency.as.manager.put('/api/settings/agency.timeZone', { value: 'America/Chicago' });
    expect(changed.body.data.value).toBe('America/Chicago');
    expect((await ctx.agency.as.recruiter.get('/api/auth/me')).body.user.agency.timeZone).toBe('America/Chicago');
  });

  it('refuses a bad value naming the field, and an unknown key with 404', async () => {
    const bad = await ctx.agency.as.admin.put('/api/settings/agency.timeZone', { value: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('value');
    expect((await ctx.agency.as.admin.put('/api/settings/agency.workingDays', { value: ['funday'] })).status).toBe(400);
    expect((await ctx.agency.as.admin.put('/api/settings/no.such', { value: 1 })).status).toBe(404);
    expect((await ctx.agency.as.recruiter.put('/api/settings/agency.timeZone', { value: 'Europe/Paris' })).status).toBe(403);
  });

  it('names the field inside a structured value, so the editor shows it under that field', async () => {
    const all = await ctx.agency.as.manager.get('/api/settings');
    const checklists = all.body.data.find((s: { key: string }) => s.key === 'placements.handoffChecklists').value;
    const item = checklists.temporary[1];
    const bad = await ctx.agency.as.manager.put('/api/settings/placements.handoffChecklists', { value: { ...checklists, temporary: [checklists.temporary[0], { ...item, label: ' ', dueDays: 120 }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'value.temporary.1.label', message: 'give the item a label' },
      { path: 'value.temporary.1.dueDays', message: 'at most 90 days after the start' },
    ]);
  });
});

describe('option lists', () => {
  it('start with defaults; managers add, rename and archive items', async () => {
    const lists = await ctx.agency.as.recruiter.get('/api/lists');
    const workerTypes = lists.body.data.find((l: { name: string }) => l.name === 'worker_types');
    expect(workerTypes.items.map((i: { value: string }) => i.value)).toEqual(['w2', '1099', 'c2c', 'paye', 'contractor', 'umbrella']);

    const added = await ctx.agency.as.manager.post('/api/lists/worker_types/items', { value: 'agency_worker', label: 'Agency worker' });
    expect(added.status).toBe(201);
    expect(added.body.data.position).toBe(6);
    const duplicate = await ctx.agency.as.manager.post('/api/lists/worker_types/items', { value: 'agency_worker', label: 'Again' });
    expect(duplicate.status).toBe(409);
    const archived = await ctx.agency.as.manager.patch(`/api/lists/worker_types/items/${added.body.data.id}`, { version: 1, label: 'Agency worker (AWR)', archived: true });
    expect(archived.body.data).toMatchObject({ label: 'Agency worker (AWR)', archived: true, version: 2 });
    expect((await ctx.agency.as.manager.post('/api/lists/no_such_list/items', { value: 'x', label: 'X' })).status).toBe(404);
  });
});

describe('templates', () => {
  it('render with the agency wording; unknown variables are refused on save naming the field', async () => {
    const refused = await ctx.agency.as.admin.put('/api/templates/user.invitation', { subject: 'Welcome {{firstName}}', body: 'Join via {{link}}' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([{ path: 'subject', message: expect.stringMatching(/unknown variable \{\{firstName\}\}/) }]);

    const preview = await ctx.agency.as.admin.post('/api/templates/user.invitation/preview', { subject: 'Hi {{inviteeName}}', body: 'Join {{agencyName}}: {{link}}' });
    expect(preview.body.data).toEqual({ subject: 'Hi Alex Morgan', body: 'Join Northwind Staffing: https://fillrate.example/invitations/abc' });

    const saved = await ctx.agency.as.admin.put('/api/templates/user.invitation', { subject: 'Welcome aboard, {{inviteeName}}', body: 'Set your password: {{link}}' });
    expect(saved.body.data).toMatchObject({ customized: true, subject: 'Welcome aboard, {{inviteeName}}' });

    await ctx.agency.as.admin.post('/api/users', { email: 'templated@example.test', name: 'Tess', role: 'recruiter' });
    const outbox = await ctx.agency.as.admin.get('/api/outbox');
    expect(outbox.body.data[0]).toMatchObject({ subject: 'Welcome aboard, Tess', text: expect.stringMatching(/^Set your password: http:\/\/fillrate\.test\/invitations\//) });

    const reset = await ctx.agency.as.admin.delete('/api/templates/user.invitation');
    expect(reset.body.data.customized).toBe(false);
  });
});
