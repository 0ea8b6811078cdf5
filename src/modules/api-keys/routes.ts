import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentApiKey, presentApiKeyRecord } from './presenter';
import { getApiKey, listApiKeys } from './queries';
import { ZApiKeyList, ZApiKeyRecord, ZCreateApiKeyBody, ZCreatedApiKey, ZListApiKeysQuery } from './schema';
import { createApiKey, revokeApiKey } from './service';

const admins = { access: access.roles(...ROLE_SETS.admins) };
const tags = ['API keys'];

export const apiKeysRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get('/api/api-keys', { config: admins, schema: { tags, summary: 'List API keys', querystring: ZListApiKeysQuery, response: { 200: ZApiKeyList, ...STAFF_ERRORS } } }, async (request) => {
    const page = await listApiKeys(db, staffActor(request).agencyId, request.query);
    return { data: page.data.map(presentApiKey), nextCursor: page.nextCursor };
  });

  app.post(
    '/api/api-keys',
    { config: admins, schema: { tags, summary: 'Create an API key (the key is shown once)', body: ZCreateApiKeyBody, response: { 201: ZCreatedApiKey, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const created = await db.transaction((tx) => createApiKey({ actor, tx, ...request.body }));
      const record = presentApiKeyRecord(await getApiKey(db, actor.agencyId, created.id));
      return reply.status(201).send({ data: { ...record.data, key: created.key }, abilities: record.abilities });
    },
  );

  app.post('/api/api-keys/:id/revoke', { config: admins, schema: { tags, summary: 'Revoke an API key', params: ZIdParams, response: { 200: ZApiKeyRecord, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    await db.transaction((tx) => revokeApiKey({ actor, tx, id: request.params.id }));
    return presentApiKeyRecord(await getApiKey(db, actor.agencyId, request.params.id));
  });
};
