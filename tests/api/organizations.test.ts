import { describe, expect, it } from 'vitest';
import { ROLE_SETS } from '../../src/platform/auth/access';
import { CLIENT_WRITER_ROLES } from '../../src/shared/clients';
import { buildContact, buildOrganization } from '../factories/clients';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

type Org = { id: string; name: string; status: string; updatedAt: string };
const names = (body: { data: Org[] }) => body.data.map((org) => org.name);

describe('organizations', () => {
  it('creates an organization with invoicing data, defaults the currency to the agency’s, and audits it', async () => {
    const am = ctx.agency.as.account_manager;
    const created = await am.post('/api/organizations', {
      name: '  Harbor Logistics ',
      status: 'active',
      industry: 'Logistics',
      website: 'https://harbor.example',
      addresses: [{ label: 'HQ', line1: '1 Quay St', city: 'Bristol', country: 'GB' }],
      ownerId: ctx.agency.users.account_manager.id,
      billingAddress: { line1: '1 Quay St', city: 'Bristol', country: 'GB' },
      paymentTermsDays: 45,
      taxId: 'GB123456789',
      defaultMarkupBp: 2500,
      defaultFeeBp: 1800,
      tags: ['Key', 'key', 'logistics'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      data: {
        name: 'Harbor Logistics',
        status: 'active',
        currency: 'GBP',
        paymentTermsDays: 45,
        defaultMarkupBp: 2500,
        ownerName: 'Test account_manager',
        tags: ['key', 'logistics'],
        billingAddress: { label: 'Main', line1: '1 Quay St' },
        parent: null,
        children: [],
        contactCount: 0,
        dealCount: 0,
        version: 1,
      },
      abilities: { update: true, createContact: true, createDeal: true },
    });
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=organization&entityId=${created.body.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'create', actorId: ctx.agency.users.account_manager.id, after: { name: 'Harbor Logistics', currency: 'GBP' } });
  });

  it('updates with optimistic concurrency: a stale version answers 409 and changes nothing; the audit keeps before and after', async () => {
    const org = await buildOrganization(ctx.agency.as.manager, { name: 'Versioned Ltd' });
    const updated = await ctx.agency.as.manager.patch(`/api/organizations/${org.data.id}`, { version: 1, status: 'active', currency: 'eur' });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ status: 'active', currency: 'EUR', version: 2 });
    const stale = await ctx.agency.as.manager.patch(`/api/organizations/${org.data.id}`, { version: 1, status: 'inactive' });
    expect(stale.status).toBe(409);
    expect((await ctx.agency.as.recruiter.get(`/api/organizations/${org.data.id}`)).body.data.status).toBe('active');
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=organization&entityId=${org.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'update', before: { status: 'prospect', currency: 'GBP' }, after: { status: 'active', currency: 'EUR' } });
  });

  it('lets every staff role read, but only admins, managers and account managers write', async () => {
    expect([...CLIENT_WRITER_ROLES]).toEqual([...ROLE_SETS.clientWriters]);
    const org = await buildOrganization(ctx.agency.as.admin);
    for (const role of ['recruiter', 'back_office'] as const) {
      expect((await ctx.agency.as[role].post('/api/organizations', { name: 'Nope' })).status).toBe(403);
      expect((await ctx.agency.as[role].patch(`/api/organizations/${org.data.id}`, { version: 1, name: 'Nope' })).status).toBe(403);
      const read = await ctx.agency.as[role].get(`/api/organizations/${org.data.id}`);
      expect(read.status).toBe(200);
      expect(read.body.abilities).toEqual({ update: false, createContact: false, createDeal: false });
    }
  });

  it('answers 400 naming each bad field, and 422 for an owner from outside the agency', async () => {
    const bad = await ctx.agency.as.admin.post('/api/organizations', { name: '', status: 'gone', currency: 'XXQ', paymentTermsDays: -1, addresses: [{ line1: 'x' }] });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'status', 'currency', 'paymentTermsDays', 'addresses.0.city']));
    const owner = await ctx.agency.as.admin.post('/api/organizations', { name: 'Owned', ownerId: '01900000-0000-7000-8000-000000000000' });
    expect(owner.status).toBe(422);
    expect(owner.body.error.fields).toEqual([{ path: 'ownerId', message: 'not a user of this agency' }]);
  });

  it('refuses a parent that is the organization itself or one of its divisions', async () => {
    const group = await buildOrganization(ctx.agency.as.admin, { name: 'Group plc' });
    const division = await buildOrganization(ctx.agency.as.admin, { name: 'Group North', parentId: group.data.id });
    const subDivision = await buildOrganization(ctx.agency.as.admin, { name: 'Group North Leeds', parentId: division.data.id });
    const self = await ctx.agency.as.admin.patch(`/api/organizations/${group.data.id}`, { version: 1, parentId: group.data.id });
    expect(self.status).toBe(422);
    expect(self.body.error.fields[0].path).toBe('parentId');
    const cycle = await ctx.agency.as.admin.patch(`/api/organizations/${group.data.id}`, { version: 1, parentId: subDivision.data.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.error.fields).toEqual([{ path: 'parentId', message: 'cannot be the organization itself or one of its divisions' }]);
    const detail = await ctx.agency.as.recruiter.get(`/api/organizations/${division.data.id}`);
    expect(detail.body.data).toMatchObject({ parent: { id: group.data.id, name: 'Group plc' }, children: [{ id: subDivision.data.id, name: 'Group North Leeds' }] });
    const divisions = await ctx.agency.as.recruiter.get(`/api/organizations?parentId=${group.data.id}`);
    expect(names(divisions.body)).toEqual(['Group North']);
  });

  it('two parent changes at once that would make a loop (X under Y, Y under X): one wins, the other is refused', async () => {
    const x = await buildOrganization(ctx.agency.as.admin, { name: 'Loop X' });
    const y = await buildOrganization(ctx.agency.as.admin, { name: 'Loop Y' });
    const answers = await Promise.all([
      ctx.agency.apiKey.admin.patch(`/api/organizations/${x.data.id}`, { version: 1, parentId: y.data.id }),
      ctx.agency.apiKey.manager.patch(`/api/organizations/${y.data.id}`, { version: 1, parentId: x.data.id }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 422]);
    const parents = await Promise.all([x, y].map(async (org) => (await ctx.agency.as.admin.get(`/api/organizations/${org.data.id}`)).body.data.parent));
    expect(parents.filter(Boolean)).toHaveLength(1);
  });

  it('takes a billing contact only from the organization’s own contacts, and counts contacts', async () => {
    const org = await buildOrganization(ctx.agency.as.admin, { name: 'Billing Co' });
    const other = await buildOrganization(ctx.agency.as.admin, { name: 'Elsewhere Co' });
    const ours = await buildContact(ctx.agency.as.admin, { organizationId: org.data.id, firstName: 'Bill', lastName: 'Payer' });
    const theirs = await buildContact(ctx.agency.as.admin, { organizationId: other.data.id });
    const refused = await ctx.agency.as.admin.patch(`/api/organizations/${org.data.id}`, { version: 1, billingContactId: theirs.data.id });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0].path).toBe('billingContactId');
    const onCreate = await ctx.agency.as.admin.post('/api/organizations', { name: 'Fresh', billingContactId: ours.data.id });
    expect(onCreate.status).toBe(422);
    const set = await ctx.agency.as.admin.patch(`/api/organizations/${org.data.id}`, { version: 1, billingContactId: ours.data.id });
    expect(set.status).toBe(200);
    expect(set.body.data).toMatchObject({ billingContactId: ours.data.id, billingContactName: 'Bill Payer', contactCount: 1 });
  });
});

describe('organization lists', () => {
  it('filters by status, owner, tag and industry, and pages by keyset with either sort', async () => {
    const as = ctx.agency.as.admin;
    const made: string[] = [];
    for (const [index, name] of ['Kappa Mills', 'alpha Foods', 'Lambda Steel', 'Beta Yards', 'Kappa Farms'].entries()) {
      const org = await buildOrganization(as, {
        name,
        status: index % 2 === 0 ? 'active' : 'prospect',
        industry: index < 2 ? 'Food' : 'Heavy industry',
        ownerId: index === 4 ? ctx.agency.users.manager.id : undefined,
        tags: index === 1 ? ['sweep'] : ['sweep', 'vip'],
      });
      made.push(org.data.id);
    }
    const sweep = async (query: string) => (await as.get(`/api/organizations?tag=sweep&${query}`)).body;
    expect(names(await sweep('sort=name&limit=50'))).toEqual(['alpha Foods', 'Beta Yards', 'Kappa Farms', 'Kappa Mills', 'Lambda Steel']);
    expect(names(await sweep('limit=50'))).toEqual(['Kappa Farms', 'Beta Yards', 'Lambda Steel', 'alpha Foods', 'Kappa Mills']);
    expect(names(await sweep('status=prospect'))).toEqual(['Beta Yards', 'alpha Foods']);
    expect(names(await sweep(`ownerId=${ctx.agency.users.manager.id}`))).toEqual(['Kappa Farms']);
    expect(names(await sweep('industry=food'))).toEqual(['alpha Foods', 'Kappa Mills']);
    expect(names((await as.get('/api/organizations?tag=vip&sort=name')).body)).toEqual(['Beta Yards', 'Kappa Farms', 'Kappa Mills', 'Lambda Steel']);

    for (const sort of ['name', 'updated']) {
      const all = names(await sweep(`sort=${sort}&limit=50`));
      const pages: string[] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page: { data: Org[]; nextCursor: string | null } = await sweep(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.data.length).toBeLessThanOrEqual(2);
        pages.push(...names(page));
        cursor = page.nextCursor;
      }
      expect(pages).toEqual(all);
    }
    expect((await as.get('/api/organizations?sort=size')).status).toBe(400);
    expect((await as.get('/api/organizations?cursor=nonsense')).body.error.fields[0].path).toBe('cursor');
  });

  it('searches by name prefix, then by similar names when the prefix finds less than a page', async () => {
    const as = ctx.agency.as.admin;
    await buildOrganization(as, { name: 'Quintessa Partners' });
    await buildOrganization(as, { name: 'Quintessa Labs' });
    await buildOrganization(as, { name: 'Northern Quintessa' });
    const prefix = await as.get('/api/organizations?q=quint&sort=name&limit=2');
    expect(names(prefix.body)).toEqual(['Quintessa Labs', 'Quintessa Partners']);
    expect(prefix.body.nextCursor).toBeNull();
    const withSimilar = await as.get('/api/organizations?q=quintessa&sort=name');
    expect(names(withSimilar.body)).toEqual(['Quintessa Labs', 'Quintessa Partners', 'Northern Quintessa']);
    const typo = await as.get('/api/organizations?q=quintesa');
    expect(names(typo.body)).toEqual(expect.arrayContaining(['Quintessa Labs', 'Quintessa Partners']));
  });

  it('exports the current filter as CSV, every row, with a header and formula-safe cells', async () => {
    const as = ctx.agency.as.recruiter;
    await buildOrganization(ctx.agency.as.admin, { name: '=HYPERLINK("x")', tags: ['export'], industry: 'Retail', paymentTermsDays: 14, defaultFeeBp: 1850 });
    await buildOrganization(ctx.agency.as.admin, { name: 'Export, Two', tags: ['export'] });
    await buildOrganization(ctx.agency.as.admin, { name: 'Not exported' });
    const response = await as.get('/api/organizations/export.csv?tag=export&sort=name');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = String(response.body).trim().split('\n');
    expect(lines[0]).toBe('id,name,status,industry,website,phone,address,owner,parent_id,billing_address,payment_terms_days,currency,tax_id,default_markup_percent,default_fee_percent,tags,updated_at');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")",prospect,Retail,,,,,,,14,GBP,,,18.5,export,`);
    expect(lines[2]).toContain('"Export, Two"');
    expect(String(response.body)).not.toContain('Not exported');
  });
});
