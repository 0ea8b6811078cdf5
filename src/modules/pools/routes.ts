import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { poolMembersRoutes } from './members-routes';
import { presentPool, presentPoolRecord } from './presenter';
import { getPoolView, listCandidatePools, listPools } from './queries';
import { ZCandidatePoolList, ZCreatePoolBody, ZListPoolsQuery, ZPoolList, ZPoolRecord, ZUpdatePoolBody } from './schema';
import { createPool, deletePool, updatePool } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Talent pools'];

/** Named hotlists of candidates, private to their owner or shared with the agency. */
export const poolsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  await app.register(poolMembersRoutes, deps);

  app.get(
    '/api/pools',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List talent pools',
        description: 'The caller\'s own pools and every shared one, by name, each with its member count.',
        querystring: ZListPoolsQuery,
        response: { 200: ZPoolList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const page = await listPools(db, actor, request.query);
      return { data: page.data.map((view) => presentPool(actor, view)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/pools',
    { config: writers, schema: { tags, summary: 'Create a talent pool', description: 'Owned by the caller; private unless `shared`.', body: ZCreatePoolBody, response: { 201: ZPoolRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const pool = await db.transaction((tx) => createPool({ actor, tx, ...request.body }));
      return reply.status(201).send(presentPoolRecord(actor, await getPoolView(db, actor, pool.id)));
    },
  );

  app.get(
    '/api/pools/:id',
    { config: readers, schema: { tags, summary: 'Get a talent pool', description: 'A private pool of someone else answers 404.', params: ZIdParams, response: { 200: ZPoolRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return presentPoolRecord(actor, await getPoolView(db, actor, request.params.id));
    },
  );

  app.patch(
    '/api/pools/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Rename, describe or share a talent pool',
        description: 'The owner, a manager or an admin; sends the version it read (409 when stale).',
        params: ZIdParams,
        body: ZUpdatePoolBody,
        response: { 200: ZPoolRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updatePool({ actor, tx, id: request.params.id, ...request.body }));
      return presentPoolRecord(actor, await getPoolView(db, actor, request.params.id));
    },
  );

  app.delete(
    '/api/pools/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Delete a talent pool',
        description: 'The owner, a manager or an admin. The candidates stay; only their membership of this pool goes.',
        params: ZIdParams,
        response: { 204: z.null().meta({ description: 'Deleted' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      await db.transaction((tx) => deletePool({ actor, tx, id: request.params.id }));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/candidates/:id/pools',
    {
      config: readers,
      schema: { tags, summary: 'The talent pools a candidate is in', description: 'Only pools the caller can see (shared ones and their own).', params: ZIdParams, response: { 200: ZCandidatePoolList, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      const pools = await listCandidatePools(db, actor, request.params.id);
      return { data: pools.map((view) => presentPool(actor, view)) };
    },
  );
};
