import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { createFitNote, updateFitNote } from './fit-notes-service';
import { presentFitNote, presentSourceEvent } from './presenter';
import { getFitNoteView, getSourceEventView, listFitNotes, listSourceEvents } from './queries';
import { ZCreateFitNoteBody, ZCreateSourceEventBody, ZFitNoteList, ZFitNoteRecord, ZSourceEvent, ZSourceEventList, ZUpdateFitNoteBody } from './schema';
import { addSourceEvent } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Candidates'];

/** A candidate's source history and fit notes. */
export const candidateHistoryRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/candidates/:id/source-events',
    { config: readers, schema: { tags, summary: 'List how a candidate reached the agency, oldest first', params: ZIdParams, response: { 200: ZSourceEventList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return { data: (await listSourceEvents(db, actor.agencyId, request.params.id)).map(presentSourceEvent) };
    },
  );

  app.post(
    '/api/candidates/:id/source-events',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Record another arrival of a candidate (re-imported, applied again…)',
        params: ZIdParams,
        body: ZCreateSourceEventBody,
        response: { 201: z.object({ data: ZSourceEvent }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const event = await db.transaction((tx) => addSourceEvent({ actor, tx, candidateId: request.params.id, ...request.body }));
      return reply.status(201).send({ data: presentSourceEvent(await getSourceEventView(db, actor.agencyId, event.id)) });
    },
  );

  app.get(
    '/api/candidates/:id/fit-notes',
    { config: readers, schema: { tags, summary: 'List a candidate\'s fit and future-fit notes, newest first', params: ZIdParams, response: { 200: ZFitNoteList, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return { data: (await listFitNotes(db, actor.agencyId, request.params.id)).map((row) => presentFitNote(actor, row)) };
    },
  );

  app.post(
    '/api/candidates/:id/fit-notes',
    {
      config: writers,
      schema: { tags, summary: 'Write a fit or future-fit note, optionally tied to a client or job', params: ZIdParams, body: ZCreateFitNoteBody, response: { 201: ZFitNoteRecord, ...STAFF_ERRORS } },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const note = await db.transaction((tx) => createFitNote({ actor, tx, candidateId: request.params.id, ...request.body }));
      return reply.status(201).send({ data: presentFitNote(actor, await getFitNoteView(db, actor.agencyId, note.id)) });
    },
  );

  app.patch(
    '/api/candidate-fit-notes/:id',
    {
      config: writers,
      schema: { tags, summary: 'Edit a fit note (its author, a manager or an admin)', params: ZIdParams, body: ZUpdateFitNoteBody, response: { 200: ZFitNoteRecord, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateFitNote({ actor, tx, fitNoteId: request.params.id, ...request.body }));
      return { data: presentFitNote(actor, await getFitNoteView(db, actor.agencyId, request.params.id)) };
    },
  );
};
