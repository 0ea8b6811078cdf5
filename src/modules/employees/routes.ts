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
import { EMPLOYEE_CSV_COLUMNS } from './export';
import { presentEmployee, presentEmployeeRecord } from './presenter';
import { getEmployeeParts, getEmployeeSummary, listEmployees } from './queries';
import {
  ZDocumentBody,
  ZDocumentParams,
  ZEmployeeCreated,
  ZEmployeeFilters,
  ZEmployeeList,
  ZEmployeeListQuery,
  ZEmployeeRecord,
  ZOnboardBody,
  ZOnboardingDefaults,
  ZReactivateEmployeeBody,
  ZTerminateBody,
  ZUpdateEmployeeBody,
} from './schema';
import { onboardEmployee, reactivateEmployment, terminateEmployment, updateEmployee, updateEmployeeDocument } from './service';

const readers = { access: access.staff };
const writers = { access: access.roles(...ROLE_SETS.backOffice) };
const tags = ['Employees'];
const EXPORT_BATCH = 1000;

export const employeesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  /** The employee as the API answers it, read after the command committed. */
  async function employeeRecord(tx: Executor, actor: StaffActor, id: string) {
    const row = await getEmployeeSummary(tx, actor.agencyId, id);
    return presentEmployeeRecord(actor, row, await getEmployeeParts(tx, actor.agencyId, row.employee));
  }

  /** Runs a command in one transaction and answers the employee as it now is. */
  async function afterCommand(actor: StaffActor, id: string, run: (tx: Executor) => Promise<unknown>) {
    await db.transaction(run);
    return employeeRecord(db, actor, id);
  }

  app.get(
    '/api/employees',
    {
      config: readers,
      schema: {
        tags,
        summary: 'List employees',
        description: 'Most recently changed first. `q` is an employee number (`1042`, `E-1042`) or the start of the first or last name.',
        querystring: ZEmployeeListQuery,
        response: { 200: ZEmployeeList, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const page = await listEmployees(db, staffActor(request).agencyId, request.query);
      return { data: page.data.map(presentEmployee), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/employees.csv',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Export the employees of a filter as CSV',
        produces: ['text/csv'],
        description: 'Every employee the same filters as the list select, as a CSV download (UTF-8, header row first).',
        querystring: ZEmployeeFilters,
        response: { 200: z.string().meta({ description: 'text/csv' }), ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const batches = allPages(async (cursor) => listEmployees(db, actor.agencyId, { ...request.query, cursor, limit: EXPORT_BATCH }));
      const date = today(await getSetting(db, actor.agencyId, 'agency.timeZone'));
      return sendCsv(reply, 'employees', date, csvStream(EMPLOYEE_CSV_COLUMNS, batches));
    },
  );

  app.get(
    '/api/employees/onboarding-defaults',
    {
      config: readers,
      schema: {
        tags,
        summary: "What the onboard form starts from: the agency's date, default worker type and pay frequency, and the required documents",
        response: { 200: ZOnboardingDefaults, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const { agencyId } = staffActor(request);
      const [timeZone, workerType, payFrequency, requiredDocuments] = await Promise.all([
        getSetting(db, agencyId, 'agency.timeZone'),
        getSetting(db, agencyId, 'employees.defaultWorkerType'),
        getSetting(db, agencyId, 'employees.defaultPayFrequency'),
        getSetting(db, agencyId, 'employees.requiredDocuments'),
      ]);
      return { data: { today: today(timeZone), workerType, payFrequency, requiredDocuments } };
    },
  );

  app.get(
    '/api/employees/:id',
    { config: readers, schema: { tags, summary: 'Get an employee with history, documents checklist and assignments', params: ZIdParams, response: { 200: ZEmployeeRecord, ...STAFF_ERRORS } } },
    async (request) => employeeRecord(db, staffActor(request), request.params.id),
  );

  app.post(
    '/api/employees',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Onboard a candidate placed for the first time (hiring management)',
        description:
          'Only a candidate with a pending or active placement and no employee record (409 naming the existing record otherwise). The number is the agency\'s next one unless given (409 when taken); worker type and pay frequency are values of the agency\'s lists. The documents checklist comes from the `employees.requiredDocuments` setting. The candidate then leaves hiring management.',
        body: ZOnboardBody,
        response: { 201: ZEmployeeCreated, ...STAFF_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = staffActor(request);
      const employee = await db.transaction((tx) => onboardEmployee({ actor, tx, ...request.body }));
      return reply.status(201).send({ data: presentEmployee(await getEmployeeSummary(db, actor.agencyId, employee.id)) });
    },
  );

  app.patch(
    '/api/employees/:id',
    { config: writers, schema: { tags, summary: 'Change the worker type or pay frequency', params: ZIdParams, body: ZUpdateEmployeeBody, response: { 200: ZEmployeeRecord, ...STAFF_ERRORS } } },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => updateEmployee({ actor, tx, employeeId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/employees/:id/terminate',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Terminate an active employee',
        description: 'On a date on or after the hire date, with a reason; recorded in the history.',
        params: ZIdParams,
        body: ZTerminateBody,
        response: { 200: ZEmployeeRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => terminateEmployment({ actor, tx, employeeId: request.params.id, ...request.body }));
    },
  );

  app.post(
    '/api/employees/:id/reactivate',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Reactivate a terminated employee',
        description: 'From a date on or after the termination date; recorded in the history.',
        params: ZIdParams,
        body: ZReactivateEmployeeBody,
        response: { 200: ZEmployeeRecord, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => reactivateEmployment({ actor, tx, employeeId: request.params.id, ...request.body }));
    },
  );

  app.patch(
    '/api/employees/:id/documents/:documentId',
    {
      config: writers,
      schema: { tags, summary: 'Tick a document of the checklist as received (or untick it)', params: ZDocumentParams, body: ZDocumentBody, response: { 200: ZEmployeeRecord, ...STAFF_ERRORS } },
    },
    async (request) => {
      const actor = staffActor(request);
      return afterCommand(actor, request.params.id, (tx) => updateEmployeeDocument({ actor, tx, employeeId: request.params.id, documentId: request.params.documentId, ...request.body }));
    },
  );
};
