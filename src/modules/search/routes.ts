import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { searchEverything } from './queries';
import { ZGlobalSearchQuery, ZGlobalSearchResult } from './schema';

export const searchRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/search',
    {
      config: { access: access.staff },
      schema: {
        tags: ['Search'],
        summary: 'Search candidates, contacts, organizations and jobs as you type',
        description: 'Each kind as its list\'s quick search reads `q` (names, emails and phones by prefix; organization names; job titles). Up to 5 of each, with a label and a link. The keyword search with its syntax is GET /api/candidates/search.',
        querystring: ZGlobalSearchQuery,
        response: { 200: ZGlobalSearchResult, ...STAFF_ERRORS },
      },
    },
    async (request) => ({ data: await searchEverything(db, staffActor(request), request.query) }),
  );
};
