import { afterAll, beforeAll } from 'vitest';
import { type TestAgency, createTestAgency } from './agency';
import { type TestApp, startTestApp } from './app';
import { type SmtpCapture, startSmtpCapture } from './smtp';

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

export type MailTestContext = AgencyTestContext & { smtp: SmtpCapture };

/**
 * `useTestAgency` with an SMTP server that keeps what the app sends (`ctx.smtp.received`); the app mails through it.
 */
export function useTestAgencyWithMail(env: Record<string, string> = {}): MailTestContext {
  const ctx = {} as MailTestContext;
  beforeAll(async () => {
    ctx.smtp = await startSmtpCapture();
    ctx.t = await startTestApp({ SMTP_URL: ctx.smtp.url, ...env });
    ctx.agency = await createTestAgency(ctx.t);
  });
  afterAll(async () => {
    await ctx.t.close();
    await ctx.smtp.close();
  });
  return ctx;
}
