import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { notFound } from '../../platform/errors';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { SETTINGS, listSettings, updateSetting } from '../../platform/settings';
import { addListItem, assertListName, listAllLists, presentListItem, updateListItem } from './lists-service';
import {
  ZCreateListItemBody,
  ZList,
  ZListItem,
  ZListItemParams,
  ZListParams,
  ZRenderedTemplate,
  ZSetting,
  ZSettingKeyParams,
  ZTemplate,
  ZTemplateBody,
  ZTemplateKeyParams,
  ZUpdateListItemBody,
  ZUpdateSettingBody,
} from './schema';
import { assertTemplateKey, describeTemplate, listTemplates, previewTemplate, resetTemplate, saveTemplate } from './templates-service';

const editors = { access: access.roles(...ROLE_SETS.settingsEditors) };
const data = <T extends z.ZodType>(schema: T) => z.object({ data: schema });

export const settingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  const describeSettings = async (agencyId: string) => {
    const values = await listSettings(db, agencyId);
    return Object.entries(SETTINGS).map(([key, definition]) => ({
      key,
      area: definition.area,
      label: definition.label,
      value: Reflect.get(values, key),
      defaultValue: definition.default,
    }));
  };

  app.get('/api/settings', { config: editors, schema: { tags: ['Settings'], summary: 'Agency settings by area', response: { 200: data(z.array(ZSetting)), ...STAFF_ERRORS } } }, async (request) => ({
    data: await describeSettings(staffActor(request).agencyId),
  }));

  app.put(
    '/api/settings/:key',
    { config: editors, schema: { tags: ['Settings'], summary: 'Change one setting', params: ZSettingKeyParams, body: ZUpdateSettingBody, response: { 200: data(ZSetting), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateSetting(tx, actor, request.params.key, request.body.value));
      const all = await describeSettings(actor.agencyId);
      const setting = all.find((entry) => entry.key === request.params.key);
      if (!setting) {
        throw notFound(`Setting ${request.params.key}`);
      }
      return { data: setting };
    },
  );

  app.get('/api/lists', { config: { access: access.staff }, schema: { tags: ['Settings'], summary: 'Option lists with their items', response: { 200: data(z.array(ZList)), ...STAFF_ERRORS } } }, async (request) => ({
    data: await listAllLists(db, staffActor(request).agencyId),
  }));

  app.post(
    '/api/lists/:list/items',
    { config: editors, schema: { tags: ['Settings'], summary: 'Add an option to a list', params: ZListParams, body: ZCreateListItemBody, response: { 201: data(ZListItem), ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const list = assertListName(request.params.list);
      const item = await db.transaction((tx) => addListItem({ actor, tx, list, ...request.body }));
      return reply.status(201).send({ data: presentListItem(item) });
    },
  );

  app.patch(
    '/api/lists/:list/items/:id',
    { config: editors, schema: { tags: ['Settings'], summary: 'Rename, archive or move an option', params: ZListItemParams, body: ZUpdateListItemBody, response: { 200: data(ZListItem), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const list = assertListName(request.params.list);
      const item = await db.transaction((tx) => updateListItem({ actor, tx, list, id: request.params.id, ...request.body }));
      return { data: presentListItem(item) };
    },
  );

  app.get('/api/templates', { config: editors, schema: { tags: ['Settings'], summary: 'Email and document templates', response: { 200: data(z.array(ZTemplate)), ...STAFF_ERRORS } } }, async (request) => ({
    data: await listTemplates(db, staffActor(request).agencyId),
  }));

  app.get(
    '/api/templates/:key',
    { config: editors, schema: { tags: ['Settings'], summary: 'One template', params: ZTemplateKeyParams, response: { 200: data(ZTemplate), ...STAFF_ERRORS } } },
    async (request) => ({ data: await describeTemplate(db, staffActor(request).agencyId, assertTemplateKey(request.params.key)) }),
  );

  app.put(
    '/api/templates/:key',
    { config: editors, schema: { tags: ['Settings'], summary: 'Save a template (unknown variables are refused)', params: ZTemplateKeyParams, body: ZTemplateBody, response: { 200: data(ZTemplate), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const key = assertTemplateKey(request.params.key);
      return { data: await db.transaction((tx) => saveTemplate({ actor, tx, key, ...request.body })) };
    },
  );

  app.delete(
    '/api/templates/:key',
    { config: editors, schema: { tags: ['Settings'], summary: 'Reset a template to the default wording', params: ZTemplateKeyParams, response: { 200: data(ZTemplate), ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      const key = assertTemplateKey(request.params.key);
      return { data: await db.transaction((tx) => resetTemplate({ actor, tx, key })) };
    },
  );

  app.post(
    '/api/templates/:key/preview',
    { config: editors, schema: { tags: ['Settings'], summary: 'Render unsaved template text with sample values', params: ZTemplateKeyParams, body: ZTemplateBody, response: { 200: data(ZRenderedTemplate), ...STAFF_ERRORS } } },
    async (request) => ({ data: previewTemplate(assertTemplateKey(request.params.key), request.body.subject, request.body.body) }),
  );
};
