import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { interviewIcs, recipientsOf } from './invitations';
import { presentInterview, presentInterviewRecord } from './presenter';
import { getInterviewView, listInterviews } from './queries';
import { ZCancelInterviewBody, ZInterviewList, ZInterviewOutcomeBody, ZInterviewRecord, ZListInterviewsQuery, ZScheduleInterviewBody, ZUpdateInterviewBody } from './schema';
import { cancelInterview, recordInterviewOutcome, scheduleInterview, updateInterview } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Interviews'];

/** Interviews on pipeline entries, their calendar invitations (.ics), and a user's interview calendar. */
export const interviewsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs }) => {
  const { db } = database;

  app.get(
    '/api/interviews',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List interviews, or a user\'s interview calendar',
        description:
          'By start time. With `entryId`, `jobId` or `candidateId`: their interviews. Without: the calendar of `userId` (default the caller) — the interviews they organize or attend from `from` (default now) to `to` (default a month later).',
        querystring: ZListInterviewsQuery,
        response: { 200: ZInterviewList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const page = await listInterviews(db, actor, request.query);
      return { data: page.data.map(presentInterview), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/interviews',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Schedule an interview',
        description:
          'On a pipeline entry; moves it forward to the job\'s interview stage. Every attendee with an email (colleagues, contacts of the job\'s client, the candidate unless `inviteCandidate` is false) is mailed an invitation with an .ics (METHOD:REQUEST). A candidate marked do not contact cannot be invited (422).',
        body: ZScheduleInterviewBody,
        response: { 201: ZInterviewRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const id = await db.transaction((tx) => scheduleInterview({ actor, tx, jobs, ...request.body }));
      return reply.status(201).send(presentInterviewRecord(actor, await getInterviewView(db, actor.agencyId, id)));
    },
  );

  app.get(
    '/api/interviews/:id',
    { config: readers, schema: { tags, summary: 'Get an interview', params: ZIdParams, response: { 200: ZInterviewRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return presentInterviewRecord(actor, await getInterviewView(db, actor.agencyId, request.params.id));
    },
  );

  app.patch(
    '/api/interviews/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Reschedule or change an interview',
        description:
          'A scheduled interview only; sends the version it read (409 when stale). When anything changes, the calendar SEQUENCE rises and the attendees get an update with the same UID; newly added attendees get the invitation, removed ones a cancellation.',
        params: ZIdParams,
        body: ZUpdateInterviewBody,
        response: { 200: ZInterviewRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateInterview({ actor, tx, jobs, id: request.params.id, ...request.body }));
      return presentInterviewRecord(actor, await getInterviewView(db, actor.agencyId, request.params.id));
    },
  );

  app.post(
    '/api/interviews/:id/cancel',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Cancel an interview',
        description: 'A scheduled interview only. Every attendee gets the cancellation (METHOD:CANCEL, same UID, higher SEQUENCE) with the reason.',
        params: ZIdParams,
        body: ZCancelInterviewBody,
        response: { 200: ZInterviewRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => cancelInterview({ actor, tx, jobs, id: request.params.id, ...request.body }));
      return presentInterviewRecord(actor, await getInterviewView(db, actor.agencyId, request.params.id));
    },
  );

  app.post(
    '/api/interviews/:id/outcome',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Record how an interview went',
        description: 'Once it has started (422 before); not for a cancelled interview. The interview becomes completed; recording again corrects the outcome.',
        params: ZIdParams,
        body: ZInterviewOutcomeBody,
        response: { 200: ZInterviewRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => recordInterviewOutcome({ actor, tx, id: request.params.id, ...request.body }));
      return presentInterviewRecord(actor, await getInterviewView(db, actor.agencyId, request.params.id));
    },
  );

  app.get(
    '/api/interviews/:id/invite.ics',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Download the interview\'s calendar file',
        description: 'The current invitation (METHOD:REQUEST), or the cancellation (METHOD:CANCEL) of a cancelled interview, with its UID and SEQUENCE.',
        params: ZIdParams,
        produces: ['text/calendar'],
        response: { 200: z.string().meta({ description: 'text/calendar' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const view = await getInterviewView(db, actor.agencyId, request.params.id);
      const method = view.interview.status === 'cancelled' ? 'cancel' : 'request';
      const ics = interviewIcs(view, method, recipientsOf(view), { name: actor.name, email: actor.email });
      return reply
        .type(`text/calendar; charset=utf-8; method=${method.toUpperCase()}`)
        .header('content-disposition', `attachment; filename="interview-${view.interview.id}.ics"`)
        .header('cache-control', 'private, no-store')
        .send(ics);
    },
  );
};
