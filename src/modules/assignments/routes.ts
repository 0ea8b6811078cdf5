import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import { minorAsDecimal } from '../../domain/money';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { type CsvColumn, allPages, csvStream, sendCsv } from '../../platform/csv';
import { STAFF_ERRORS, ZDate, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { presentAssignmentRecord, presentAssignmentSummary } from './presenter';
import { type AssignmentSummaryRow, getAssignmentDetail, getAssignmentSummaries, listAssignments } from './queries';
import {
  ZApproveBody,
  ZAssignmentFilters,
  ZAssignmentList,
  ZAssignmentListQuery,
  ZAssignmentRecord,
  ZBatchResult,
  ZEndBody,
  ZExtendBody,
  ZRatesBody,
  ZReactivateBody,
  ZUpdateAssignmentBody,
} from './schema';
import { applyJobRates } from './job-rates';
import { changeRates, extendAssignment, updateAssignment } from './service';
import { approveAssignments, endAssignments, reactivateAssignments } from './status-service';

const readers = { access: access.staff };
const backOffice = { access: access.roles(...ROLE_SETS.backOffice) };
const tags = ['Assignments'];
const EXPORT_BATCH = 500;

const CSV_COLUMNS: CsvColumn<AssignmentSummaryRow>[] = [
  { header: 'Candidate', value: (row) => row.candidateName },
  { header: 'Employee number', value: (row) => row.employeeNumber },
  { header: 'Organization', value: (row) => row.organizationName },
  { header: 'Job', value: (row) => `J-${row.jobNumber} ${row.jobTitle}` },
  { header: 'Placement', value: (row) => `P-${row.placementNumber}` },
  { header: 'Job type', value: (row) => row.assignment.employmentType },
  { header: 'Status', value: (row) => row.assignment.status },
  { header: 'Start', value: (row) => row.assignment.startOn },
  { header: 'End', value: (row) => row.assignment.endOn },
  { header: 'Currency', value: (row) => row.currentRates?.currency },
  { header: 'Pay rate', value: (row) => (row.currentRates ? minorAsDecimal(Number(row.currentRates.payRegularMinor), row.currentRates.currency) : null) },
  { header: 'Bill rate', value: (row) => (row.currentRates ? minorAsDecimal(Number(row.currentRates.billRegularMinor), row.currentRates.currency) : null) },
  { header: 'Rate unit', value: (row) => row.currentRates?.unit },
];

export const assignmentsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;
  const agencyToday = async (tx: Executor, actor: StaffActor) => today(await getSetting(tx, actor.agencyId, 'agency.timeZone'));

  async function record(actor: StaffActor, id: string) {
    return presentAssignmentRecord(actor, await getAssignmentDetail(db, actor.agencyId, id, await agencyToday(db, actor)));
  }

  app.get(
    '/api/assignments',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List assignments (B5: active and needs approval unless `status` says otherwise)',
        querystring: ZAssignmentListQuery,
        response: { 200: ZAssignmentList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const page = await listAssignments(db, actor.agencyId, request.query, await agencyToday(db, actor));
      return { data: page.data.map(presentAssignmentSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/assignments/export.csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Export the assignments of a filter as CSV',
        produces: ['text/csv'],
        querystring: ZAssignmentFilters,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const date = await agencyToday(db, actor);
      const batches = allPages(async (cursor) => listAssignments(db, actor.agencyId, { ...request.query, cursor, limit: EXPORT_BATCH }, date));
      return sendCsv(reply, 'assignments', date, csvStream(CSV_COLUMNS, batches));
    },
  );

  app.get('/api/assignments/:id', { config: readers, schema: { tags, summary: 'Get an assignment with its rates and history', params: ZIdParams, response: { 200: ZAssignmentRecord, ...STAFF_ERRORS } } }, async (request) =>
    record(staffActor(request), request.params.id),
  );

  /** The Update status dialog's four actions share the batch shape of ARCHITECTURE.md. */
  async function batchAnswer(actor: StaffActor, run: (tx: Executor, date: string) => Promise<string[]>) {
    const ids = await db.transaction(async (tx) => run(tx, await agencyToday(tx, actor)));
    const date = await agencyToday(db, actor);
    return { data: (await getAssignmentSummaries(db, actor.agencyId, ids, date)).map(presentAssignmentSummary) };
  }
  const batchDescription = 'All or nothing: every assignment is checked first; any refusal answers 422 with one `related` entry per refused assignment (its `rule`, `reason` and `blockedBy` record) and nothing changes.';

  app.post(
    '/api/assignments/approve',
    { config: backOffice, schema: { tags, summary: 'Approve assignments (B6, B7, B8)', description: batchDescription, body: ZApproveBody, response: { 200: ZBatchResult, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return batchAnswer(actor, (tx, date) => approveAssignments({ actor, tx, ids: request.body.ids, today: date }, request.body.options));
    },
  );

  for (const action of ['close', 'cancel'] as const) {
    app.post(
      `/api/assignments/${action}`,
      {
        config: backOffice,
        schema: { tags, summary: `${action === 'close' ? 'Close' : 'Cancel'} assignments (B9, B10)`, description: batchDescription, body: ZEndBody, response: { 200: ZBatchResult, ...STAFF_ERRORS } },
      },
      async (request) => {
        const actor = staffActor(request);
        return batchAnswer(actor, (tx, date) => endAssignments({ actor, tx, ids: request.body.ids, today: date }, action, request.body.options));
      },
    );
  }

  app.post(
    '/api/assignments/reactivate',
    { config: backOffice, schema: { tags, summary: 'Reactivate closed or cancelled assignments (B12)', description: batchDescription, body: ZReactivateBody, response: { 200: ZBatchResult, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return batchAnswer(actor, (tx, date) => reactivateAssignments({ actor, tx, ids: request.body.ids, today: date }, request.body.options));
    },
  );

  app.patch(
    '/api/assignments/:id',
    { config: backOffice, schema: { tags, summary: 'Edit an open assignment\'s dates or schedule (B10: closed and cancelled ones are read-only)', params: ZIdParams, body: ZUpdateAssignmentBody, response: { 200: ZAssignmentRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => updateAssignment({ actor, tx, assignmentId: request.params.id, ...request.body }));
      return record(actor, request.params.id);
    },
  );

  app.post(
    '/api/assignments/:id/extend',
    { config: backOffice, schema: { tags, summary: 'Extend an active assignment\'s end date, optionally with new rates', params: ZIdParams, body: ZExtendBody, response: { 200: ZAssignmentRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => extendAssignment({ actor, tx, assignmentId: request.params.id, ...request.body }));
      return record(actor, request.params.id);
    },
  );

  app.post(
    '/api/assignments/:id/rates',
    { config: backOffice, schema: { tags, summary: 'Set effective-dated pay and bill rates on an open assignment', params: ZIdParams, body: ZRatesBody, response: { 200: ZAssignmentRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => changeRates({ actor, tx, assignmentId: request.params.id, ...request.body }));
      return record(actor, request.params.id);
    },
  );

  app.post(
    '/api/jobs/:id/apply-rates',
    {
      config: backOffice,
      schema: {
        tags,
        summary: 'Apply a job order\'s bill rate to chosen open assignments from a date',
        description: 'Each assignment keeps its pay rates and takes the job\'s bill rate (overtime ×1.5, double time ×2) from `effectiveFrom`.',
        params: ZIdParams,
        body: z.object({ effectiveFrom: ZDate, assignmentIds: z.array(z.uuid()).min(1).max(200) }),
        response: { 200: ZBatchResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return batchAnswer(actor, (tx) => applyJobRates({ actor, tx, jobId: request.params.id, ...request.body }));
    },
  );
};
