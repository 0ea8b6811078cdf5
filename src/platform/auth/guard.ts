import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { AppError } from '../errors';
import type { StaffActor } from './actor';
import { actorForApiKey, looksLikeApiKey } from './api-keys';
import { SESSION_COOKIE, actorForSessionToken } from './sessions';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a library's interface
  interface FastifyRequest {
    actor: StaffActor | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

async function resolveActor(db: Db, request: FastifyRequest): Promise<StaffActor | undefined> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const [scheme, key] = authorization.split(' ');
    if (scheme !== 'Bearer' || !key || !looksLikeApiKey(key)) {
      throw new AppError('unauthenticated', 'Authorization: expected "Bearer <API key>"');
    }
    const actor = await actorForApiKey(db, key, request.id);
    if (!actor) {
      throw new AppError('unauthenticated', 'The API key is not valid or has been revoked');
    }
    if (!SAFE_METHODS.has(request.method) && !actor.scopes.includes('write')) {
      throw new AppError('forbidden', 'This API key may only read (scope "read")');
    }
    return actor;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) {
    return undefined;
  }
  const unsigned = request.unsignCookie(cookie);
  if (!unsigned.valid || !unsigned.value) {
    return undefined;
  }
  const actor = await actorForSessionToken(db, unsigned.value, request.id);
  if (actor && !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
    throw new AppError('forbidden', `Missing or wrong ${CSRF_HEADER} header for a signed-in change`);
  }
  return actor;
}

/**
 * Default-deny guard, run before anything else of the route: a route without declared access is refused,
 * a staff route needs an actor of one of its roles. Foreign-agency records are the queries' job (404).
 */
export function guardRequest(db: Db) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const access = request.routeOptions.config.access;
    if (!request.routeOptions.url) {
      return; // no route matched: the not-found handler answers
    }
    if (!access) {
      throw new AppError('forbidden', 'This route declares no access and is refused');
    }
    if (access.kind === 'public') {
      request.actor = await resolveActor(db, request).catch(() => undefined);
      return;
    }
    const actor = await resolveActor(db, request);
    if (!actor) {
      throw new AppError('unauthenticated', 'Sign in first');
    }
    if (!access.roles.includes(actor.role)) {
      throw new AppError('forbidden', 'Your role may not do this');
    }
    request.actor = actor;
  };
}

/** The staff actor of a route that requires one (the guard has already made sure). */
export function staffActor(request: FastifyRequest): StaffActor {
  if (!request.actor) {
    throw new AppError('unauthenticated', 'Sign in first');
  }
  return request.actor;
}
