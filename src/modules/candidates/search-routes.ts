import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { presentCandidateSummary } from './presenter';
import { searchCandidates } from './search-queries';
import { ZCandidateSearchResult, ZSearchCandidatesQuery } from './search-schema';

const SYNTAX = [
  'Words match names, titles, role interests, skills, work history, tags and location; the last word matches as a prefix while typing.',
  '`"forklift driver"` a phrase; `AND` (or a space), `OR`, `NOT` / `-word`, parentheses.',
  'Filters: `skill:forklift`, `title:"team lead"`, `location:leeds`, `status:actively_searching`, `owner:me` or an owner name prefix, `tag:nights`, `pool:"forklift drivers"`, `available:<2026-12-01` / `>date` / `date` (by then); `-` or `NOT` before a filter negates it.',
  'A syntax mistake answers 400 with `fields: [{ path: "q", message }]`, the message naming the character position.',
].join('\n\n');

export const candidateSearchRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/candidates/search',
    {
      config: { access: access.staff },
      schema: {
        tags: ['Candidates'],
        summary: 'Search candidates by keyword and filters',
        description: SYNTAX,
        querystring: ZSearchCandidatesQuery,
        response: { 200: ZCandidateSearchResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const page = await searchCandidates(db, actor.agencyId, actor.userId, request.query);
      return { data: page.data.map((hit) => ({ ...presentCandidateSummary(hit), matched: hit.matched, snippet: hit.snippet })), nextCursor: page.nextCursor };
    },
  );
};
