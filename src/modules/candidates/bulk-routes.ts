import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { presentTask } from '../activities/tasks-presenter';
import { ZBulkTagsBody, ZBulkTasksBody, ZBulkTasksResult } from './bulk-schema';
import { addCandidateTasks, tagCandidates } from './bulk-service';
import { presentCandidateSummary } from './presenter';
import { getCandidateViews } from './queries';
import { ZBulkCandidateResult } from './schema';

const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Candidates'];

/** The candidate list's bulk actions besides the owner change: tag and add a task (ARCHITECTURE.md, batch actions). */
export const candidateBulkRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.post(
    '/api/candidates/tags',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add and remove tags on many candidates',
        description:
          'Tags are lower-cased and deduplicated. All or nothing: an id that is not a live candidate of the agency, or a candidate that would exceed the tag limit, answers 422 with one `related` entry per refused id, and nothing changes. Answers every candidate\'s summary; a changed one has a new version.',
        body: ZBulkTagsBody,
        response: { 200: ZBulkCandidateResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const ids = await db.transaction((tx) => tagCandidates({ actor, tx, ...request.body }));
      return { data: (await getCandidateViews(db, actor.agencyId, ids)).map(presentCandidateSummary) };
    },
  );

  app.post(
    '/api/candidates/tasks',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add a task to many candidates',
        description:
          'One task per candidate, for the assignee (the caller by default). All or nothing: an id that is not a live candidate of the agency answers 422 with one `related` entry per refused id, and no task is made.',
        body: ZBulkTasksBody,
        response: { 200: ZBulkTasksResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const created = await db.transaction((tx) => addCandidateTasks({ actor, tx, ...request.body }));
      return { data: created.map(presentTask) };
    },
  );
};
