import { afterAll, beforeAll } from 'vitest';
import { type TestAgency, createTestAgency } from './agency';
import { type TestApp, startTestApp } from './app';

export type AgencyTestContext = { t: TestApp; agency: TestAgency };

/**
 * The usual start of an API test file: the app on a fresh database and one agency with a user per role,
 * closed after the file. Read `ctx.t` / `ctx.agency` inside tests (they are set in beforeAll).
 */
export function useTestAgency(env: Record<string, string> = {}): AgencyTestContext {
  const ctx = {} as AgencyTestContext;
  beforeAll(async () => {
    ctx.t = await startTestApp(env);
    ctx.agency = await createTestAgency(ctx.t);
  });
  afterAll(() => ctx.t.close());
  return ctx;
}
