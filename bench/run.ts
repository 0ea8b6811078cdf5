// `npm run bench -- <scenario> [--db pglite|postgres] [--duration seconds]`
// Starts the real server on a fresh database, signs in, drives it over loopback with autocannon at
// concurrency 1 and 16 (bounded in time; it stops by itself), and writes bench/results/<date>-<scenario>-<db>.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO } from '../src/seed/demo';

type Target = { name: string; method: 'GET' | 'POST'; path: string; body?: string; auth: boolean };

const SCENARIOS: Record<string, Target[]> = {
  // The foundation's hot paths; the Benchmark issue adds candidate search, lists and the pipeline board.
  api: [
    { name: 'health', method: 'GET', path: '/api/health', auth: false },
    { name: 'me (session)', method: 'GET', path: '/api/auth/me', auth: true },
    { name: 'users list', method: 'GET', path: '/api/users?limit=50', auth: true },
    { name: 'audit log page', method: 'GET', path: '/api/audit-events?limit=50', auth: true },
  ],
};

const { positionals, values } = parseArgs({ allowPositionals: true, options: { db: { type: 'string', default: 'pglite' }, duration: { type: 'string', default: '5' } } });
const scenario = positionals[0] ?? 'api';
const targets = SCENARIOS[scenario];
if (!targets) {
  throw new Error(`unknown scenario ${scenario}; one of: ${Object.keys(SCENARIOS).join(', ')}`);
}
const db = values.db === 'postgres' ? 'postgres' : 'pglite';
const duration = Number(values.duration);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

async function withServer<T>(work: (base: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fillrate-bench-'));
  const port = await freePort();
  const env: Record<string, string> = { ...process.env, PORT: String(port), FILLRATE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' } as Record<string, string>;
  let databaseName: string | undefined;
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (db === 'postgres') {
    databaseName = `fillrate_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    env.DATABASE_URL = url.toString();
  }
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let waited = 0; ; waited += 100) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) {
        break;
      }
      if (waited > 60_000) {
        throw new Error('server did not start within 60 s');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await work(base);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseName) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.end();
    }
  }
}

type Row = { target: string; connections: number; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number };

const results = await withServer(async (base) => {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: DEMO.admin.email, password: DEMO.password }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const rows: Row[] = [];
  for (const target of targets) {
    for (const connections of [1, 16]) {
      const result = await autocannon({
        url: `${base}${target.path}`,
        method: target.method,
        body: target.body,
        headers: target.auth ? { cookie } : {},
        connections,
        duration,
      });
      // autocannon's latency object has p2_5, p50, p97_5, p99…; p95 is interpolated between its neighbours.
      const latency = result.latency as unknown as Record<string, number>;
      const p95 = (latency.p90 ?? 0) + ((latency.p97_5 ?? 0) - (latency.p90 ?? 0)) * (5 / 7.5);
      rows.push({ target: target.name, connections, requests: result.requests.total, rps: Math.round(result.requests.average), p50: latency.p50 ?? 0, p95: Math.round(p95 * 10) / 10, p99: latency.p99 ?? 0, errors: result.errors + result.non2xx });
    }
  }
  return rows;
});

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-${scenario}-${db}.json`;
writeFileSync(file, JSON.stringify({ scenario, db, duration, node: process.version, results }, null, 2) + '\n');
console.log(`\n| target | conn | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|`);
for (const row of results) {
  console.log(`| ${row.target} | ${row.connections} | ${row.rps} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} |`);
}
console.log(`\nwrote ${file}`);
