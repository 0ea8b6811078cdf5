import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { cancelHiring, cancelPlacement } from './cancel-service';
import { confirmStart, createRepeatOrder, logIssue, recordFollowUp, resolveIssue, sendConfirmations, updateChecklistItem } from './handoff-service';
import { placementReference, presentPlacementRecord, presentPlacementSummary } from './presenter';
import { getPlacementParts, getPlacementRow, getPlacementSummary, hiringContactOf, listHiring, listPlacements } from './queries';
import {
  ZCancelBody,
  ZChecklistItemBody,
  ZConfirmationBody,
  ZFollowUpBody,
  ZHiringCancelBody,
  ZHiringCancelResult,
  ZHiringList,
  ZIssueBody,
  ZPlaceBody,
  ZPlacementList,
  ZPlacementListQuery,
  ZPlacementRecord,
  ZReactivateBody,
  ZRepeatOrderBody,
  ZResolveIssueBody,
  ZStartBody,
  ZUpdatePlacementBody,
} from './schema';
import { placeCandidate, reactivatePlacement, updatePlacement } from './service';

const readers = { access: access.staff };
const frontOffice = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Placements'];
const ZItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const placementsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs: queue }) => {
  const { db } = database;

  /** The placement as the API answers it, read after the command committed. */
  async function placementRecord(tx: Executor, actor: StaffActor, id: string) {
    const placement = await getPlacementRow(tx, actor.agencyId, id);
    const [row, parts, timeZone, hiring] = await Promise.all([
      getPlacementSummary(tx, actor.agencyId, id),
      getPlacementParts(tx, actor.agencyId, placement),
      getSetting(tx, actor.agencyId, 'agency.timeZone'),
      hiringContactOf(tx, actor.agencyId, placement.jobId),
    ]);
    return presentPlacementRecord(actor, row, parts, hiring, today(timeZone));
  }

  /** Runs a command in one transaction and answers the placement as it now is. */
  async function afterCommand(actor: StaffActor, id: string, run: (tx: Executor) => Promise<unknown>) {
    await db.transaction(run);
    return placementRecord(db, actor, id);
  }

  app.get(
    '/api/placements',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List placements (the placements overview)',
        description: 'Newest placed first, with handoff progress, start confirmation, billing readiness and follow-ups done. `ownerId` matches the recruiter or the account manager.',
        querystring: ZPlacementListQuery,
        response: { 200: ZPlacementList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const page = await listPlacements(db, staffActor(request).agencyId, request.query);
      return { data: page.data.map(presentPlacementSummary), nextCursor: page.nextCursor };
    },
  );

  app.get('/api/placements/:id', { config: readers, schema: { tags, summary: 'Get a placement with its handoff, follow-ups and issues', params: ZIdParams, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } } }, async (request) =>
    placementRecord(db, staffActor(request), request.params.id),
  );

  app.post(
    '/api/placements',
    {
      config: frontOffice,
      schema: {
        tags,
        summary: 'Place a candidate',
        description:
          'From an accepted offer (`offerId`) or directly. Creates the placement (pending) and its assignment (needs_approval), moves the entry to the placed stage, takes an opening (the job becomes filled with the last one; 409 when none is left) and copies the handoff checklist. The candidate\'s status does not change.',
        body: ZPlaceBody,
        response: { 201: ZPlacementRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const placement = await db.transaction((tx) => placeCandidate({ actor, tx, ...request.body }));
      return reply.status(201).send(await placementRecord(db, actor, placement.id));
    },
  );

  app.patch(
    '/api/placements/:id',
    { config: frontOffice, schema: { tags, summary: 'Edit a pending or active placement', params: ZIdParams, body: ZUpdatePlacementBody, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => updatePlacement({ actor, tx, placementId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/cancel',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Cancel a pending placement (B2, B3)',
        description:
          'Only while the candidate is placed for the first time (no employee record). Front-office users act under B2 (placement details); the back office under B3 (the candidate\'s assignments tab). Cancels the assignment too and gives the opening back; the candidate\'s status does not change.',
        params: ZIdParams,
        body: ZCancelBody,
        response: { 200: ZPlacementRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => cancelPlacement({ actor, tx, placementId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/reactivate',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Place a cancelled placement again (B4)',
        description: 'The edit form\'s changes are applied; status pending, assignment needs_approval; 409 when the job filled meanwhile.',
        params: ZIdParams,
        body: ZReactivateBody,
        response: { 200: ZPlacementRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => reactivatePlacement({ actor, tx, placementId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/start',
    {
      config: frontOffice,
      schema: { tags, summary: 'Confirm the start: on time, late, no-show or withdrew', params: ZIdParams, body: ZStartBody, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => confirmStart({ actor, tx, placementId: request.params.id, ...request.body }));
    },
  );

  app.patch(
    '/api/placements/:id/checklist/:itemId',
    { config: readers, schema: { tags, summary: 'Tick, reassign or re-date a handoff checklist item', params: ZItemParams, body: ZChecklistItemBody, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => updateChecklistItem({ actor, tx, placementId: request.params.id, itemId: request.params.itemId, ...request.body }));
    },
  );

  app.patch(
    '/api/placements/:id/follow-ups/:itemId',
    { config: frontOffice, schema: { tags, summary: 'Record a post-placement check-in', params: ZItemParams, body: ZFollowUpBody, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => recordFollowUp({ actor, tx, placementId: request.params.id, followUpId: request.params.itemId, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/issues',
    { config: frontOffice, schema: { tags, summary: 'Log a post-placement issue', params: ZIdParams, body: ZIssueBody, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => logIssue({ actor, tx, placementId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/issues/:itemId/resolve',
    { config: frontOffice, schema: { tags, summary: 'Resolve a post-placement issue', params: ZItemParams, body: ZResolveIssueBody, response: { 200: ZPlacementRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => resolveIssue({ actor, tx, placementId: request.params.id, issueId: request.params.itemId, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/repeat-orders',
    {
      config: { access: access.roles(...ROLE_SETS.clientWriters) },
      schema: {
        tags,
        summary: 'Turn repeat demand into a job order or a deal',
        description: 'The new job order (in intake) or deal is with the same client, linked to the placement.',
        params: ZIdParams,
        body: ZRepeatOrderBody,
        response: { 200: ZPlacementRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => createRepeatOrder({ actor, tx, placementId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/placements/:id/confirmations',
    {
      config: frontOffice,
      schema: {
        tags,
        summary: 'Email the placement confirmation to the candidate and/or the hiring contact',
        params: ZIdParams,
        body: ZConfirmationBody,
        response: { 200: z.object({ data: z.array(z.object({ recipient: z.enum(['candidate', 'client']), to: z.string(), mailId: z.uuid() })) }), ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const sent = await db.transaction((tx) => sendConfirmations({ actor, tx, jobs: queue, placementId: request.params.id, ...request.body }));
      return { data: sent };
    },
  );

  app.get(
    '/api/hiring',
    {
      config: readers,
      schema: {
        tags: ['Hiring management'],
        summary: 'Candidates being placed for the first time (B3)',
        description: 'Candidates without an employee record who have pending placements, with how many each has.',
        response: { 200: ZHiringList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const rows = await listHiring(db, staffActor(request).agencyId);
      const byCandidate = new Map<string, z.infer<typeof ZHiringList>['data'][number]>();
      for (const row of rows) {
        const entry = byCandidate.get(row.candidateId) ?? { candidate: { id: row.candidateId, name: row.candidateName, status: row.candidateStatus }, pendingCount: 0, placements: [] };
        entry.pendingCount += 1;
        entry.placements.push({ id: row.placementId, reference: placementReference(row.number), jobTitle: row.jobTitle, organizationName: row.organizationName, employmentType: row.employmentType, startOn: row.startOn, placedAt: row.placedAt.toISOString() });
        byCandidate.set(row.candidateId, entry);
      }
      return { data: [...byCandidate.values()] };
    },
  );

  app.post(
    '/api/hiring/cancel',
    {
      config: { access: access.roles(...ROLE_SETS.backOffice) },
      schema: {
        tags: ['Hiring management'],
        summary: 'Cancel every pending placement of the selected candidates (B3)',
        description: 'All or nothing: a candidate not in hiring management refuses the batch (422, one `related` entry each) and nothing changes. The candidates\' status does not change.',
        body: ZHiringCancelBody,
        response: { 200: ZHiringCancelResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const data = await db.transaction((tx) => cancelHiring({ actor, tx, candidateIds: request.body.ids, reason: request.body.options.reason }));
      return { data };
    },
  );
};
