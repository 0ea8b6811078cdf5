import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentActivity, presentActivityRecord } from './activities-presenter';
import { describeActivities, getActivity, listActivities } from './activities-queries';
import { ZActivityList, ZActivityRecord, ZCreateActivityBody, ZListActivitiesQuery, ZUpdateActivityBody } from './activities-schema';
import { createActivity, updateActivity } from './activities-service';

const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const readers = { access: access.staff };
const tags = ['Activities'];

export const activityRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/activities',
    { config: readers, schema: { tags, summary: 'List the activities about one record, newest first', querystring: ZListActivitiesQuery, response: { 200: ZActivityList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const page = await listActivities(db, actor.agencyId, request.query);
      return { data: page.data.map(presentActivity), nextCursor: page.nextCursor };
    },
  );

  app.get('/api/activities/:id', { config: readers, schema: { tags, summary: 'Get an activity', params: ZIdParams, response: { 200: ZActivityRecord, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const [view] = await describeActivities(db, actor.agencyId, [await getActivity(db, actor.agencyId, request.params.id)]);
    if (!view) {
      throw new Error('activity could not be described');
    }
    return presentActivityRecord(actor, view);
  });

  app.post(
    '/api/activities',
    { config: writers, schema: { tags, summary: 'Log a note, call, email, meeting or message about a record', body: ZCreateActivityBody, response: { 201: ZActivityRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const activity = await db.transaction((tx) => createActivity({ actor, tx, ...request.body }));
      return reply.status(201).send(presentActivityRecord(actor, activity));
    },
  );

  app.patch(
    '/api/activities/:id',
    { config: writers, schema: { tags, summary: 'Correct a logged activity (author, manager or admin)', params: ZIdParams, body: ZUpdateActivityBody, response: { 200: ZActivityRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const activity = await db.transaction((tx) => updateActivity({ actor, tx, activityId: request.params.id, ...request.body }));
      return presentActivityRecord(actor, activity);
    },
  );
};
