import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentOffer, presentOfferRecord } from './presenter';
import { getOfferDetail, listOffers } from './queries';
import { ZAcceptOfferBody, ZClientApprovalBody, ZCreateOfferBody, ZListOffersQuery, ZOfferList, ZOfferReasonBody, ZOfferRecord, ZOfferVersionBody, ZReviseOfferBody } from './schema';
import { acceptOffer, createOffer, declineOffer, extendOffer, recordClientApproval, reviseOffer, withdrawOffer } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Offers'];

/** Offers on pipeline entries: draft → extended → accepted | declined | withdrawn, with every revision of the terms kept. */
export const offersRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;
  const offerRecord = async (tx: Executor, actor: StaffActor, id: string) => presentOfferRecord(actor, await getOfferDetail(tx, actor.agencyId, id));

  app.get(
    '/api/offers',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List offers',
        description: 'The offers of a pipeline entry, a job or a candidate, or every offer in a status; newest first. At least one filter.',
        querystring: ZListOffersQuery,
        response: { 200: ZOfferList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const page = await listOffers(db, actor.agencyId, request.query);
      return { data: page.data.map(presentOffer), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/offers',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Make an offer',
        description:
          'A draft offer on a pipeline entry; moves the entry forward to the job\'s offer stage and records the first terms as a revision. 409 while the entry has a draft, extended or accepted offer (named in `related`).',
        body: ZCreateOfferBody,
        response: { 201: ZOfferRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const id = await db.transaction((tx) => createOffer({ actor, tx, ...request.body }));
      return reply.status(201).send(await offerRecord(db, actor, id));
    },
  );

  app.get(
    '/api/offers/:id',
    { config: readers, schema: { tags, summary: 'Get an offer', description: 'With every revision of its terms, newest first.', params: ZIdParams, response: { 200: ZOfferRecord, ...STAFF_ERRORS } } },
    async (request) => offerRecord(db, staffActor(request), request.params.id),
  );

  app.patch(
    '/api/offers/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Revise an offer or record a counter-offer',
        description: 'While draft or extended; sends the version it read (409 when stale). Each call records a revision (`proposedBy` agency, candidate or client) so counter-offers keep their history.',
        params: ZIdParams,
        body: ZReviseOfferBody,
        response: { 200: ZOfferRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => reviseOffer({ actor, tx, id: request.params.id, ...request.body }));
      return offerRecord(db, actor, request.params.id);
    },
  );

  const action = (path: string, summary: string, description: string) => ({ path: `/api/offers/:id/${path}`, summary, description });

  const extend = action('extend', 'Extend an offer to the candidate', 'draft → extended.');
  app.post(
    extend.path,
    { config: writers, schema: { tags, summary: extend.summary, description: extend.description, params: ZIdParams, body: ZOfferVersionBody, response: { 200: ZOfferRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => extendOffer({ actor, tx, id: request.params.id, ...request.body }));
      return offerRecord(db, actor, request.params.id);
    },
  );

  const accept = action('accept', 'Record the candidate\'s acceptance', 'extended → accepted; `acceptedAt` defaults to now and may not be in the future.');
  app.post(
    accept.path,
    { config: writers, schema: { tags, summary: accept.summary, description: accept.description, params: ZIdParams, body: ZAcceptOfferBody, response: { 200: ZOfferRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => acceptOffer({ actor, tx, id: request.params.id, ...request.body }));
      return offerRecord(db, actor, request.params.id);
    },
  );

  const decline = action('decline', 'Record that the candidate declined', 'extended → declined, with the reason.');
  app.post(
    decline.path,
    { config: writers, schema: { tags, summary: decline.summary, description: decline.description, params: ZIdParams, body: ZOfferReasonBody, response: { 200: ZOfferRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => declineOffer({ actor, tx, id: request.params.id, ...request.body }));
      return offerRecord(db, actor, request.params.id);
    },
  );

  const withdraw = action('withdraw', 'Withdraw an offer', 'draft or extended → withdrawn, with the reason.');
  app.post(
    withdraw.path,
    { config: writers, schema: { tags, summary: withdraw.summary, description: withdraw.description, params: ZIdParams, body: ZOfferReasonBody, response: { 200: ZOfferRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => withdrawOffer({ actor, tx, id: request.params.id, ...request.body }));
      return offerRecord(db, actor, request.params.id);
    },
  );

  const approval = action('client-approval', 'Record the client\'s approval', 'Who at the client approved the offer and when (default now, not in the future); while draft or extended.');
  app.post(
    approval.path,
    { config: writers, schema: { tags, summary: approval.summary, description: approval.description, params: ZIdParams, body: ZClientApprovalBody, response: { 200: ZOfferRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => recordClientApproval({ actor, tx, id: request.params.id, ...request.body }));
      return offerRecord(db, actor, request.params.id);
    },
  );
};
