import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { mailOutbox } from '../../db/schema';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { notFound } from '../../platform/errors';
import { STAFF_ERRORS, ZIdParams, ZInstant, listEnvelope, recordEnvelope } from '../../platform/http/schemas';
import { ZPageQuery, afterCursorDesc, toPage } from '../../platform/pagination';

const ZMail = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    templateKey: z.string().nullable(),
    status: z.enum(['queued', 'sent', 'kept', 'failed']),
    error: z.string().nullable(),
    createdAt: ZInstant,
    sentAt: ZInstant.nullable(),
  })
  .meta({ id: 'Mail' });

type MailRow = typeof mailOutbox.$inferSelect;

const presentMail = (row: MailRow) => ({
  id: row.id,
  to: row.to,
  subject: row.subject,
  text: row.text,
  templateKey: row.templateKey,
  status: row.status,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

const admins = { access: access.roles(...ROLE_SETS.admins) };
const tags = ['Outbox'];

export const outboxRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/outbox',
    { config: admins, schema: { tags, summary: 'Mail the agency sent or keeps, newest first', querystring: ZPageQuery, response: { 200: listEnvelope(ZMail), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const { limit, cursor } = request.query;
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.agencyId, actor.agencyId), afterCursorDesc(mailOutbox.createdAt, mailOutbox.id, cursor)))
        .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
        .limit(limit + 1);
      const page = toPage(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
      return { data: page.data.map(presentMail), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/outbox/:id',
    { config: admins, schema: { tags, summary: 'One mail', params: ZIdParams, response: { 200: recordEnvelope(ZMail, z.object({})), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const [row] = await db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.agencyId, actor.agencyId), eq(mailOutbox.id, request.params.id)));
      if (!row) {
        throw notFound('Mail');
      }
      return { data: presentMail(row), abilities: {} };
    },
  );
};
