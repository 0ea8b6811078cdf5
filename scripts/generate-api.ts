// `npm run api:generate`: writes web/src/api/openapi.json and its TypeScript types from the routes' Zod schemas.
// No server is started; an in-memory database backs the app while its routes are read.
import { writeFileSync } from 'node:fs';
import { buildApp } from '../src/app';
import { openDatabase } from '../src/db/client';
import { loadConfig } from '../src/platform/config';
import { openApiJson, openApiTypes } from '../src/platform/http/openapi-document';
import type { JobQueue } from '../src/platform/jobs/queue';

const unusedQueue: JobQueue = {
  send: () => Promise.reject(new Error('no jobs while generating the API document')),
  work: () => Promise.resolve(),
  runPending: () => Promise.resolve(0),
  retry: () => Promise.resolve(),
  stop: () => Promise.resolve(),
};

const database = await openDatabase({ kind: 'pglite' });
const app = await buildApp({ database, jobs: unusedQueue, config: loadConfig({ FILLRATE_DATA_DIR: '/tmp/fillrate-api-generate', SESSION_SECRET: 'x'.repeat(32) }), serveWeb: false });
await app.ready();
const json = openApiJson(app);
writeFileSync('web/src/api/openapi.json', json);
writeFileSync('web/src/api/schema.gen.ts', await openApiTypes(json));
await app.close();
await database.close();
console.log('wrote web/src/api/openapi.json and web/src/api/schema.gen.ts');
