import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { allPages, csvStream, sendCsv } from '../../platform/csv';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { ORGANIZATION_CSV_COLUMNS } from './export';
import { presentOrganizationListItem, presentOrganizationRecord } from './presenter';
import { getOrganizationDetail, listOrganizations } from './queries';
import { ZCreateOrganizationBody, ZListOrganizationsQuery, ZOrganizationFilters, ZOrganizationList, ZOrganizationRecord, ZUpdateOrganizationBody } from './schema';
import { createOrganization, updateOrganization } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.clientWriters) };
const tags = ['Organizations'];
const EXPORT_BATCH = 1000;

export const organizationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/organizations',
    { config: readers, schema: { tags, summary: 'List client organizations', querystring: ZListOrganizationsQuery, response: { 200: ZOrganizationList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const page = await listOrganizations(db, actor.agencyId, request.query);
      return { data: page.data.map(presentOrganizationListItem), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/organizations/export.csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Export the organizations of a filter as CSV',
        produces: ['text/csv'],
        description: 'Every organization the same filters as the list select, as a CSV download (UTF-8, header row first).',
        querystring: ZOrganizationFilters,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const batches = allPages(async (cursor) => {
        const page = await listOrganizations(db, actor.agencyId, { ...request.query, cursor, limit: EXPORT_BATCH });
        return { data: page.data, nextCursor: page.nextCursor };
      });
      const date = today(await getSetting(db, actor.agencyId, 'agency.timeZone'));
      return sendCsv(reply, 'organizations', date, csvStream(ORGANIZATION_CSV_COLUMNS, batches));
    },
  );

  app.get(
    '/api/organizations/:id',
    { config: readers, schema: { tags, summary: 'Get an organization with its divisions and counts', params: ZIdParams, response: { 200: ZOrganizationRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return presentOrganizationRecord(actor, await getOrganizationDetail(db, actor.agencyId, request.params.id));
    },
  );

  app.post(
    '/api/organizations',
    { config: writers, schema: { tags, summary: 'Create a client organization', body: ZCreateOrganizationBody, response: { 201: ZOrganizationRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const id = await db.transaction(async (tx) => (await createOrganization({ actor, tx, ...request.body })).id);
      return reply.status(201).send(presentOrganizationRecord(actor, await getOrganizationDetail(db, actor.agencyId, id)));
    },
  );

  app.patch(
    '/api/organizations/:id',
    { config: writers, schema: { tags, summary: 'Edit an organization', params: ZIdParams, body: ZUpdateOrganizationBody, response: { 200: ZOrganizationRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateOrganization({ actor, tx, organizationId: request.params.id, ...request.body }));
      return presentOrganizationRecord(actor, await getOrganizationDetail(db, actor.agencyId, request.params.id));
    },
  );
};
