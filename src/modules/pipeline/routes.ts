import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getCandidateRow } from '../candidates/queries';
import { moveEntries, moveEntry } from './move-service';
import { pipelineAbilities } from './policy';
import { presentCandidatePipelineEntry, presentPipelineEntries, presentPipelineEntryDetail } from './presenter';
import { getPipelineBoard, getPipelineEntryDetail, isPlacementStatus, listCandidatePipeline, listPipeline } from './queries';
import {
  ZAddJobToCandidateBody,
  ZAddToPipelineBody,
  ZAddToPipelineResult,
  ZBulkMoveBody,
  ZCandidatePipelineList,
  ZListPipelineQuery,
  ZMoveEntryBody,
  ZPipelineBoard,
  ZPipelineCardList,
  ZPipelineEntryList,
  ZPipelineEntryRecord,
  ZAddedEntryRecord,
} from './schema';
import { addToPipeline } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.frontOffice) };
const tags = ['Pipeline'];

/** Candidates on jobs: adding them, the board and list of a job, one entry, stage moves, a candidate's entries. */
export const pipelineRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.post(
    '/api/jobs/:id/pipeline',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add candidates to a job\'s pipeline',
        description:
          'All or nothing. The job must be qualified or open (422 `pipeline.job_not_taking`); every candidate must be the agency\'s and not merged away (422 `pipeline.candidate_unavailable`, one `related` entry each). A candidate already on the job answers 409 (`pipeline.already_on_job`) with `related` pointing at their entry, unless `skipExisting` leaves them out and names them in `skipped`.',
        params: ZIdParams,
        body: ZAddToPipelineBody,
        response: { 201: ZAddToPipelineResult, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const result = await db.transaction((tx) => addToPipeline({ actor, tx, jobId: request.params.id, ...request.body }));
      return reply.status(201).send({ data: presentPipelineEntries(result.entries, result.stages), skipped: result.skipped });
    },
  );

  app.post(
    '/api/candidates/:id/pipeline',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add a candidate to a job (from the candidate page)',
        description: 'The same rules as adding from the job: a qualified or open job, once per job (409 pointing at the existing entry). A merged candidate answers 409 naming the record it was merged into.',
        params: ZIdParams,
        body: ZAddJobToCandidateBody,
        response: { 201: ZAddedEntryRecord, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const candidateId = request.params.id;
      const result = await db.transaction(async (tx) => {
        await getCandidateRow(tx, actor.agencyId, candidateId);
        return addToPipeline({ actor, tx, jobId: request.body.jobId, candidateIds: [candidateId], addedFrom: 'candidate', stageId: request.body.stageId, skipExisting: false });
      });
      const [entry] = presentPipelineEntries(result.entries, result.stages);
      if (!entry) {
        throw new Error('pipeline add answered no entry');
      }
      return reply.status(201).send({ data: entry, abilities: pipelineAbilities(actor) });
    },
  );

  app.get(
    '/api/jobs/:id/pipeline/board',
    {
      config: readers,
      schema: {
        tags,
        summary: 'The pipeline board of a job',
        description: 'The job, its stages in order with their counts, and every card (candidate, days in stage, flags) in one answer, read in a fixed number of queries whatever the entries.',
        params: ZIdParams,
        response: { 200: ZPipelineBoard, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return { data: await getPipelineBoard(db, actor.agencyId, request.params.id), abilities: pipelineAbilities(actor) };
    },
  );

  app.get(
    '/api/jobs/:id/pipeline',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List a job\'s pipeline entries',
        description: 'The board\'s cards as a list: filter by stage, stage kind, candidate name or a screening answer (`answer=questionId:value`); keyset pages ordered by when the entry entered its stage (newest first unless `sort=stage_entered_asc`).',
        params: ZIdParams,
        querystring: ZListPipelineQuery,
        response: { 200: ZPipelineCardList, ...STAFF_ERRORS },
      },
    },
    async (request) => listPipeline(db, staffActor(request).agencyId, request.params.id, request.query),
  );

  app.get(
    '/api/pipeline/:id',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Get a pipeline entry',
        description: 'The entry with its candidate, job, the job\'s stages and every stage move (who, when, from, to, why), newest first.',
        params: ZIdParams,
        response: { 200: ZPipelineEntryRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return { data: presentPipelineEntryDetail(await getPipelineEntryDetail(db, actor.agencyId, request.params.id)), abilities: pipelineAbilities(actor) };
    },
  );

  app.post(
    '/api/pipeline/:id/move',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Move a pipeline entry to another stage',
        description:
          'Sends the version read (409 when stale). Refusals answer 422 with the rule: `pipeline.dialog_required` (submitted, interview, offer and placed stages are reached by creating the submission, interview, offer or placement), `pipeline.reason_required` / `pipeline.reason_unknown` (rejected and withdrawn need a value of the `rejection_reasons` list), `pipeline.placed` (a live placement keeps the entry in placed), `pipeline.same_stage`, `pipeline.stage_of_job`.',
        params: ZIdParams,
        body: ZMoveEntryBody,
        response: { 200: ZPipelineEntryRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => moveEntry({ actor, tx, id: request.params.id, ...request.body }));
      return { data: presentPipelineEntryDetail(await getPipelineEntryDetail(db, actor.agencyId, request.params.id)), abilities: pipelineAbilities(actor) };
    },
  );

  app.post(
    '/api/pipeline/move',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Move several pipeline entries of one job to a stage',
        description:
          'The list view\'s bulk action (move stage, reject with reason). All or nothing: every entry is checked first; if any is refused the answer is 422 with one `related` entry per refused entry (its rule in the label) and nothing moves. Entries of more than one job answer 422 `pipeline.one_job`.',
        body: ZBulkMoveBody,
        response: { 200: ZPipelineEntryList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const result = await db.transaction((tx) => moveEntries({ actor, tx, ...request.body }));
      return { data: presentPipelineEntries(result.entries, result.stages) };
    },
  );

  app.get(
    '/api/candidates/:id/pipeline',
    {
      config: readers,
      schema: {
        tags,
        summary: 'A candidate\'s pipeline entries across jobs',
        description: 'Every job the candidate is on, with its client and status, the stage they are in and since when, and the latest placement\'s status if any; most recently changed first.',
        params: ZIdParams,
        response: { 200: ZCandidatePipelineList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const rows = await listCandidatePipeline(db, staffActor(request).agencyId, request.params.id);
      return { data: rows.map((row) => presentCandidatePipelineEntry({ ...row, placementStatus: isPlacementStatus(row.placementStatus) ? row.placementStatus : null })) };
    },
  );
};
