import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentCandidateSummary } from '../candidates/presenter';
import { listCandidates } from '../candidates/queries';
import { addPoolMembers, removePoolMembers } from './members-service';
import { presentPool } from './presenter';
import { getPoolView } from './queries';
import { ZAddPoolMembersResult, ZListPoolMembersQuery, ZPoolMemberList, ZPoolMembersBody, ZRemovePoolMembersResult } from './schema';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Talent pools'];

export const poolMembersRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/pools/:id/members',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List the candidates of a talent pool',
        description: 'The candidate list (same filters, sort and keyset pages as GET /api/candidates) within the pool. Merged candidates are left out.',
        params: ZIdParams,
        querystring: ZListPoolMembersQuery,
        response: { 200: ZPoolMemberList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await getPoolView(db, actor, request.params.id);
      const page = await listCandidates(db, actor.agencyId, { ...request.query, poolId: request.params.id }, actor.userId);
      return { data: page.data.map(presentCandidateSummary), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/pools/:id/members',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add candidates to a talent pool',
        description:
          'All or nothing: an id that is not a candidate of the agency (or one merged into another) answers 422 with one `related` entry per refused id, and nothing changes. Candidates already in the pool are left as they were and named in `alreadyMembers`.',
        params: ZIdParams,
        body: ZPoolMembersBody,
        response: { 200: ZAddPoolMembersResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const result = await db.transaction((tx) => addPoolMembers({ actor, tx, poolId: request.params.id, ...request.body }));
      return { data: { pool: presentPool(actor, await getPoolView(db, actor, request.params.id)), ...result } };
    },
  );

  app.post(
    '/api/pools/:id/members/remove',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Remove candidates from a talent pool',
        description: 'The candidates stay; ids that are not in the pool are named in `notMembers` and otherwise ignored.',
        params: ZIdParams,
        body: ZPoolMembersBody,
        response: { 200: ZRemovePoolMembersResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const result = await db.transaction((tx) => removePoolMembers({ actor, tx, poolId: request.params.id, ...request.body }));
      return { data: { pool: presentPool(actor, await getPoolView(db, actor, request.params.id)), ...result } };
    },
  );
};
