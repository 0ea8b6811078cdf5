import { describe, expect, it } from 'vitest';
import { buildContact, buildDeal, buildOrganization } from '../factories/clients';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();

type Column = { stage: string; label: string; archived: boolean; count: number; totals: { currency: string; valueMinor: number }[]; items: { title: string }[] };

describe('deals', () => {
  it('opens a deal in the first stage with the organization’s currency and its contacts, and audits it', async () => {
    const am = ctx.agency.as.account_manager;
    const org = await buildOrganization(am, { name: 'Deal Org', currency: 'EUR' });
    const ann = await buildContact(am, { organizationId: org.data.id, firstName: 'Ann', lastName: 'Able' });
    const created = await am.post('/api/deals', {
      title: 'Warehouse temps Q3',
      organizationId: org.data.id,
      valueMinor: 1_250_000,
      expectedCloseOn: '2026-09-30',
      ownerId: ctx.agency.users.account_manager.id,
      contactIds: [ann.data.id, ann.data.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      data: {
        title: 'Warehouse temps Q3',
        organizationName: 'Deal Org',
        stage: 'lead',
        stageLabel: 'Lead',
        valueMinor: 1_250_000,
        currency: 'EUR',
        expectedCloseOn: '2026-09-30',
        ownerName: 'Test account_manager',
        contacts: [{ id: ann.data.id, firstName: 'Ann', lastName: 'Able' }],
        version: 1,
      },
      abilities: { update: true, createJob: true },
    });
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=deal&entityId=${created.body.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'create', after: { title: 'Warehouse temps Q3', contactIds: [ann.data.id] } });
  });

  it('takes contacts only from the deal’s organization', async () => {
    const org = await buildOrganization(ctx.agency.as.admin);
    const stranger = await buildContact(ctx.agency.as.admin);
    const refused = await ctx.agency.as.admin.post('/api/deals', { title: 'Mixed', organizationId: org.data.id, contactIds: [stranger.data.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([{ path: 'contactIds', message: 'must be contacts of this organization' }]);
    const deal = await buildDeal(ctx.agency.as.admin, { organizationId: stranger.data.organizationId, contactIds: [stranger.data.id] });
    const moveAway = await ctx.agency.as.admin.patch(`/api/deals/${deal.data.id}`, { version: 1, organizationId: org.data.id });
    expect(moveAway.status).toBe(422);
    expect(moveAway.body.error.fields[0].path).toBe('contactIds');
    const withNewContacts = await ctx.agency.as.admin.patch(`/api/deals/${deal.data.id}`, { version: 1, organizationId: org.data.id, contactIds: [] });
    expect(withNewContacts.status).toBe(200);
    expect(withNewContacts.body.data).toMatchObject({ organizationId: org.data.id, contacts: [] });
  });

  it('moves a deal only to a stage of the list that is not archived; a stale version answers 409', async () => {
    const deal = await buildDeal(ctx.agency.as.manager, { valueMinor: 500 });
    const unknown = await ctx.agency.as.manager.patch(`/api/deals/${deal.data.id}`, { version: 1, stage: 'signed' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields[0].path).toBe('stage');
    const lists = await ctx.agency.as.admin.get('/api/lists');
    const lost = lists.body.data.find((list: { name: string }) => list.name === 'deal_stages').items.find((item: { value: string }) => item.value === 'lost');
    await ctx.agency.as.admin.patch(`/api/lists/deal_stages/items/${lost.id}`, { version: lost.version, archived: true });
    const archived = await ctx.agency.as.manager.patch(`/api/deals/${deal.data.id}`, { version: 1, stage: 'lost' });
    expect(archived.status).toBe(422);
    expect(archived.body.error.fields[0].path).toBe('stage');
    await ctx.agency.as.admin.patch(`/api/lists/deal_stages/items/${lost.id}`, { version: lost.version + 1, archived: false });
    const moved = await ctx.agency.as.manager.patch(`/api/deals/${deal.data.id}`, { version: 1, stage: 'proposal' });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ stage: 'proposal', stageLabel: 'Proposal', version: 2 });
    expect((await ctx.agency.as.manager.patch(`/api/deals/${deal.data.id}`, { version: 1, stage: 'won' })).status).toBe(409);
    const log = await ctx.agency.as.admin.get(`/api/audit-events?entity=deal&entityId=${deal.data.id}`);
    expect(log.body.data[0]).toMatchObject({ action: 'move', before: { stage: 'lead' }, after: { stage: 'proposal' } });
  });

  it('refuses writes by recruiters and back office, and names bad fields', async () => {
    const deal = await buildDeal(ctx.agency.as.admin);
    for (const role of ['recruiter', 'back_office'] as const) {
      expect((await ctx.agency.as[role].post('/api/deals', { title: 'x', organizationId: deal.data.organizationId })).status).toBe(403);
      expect((await ctx.agency.as[role].patch(`/api/deals/${deal.data.id}`, { version: 1, stage: 'won' })).status).toBe(403);
      expect((await ctx.agency.as[role].get(`/api/deals/${deal.data.id}`)).body.abilities).toEqual({ update: false, createJob: false });
    }
    const bad = await ctx.agency.as.admin.post('/api/deals', { title: '', valueMinor: 12.5, currency: 'euro', expectedCloseOn: '30/09/2026' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['title', 'organizationId', 'valueMinor', 'currency', 'expectedCloseOn']));
  });
});

describe('deal lists and board', () => {
  it('filters the list by stage, organization and owner, in keyset pages', async () => {
    const org = await buildOrganization(ctx.agency.as.admin, { name: 'Listed' });
    const titles: string[] = [];
    for (const [index, stage] of ['lead', 'discovery', 'discovery'].entries()) {
      const deal = await buildDeal(ctx.agency.as.admin, { organizationId: org.data.id, stage, title: `Listed ${index}`, ownerId: index === 2 ? ctx.agency.users.manager.id : null });
      titles.unshift(deal.data.title);
    }
    const list = async (query: string) => (await ctx.agency.as.recruiter.get(`/api/deals?organizationId=${org.data.id}&${query}`)).body;
    expect((await list('')).data.map((d: { title: string }) => d.title)).toEqual(titles);
    expect((await list('stage=discovery')).data.map((d: { title: string }) => d.title)).toEqual(['Listed 2', 'Listed 1']);
    expect((await list(`ownerId=${ctx.agency.users.manager.id}`)).data.map((d: { title: string }) => d.title)).toEqual(['Listed 2']);
    const first = await list('limit=2');
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect([...first.data, ...second.data].map((d: { title: string }) => d.title)).toEqual(titles);
  });

  it('groups the board by the agency’s stages in list order, with counts and totals per currency', async () => {
    const org = await buildOrganization(ctx.agency.as.admin, { name: 'Board Org' });
    await buildDeal(ctx.agency.as.admin, { organizationId: org.data.id, title: 'B1', stage: 'proposal', valueMinor: 100_00, currency: 'GBP' });
    await buildDeal(ctx.agency.as.admin, { organizationId: org.data.id, title: 'B2', stage: 'proposal', valueMinor: 250_00, currency: 'GBP' });
    await buildDeal(ctx.agency.as.admin, { organizationId: org.data.id, title: 'B3', stage: 'proposal', valueMinor: 99_00, currency: 'USD' });
    await buildDeal(ctx.agency.as.admin, { organizationId: org.data.id, title: 'B4', stage: 'won' });
    const board = await ctx.agency.as.back_office.get(`/api/deals/board?organizationId=${org.data.id}`);
    expect(board.status).toBe(200);
    expect(board.body.abilities).toEqual({ create: false, move: false });
    const columns: Column[] = board.body.data.columns;
    expect(columns.map((column) => column.stage)).toEqual(['lead', 'discovery', 'proposal', 'negotiation', 'won', 'lost']);
    const proposal = columns.find((column) => column.stage === 'proposal');
    expect(proposal).toMatchObject({
      label: 'Proposal',
      count: 3,
      totals: [
        { currency: 'GBP', valueMinor: 350_00 },
        { currency: 'USD', valueMinor: 99_00 },
      ],
    });
    expect(proposal?.items.map((item) => item.title)).toEqual(['B3', 'B2', 'B1']);
    expect(columns.find((column) => column.stage === 'won')).toMatchObject({ count: 1, totals: [{ currency: 'GBP', valueMinor: 0 }] });
    expect(columns.find((column) => column.stage === 'lead')).toMatchObject({ count: 0, totals: [], items: [] });
  });
});
