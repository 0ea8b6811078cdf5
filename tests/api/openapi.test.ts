import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiJson, openApiTypes } from '../../src/platform/http/openapi-document';
import { type TestApp, startTestApp } from '../support/app';
import { caller } from '../support/http';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('is served at /api/openapi.json as OpenAPI 3.1, with every API route documented and summarized', async () => {
    const response = await caller(t.app).get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    const documented = Object.entries(response.body.paths as Record<string, Record<string, { summary?: string }>>).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, summary: operation.summary })),
    );
    const routes = t.app.routeTable.filter((entry) => entry.url.startsWith('/api/') && !entry.url.startsWith('/api/docs') && entry.url !== '/api/openapi.json');
    for (const entry of routes) {
      const key = `${entry.method} ${entry.url.replace(/:([a-zA-Z]+)/g, '{$1}')}`;
      const operation = documented.find((d) => d.key === key);
      expect(operation, `${key} is documented`).toBeDefined();
      expect(operation?.summary, `${key} has a summary`).toEqual(expect.any(String));
    }
  });

  it('the docs UI is served at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/swagger/i);
  });

  it('the committed web/src/api/openapi.json and its TypeScript types are up to date (run `npm run api:generate`)', async () => {
    const json = openApiJson(t.app);
    expect(readFileSync('web/src/api/openapi.json', 'utf8')).toBe(json);
    expect(readFileSync('web/src/api/schema.gen.ts', 'utf8')).toBe(await openApiTypes(json));
  });

  it('GET /api/health answers the database kind and version', async () => {
    const response = await caller(t.app).get('/api/health');
    expect(response.body).toEqual({ status: 'ok', database: t.database.kind, version: expect.any(String) });
  });
});
