import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentTask, presentTaskRecord } from './tasks-presenter';
import { getTaskView, listTasks, myTasks } from './tasks-queries';
import { ZCreateTaskBody, ZListTasksQuery, ZMyTasks, ZTaskList, ZTaskRecord, ZUpdateTaskBody } from './tasks-schema';
import { completeTask, createTask, reopenTask, updateTask } from './tasks-service';

const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const readers = { access: access.staff };
const tags = ['Tasks'];

export const taskRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/tasks',
    { config: readers, schema: { tags, summary: 'List tasks by assignee, state and record, soonest due first', querystring: ZListTasksQuery, response: { 200: ZTaskList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const page = await listTasks(db, actor.agencyId, request.query);
      return { data: page.data.map(presentTask), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/tasks/mine',
    { config: readers, schema: { tags, summary: 'My open tasks: overdue, today (agency time zone) and upcoming', response: { 200: ZMyTasks, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const groups = await myTasks(db, actor.agencyId, actor.userId);
      return { ...groups, overdue: groups.overdue.map(presentTask), today: groups.today.map(presentTask), upcoming: groups.upcoming.map(presentTask) };
    },
  );

  app.get('/api/tasks/:id', { config: readers, schema: { tags, summary: 'Get a task', params: ZIdParams, response: { 200: ZTaskRecord, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    return presentTaskRecord(actor, await getTaskView(db, actor.agencyId, request.params.id));
  });

  app.post(
    '/api/tasks',
    { config: writers, schema: { tags, summary: 'Create a task, optionally about one record', body: ZCreateTaskBody, response: { 201: ZTaskRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const task = await db.transaction((tx) => createTask({ actor, tx, ...request.body }));
      return reply.status(201).send(presentTaskRecord(actor, task));
    },
  );

  app.patch(
    '/api/tasks/:id',
    { config: writers, schema: { tags, summary: 'Change a task (assignee, creator, manager or admin)', params: ZIdParams, body: ZUpdateTaskBody, response: { 200: ZTaskRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const task = await db.transaction((tx) => updateTask({ actor, tx, taskId: request.params.id, ...request.body }));
      return presentTaskRecord(actor, task);
    },
  );

  app.post(
    '/api/tasks/:id/complete',
    { config: writers, schema: { tags, summary: 'Mark a task done', params: ZIdParams, response: { 200: ZTaskRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return presentTaskRecord(actor, await db.transaction((tx) => completeTask({ actor, tx, taskId: request.params.id })));
    },
  );

  app.post(
    '/api/tasks/:id/reopen',
    { config: writers, schema: { tags, summary: 'Open a done task again', params: ZIdParams, response: { 200: ZTaskRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return presentTaskRecord(actor, await db.transaction((tx) => reopenTask({ actor, tx, taskId: request.params.id })));
    },
  );
};
