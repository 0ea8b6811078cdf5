import { describe, expect, it } from 'vitest';
import { setNow } from '../../src/platform/clock';
import { buildContact, buildOrganization } from '../factories/clients';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

type Contact = { id: string; firstName: string; lastName: string };
const fullNames = (body: { data: Contact[] }) => body.data.map((c) => `${c.firstName} ${c.lastName}`);

describe('contacts', () => {
  it('creates a contact at an organization, opening their first employment, and audits it', async () => {
    setNow('2026-03-10T23:30:00Z');
    await ctx.agency.as.admin.put('/api/settings/agency.timeZone', { value: 'Europe/Berlin' });
    const org = await buildOrganization(ctx.agency.as.account_manager, { name: 'Acme Robotics' });
    const created = await ctx.agency.as.account_manager.post('/api/contacts', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      title: 'Head of Engineering',
      emails: ['Ada@Acme.example', 'ada@acme.example'],
      phones: ['+44 20 7946 0000'],
      organizationId: org.data.id,
      roles: ['hiring_manager', 'decision_maker'],
      ownerId: ctx.agency.users.account_manager.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      data: {
        firstName: 'Ada',
        emails: ['ada@acme.example'],
        organizationName: 'Acme Robotics',
        ownerName: 'Test account_manager',
        status: 'active',
        lastContactedAt: null,
        // 23:30 UTC is already the 11th in Berlin: "today" is the agency's.
        employments: [{ organizationId: org.data.id, organizationName: 'Acme Robotics', title: 'Head of Engineering', startedOn: '2026-03-11', endedOn: null }],
      },
      abilities: { update: true, move: true },
    });
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=contact&entityId=${created.body.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'create', after: { firstName: 'Ada', organizationId: org.data.id } });
  });

  it('edits with optimistic concurrency and keeps the current employment’s title in step', async () => {
    const contact = await buildContact(ctx.agency.as.manager, { title: 'Buyer' });
    const updated = await ctx.agency.as.manager.patch(`/api/contacts/${contact.data.id}`, { version: 1, title: 'Head buyer', roles: ['billing'], status: 'inactive' });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ title: 'Head buyer', roles: ['billing'], status: 'inactive', version: 2, employments: [{ title: 'Head buyer', endedOn: null }] });
    const stale = await ctx.agency.as.manager.patch(`/api/contacts/${contact.data.id}`, { version: 1, title: 'Overwritten' });
    expect(stale.status).toBe(409);
    expect((await ctx.agency.as.recruiter.get(`/api/contacts/${contact.data.id}`)).body.data.title).toBe('Head buyer');
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=contact&entityId=${contact.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'update', before: { title: 'Buyer', status: 'active' }, after: { title: 'Head buyer', status: 'inactive' } });
  });

  it('refuses writes by recruiters and back office, and names bad fields', async () => {
    const contact = await buildContact(ctx.agency.as.admin);
    for (const role of ['recruiter', 'back_office'] as const) {
      expect((await ctx.agency.as[role].post('/api/contacts', { firstName: 'A', lastName: 'B', organizationId: contact.data.organizationId })).status).toBe(403);
      expect((await ctx.agency.as[role].patch(`/api/contacts/${contact.data.id}`, { version: 1, title: 'x' })).status).toBe(403);
      expect((await ctx.agency.as[role].post(`/api/contacts/${contact.data.id}/move`, { version: 1, organizationId: contact.data.organizationId })).status).toBe(403);
      expect((await ctx.agency.as[role].get(`/api/contacts/${contact.data.id}`)).body.abilities).toEqual({ update: false, move: false });
    }
    const bad = await ctx.agency.as.admin.post('/api/contacts', { firstName: '', emails: ['not-an-email'], roles: ['boss'], organizationId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['firstName', 'lastName', 'emails.0', 'roles.0', 'organizationId']));
    const missingOrg = await ctx.agency.as.admin.post('/api/contacts', { firstName: 'A', lastName: 'B', organizationId: '01900000-0000-7000-8000-000000000000' });
    expect(missingOrg.status).toBe(422);
    expect(missingOrg.body.error.fields[0].path).toBe('organizationId');
  });

  it('moves a contact to another organization: the old employment ends today, a new one opens, history kept', async () => {
    setNow('2026-04-01T09:00:00Z');
    const from = await buildOrganization(ctx.agency.as.admin, { name: 'Old Employer' });
    const to = await buildOrganization(ctx.agency.as.admin, { name: 'New Employer' });
    setNow('2026-01-15T09:00:00Z');
    const contact = await buildContact(ctx.agency.as.admin, { organizationId: from.data.id, title: 'Recruiter', roles: ['billing'] });
    await ctx.agency.as.admin.patch(`/api/organizations/${from.data.id}`, { version: 1, billingContactId: contact.data.id });
    setNow('2026-04-01T09:00:00Z');
    const same = await ctx.agency.as.admin.post(`/api/contacts/${contact.data.id}/move`, { version: 1, organizationId: from.data.id });
    expect(same.status).toBe(422);
    expect(same.body.error.fields[0].path).toBe('organizationId');
    const moved = await ctx.agency.as.account_manager.post(`/api/contacts/${contact.data.id}/move`, { version: 1, organizationId: to.data.id, title: 'Talent lead' });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({
      organizationId: to.data.id,
      organizationName: 'New Employer',
      title: 'Talent lead',
      version: 2,
      employments: [
        { organizationName: 'New Employer', title: 'Talent lead', startedOn: '2026-04-01', endedOn: null },
        { organizationName: 'Old Employer', title: 'Recruiter', startedOn: '2026-01-15', endedOn: '2026-04-01' },
      ],
    });
    // They no longer bill for the old organization.
    const old = await ctx.agency.as.admin.get(`/api/organizations/${from.data.id}`);
    expect(old.body.data).toMatchObject({ billingContactId: null, contactCount: 0 });
    const stale = await ctx.agency.as.admin.post(`/api/contacts/${contact.data.id}/move`, { version: 1, organizationId: from.data.id });
    expect(stale.status).toBe(409);
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=contact&entityId=${contact.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'move', before: { organizationId: from.data.id }, after: { organizationId: to.data.id } });
  });
});

describe('contact lists', () => {
  it('searches first or last name prefixes and exact emails, filters, and pages by keyset', async () => {
    const as = ctx.agency.as.admin;
    const org = await buildOrganization(as, { name: 'Search Corp' });
    const other = await buildOrganization(as, { name: 'Other Corp' });
    await buildContact(as, { organizationId: org.data.id, firstName: 'Zelda', lastName: 'Quarry', emails: ['zelda@search.example'], roles: ['hiring_manager'] });
    await buildContact(as, { organizationId: org.data.id, firstName: 'Quentin', lastName: 'Zorn', roles: ['billing'], ownerId: ctx.agency.users.manager.id });
    await buildContact(as, { organizationId: other.data.id, firstName: 'Zara', lastName: 'Quill', status: 'inactive' });
    const list = async (query: string) => fullNames((await as.get(`/api/contacts?${query}`)).body);
    expect(await list('q=qu&sort=name')).toEqual(['Zelda Quarry', 'Zara Quill', 'Quentin Zorn']);
    expect(await list('q=zel qua')).toEqual(['Zelda Quarry']);
    expect(await list('q=ZELDA@search.example')).toEqual(['Zelda Quarry']);
    expect(await list(`organizationId=${org.data.id}`)).toEqual(['Quentin Zorn', 'Zelda Quarry']);
    expect(await list(`organizationId=${org.data.id}&role=billing`)).toEqual(['Quentin Zorn']);
    expect(await list(`ownerId=${ctx.agency.users.manager.id}`)).toEqual(['Quentin Zorn']);
    expect(await list('status=inactive&q=z')).toEqual(['Zara Quill']);
    for (const sort of ['name', 'updated']) {
      const all = await list(`q=q&sort=${sort}`);
      const first = (await as.get(`/api/contacts?q=q&sort=${sort}&limit=2`)).body;
      const second = (await as.get(`/api/contacts?q=q&sort=${sort}&limit=2&cursor=${first.nextCursor}`)).body;
      expect([...fullNames(first), ...fullNames(second)]).toEqual(all);
      expect(second.nextCursor).toBeNull();
    }
    expect((await as.get('/api/contacts?role=ceo')).status).toBe(400);
  });

  it('exports the current filter as CSV', async () => {
    const org = await buildOrganization(ctx.agency.as.admin, { name: 'Csv Corp' });
    await buildContact(ctx.agency.as.admin, { organizationId: org.data.id, firstName: 'Xavier', lastName: 'Export', emails: ['x@csv.example', 'y@csv.example'], roles: ['billing'] });
    const response = await ctx.agency.as.back_office.get(`/api/contacts/export.csv?organizationId=${org.data.id}`);
    expect(response.status).toBe(200);
    const lines = String(response.body).trim().split('\n');
    expect(lines[0]).toBe('id,first_name,last_name,title,organization,organization_id,emails,phones,roles,owner,status,last_contacted_at,updated_at');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`Xavier,Export,,Csv Corp,${org.data.id},x@csv.example; y@csv.example,,billing,,active,,`);
  });
});
