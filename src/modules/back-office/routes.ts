import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app';
import { access } from '../../platform/auth/access';
import { staffActor } from '../../platform/auth/guard';
import { today } from '../../platform/clock';
import { STAFF_ERRORS } from '../../platform/http/schemas';
import { getSettings } from '../../platform/settings';
import { backOfficeSummary } from './queries';
import { ZBackOfficeSummary } from './schema';

/** Every staff role reads the back office (recruiters and account managers read; PRODUCT.md's role table). */
const readers = { access: access.staff };
const tags = ['Back office'];

export const backOfficeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/back-office/summary',
    {
      config: readers,
      schema: {
        tags,
        summary: 'The back-office home: counts, each with the list behind it',
        description:
          "Assignments needing approval and ending within 14 days; timesheets missing for the agency's previous week (active assignments running that week without a sheet), awaiting approval and escalated; approved time not yet invoiced (minutes and bill amount per currency at the rates in force on each day); issued invoices due and overdue (outstanding per currency); approved timesheets not yet exported to payroll.",
        response: { 200: ZBackOfficeSummary, ...STAFF_ERRORS },
      },
    },
    async (request) => {
      const { agencyId } = staffActor(request);
      const settings = await getSettings(db, agencyId, ['agency.timeZone', 'agency.weekStart']);
      return { data: await backOfficeSummary(db, agencyId, today(settings['agency.timeZone']), settings['agency.weekStart']) };
    },
  );
};
