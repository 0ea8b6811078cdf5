import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../../src/db/client';
import { sessions } from '../../src/db/schema';
import { STAFF_ROLES } from '../../src/shared/roles';
import { type TestAgency, createTestAgency } from '../support/agency';
import { type TestApp, startTestApp } from '../support/app';
import { caller } from '../support/http';
import { FOREIGN_SAMPLE_PROVIDERS } from '../support/foreign-samples';
import { type ForeignSample, route } from '../support/foreign-samples/types';
import { rowCounts } from '../support/row-counts';

let t: TestApp;
let mine: TestAgency;
let theirs: TestAgency;
/** For every route that takes a record id: a record of the other agency, and a body the route would accept. */
let foreign: Record<string, ForeignSample>;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SAMPLE_PARAMS: Record<string, string> = { id: '01900000-0000-7000-8000-000000000000', key: 'agency.timeZone', list: 'worker_types', token: 'x'.repeat(43) };
const fill = (url: string, params: Record<string, string> = {}) => url.replace(/:([a-zA-Z]+)/g, (_m, name: string) => params[name] ?? SAMPLE_PARAMS[name] ?? name);

beforeAll(async () => {
  t = await startTestApp();
  mine = await createTestAgency(t);
  theirs = await createTestAgency(t);
  foreign = {};
  for (const provide of FOREIGN_SAMPLE_PROVIDERS) {
    Object.assign(foreign, await provide(t, theirs));
  }
});
afterAll(() => t.close());

describe('route table', () => {
  it('every route declares who may call it', () => {
    const undeclared = t.app.routeTable.filter((entry) => !entry.access).map((entry) => route(entry.method, entry.url));
    expect(undeclared).toEqual([]);
  });

  it("another agency's record answers 404 on every route that takes a record id, and nothing of theirs changes", async () => {
    const before = await t.database.db.execute(sql`SELECT count(*) AS n FROM audit_events WHERE agency_id = ${theirs.id}`);
    const idRoutes = t.app.routeTable.filter((entry) => entry.url.includes(':id'));
    expect(idRoutes.length).toBeGreaterThan(5);
    for (const entry of idRoutes) {
      const sample = foreign[route(entry.method, entry.url)];
      expect(sample, `${route(entry.method, entry.url)} needs a foreign-record sample in this test`).toBeDefined();
      if (!sample) {
        continue;
      }
      const url = fill(entry.url, { id: sample.id, ...sample.params });
      const response = await mine.apiKey.admin.request(entry.method as 'GET', url, MUTATING.has(entry.method) ? (sample.body ?? {}) : undefined);
      expect(response.status, `${entry.method} ${url}`).toBe(404);
    }
    const after = await t.database.db.execute(sql`SELECT count(*) AS n FROM audit_events WHERE agency_id = ${theirs.id}`);
    expect(resultRows(after)).toEqual(resultRows(before));
  });

  it('a role outside the route\'s declared roles is refused with 403, and nobody signed out gets past 401', async () => {
    for (const entry of t.app.routeTable) {
      const access = entry.access;
      if (!access || access.kind === 'public' || !entry.url.startsWith('/api/')) {
        continue;
      }
      const url = fill(entry.url);
      for (const role of STAFF_ROLES.filter((r) => !access.roles.includes(r))) {
        const response = await mine.as[role].request(entry.method as 'GET', url, MUTATING.has(entry.method) ? {} : undefined);
        expect(response.status, `${role} ${entry.method} ${url}`).toBe(403);
      }
      const anonymous = await caller(t.app).request(entry.method as 'GET', url, MUTATING.has(entry.method) ? {} : undefined);
      expect(anonymous.status, `anonymous ${entry.method} ${url}`).toBe(401);
    }
  });

  it('every mutating route given a malformed body answers 4xx with a message, and writes nothing', async () => {
    const before = await rowCounts(t);
    const junk: unknown[] = [[], 'text', 42, null, { version: 'one', name: 12, email: false, role: 'overlord', scopes: 'all', value: undefined, label: [], subject: {}, body: 7, password: 1, ids: 'x' }];
    for (const entry of t.app.routeTable.filter((e) => MUTATING.has(e.method))) {
      const url = fill(entry.url);
      const invalidJson = await mine.apiKey.admin.request(entry.method as 'POST', url, '{"broken', { headers: { 'content-type': 'application/json' } });
      expect(invalidJson.status, `${entry.method} ${url} invalid JSON`).toBeGreaterThanOrEqual(400);
      expect(invalidJson.status).toBeLessThan(500);
      const wrongType = await mine.apiKey.admin.request(entry.method as 'POST', url, 'name=x', { headers: { 'content-type': 'text/plain' } });
      expect(wrongType.status, `${entry.method} ${url} text/plain`).toBeGreaterThanOrEqual(400);
      expect(wrongType.status).toBeLessThan(500);
      // For an action without a body, JSON null means "no body" like an empty one; anything else is refused.
      for (const body of entry.hasBody ? junk : [...junk.filter((b) => b !== null), { unexpected: true }]) {
        const response = await mine.apiKey.admin.request(entry.method as 'POST', url, JSON.stringify(body));
        expect(response.status, `${entry.method} ${url} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.body.error.message).toEqual(expect.any(String));
      }
    }
    expect(await rowCounts(t)).toEqual(before);
  });

  it('an oversized body answers 413', async () => {
    const response = await mine.apiKey.admin.post('/api/users', { email: 'big@example.test', name: 'x'.repeat(1_100_000), role: 'recruiter' });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });
});

describe('tenancy in the keys', () => {
  it("the database itself refuses a row of one agency that points at another agency's record", async () => {
    const attempt = t.database.db.insert(sessions).values({ agencyId: mine.id, userId: theirs.users.admin.id, tokenHash: 'x', csrfToken: 'y', expiresAt: new Date() });
    await expect(attempt).rejects.toMatchObject({ cause: { code: '23503' } });
  });
});
