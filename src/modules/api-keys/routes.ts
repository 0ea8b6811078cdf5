import { and, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import { apiKeys, users } from '../../db/schema';
import { ROLE_SETS, access } from '../../platform/auth/access';
import type { StaffActor } from '../../platform/auth/actor';
import { generateApiKey } from '../../platform/auth/api-keys';
import { staffActor } from '../../platform/auth/guard';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { ZApiKeyList, ZApiKeyRecord, ZCreateApiKeyBody, ZCreatedApiKey, ZListApiKeysQuery } from './schema';

const admins = { access: access.roles(...ROLE_SETS.admins) };
const tags = ['API keys'];

const selection = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  userId: apiKeys.userId,
  userName: users.name,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

type ApiKeyRow = Omit<typeof apiKeys.$inferSelect, 'agencyId' | 'keyHash'> & { userName: string };

function presentApiKey(row: ApiKeyRow) {
  return {
    data: { id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes, userId: row.userId, userName: row.userName, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null },
    abilities: { revoke: row.revokedAt === null },
  };
}

function keysOf(tx: Executor, actor: StaffActor) {
  return tx
    .select(selection)
    .from(apiKeys)
    .innerJoin(users, and(eq(users.agencyId, apiKeys.agencyId), eq(users.id, apiKeys.userId)))
    .where(eq(apiKeys.agencyId, actor.agencyId))
    .$dynamic();
}

export const apiKeysRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get('/api/api-keys', { config: admins, schema: { tags, summary: 'List API keys', querystring: ZListApiKeysQuery, response: { 200: ZApiKeyList, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const { limit, cursor } = request.query;
    const rows = await keysOf(db, actor)
      .where(and(eq(apiKeys.agencyId, actor.agencyId), afterCursorDesc(apiKeys.createdAt, apiKeys.id, cursor)))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(limit + 1);
    const page = toPage(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
    return { data: page.data.map((row) => presentApiKey(row).data), nextCursor: page.nextCursor };
  });

  app.post(
    '/api/api-keys',
    { config: admins, schema: { tags, summary: 'Create an API key (the key is shown once)', body: ZCreateApiKeyBody, response: { 201: ZCreatedApiKey, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const generated = generateApiKey();
      const created = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(apiKeys)
          .values({ agencyId: actor.agencyId, userId: actor.userId, name: request.body.name, prefix: generated.prefix, keyHash: generated.hash, scopes: [...new Set(request.body.scopes)] })
          .returning();
        if (!row) {
          throw new Error('api key insert returned no row');
        }
        await recordAudit(tx, actor, { entity: 'api_key', entityId: row.id, action: 'create', after: row });
        return row;
      });
      const presented = presentApiKey({ ...created, userName: actor.name });
      return reply.status(201).send({ data: { ...presented.data, key: generated.key }, abilities: presented.abilities });
    },
  );

  app.post('/api/api-keys/:id/revoke', { config: admins, schema: { tags, summary: 'Revoke an API key', params: ZIdParams, response: { 200: ZApiKeyRecord, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const where = and(eq(apiKeys.agencyId, actor.agencyId), eq(apiKeys.id, request.params.id));
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(apiKeys).where(where).for('update');
      if (!before) {
        throw notFound('API key');
      }
      const [after] = await tx.update(apiKeys).set({ revokedAt: before.revokedAt ?? now() }).where(and(where, isNull(apiKeys.revokedAt))).returning();
      if (after) {
        await recordAudit(tx, actor, { entity: 'api_key', entityId: after.id, action: 'revoke', before, after });
      }
    });
    const [row] = await keysOf(db, actor).where(where);
    if (!row) {
      throw notFound('API key');
    }
    return presentApiKey(row);
  });
};
