import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { OPENAPI_INFO } from '../../platform/http/openapi';

const ZHealth = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() }).meta({ id: 'Health' });

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  app.get('/api/health', { config: { access: access.public }, schema: { tags: ['Health'], summary: 'Liveness with a database round trip', response: { 200: ZHealth } } }, async () => {
    await database.db.execute(sql`SELECT 1`);
    return { status: 'ok' as const, database: database.kind, version: OPENAPI_INFO.version };
  });
};
