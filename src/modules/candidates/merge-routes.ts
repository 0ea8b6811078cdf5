import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { ZMergeCandidatesBody, ZMergePreview, ZMergePreviewQuery } from './merge-schema';
import { getMergePreview, mergeCandidates } from './merge-service';
import { candidateAbilities, presentCandidateRecord } from './presenter';
import { getCandidateDetail } from './queries';
import { ZCandidateRecord } from './schema';

const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Candidates'];

/** Merging duplicate candidates: the side-by-side preview and the merge itself. */
export const candidateMergeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/candidates/merge-preview',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Compare candidates before merging them',
        description:
          'Each candidate in full, in the order asked (the intended survivor first), and per mergeable field whether their values differ. Every id must be a candidate of the agency that is not merged already (422 naming the others).',
        querystring: ZMergePreviewQuery,
        response: { 200: ZMergePreview, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const preview = await getMergePreview(db, actor.agencyId, request.query.ids);
      return {
        data: { candidates: preview.details.map((detail) => presentCandidateRecord(actor, detail).data), fields: preview.fields },
        abilities: candidateAbilities(actor),
      };
    },
  );

  app.post(
    '/api/candidates/merge',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Merge duplicate candidates into one',
        description:
          'One transaction: every candidate is locked and must be the agency\'s, not merged already (422 naming them) and at the version sent (409 naming who changed it). The survivor takes the chosen value per field (list fields are unioned, the chosen first); every activity, mention, task, source event, fit note and pool membership moves to the survivor; the merged candidates stay as redirects (GET of their id answers the survivor, writes answer 409). Audited on every record. Answers the survivor.',
        body: ZMergeCandidatesBody,
        response: { 200: ZCandidateRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const survivorId = await db.transaction((tx) => mergeCandidates({ actor, tx, ...request.body }));
      return presentCandidateRecord(actor, await getCandidateDetail(db, actor.agencyId, survivorId));
    },
  );
};
