// Times the invoice run over HTTP on a prepared database: one run for the first client, then two at once for the
// second, and checks through the API that every timesheet ended up on exactly one invoice.
import { z } from 'zod';
import type { PreparedInvoiceRun } from './prepare';

export type Session = { cookie: string; csrf: string };

export type InvoiceRunTimings = {
  single: { organizationId: string; ms: number; lines: number; invoices: number };
  parallel: {
    organizationId: string;
    ms: number;
    /** Runs answered 201 (a run that found everything claimed by the other still answers 201, with no drafts). */
    runs: number;
    statuses: number[];
    /** Sources the runs reported as claimed by the other run. */
    claimedElsewhere: number;
    lines: number;
    timesheetsBilled: number;
    /** Timesheets whose lines are on more than one invoice. */
    duplicates: number;
  };
};

const ZLogin = z.object({ csrfToken: z.string() });
const ZRunAnswer = z.object({ data: z.object({ invoices: z.array(z.object({ id: z.string() })), claimedElsewhere: z.number() }) });
const ZInvoicePage = z.object({ data: z.array(z.object({ id: z.string() })), nextCursor: z.string().nullable() });
const ZInvoiceDetail = z.object({ data: z.object({ lineCount: z.number(), groups: z.array(z.object({ lines: z.array(z.object({ timesheetId: z.string().nullable() })) })) }) });
const PAGE_SIZE = 200;

/** Signs in as a staff user: the session cookie and the CSRF token that signed-in changes send. */
export async function signIn(base: string, email: string, password: string): Promise<Session> {
  const answer = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!answer.ok) {
    throw new Error(`sign-in of ${email} failed: ${answer.status} ${await answer.text()}`);
  }
  const cookie = answer.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('fillrate_session='));
  if (!cookie) {
    throw new Error('sign-in answered no session cookie');
  }
  return { cookie, csrf: ZLogin.parse(await answer.json()).csrfToken };
}

/** The API as the signed-in user: JSON in, JSON checked against a schema out. */
function client(base: string, session: Session) {
  return {
    async get<T>(path: string, schema: z.ZodType<T>): Promise<T> {
      const answer = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
      if (!answer.ok) {
        throw new Error(`GET ${path}: ${answer.status} ${await answer.text()}`);
      }
      return schema.parse(await answer.json());
    },
    async post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
      const answer = await fetch(`${base}${path}`, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: answer.status, body: await answer.json() };
    },
  };
}

type Client = ReturnType<typeof client>;

/** Every invoice of a client (keyset pages) and, per timesheet on them, the invoices that bill it. */
async function billedTimesheets(api: Client, organizationId: string) {
  const invoiceIds: string[] = [];
  let cursor: string | null = null;
  do {
    const page: z.infer<typeof ZInvoicePage> = await api.get(`/api/invoices?organizationId=${organizationId}&limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, ZInvoicePage);
    invoiceIds.push(...page.data.map((invoice) => invoice.id));
    cursor = page.nextCursor;
  } while (cursor);
  const invoicesOf = new Map<string, Set<string>>();
  let lines = 0;
  for (const invoiceId of invoiceIds) {
    const { data } = await api.get(`/api/invoices/${invoiceId}`, ZInvoiceDetail);
    lines += data.lineCount;
    for (const line of data.groups.flatMap((group) => group.lines)) {
      if (line.timesheetId) {
        invoicesOf.set(line.timesheetId, (invoicesOf.get(line.timesheetId) ?? new Set()).add(invoiceId));
      }
    }
  }
  return { invoiceIds, lines, invoicesOf };
}

/** One `POST /api/invoices/run`, timed from request to parsed answer. */
async function timedRun(api: Client, organizationId: string, prepared: PreparedInvoiceRun) {
  const started = performance.now();
  const answer = await api.post('/api/invoices/run', { organizationIds: [organizationId], periodFrom: prepared.periodFrom, periodTo: prepared.periodTo });
  return { ...answer, ms: Math.round(performance.now() - started) };
}

/**
 * The single run must bill every timesheet of the first client (it throws otherwise: a partial run is no
 * benchmark); the parallel pair's outcome is reported as counted, duplicates included.
 */
export async function measureInvoiceRun(base: string, session: Session, prepared: PreparedInvoiceRun): Promise<InvoiceRunTimings> {
  const [first, second] = prepared.organizationIds;
  if (!first || !second) {
    throw new Error('the invoice-run benchmark needs two prepared clients');
  }
  const api = client(base, session);

  const single = await timedRun(api, first, prepared);
  if (single.status !== 201) {
    throw new Error(`invoice run answered ${single.status}: ${JSON.stringify(single.body)}`);
  }
  const drafted = ZRunAnswer.parse(single.body).data.invoices.length;
  const billedOnce = await billedTimesheets(api, first);
  if (billedOnce.invoicesOf.size !== prepared.timesheetsPerClient || billedOnce.invoiceIds.length !== drafted) {
    throw new Error(`the run drafted ${drafted} invoices billing ${billedOnce.invoicesOf.size} of ${prepared.timesheetsPerClient} timesheets (${billedOnce.invoiceIds.length} listed)`);
  }

  const started = performance.now();
  const pair = await Promise.all([timedRun(api, second, prepared), timedRun(api, second, prepared)]);
  const ms = Math.round(performance.now() - started);
  const answered = pair.filter((run) => run.status === 201).map((run) => ZRunAnswer.parse(run.body).data);
  const billedTwice = await billedTimesheets(api, second);
  return {
    single: { organizationId: first, ms: single.ms, lines: billedOnce.lines, invoices: drafted },
    parallel: {
      organizationId: second,
      ms,
      runs: answered.length,
      statuses: pair.map((run) => run.status),
      claimedElsewhere: answered.reduce((sum, run) => sum + run.claimedElsewhere, 0),
      lines: billedTwice.lines,
      timesheetsBilled: billedTwice.invoicesOf.size,
      duplicates: [...billedTwice.invoicesOf.values()].filter((invoices) => invoices.size > 1).length,
    },
  };
}
