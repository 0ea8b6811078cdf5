import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { auditEvents } from '../../db/schema';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZInstant, listEnvelope } from '../../platform/http/schemas';
import { ZPageQuery, afterCursorDesc, toPage } from '../../platform/pagination';

const ZAuditEvent = z
  .object({
    id: z.uuid(),
    actorType: z.enum(['user', 'api_key', 'portal_contact', 'system']),
    actorId: z.uuid().nullable(),
    actorLabel: z.string(),
    entity: z.string(),
    entityId: z.uuid(),
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    createdAt: ZInstant,
  })
  .meta({ id: 'AuditEvent' });

const ZListAuditQuery = ZPageQuery.extend({
  entity: z.string().trim().min(1).max(50).optional(),
  entityId: z.uuid().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  app.get(
    '/api/audit-events',
    {
      config: { access: access.roles(...ROLE_SETS.auditReaders) },
      schema: { tags: ['Audit'], summary: 'The audit log, newest first, filtered by entity and record', querystring: ZListAuditQuery, response: { 200: listEnvelope(ZAuditEvent), ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      const { limit, cursor, entity, entityId } = request.query;
      const rows = await database.db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.agencyId, actor.agencyId),
            entity ? eq(auditEvents.entity, entity) : undefined,
            entityId ? eq(auditEvents.entityId, entityId) : undefined,
            afterCursorDesc(auditEvents.createdAt, auditEvents.id, cursor),
          ),
        )
        .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
        .limit(limit + 1);
      const page = toPage(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
      return {
        data: page.data.map(({ agencyId: _agencyId, ...row }) => ({ ...row, createdAt: row.createdAt.toISOString() })),
        nextCursor: page.nextCursor,
      };
    },
  );
};
