import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { changeCandidateOwner, changeCandidateOwners } from './owner-service';
import { presentCandidateRecord, presentCandidateSummary } from './presenter';
import { getCandidateDetail, getCandidateViews } from './queries';
import { ZBulkCandidateResult, ZBulkChangeOwnerBody, ZCandidateRecord, ZChangeOwnerBody } from './schema';

const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Candidates'];

export const candidateOwnerRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.post(
    '/api/candidates/:id/owner',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Hand a candidate to a new owner',
        description: 'The handoff note stays on the record and becomes an all-day task for the new owner, due today (the agency\'s today).',
        params: ZIdParams,
        body: ZChangeOwnerBody,
        response: { 200: ZCandidateRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => changeCandidateOwner({ actor, tx, candidateId: request.params.id, ...request.body }));
      return presentCandidateRecord(actor, await getCandidateDetail(db, actor.agencyId, request.params.id));
    },
  );

  app.post(
    '/api/candidates/owner',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Hand many candidates to a new owner',
        description: 'All or nothing: an id that is not a candidate of the agency answers 422 with one `related` entry per refused id, and nothing changes. One handoff task per candidate.',
        body: ZBulkChangeOwnerBody,
        response: { 200: ZBulkCandidateResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const changed = await db.transaction((tx) => changeCandidateOwners({ actor, tx, ...request.body }));
      const views = await getCandidateViews(
        db,
        actor.agencyId,
        changed.map((row) => row.id),
      );
      return { data: views.map(presentCandidateSummary) };
    },
  );
};
