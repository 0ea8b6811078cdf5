import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { allPages, csvStream, sendCsv } from '../../platform/csv';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { normalizePhone } from '../../shared/phones';
import { candidateBulkRoutes } from './bulk-routes';
import { CANDIDATE_CSV_COLUMNS } from './export';
import { candidateHistoryRoutes } from './history-routes';
import { candidateMergeRoutes } from './merge-routes';
import { ZCandidateRecordRead } from './merge-schema';
import { getCandidateDetailFollowingMerges } from './merge-service';
import { candidateOwnerRoutes } from './owner-routes';
import { candidateSearchRoutes } from './search-routes';
import { presentCandidateRecord, presentCandidateSummary } from './presenter';
import { findDuplicates, getCandidateDetail, listCandidates } from './queries';
import { ZCandidateFilters, ZCandidateList, ZCandidateRecord, ZCreateCandidateBody, ZDuplicateList, ZDuplicatesBody, ZListCandidatesQuery, ZUpdateCandidateBody } from './schema';
import { createCandidate, updateCandidate } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Candidates'];
const EXPORT_BATCH = 1000;

export const candidatesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  await app.register(candidateOwnerRoutes, deps);
  await app.register(candidateBulkRoutes, deps);
  await app.register(candidateHistoryRoutes, deps);
  await app.register(candidateMergeRoutes, deps);
  await app.register(candidateSearchRoutes, deps);

  app.get(
    '/api/candidates',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List candidates',
        description: '`q` chooses by what was typed: an address is an exact email, digits a phone (normalized as the agency reads numbers), anything else a name prefix ("ann sm"). Filters combine.',
        querystring: ZListCandidatesQuery,
        response: { 200: ZCandidateList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const page = await listCandidates(db, actor.agencyId, request.query, actor.userId);
      return { data: page.data.map(presentCandidateSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/candidates/export.csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Export the candidates of a filter as CSV',
        produces: ['text/csv'],
        description: 'Every candidate the same filters as the list select, as a CSV download (UTF-8, header row first).',
        querystring: ZCandidateFilters,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const batches = allPages((cursor) => listCandidates(db, actor.agencyId, { ...request.query, cursor, limit: EXPORT_BATCH }, actor.userId));
      const date = today(await getSetting(db, actor.agencyId, 'agency.timeZone'));
      return sendCsv(reply, 'candidates', date, csvStream(CANDIDATE_CSV_COLUMNS, batches));
    },
  );

  app.post(
    '/api/candidates/duplicates',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Find likely duplicates of a person being entered',
        description: 'Same email, same phone (after normalization), or a similar name at the same current employer. Merged candidates never count. Phones that are not numbers are ignored here.',
        body: ZDuplicatesBody,
        response: { 200: ZDuplicateList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const country = await getSetting(db, actor.agencyId, 'agency.phoneCountry');
      const phones = (request.body.phones ?? []).flatMap((phone) => normalizePhone(phone, country) ?? []);
      const matches = await findDuplicates(db, actor.agencyId, { ...request.body, emails: request.body.emails ?? [], phones });
      return { data: matches.map((match) => ({ candidate: presentCandidateSummary(match), reasons: match.reasons })) };
    },
  );

  app.get(
    '/api/candidates/:id',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Get a candidate',
        description: 'The id of a merged candidate answers the candidate it was merged into (chains followed), with `redirectedFrom` the id asked for.',
        params: ZIdParams,
        response: { 200: ZCandidateRecordRead, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const { detail, redirectedFrom } = await getCandidateDetailFollowingMerges(db, actor.agencyId, request.params.id);
      return { ...presentCandidateRecord(actor, detail), redirectedFrom };
    },
  );

  app.post(
    '/api/candidates',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add a candidate',
        description: 'Phones are stored in E.164 (a number that is not one answers 400 naming `phones.N`); the first source event is recorded; the owner defaults to the caller.',
        body: ZCreateCandidateBody,
        response: { 201: ZCandidateRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const candidate = await db.transaction((tx) => createCandidate({ actor, tx, ...request.body }));
      return reply.status(201).send(presentCandidateRecord(actor, await getCandidateDetail(db, actor.agencyId, candidate.id)));
    },
  );

  app.patch(
    '/api/candidates/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Edit a candidate',
        description: 'The owner changes through POST /api/candidates/{id}/owner (with a handoff note); sources are added as source events.',
        params: ZIdParams,
        body: ZUpdateCandidateBody,
        response: { 200: ZCandidateRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateCandidate({ actor, tx, candidateId: request.params.id, ...request.body }));
      return presentCandidateRecord(actor, await getCandidateDetail(db, actor.agencyId, request.params.id));
    },
  );
};
