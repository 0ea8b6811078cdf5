import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { clientPolicy } from '../organizations/policy';
import { presentDeal, presentDealRecord } from './presenter';
import { getDealBoard, getDealDetail, listDeals } from './queries';
import { ZCreateDealBody, ZDealBoard, ZDealBoardQuery, ZDealList, ZDealRecord, ZListDealsQuery, ZUpdateDealBody } from './schema';
import { createDeal, updateDeal } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.clientWriters) };
const tags = ['Deals'];

export const dealsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get('/api/deals', { config: readers, schema: { tags, summary: 'List deals', querystring: ZListDealsQuery, response: { 200: ZDealList, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const page = await listDeals(db, actor.agencyId, request.query);
    return { data: page.data.map(presentDeal), nextCursor: page.nextCursor };
  });

  app.get(
    '/api/deals/board',
    { config: readers, schema: { tags, summary: 'Deals by stage, with counts and totals per currency', querystring: ZDealBoardQuery, response: { 200: ZDealBoard, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const columns = await getDealBoard(db, actor.agencyId, request.query);
      const canWrite = clientPolicy.canWrite(actor);
      return { data: { columns: columns.map((column) => ({ ...column, items: column.items.map(presentDeal) })) }, abilities: { create: canWrite, move: canWrite } };
    },
  );

  app.get('/api/deals/:id', { config: readers, schema: { tags, summary: 'Get a deal with its contacts', params: ZIdParams, response: { 200: ZDealRecord, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    return presentDealRecord(actor, await getDealDetail(db, actor.agencyId, request.params.id));
  });

  app.post('/api/deals', { config: writers, schema: { tags, summary: 'Open a deal with an organization', body: ZCreateDealBody, response: { 201: ZDealRecord, ...STAFF_ERRORS } } }, async (request, reply) => {
    const actor = staffActor(request);
    const id = await db.transaction(async (tx) => (await createDeal({ actor, tx, ...request.body })).id);
    return reply.status(201).send(presentDealRecord(actor, await getDealDetail(db, actor.agencyId, id)));
  });

  app.patch(
    '/api/deals/:id',
    { config: writers, schema: { tags, summary: 'Edit a deal or move it to another stage', params: ZIdParams, body: ZUpdateDealBody, response: { 200: ZDealRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateDeal({ actor, tx, dealId: request.params.id, ...request.body }));
      return presentDealRecord(actor, await getDealDetail(db, actor.agencyId, request.params.id));
    },
  );
};
