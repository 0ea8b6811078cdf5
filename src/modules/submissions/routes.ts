import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { presentShortlist, presentSubmission, presentSubmissionRecord } from './presenter';
import { getSubmissionView, getSubmissionViews, listFeedback, listJobSubmissions, listSubmissions } from './queries';
import {
  ZCreateShortlistBody,
  ZCreateSubmissionBody,
  ZFeedbackBody,
  ZJobSubmissionsQuery,
  ZListSubmissionsQuery,
  ZShortlistResult,
  ZSubmissionList,
  ZSubmissionRecord,
  ZWithdrawSubmissionBody,
} from './schema';
import { createSubmission, recordFeedback, withdrawSubmission } from './service';
import { createShortlist } from './shortlist-service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Submissions'];

/** Candidates put forward to the client, alone or in a shortlist, and what the client answered. */
export const submissionsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, jobs }) => {
  const { db } = database;

  async function submissionRecord(tx: Executor, actor: StaffActor, id: string) {
    const [view, feedback] = await Promise.all([getSubmissionView(tx, actor.agencyId, id), listFeedback(tx, actor.agencyId, id)]);
    return presentSubmissionRecord(actor, view, feedback);
  }

  app.post(
    '/api/submissions',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Submit a candidate to the client',
        description:
          'Records the CV, note and shared fields, moves the entry to the job\'s submitted stage and (unless `send: false`) emails the hiring contact with the CV attached. The job must be qualified, open or on hold. Refusals: 409 `submission.duplicate` (already submitted, pointing at it); 422 `submission.job_not_active`, `submission.cv_required`, `submission.document`, `submission.contact_required`, `submission.contact_not_client`, `submission.contact_no_email`.',
        body: ZCreateSubmissionBody,
        response: { 201: ZSubmissionRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const submission = await db.transaction((tx) => createSubmission({ actor, tx, jobs, ...request.body }));
      return reply.status(201).send(await submissionRecord(db, actor, submission.id));
    },
  );

  app.post(
    '/api/shortlists',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Send a shortlist to the hiring contact',
        description:
          'One email listing 1–20 candidates of the job, each CV attached; one submission per candidate, linked to the shortlist. All or nothing: refusals name each item (`items.<n>.entryId`, `items.<n>.documentId`).',
        body: ZCreateShortlistBody,
        response: { 201: ZShortlistResult, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const result = await db.transaction((tx) => createShortlist({ actor, tx, jobs, ...request.body }));
      const views = await getSubmissionViews(
        db,
        actor.agencyId,
        result.submissions.map((submission) => submission.id),
      );
      return reply.status(201).send(presentShortlist(result, views));
    },
  );

  app.get(
    '/api/submissions',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List the submissions of a pipeline entry or a candidate',
        description: 'Newest first; give `entryId` or `candidateId`.',
        querystring: ZListSubmissionsQuery,
        response: { 200: ZSubmissionList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const page = await listSubmissions(db, staffActor(request).agencyId, request.query);
      return { data: page.data.map(presentSubmission), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/jobs/:id/submissions',
    {
      config: readers,
      schema: {
        tags,
        summary: 'A job\'s submissions (Manage submissions)',
        description:
          'B1: each submission with its candidate, sender, status, latest client feedback, the entry\'s current stage, and its placement if any: the placement and assignment status and where it sits in the back office (hiring management, assignments or employees) with a link.',
        params: ZIdParams,
        querystring: ZJobSubmissionsQuery,
        response: { 200: ZSubmissionList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const page = await listJobSubmissions(db, staffActor(request).agencyId, request.params.id, request.query);
      return { data: page.data.map(presentSubmission), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/submissions/:id',
    {
      config: readers,
      schema: { tags, summary: 'Get a submission', description: 'With the client\'s feedback, newest first, and the hours to the first feedback.', params: ZIdParams, response: { 200: ZSubmissionRecord, ...STAFF_ERRORS } },
    },
    async (request) => submissionRecord(db, staffActor(request), request.params.id),
  );

  app.post(
    '/api/submissions/:id/withdraw',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Withdraw a submission',
        description: 'With a reason and the version read (409 when stale); 422 `submission.withdrawn` when it already is. The candidate may be submitted again afterwards.',
        params: ZIdParams,
        body: ZWithdrawSubmissionBody,
        response: { 200: ZSubmissionRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => withdrawSubmission({ actor, tx, id: request.params.id, ...request.body }));
      return submissionRecord(db, actor, request.params.id);
    },
  );

  app.post(
    '/api/submissions/:id/feedback',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Record the client\'s feedback on a submission',
        description: 'Appends `interview`, `hold`, `reject` or `more_info` with a remark and when the client answered (now unless told; not in the future, not before the submission). The first feedback\'s time is kept for metrics.',
        params: ZIdParams,
        body: ZFeedbackBody,
        response: { 201: ZSubmissionRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      await db.transaction((tx) => recordFeedback({ actor, tx, id: request.params.id, ...request.body }));
      return reply.status(201).send(await submissionRecord(db, actor, request.params.id));
    },
  );
};
