import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { SESSION_COOKIE, revokeSession } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { STAFF_ERRORS, ZErrorBody } from '../../platform/http/schemas';
import { ZAcceptInvitationBody, ZChangePasswordBody, ZInvitation, ZInvitationParams, ZLoginBody, ZOk, ZSessionResponse } from './schema';
import { getUser } from '../users/queries';
import { acceptInvitation, changePassword, describeInvitation, describeUser, login } from './service';

const tags = ['Auth'];
const PUBLIC_ERRORS = { 400: ZErrorBody, 401: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody } as const;

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, config }) => {
  const { db } = database;
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.baseUrl.startsWith('https://'),
      signed: true,
    });

  app.post(
    '/api/auth/login',
    { config: { access: access.public }, schema: { tags, summary: 'Sign in with email and password', body: ZLoginBody, response: { 200: ZSessionResponse, ...PUBLIC_ERRORS } } },
    async (request, reply) => {
      const result = await db.transaction((tx) => login({ tx, ...request.body, ip: request.ip, userAgent: request.headers['user-agent'] }));
      if (!result) {
        throw new AppError('unauthenticated', 'Email or password is wrong');
      }
      setSessionCookie(reply, result.token);
      return { user: await describeUser(db, result.user), csrfToken: result.csrfToken };
    },
  );

  app.post('/api/auth/logout', { config: { access: access.staff }, schema: { tags, summary: 'Sign out', response: { 200: ZOk, ...STAFF_ERRORS } } }, async (request, reply) => {
    const actor = staffActor(request);
    if (actor.type === 'user') {
      await revokeSession(db, actor.agencyId, actor.sessionId);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', { config: { access: access.staff }, schema: { tags, summary: 'The signed-in user', response: { 200: ZSessionResponse, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const user = await getUser(db, actor.agencyId, actor.userId);
    return { user: await describeUser(db, user), csrfToken: actor.type === 'user' ? actor.csrfToken : null };
  });

  app.post(
    '/api/auth/password',
    { config: { access: access.staff }, schema: { tags, summary: 'Change your password (signs out your other sessions)', body: ZChangePasswordBody, response: { 200: ZOk, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      if (actor.type !== 'user') {
        throw new AppError('forbidden', 'Passwords are changed by the signed-in user, not with an API key');
      }
      await db.transaction((tx) => changePassword({ actor, tx, ...request.body }));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/invitations/:token',
    { config: { access: access.public }, schema: { tags, summary: 'Look up an invitation link', params: ZInvitationParams, response: { 200: ZInvitation, ...PUBLIC_ERRORS } } },
    async (request) => describeInvitation(db, request.params.token),
  );

  app.post(
    '/api/auth/invitations/:token/accept',
    {
      config: { access: access.public },
      schema: { tags, summary: 'Accept an invitation: choose a password and sign in', params: ZInvitationParams, body: ZAcceptInvitationBody, response: { 200: ZSessionResponse, ...PUBLIC_ERRORS } },
    },
    async (request, reply) => {
      const result = await db.transaction((tx) => acceptInvitation({ tx, token: request.params.token, ...request.body, userAgent: request.headers['user-agent'] }));
      setSessionCookie(reply, result.token);
      return { user: await describeUser(db, result.user), csrfToken: result.csrfToken };
    },
  );
};
