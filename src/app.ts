import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/client';
import { activitiesRoutes } from './modules/activities/routes';
import { apiKeysRoutes } from './modules/api-keys/routes';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { healthRoutes } from './modules/health/routes';
import { backgroundJobsRoutes } from './modules/background-jobs/routes';
import { candidatesRoutes } from './modules/candidates/routes';
import { poolsRoutes } from './modules/pools/routes';
import { pipelineRoutes } from './modules/pipeline/routes';
import { submissionsRoutes } from './modules/submissions/routes';
import { interviewsRoutes } from './modules/interviews/routes';
import { offersRoutes } from './modules/offers/routes';
import { searchRoutes } from './modules/search/routes';
import { documentsRoutes } from './modules/documents/routes';
import { jobsRoutes } from './modules/jobs/routes';
import { savedViewsRoutes } from './modules/saved-views/routes';
import { outboxRoutes } from './modules/outbox/routes';
import { settingsRoutes } from './modules/settings/routes';
import { usersRoutes } from './modules/users/routes';
import { organizationsRoutes } from './modules/organizations/routes';
import { contactsRoutes } from './modules/contacts/routes';
import { dealsRoutes } from './modules/deals/routes';
import { placementsRoutes } from './modules/placements/routes';
import { invoicesRoutes } from './modules/invoices/routes';
import { payrollRoutes } from './modules/payroll/routes';
import { assignmentsRoutes } from './modules/assignments/routes';
import { employeesRoutes } from './modules/employees/routes';
import { backOfficeRoutes } from './modules/back-office/routes';
import { timesheetsRoutes } from './modules/timesheets/routes';
import { expensesRoutes } from './modules/timesheets/expenses-routes';
import type { Access } from './platform/auth/access';
import { guardRequest } from './platform/auth/guard';
import type { Config } from './platform/config';
import { AppError } from './platform/errors';
import { errorHandler } from './platform/http/error-handler';
import { registerOpenApi } from './platform/http/openapi';
import { registerWebApp } from './platform/http/web-app';
import { newId } from './platform/ids';
import type { JobQueue } from './platform/jobs/queue';
import { LIMITS } from './shared/limits';

export type RouteEntry = { method: string; url: string; access: Access | undefined; hasBody: boolean };

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a library's interface
  interface FastifyInstance {
    /** Every route with its declared access: the tests sweep it (roles, foreign agencies, malformed bodies). */
    routeTable: RouteEntry[];
  }
}

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ZNoBody = z.object({}).strict().nullish();

/** What every module's routes are given. */
export type AppDeps = {
  database: Database;
  jobs: JobQueue;
  config: Config;
};

/** `webFolder`: the built web app to serve (default dist/web); `serveWeb: false` serves the API only. */
export type BuildAppOptions = AppDeps & { logger?: boolean; serveWeb?: boolean; webFolder?: string };

/** Builds the whole HTTP app from the modules; the server starts it, tests call `inject`. */
export async function buildApp({ logger = false, serveWeb = true, webFolder, ...deps }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: deps.config.logLevel } : false,
    bodyLimit: LIMITS.bodyBytes,
    genReqId: () => newId(),
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('actor', undefined);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((method) => method !== 'HEAD');
    const hasBody = Boolean(route.schema?.body);
    // An action without a body takes nothing or `{}`: any other body is a mistake the caller should hear about.
    if (!hasBody && methods.some((method) => MUTATING_METHODS.has(method))) {
      route.schema = { ...route.schema, body: ZNoBody };
    }
    for (const method of methods) {
      // Read lazily: hooks of plugin scopes registered later (public docs, static files) still set `access`.
      routeTable.push({ method, url: route.url, hasBody, get access() { return route.config?.access; } });
    }
  });
  // The API speaks JSON only; other content types answer 415. An empty JSON body means no body (action POSTs).
  app.removeContentTypeParser(['text/plain', 'application/json']);
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });

  await app.register(cookie, { secret: deps.config.sessionSecret });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  app.addHook('onRequest', guardRequest(deps.database.db));

  await registerOpenApi(app);
  await app.register(healthRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(usersRoutes, deps);
  await app.register(apiKeysRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(outboxRoutes, deps);
  await app.register(backgroundJobsRoutes, deps);
  await app.register(settingsRoutes, deps);
  await app.register(activitiesRoutes, deps);
  await app.register(organizationsRoutes, deps);
  await app.register(contactsRoutes, deps);
  await app.register(dealsRoutes, deps);
  await app.register(jobsRoutes, deps);
  await app.register(savedViewsRoutes, deps);
  await app.register(candidatesRoutes, deps);
  await app.register(poolsRoutes, deps);
  await app.register(searchRoutes, deps);
  await app.register(documentsRoutes, deps);
  await app.register(pipelineRoutes, deps);
  await app.register(submissionsRoutes, deps);
  await app.register(interviewsRoutes, deps);
  await app.register(offersRoutes, deps);
  await app.register(placementsRoutes, deps);
  await app.register(invoicesRoutes, deps);
  await app.register(payrollRoutes, deps);
  await app.register(assignmentsRoutes, deps);
  await app.register(employeesRoutes, deps);
  await app.register(backOfficeRoutes, deps);
  await app.register(timesheetsRoutes, deps);
  await app.register(expensesRoutes, deps);

  const indexHtml = serveWeb ? await registerWebApp(app, webFolder) : undefined;
  app.setNotFoundHandler((request, reply) => {
    if (indexHtml && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
    }
    const error = new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
    return reply.status(404).send(error.toBody());
  });
  return app;
}
