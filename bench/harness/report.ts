import type { GenerateResult } from '../generator';
import type { InvoiceRunTimings } from '../invoice-run/measure';
import type { LatencySummary } from '../stats';
import type { LoadResult } from './load';

export type ReadResult = { group: string; name: string; path: string; statements: number; sql: LatencySummary; peer?: LatencySummary & { rows: number } };
export type Results = {
  scenario: string;
  scale: string;
  db: string;
  node: string;
  date: string;
  generated: GenerateResult;
  peerLoad?: { rows: number; seconds: number };
  reads: ReadResult[];
  load: (LoadResult & { target: string; connections: number })[];
  invoiceRun?: InvoiceRunTimings & { timesheetsPerRun: number };
};

/** The issue's overhead goal: API p95 within max(1.5 × SQL p95, SQL p95 + 2 ms). */
export const withinOverhead = (api: number, sql: number) => api <= Math.max(1.5 * sql, sql + 2);

const ms = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(1));

/** The run as markdown: generation, reads at concurrency 1 against their SQL and OpenCATS, throughput at 16, the invoice run. */
export function report(results: Results): string {
  const lines = [
    `## ${results.scenario} · scale ${results.scale} · ${results.db} · ${results.date.slice(0, 10)}`,
    '',
    `Generated ${results.generated.rows.toLocaleString('en')} rows in ${results.generated.seconds.toFixed(1)} s (${results.generated.rowsPerSecond.toLocaleString('en')} rows/s)` +
      (results.peerLoad ? `; OpenCATS peer: ${results.peerLoad.rows.toLocaleString('en')} candidates loaded alongside.` : '.'),
  ];
  const at = (target: string, connections: number) => results.load.find((row) => row.target === target && row.connections === connections);
  if (results.reads.length > 0) {
    lines.push('', '| read | API p50 | API p95 | SQL p95 | API / SQL | overhead goal | OpenCATS p95 | OpenCATS / API | c=16 req/s |', '|---|---|---|---|---|---|---|---|---|');
    for (const read of results.reads) {
      const name = `${read.group}: ${read.name}`;
      const one = at(name, 1);
      const many = at(name, 16);
      const api = one?.p95;
      lines.push(
        `| ${name} | ${ms(one?.p50)} | ${ms(api)} | ${ms(read.sql.p95)} | ${api === undefined ? '–' : (api / Math.max(read.sql.p95, 0.01)).toFixed(2)} | ${api === undefined ? '–' : withinOverhead(api, read.sql.p95) ? 'met' : 'missed'} | ${ms(read.peer?.p95)} | ${read.peer && api ? `${(read.peer.p95 / Math.max(api, 0.01)).toFixed(1)}×` : '–'} | ${many?.rps ?? '–'} |`,
      );
    }
  }
  const others = results.load.filter((row) => !results.reads.some((read) => `${read.group}: ${read.name}` === row.target));
  if (others.length > 0) {
    lines.push('', '| target | conn | req/s | p50 | p95 | p99 | errors | server RSS MiB |', '|---|---|---|---|---|---|---|---|');
    for (const row of others) {
      lines.push(`| ${row.target} | ${row.connections} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${row.rssMb} |`);
    }
  }
  const errors = results.load.reduce((sum, row) => sum + row.errors, 0);
  lines.push('', `Load runs: ${results.load.length}, errors ${errors}, server RSS at the end ${results.load.at(-1)?.rssMb ?? '–'} MiB.`);
  if (results.invoiceRun) {
    const { single, parallel, timesheetsPerRun } = results.invoiceRun;
    lines.push(
      '',
      `Invoice run over ${timesheetsPerRun.toLocaleString('en')} approved timesheets: ${single.ms} ms (${single.invoices} invoices, ${single.lines} lines). ` +
        `Two runs at once for another client: ${parallel.ms} ms, ${parallel.timesheetsBilled} timesheets billed, ${parallel.duplicates} billed twice.`,
    );
  }
  return lines.join('\n');
}
