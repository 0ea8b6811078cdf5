// `npm run bench -- <scenario> [--scale XS|S|M|L] [--db pglite|postgres] [--seconds 5] [--requests 3000] [--seed 42]
//   [--timesheets 20000] [--connections 1,16] [--no-peer] [--keep] [--out bench/results]`
// Generates the synthetic agency on a fresh database, times the raw SQL behind each read, loads the same candidates
// into the OpenCATS peer (MariaDB), starts the real server, drives it over loopback with autocannon, and writes
// bench/results/<date>-<scenario>-<scale>-<db>.json plus a markdown report. bench/README.md explains the figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/client';
import { DEMO } from '../src/seed/demo';
import { SCALES, type ScaleName } from './generator/context';
import { drive, type Target } from './harness/load';
import { feedPeerFromDatabase, startPeerLoad } from './harness/peer';
import { report, type Results } from './harness/report';
import { startServer } from './harness/server';
import { openSqlProbe } from './harness/sql-probe';
import { measureInvoiceRun, signIn } from './invoice-run/measure';
import { prepareInvoiceRun } from './invoice-run/prepare';
import { timeOpencats } from './opencats/queries';
import { reopenOpencatsDatabase } from './opencats/schema';
import { type DatabaseKind, prepareDatabase, reopenDatabase } from './prepare';
import { pickSamples, readTargets } from './scenarios/reads';

const SCENARIOS = ['all', 'reads', 'invoice-run', 'login'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string', default: 'XS' },
    db: { type: 'string', default: 'pglite' },
    seconds: { type: 'string', default: '5' },
    requests: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '42' },
    timesheets: { type: 'string', default: '20000' },
    out: { type: 'string', default: 'bench/results' },
    connections: { type: 'string', default: '1,16' },
    'no-peer': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const scenario = (positionals[0] ?? 'all') as Scenario;
if (!SCENARIOS.includes(scenario)) {
  throw new Error(`unknown scenario ${scenario}; one of: ${SCENARIOS.join(', ')}`);
}
if (!(values.scale in SCALES)) {
  throw new Error(`unknown scale ${values.scale}; one of: ${Object.keys(SCALES).join(', ')}`);
}
const scale = values.scale as ScaleName;
const kind: DatabaseKind = values.db === 'postgres' ? 'postgres' : 'pglite';
const has = (part: Exclude<Scenario, 'all'>) => scenario === 'all' || scenario === part;
const load = { seconds: Number(values.seconds), maxRequests: Number(values.requests) };
const concurrency = values.connections.split(',').map(Number);
// A fixed instant keeps the data identical from run to run; it is recent so that "due soon" and "this week" mean something.
const now = new Date(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);

const withPeer = has('reads') && !values['no-peer'];
// --keep: the databases outlive the run under names made of the scale and seed, and the next --keep run reads them
// instead of generating again. The invoice run writes to its database, so it always gets a fresh one.
if (values.keep && has('invoice-run')) {
  throw new Error('--keep is for the reads and login scenarios: the invoice run changes its database');
}
const keepAs = values.keep ? `${scale.toLowerCase()}_seed${values.seed}` : undefined;
const reopened = keepAs ? await reopenDatabase(kind, keepAs) : undefined;
const keptPeer = reopened && withPeer && keepAs ? await reopenOpencatsDatabase(keepAs) : undefined;
const peer = withPeer && !keptPeer ? await startPeerLoad(keepAs) : undefined;
console.log(
  reopened
    ? `reusing the scale ${scale} database kept as ${keepAs}${keptPeer ? ' and its OpenCATS peer' : ''}`
    : `generating scale ${scale} on ${kind}${peer ? ' (and the OpenCATS peer on MariaDB)' : ''}…`,
);
const prepared = reopened ?? (await prepareDatabase(kind, scale, { seed: Number(values.seed), now, onCandidates: peer?.onCandidates, keepAs }));
if (reopened && peer) {
  console.log('loading the OpenCATS peer from its candidates…');
  await withDatabase((db) => feedPeerFromDatabase(peer, db, prepared.generated.agencyId));
}
const peerLoad = keptPeer ?? (await peer?.finish());
const results: Results = { scenario, scale, db: kind, node: process.version, date: new Date().toISOString(), generated: prepared.generated, reads: [], load: [], peerLoad: peerLoad && { rows: peerLoad.rows, seconds: peerLoad.seconds } };
console.log(`generated ${prepared.generated.rows} rows in ${prepared.generated.seconds.toFixed(1)} s (${prepared.generated.rowsPerSecond} rows/s)`);

try {
  const invoiceRun = has('invoice-run') ? await withDatabase((db) => prepareInvoiceRun(db, prepared.generated.agencyId, { timesheets: Number(values.timesheets), clients: 2 })) : undefined;
  const probe = await openSqlProbe(prepared);
  const targets = has('reads') ? readTargets(await pickSamples(probe.db)) : [];
  const floors = [];
  try {
    for (const target of targets) {
      const statements = await probe.capture(target.query);
      floors.push({ statements: statements.length, sql: await probe.time(statements, { iterations: Math.min(200, load.maxRequests), maxMs: load.seconds * 2_000 }) });
    }
  } finally {
    await probe.close();
  }
  for (const [i, target] of targets.entries()) {
    const peerTime = peerLoad && target.peer ? await timeOpencats(peerLoad.db, target.peer, { iterations: 20, maxMs: 20_000 }) : undefined;
    results.reads.push({ group: target.group, name: target.name, path: target.path, ...floors[i]!, peer: peerTime });
  }
  const server = await startServer(prepared.env);
  try {
    const session = await signIn(server.base, DEMO.admin.email, DEMO.password);
    const drives: Target[] = [
      ...targets.map((target) => ({ name: `${target.group}: ${target.name}`, path: target.path, headers: { cookie: session.cookie } })),
      ...(has('login') ? [{ name: 'login', path: '/api/auth/login', method: 'POST' as const, body: JSON.stringify({ email: DEMO.admin.email, password: DEMO.password }) }] : []),
    ];
    for (const target of drives) {
      // One request first: it warms the route up and waits out whatever the previous run left queued.
      await requestOnce(server.base, target);
      for (const connections of concurrency) {
        results.load.push({ target: target.name, connections, ...(await drive(server.base, target, { connections, ...load, rssMb: server.rssMb })) });
      }
    }
    if (invoiceRun) {
      results.invoiceRun = { timesheetsPerRun: invoiceRun.timesheetsPerClient, ...(await measureInvoiceRun(server.base, session, invoiceRun)) };
    }
    // autocannon leaves requests in flight when it reaches its count; one more waits them out, so the server stops idle.
    const last = drives.at(-1);
    if (last) {
      await requestOnce(server.base, last);
    }
  } finally {
    await server.stop();
  }
} finally {
  await prepared.drop();
  await peerLoad?.db.drop();
}

mkdirSync(values.out, { recursive: true });
const file = `${values.out}/${results.date.slice(0, 10)}-${scenario}-${scale}-${kind}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(report(results));
console.log(`\nwrote ${file}`);
// Figures from a run with failed requests or a line billed twice are not figures: the run fails (the smoke in npm test relies on it).
const errors = results.load.reduce((sum, row) => sum + row.errors, 0);
if (errors > 0 || (results.invoiceRun?.parallel.duplicates ?? 0) > 0) {
  console.error(`the run had ${errors} failed requests and ${results.invoiceRun?.parallel.duplicates ?? 0} timesheets billed twice`);
  process.exitCode = 1;
}

function requestOnce(base: string, target: Target): Promise<Response> {
  return fetch(`${base}${target.path}`, { method: target.method ?? 'GET', headers: { 'content-type': 'application/json', ...target.headers }, body: target.body });
}

/** The prepared database opened in this process, for preparation that must happen before the server owns it. */
async function withDatabase<T>(work: (db: Parameters<typeof prepareInvoiceRun>[0]) => Promise<T>): Promise<T> {
  const database = await openDatabase(prepared.url ? { kind: 'postgres', url: prepared.url, max: 2 } : { kind: 'pglite', dataDir: `${prepared.env.FILLRATE_DATA_DIR}/pglite` });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}
