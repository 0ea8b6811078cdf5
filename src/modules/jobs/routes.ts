import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { allPages, csvStream, sendCsv } from '../../platform/csv';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { JOB_CSV_COLUMNS } from './csv';
import { presentJobRecord, presentJobSummary, presentStage } from './presenter';
import { countJobsByStatus, getJobDetail, jobHealthThresholds, listJobs, listTemplateStages } from './queries';
import {
  ZCreateJobBody,
  ZJobCounts,
  ZJobFilters,
  ZJobList,
  ZJobRecord,
  ZListJobsQuery,
  ZQualificationBody,
  ZStageList,
  ZStagesBody,
  ZTransitionBody,
  ZUpdateJobBody,
} from './schema';
import { changeJobStatus, createJob, qualifyJob, updateJob } from './service';
import { replaceJobStages, replaceTemplateStages, templateVersion } from './stages-service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.clientWriters) };
const tags = ['Jobs'];
const EXPORT_BATCH = 500;

export const jobsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  /** The job as the API answers it, read after the command's transaction committed. */
  async function jobRecord(tx: Executor, actor: StaffActor, id: string) {
    const [detail, thresholds] = await Promise.all([getJobDetail(tx, actor.agencyId, id), jobHealthThresholds(tx, actor.agencyId)]);
    return presentJobRecord(actor, detail, thresholds);
  }

  app.get(
    '/api/jobs',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List job orders',
        description: 'Filters combine; `view=my_open` is the caller\'s qualified/open/on-hold jobs, `view=on_hold_long` the jobs on hold past the agency\'s threshold. `q` matches the title or a reference (J-1042).',
        querystring: ZListJobsQuery,
        response: { 200: ZJobList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const [page, thresholds] = await Promise.all([listJobs(db, actor, request.query), jobHealthThresholds(db, actor.agencyId)]);
      return { data: page.data.map((row) => presentJobSummary(row, thresholds)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/jobs/counts',
    { config: readers, schema: { tags, summary: 'Count job orders per status', description: 'The same filters as the list, status aside.', querystring: ZJobFilters, response: { 200: ZJobCounts, ...STAFF_ERRORS } } },
    async (request) => ({ data: await countJobsByStatus(db, staffActor(request), request.query) }),
  );

  app.get(
    '/api/jobs/export.csv',
    {
      config: readers,
      schema: { tags, summary: 'Export the job orders of a filter as CSV', querystring: ZJobFilters, response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS } },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const thresholds = await jobHealthThresholds(db, actor.agencyId);
      const batches = allPages(async (cursor) => {
        const page = await listJobs(db, actor, { ...request.query, cursor, limit: EXPORT_BATCH });
        return { data: page.data.map((row) => presentJobSummary(row, thresholds)), nextCursor: page.nextCursor };
      });
      const date = today(await getSetting(db, actor.agencyId, 'agency.timeZone'));
      return sendCsv(reply, 'jobs', date, csvStream(JOB_CSV_COLUMNS, batches));
    },
  );

  app.get('/api/jobs/:id', { config: readers, schema: { tags, summary: 'Get a job order', params: ZIdParams, response: { 200: ZJobRecord, ...STAFF_ERRORS } } }, async (request) =>
    jobRecord(db, staffActor(request), request.params.id),
  );

  app.post(
    '/api/jobs',
    { config: writers, schema: { tags, summary: 'Take in a job order', body: ZCreateJobBody, response: { 201: ZJobRecord, ...STAFF_ERRORS } } },
    async (request, reply) => {
      const actor = staffActor(request);
      const job = await db.transaction((tx) => createJob({ actor, tx, ...request.body }));
      return reply.status(201).send(await jobRecord(db, actor, job.id));
    },
  );

  app.patch(
    '/api/jobs/:id',
    { config: writers, schema: { tags, summary: 'Edit a job order', params: ZIdParams, body: ZUpdateJobBody, response: { 200: ZJobRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateJob({ actor, tx, jobId: request.params.id, ...request.body }));
      return jobRecord(db, actor, request.params.id);
    },
  );

  app.post(
    '/api/jobs/:id/transitions',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Change a job order\'s status',
        description: 'intake → qualified → open ⇄ on_hold → filled | closed | cancelled. Refusals answer 422 with the rule (`job.transition`, `job.owner_required`, `job.reopen_reason_required`, `job.filled_by_system`, `job.qualification_required`).',
        params: ZIdParams,
        body: ZTransitionBody,
        response: { 200: ZJobRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => changeJobStatus({ actor, tx, jobId: request.params.id, ...request.body }));
      return jobRecord(db, actor, request.params.id);
    },
  );

  app.put(
    '/api/jobs/:id/qualification',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Record the qualification checks of a job order',
        description: 'Four checks (real, fundable, actionable, specific), each answered with a note. All four yes moves the job from intake to qualified.',
        params: ZIdParams,
        body: ZQualificationBody,
        response: { 200: ZJobRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => qualifyJob({ actor, tx, jobId: request.params.id, ...request.body }));
      return jobRecord(db, actor, request.params.id);
    },
  );

  app.put(
    '/api/jobs/:id/stages',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Replace a job order\'s pipeline stages',
        description: 'The full ordered list with the job\'s version: stages with an id are kept (renamed, moved), new ones added, missing ones removed. Exactly one placed stage and at least one rejected stage. Answers the stages and the job\'s new version.',
        params: ZIdParams,
        body: ZStagesBody,
        response: { 200: ZStageList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const saved = await db.transaction((tx) => replaceJobStages({ actor, tx, jobId: request.params.id, ...request.body }));
      return { data: saved.stages.map(presentStage), version: saved.version };
    },
  );

  app.get('/api/stage-template', { config: readers, schema: { tags, summary: 'The agency\'s default pipeline stages', response: { 200: ZStageList, ...STAFF_ERRORS } } }, async (request) => {
    const actor = staffActor(request);
    const [stages, version] = await Promise.all([listTemplateStages(db, actor.agencyId), templateVersion(db, actor.agencyId)]);
    return { data: stages.map(presentStage), version };
  });

  app.put(
    '/api/stage-template',
    {
      config: { access: access.roles(...ROLE_SETS.settingsEditors) },
      schema: { tags, summary: 'Replace the default pipeline stages', description: 'Copied to each new job order; existing jobs keep theirs. Send the template version read from GET; a stale one answers 409.', body: ZStagesBody, response: { 200: ZStageList, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      const saved = await db.transaction((tx) => replaceTemplateStages({ actor, tx, ...request.body }));
      return { data: saved.stages.map(presentStage), version: saved.version };
    },
  );
};
