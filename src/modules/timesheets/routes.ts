import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import type { Executor } from '../../db/client';
import { checkWeekStart, weekStartOf } from '../../domain/timesheets';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS, access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { assertVerdict } from '../../platform/errors';
import { STAFF_ERRORS, ZIdParams } from '../../platform/http/schemas';
import { getSetting } from '../../platform/settings';
import { assignmentForEntry } from '../assignments/queries';
import { presentGridRow, presentTimesheetSummary, presentTimesheetWeek } from './presenter';
import { assignmentLabels, daysOf, getTimesheetRow, listTimesheets, ratesOf, timesheetGrid, timesheetOfWeek } from './queries';
import { ZApproveBody, ZAssignmentTimesheets, ZGrid, ZGridQuery, ZRejectBody, ZSaveWeekBody, ZTimesheetBatchResult, ZTimesheetList, ZTimesheetListQuery, ZTimesheetRecord, ZVersionBody, ZWeekParams } from './schema';
import { decideTimesheets, saveTimesheetWeek, submitTimesheet } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.backOffice) };
const tags = ['Timesheets'];

/** An assignment's week as the editor shows it (the sheet, or an empty week when there is none yet). */
async function weekRecord(tx: Executor, actor: StaffActor, assignmentId: string, weekStart: string) {
  const [labels, sheet, rates] = await Promise.all([assignmentLabels(tx, actor.agencyId, assignmentId), timesheetOfWeek(tx, actor.agencyId, assignmentId, weekStart), ratesOf(tx, actor.agencyId, assignmentId)]);
  const days = sheet ? await daysOf(tx, actor.agencyId, sheet.id) : [];
  return presentTimesheetWeek(actor, { labels, sheet: sheet ?? null, days, rates, weekStart });
}

/** The first day of the agency's current week (its time zone's today). */
async function currentWeek(tx: Executor, agencyId: string): Promise<string> {
  const [timeZone, weekStart] = await Promise.all([getSetting(tx, agencyId, 'agency.timeZone'), getSetting(tx, agencyId, 'agency.weekStart')]);
  return weekStartOf(today(timeZone), weekStart);
}

async function sheetRecord(tx: Executor, actor: StaffActor, id: string) {
  const sheet = await getTimesheetRow(tx, actor.agencyId, id);
  return weekRecord(tx, actor, sheet.assignmentId, sheet.weekStart);
}

/** Weekly timesheets of assignments (PRODUCT.md §6): entry (B11), submission, approval, the grid and the lists. */
export const timesheetsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/assignments/:id/timesheets',
    { config: readers, schema: { tags, summary: "An assignment's timesheets", description: 'Newest week first, and the agency\'s current week.', params: ZIdParams, response: { 200: ZAssignmentTimesheets, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await assignmentForEntry(db, actor.agencyId, request.params.id);
      const [page, currentWeekStart] = await Promise.all([listTimesheets(db, actor.agencyId, { assignmentId: request.params.id, limit: 200 }), currentWeek(db, actor.agencyId)]);
      return { data: page.data.map(presentTimesheetSummary), nextCursor: page.nextCursor, currentWeekStart };
    },
  );

  app.get(
    '/api/assignments/:id/timesheets/:weekStart',
    {
      config: readers,
      schema: {
        tags,
        summary: "An assignment's week: its sheet, or an empty week to fill in",
        description: 'Every date of the week with the time entered, whether B11 lets time in on it, and the scheduled minutes; totals, pay and bill amounts. `id` is null while the week has no sheet.',
        params: ZWeekParams,
        response: { 200: ZTimesheetRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      await assignmentForEntry(db, actor.agencyId, request.params.id);
      assertVerdict(checkWeekStart(request.params.weekStart, await getSetting(db, actor.agencyId, 'agency.weekStart')));
      return weekRecord(db, actor, request.params.id, request.params.weekStart);
    },
  );

  app.put(
    '/api/assignments/:id/timesheets/:weekStart',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Enter or correct a week of time',
        description:
          'Creates the week\'s sheet as a draft or replaces a draft or rejected one (a rejected sheet becomes a draft again); `version` is required once the week has a sheet. `weekStart` must be the agency\'s first day of the week. Days must be in the week, at most 1440 minutes each, and (B11) between the assignment\'s start and end dates — a closed or cancelled assignment takes time up to its end date, never after; 422 naming `days[i].workDate`. Days with no time and no note are dropped.',
        params: ZWeekParams,
        body: ZSaveWeekBody,
        response: { 200: ZTimesheetRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const { id, weekStart } = request.params;
      await db.transaction((tx) => saveTimesheetWeek({ actor, tx, assignmentId: id, weekStart, ...request.body }));
      return weekRecord(db, actor, id, weekStart);
    },
  );

  app.get(
    '/api/timesheets',
    {
      config: readers,
      schema: { tags, summary: 'List timesheets', description: 'Newest week first, keyset pages. `escalated=true`: escalated and still waiting (the back office queue).', querystring: ZTimesheetListQuery, response: { 200: ZTimesheetList, ...STAFF_ERRORS } },
    },
    async (request) => {
      const page = await listTimesheets(db, staffActor(request).agencyId, request.query);
      return { data: page.data.map(presentTimesheetSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/timesheets/grid',
    {
      config: readers,
      schema: {
        tags,
        summary: 'The timesheet grid of a week',
        description:
          "Every assignment that takes time that week (active, or closed/cancelled with an end date in or after it, started by the week's end) with the week's state: missing, draft, submitted, approved or rejected; hours and the escalated flag. Ordered by candidate, keyset pages.",
        querystring: ZGridQuery,
        response: { 200: ZGrid, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const weekStart = request.query.weekStart ?? (await currentWeek(db, actor.agencyId));
      assertVerdict(checkWeekStart(weekStart, await getSetting(db, actor.agencyId, 'agency.weekStart')));
      const page = await timesheetGrid(db, actor.agencyId, { ...request.query, weekStart });
      return { weekStart, weekEnd: page.weekEnd, data: page.data.map(presentGridRow), nextCursor: page.nextCursor };
    },
  );

  app.get('/api/timesheets/:id', { config: readers, schema: { tags, summary: 'Get a timesheet with its days, schedule, totals and amounts', params: ZIdParams, response: { 200: ZTimesheetRecord, ...STAFF_ERRORS } } }, async (request) =>
    sheetRecord(db, staffActor(request), request.params.id),
  );

  app.post(
    '/api/timesheets/:id/submit',
    { config: writers, schema: { tags, summary: 'Submit a draft or corrected timesheet for approval', params: ZIdParams, body: ZVersionBody, response: { 200: ZTimesheetRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      await db.transaction((tx) => submitTimesheet({ actor, tx, timesheetId: request.params.id, version: request.body.version }));
      return sheetRecord(db, actor, request.params.id);
    },
  );

  app.post(
    '/api/timesheets/approve',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Approve submitted timesheets',
        description: 'All or nothing: any sheet that is not submitted refuses the batch (422, one `related` entry per refused sheet) and nothing changes. Approved is final.',
        body: ZApproveBody('timesheet'),
        response: { 200: ZTimesheetBatchResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const rows = await db.transaction((tx) => decideTimesheets({ actor, tx, ids: request.body.ids, action: 'approve' }));
      return { data: rows.map(presentTimesheetSummary) };
    },
  );

  app.post(
    '/api/timesheets/reject',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Reject submitted timesheets with a reason',
        description: 'All or nothing, like approval; the reason is required and shown on each sheet, which can then be corrected and submitted again.',
        body: ZRejectBody('timesheet'),
        response: { 200: ZTimesheetBatchResult, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      const rows = await db.transaction((tx) => decideTimesheets({ actor, tx, ids: request.body.ids, action: 'reject', reason: request.body.options.reason }));
      return { data: rows.map(presentTimesheetSummary) };
    },
  );
};
