import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { allPages, csvStream, sendCsv } from '../../platform/csv';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { CONTACT_CSV_COLUMNS } from './export';
import { presentContact, presentContactRecord } from './presenter';
import { getContactDetail, listContacts } from './queries';
import { ZContactFilters, ZContactList, ZContactRecord, ZCreateContactBody, ZListContactsQuery, ZMoveContactBody, ZUpdateContactBody } from './schema';
import { createContact, moveContact, updateContact } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.clientWriters) };
const tags = ['Contacts'];
const EXPORT_BATCH = 1000;

export const contactsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get('/api/contacts', { config: readers, schema: { tags, summary: 'List contacts', querystring: ZListContactsQuery, response: { 200: ZContactList, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const page = await listContacts(db, actor.agencyId, request.query);
    return { data: page.data.map(presentContact), nextCursor: page.nextCursor };
  });

  app.get(
    '/api/contacts/export.csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Export the contacts of a filter as CSV',
        produces: ['text/csv'],
        description: 'Every contact the same filters as the list select, as a CSV download (UTF-8, header row first).',
        querystring: ZContactFilters,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const batches = allPages((cursor) => listContacts(db, actor.agencyId, { ...request.query, cursor, limit: EXPORT_BATCH }));
      const date = today(await getSetting(db, actor.agencyId, 'agency.timeZone'));
      return sendCsv(reply, 'contacts', date, csvStream(CONTACT_CSV_COLUMNS, batches));
    },
  );

  app.get(
    '/api/contacts/:id',
    { config: readers, schema: { tags, summary: 'Get a contact with their employment history', params: ZIdParams, response: { 200: ZContactRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return presentContactRecord(actor, await getContactDetail(db, actor.agencyId, request.params.id));
    },
  );

  app.post(
    '/api/contacts',
    { config: writers, schema: { tags, summary: 'Add a contact at an organization', body: ZCreateContactBody, response: { 201: ZContactRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const id = await db.transaction(async (tx) => (await createContact({ actor, tx, ...request.body })).id);
      return reply.status(201).send(presentContactRecord(actor, await getContactDetail(db, actor.agencyId, id)));
    },
  );

  app.patch(
    '/api/contacts/:id',
    { config: writers, schema: { tags, summary: 'Edit a contact', params: ZIdParams, body: ZUpdateContactBody, response: { 200: ZContactRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateContact({ actor, tx, contactId: request.params.id, ...request.body }));
      return presentContactRecord(actor, await getContactDetail(db, actor.agencyId, request.params.id));
    },
  );

  app.post(
    '/api/contacts/:id/move',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Move a contact to another organization, keeping their history',
        params: ZIdParams,
        body: ZMoveContactBody,
        response: { 200: ZContactRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => moveContact({ actor, tx, contactId: request.params.id, ...request.body }));
      return presentContactRecord(actor, await getContactDetail(db, actor.agencyId, request.params.id));
    },
  );
};
