import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { StaffActor } from '../../platform/auth/actor';
import { access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { type SavedViewRow, listSavedViews } from './queries';
import { ZCreateSavedViewBody, ZSavedViewList, ZSavedViewRecord, ZSavedViewsQuery, ZUpdateSavedViewBody } from './schema';
import { createSavedView, deleteSavedView, updateSavedView } from './service';

const staff = { access: access.staff };
const tags = ['Saved views'];

function present(actor: StaffActor, view: Omit<SavedViewRow, 'ownerName'>, ownerName: string) {
  return {
    id: view.id,
    list: view.list,
    name: view.name,
    filters: view.filters,
    shared: view.shared,
    owner: { id: view.userId, name: ownerName },
    mine: view.userId === actor.userId,
    updatedAt: view.updatedAt.toISOString(),
    version: view.version,
  };
}

/** Named filters of a list, the caller's own and those colleagues shared ("saved views" of the job list, saved searches). */
export const savedViewsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get('/api/saved-views', { config: staff, schema: { tags, summary: 'List saved views of a list', querystring: ZSavedViewsQuery, response: { 200: ZSavedViewList, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const views = await listSavedViews(db, actor, request.query.list);
    return { data: views.map((view) => present(actor, view, view.ownerName)) };
  });

  app.post('/api/saved-views', { config: staff, schema: { tags, summary: 'Save a view', body: ZCreateSavedViewBody, response: { 201: ZSavedViewRecord, ...STAFF_ERRORS } } }, async (request, reply) => {
    const actor = staffActor(request);
    const view = await db.transaction((tx) => createSavedView({ actor, tx, ...request.body }));
    return reply.status(201).send({ data: present(actor, view, actor.name) });
  });

  app.patch(
    '/api/saved-views/:id',
    { config: staff, schema: { tags, summary: 'Rename, refilter or share a saved view', params: ZIdParams, body: ZUpdateSavedViewBody, response: { 200: ZSavedViewRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const view = await db.transaction((tx) => updateSavedView({ actor, tx, id: request.params.id, ...request.body }));
      return { data: present(actor, view, actor.name) };
    },
  );

  app.delete('/api/saved-views/:id', { config: staff, schema: { tags, summary: 'Remove a saved view', params: ZIdParams, response: { 204: z.null().meta({ description: 'Removed' }), ...STAFF_ERRORS } } }, async (request, reply) => {
    const actor = staffActor(request);
    await db.transaction((tx) => deleteSavedView({ actor, tx, id: request.params.id }));
    return reply.status(204).send(null);
  });
};
