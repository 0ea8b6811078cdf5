import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { activityRoutes } from './activities-routes';
import { taskRoutes } from './tasks-routes';
import { recordTimeline } from './timeline';
import { ZTimeline, ZTimelineQuery } from './timeline-schema';

/** Activities, tasks and the record timeline. */
export const activitiesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(activityRoutes, deps);
  await app.register(taskRoutes, deps);

  app.get(
    '/api/timeline',
    {
      config: { access: access.staff },
      schema: {
        tags: ['Activities'],
        summary: "One record's history: activities, tasks, status changes and audit events, newest first",
        querystring: ZTimelineQuery,
        response: { 200: ZTimeline, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return recordTimeline(deps.database.db, actor.agencyId, request.query);
    },
  );
};
