import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentUser, presentUserRecord } from './presenter';
import { getUser, listTeam, listUsers } from './queries';
import { ZInviteUserBody, ZListUsersQuery, ZTeam, ZUpdateUserBody, ZUserList, ZUserRecord } from './schema';
import { deactivateUser, inviteUser, reactivateUser, resendInvitation, updateUser } from './service';

const admins = { access: access.roles(...ROLE_SETS.admins) };
const tags = ['Users'];

export const usersRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs, config }) => {
  const { db } = database;

  app.get('/api/users', { config: admins, schema: { tags, summary: 'List users', querystring: ZListUsersQuery, response: { 200: ZUserList, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const page = await listUsers(db, actor.agencyId, request.query);
    return { data: page.data.map(presentUser), nextCursor: page.nextCursor };
  });

  app.get(
    '/api/team',
    { config: { access: access.staff }, schema: { tags, summary: 'List the agency\'s people for pickers', description: 'Names and roles of everyone not deactivated; every staff member may read it.', response: { 200: ZTeam, ...STAFF_ERRORS } } },
    async (request) => ({ data: await listTeam(db, staffActor(request).agencyId) }),
  );

  app.get('/api/users/:id', { config: admins, schema: { tags, summary: 'Get a user', params: ZIdParams, response: { 200: ZUserRecord, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    return presentUserRecord(actor, await getUser(db, actor.agencyId, request.params.id));
  });

  app.post(
    '/api/users',
    { config: admins, schema: { tags, summary: 'Invite a user by email', body: ZInviteUserBody, response: { 201: ZUserRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const user = await db.transaction((tx) => inviteUser({ actor, tx, jobs, baseUrl: config.baseUrl, ...request.body }));
      return reply.status(201).send(presentUserRecord(actor, user));
    },
  );

  app.patch(
    '/api/users/:id',
    { config: admins, schema: { tags, summary: 'Rename a user or change their role', params: ZIdParams, body: ZUpdateUserBody, response: { 200: ZUserRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const user = await db.transaction((tx) => updateUser({ actor, tx, userId: request.params.id, ...request.body }));
      return presentUserRecord(actor, user);
    },
  );

  app.post(
    '/api/users/:id/invitation',
    { config: admins, schema: { tags, summary: 'Send a new invitation link', params: ZIdParams, response: { 200: ZUserRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const user = await db.transaction((tx) => resendInvitation({ actor, tx, jobs, baseUrl: config.baseUrl, userId: request.params.id }));
      return presentUserRecord(actor, user);
    },
  );

  app.post(
    '/api/users/:id/deactivate',
    { config: admins, schema: { tags, summary: 'Deactivate a user and end their sessions', params: ZIdParams, response: { 200: ZUserRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const user = await db.transaction((tx) => deactivateUser({ actor, tx, userId: request.params.id }));
      return presentUserRecord(actor, user);
    },
  );

  app.post(
    '/api/users/:id/reactivate',
    { config: admins, schema: { tags, summary: 'Reactivate a deactivated user', params: ZIdParams, response: { 200: ZUserRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const user = await db.transaction((tx) => reactivateUser({ actor, tx, userId: request.params.id }));
      return presentUserRecord(actor, user);
    },
  );
};
