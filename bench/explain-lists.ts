// `npx tsx bench/explain-lists.ts [--orgs 100000] [--contacts 1000000] [--jobs 200000] [--candidates 1000000]`
// Fills a fresh PostgreSQL database (TEST_DATABASE_URL's server) with one large agency, runs the app's own list
// queries through a logging Drizzle instance, and EXPLAIN ANALYZEs each captured statement: it prints the plan's
// time and fails when a hot path scans a large table sequentially. The database is dropped afterwards.
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import * as schema from '../src/db/schema';
import { createAgency } from '../src/modules/agencies/service';
import { refreshAgencyCandidateSearch } from '../src/modules/candidates/search-index';
import type { StaffActor } from '../src/platform/auth/actor';
import { LIST_CASES } from './explain-cases';

const { values } = parseArgs({
  options: { orgs: { type: 'string', default: '100000' }, contacts: { type: 'string', default: '1000000' }, jobs: { type: 'string', default: '200000' }, candidates: { type: 'string', default: '1000000' } },
});
const sizes = { orgs: Number(values.orgs), contacts: Number(values.contacts), jobs: Number(values.jobs), candidates: Number(values.candidates) };
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `fillrate_explain_${Date.now()}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName}`);
const url = new URL(serverUrl);
url.pathname = `/${databaseName}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
pool.on('error', () => undefined);
const captured: { sql: string; params: unknown[] }[] = [];
const db = drizzle({ client: pool, schema, casing: 'snake_case', logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;

try {
  await migrateDatabase({ kind: 'postgres', db, executeSql: async (text, params) => ({ rows: (await pool.query(text, params)).rows }), close: async () => undefined });
  const { agency, admin: user } = await db.transaction((tx) => createAgency({ tx, name: 'Scale Agency', slug: 'scale', admin: { email: 'scale@example.test', name: 'Scale Admin' } }));
  const started = Date.now();
  await fill(agency.id);
  // The search table the app keeps in step, built the way the demo seed builds it.
  await refreshAgencyCandidateSearch(db, agency.id);
  await pool.query('VACUUM ANALYZE candidate_search');
  console.log(`filled ${sizes.orgs} organizations, ${sizes.contacts} contacts, ${sizes.jobs} jobs, ${sizes.candidates} candidates in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const actor: StaffActor = { type: 'user', agencyId: agency.id, userId: user.id, role: 'admin', name: user.name, email: user.email, requestId: undefined, sessionId: '', csrfToken: '' };
  const sample = await samples(agency.id);
  // A sequential scan of a table of a few rows is the planner's right choice; of a large one it is a missing index.
  const { rows: large } = await pool.query(`SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > 10000`);
  const largeTables = new Set(large.map((row: { relname: string }) => row.relname));
  let failures = 0;
  console.log('| list | statements | slowest plan (ms) | sequential scans of large tables |\n|---|---|---|---|');
  for (const listCase of LIST_CASES) {
    captured.length = 0;
    await listCase.run(db, actor, sample);
    let slowest = 0;
    const scans = new Set<string>();
    for (const statement of [...captured]) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
      const plan = (rows[0] as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] })['QUERY PLAN'][0];
      slowest = Math.max(slowest, plan['Execution Time']);
      for (const table of seqScans(plan.Plan)) {
        if (largeTables.has(table)) {
          scans.add(table);
        }
      }
    }
    failures += scans.size;
    console.log(`| ${listCase.name} | ${captured.length} | ${slowest.toFixed(1)} | ${[...scans].join(', ') || 'none'} |`);
  }
  process.exitCode = failures > 0 ? 1 : 0;
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin.end();
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

async function samples(agencyId: string) {
  const { rows } = await pool.query(
    `SELECT (SELECT id FROM organizations WHERE agency_id = $1 ORDER BY id LIMIT 1 OFFSET 5000) AS organization_id,
            (SELECT id FROM users WHERE agency_id = $1 ORDER BY id LIMIT 1 OFFSET 7) AS user_id,
            (SELECT id FROM jobs WHERE agency_id = $1 ORDER BY id LIMIT 1 OFFSET 5000) AS job_id,
            (SELECT id FROM candidates WHERE agency_id = $1 ORDER BY id LIMIT 1 OFFSET 5000) AS candidate_id`,
    [agencyId],
  );
  return rows[0] as { organization_id: string; user_id: string; job_id: string; candidate_id: string };
}

/** Bulk rows with generate_series: a realistic spread of statuses, owners and dates, one statement per table. */
async function fill(agencyId: string) {
  const q = (text: string) => pool.query(text, [agencyId]);
  const people = `(SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE agency_id = $1) u`;
  const clients = `(SELECT array_agg(id ORDER BY id) AS ids FROM organizations WHERE agency_id = $1) o`;
  await q(`INSERT INTO users (agency_id, id, email, name, role, status)
           SELECT $1, gen_random_uuid(), 'user' || g || '@scale.test', 'User ' || g, (ARRAY['recruiter','account_manager','manager'])[1 + g % 3], 'active'
           FROM generate_series(1, 50) g`);
  await q(`INSERT INTO organizations (agency_id, id, name, status, industry, owner_id, currency, tags, created_at, updated_at)
           SELECT $1, gen_random_uuid(), 'Company ' || md5(g::text), (ARRAY['prospect','active','inactive'])[1 + g % 3],
                  (ARRAY['Logistics','Healthcare','Finance','Retail','Manufacturing'])[1 + g % 5], u.ids[1 + g % 50], 'GBP',
                  CASE WHEN g % 10 = 0 THEN ARRAY['key-account'] ELSE '{}'::text[] END,
                  now() - (g % 1000) * interval '1 day', now() - (g % 997) * interval '1 hour'
           FROM generate_series(1, ${sizes.orgs}) g, ${people}`);
  await q(`INSERT INTO contacts (agency_id, id, first_name, last_name, emails, organization_id, owner_id, status, created_at, updated_at)
           SELECT $1, gen_random_uuid(), 'First' || (g % 5000), 'Last' || md5(g::text), ARRAY['c' || g || '@example.test'],
                  o.ids[1 + g % ${sizes.orgs}], u.ids[1 + g % 50], (ARRAY['active','inactive'])[1 + g % 2],
                  now() - (g % 1000) * interval '1 day', now() - (g % 991) * interval '1 minute'
           FROM generate_series(1, ${sizes.contacts}) g, ${clients}, ${people}`);
  await q(`INSERT INTO jobs (agency_id, id, number, organization_id, title, employment_type, currency, owner_id, status, status_changed_at, urgency, created_at, updated_at)
           SELECT $1, gen_random_uuid(), 1000 + g, o.ids[1 + g % ${sizes.orgs}],
                  (ARRAY['Forklift driver','Payroll administrator','Registered nurse','Data engineer','Electrician'])[1 + g % 5] || ' ' || g,
                  (ARRAY['permanent','temporary','contract','contract_to_hire','retained'])[1 + g % 5], 'GBP', u.ids[1 + g % 50],
                  (ARRAY['intake','qualified','open','on_hold','filled','closed','cancelled'])[1 + g % 7],
                  now() - (g % 60) * interval '1 day', (ARRAY['low','normal','high','critical'])[1 + g % 4],
                  now() - (g % 900) * interval '1 day', now() - (g % 887) * interval '1 hour'
           FROM generate_series(1, ${sizes.jobs}) g, ${clients}, ${people}`);
  await q(`INSERT INTO candidates (agency_id, id, first_name, last_name, emails, phones, source, owner_id, status, available_on, skills, skill_names, tags, current_title, current_employer, created_at, updated_at)
           SELECT $1, gen_random_uuid(), 'Given' || (g % 3000), 'Family' || md5(g::text), ARRAY['cand' || g || '@example.test'], ARRAY['+447911' || lpad((g % 1000000)::text, 6, '0')],
                  (ARRAY['sourced','referral','applicant','import','job_board'])[1 + g % 5], u.ids[1 + g % 50],
                  (ARRAY['new','active','actively_searching','on_assignment','placed','not_looking','do_not_contact'])[1 + g % 7],
                  (current_date + (g % 120)), jsonb_build_array(jsonb_build_object('name', (ARRAY['Forklift','Python','Nursing','Payroll','Welding'])[1 + g % 5])),
                  ARRAY[(ARRAY['forklift','python','nursing','payroll','welding'])[1 + g % 5], 'skill' || (g % 2000)],
                  CASE WHEN g % 20 = 0 THEN ARRAY['hot'] ELSE '{}'::text[] END, 'Title ' || (g % 300), 'Company ' || (g % 5000),
                  now() - (g % 1500) * interval '1 day', now() - (g % 1499) * interval '1 hour'
           FROM generate_series(1, ${sizes.candidates}) g, ${people}`);
  await q(`UPDATE contacts SET roles = ARRAY['billing'] WHERE agency_id = $1 AND last_name LIKE 'Lastf%'`);
  await q(`INSERT INTO deals (agency_id, id, title, organization_id, stage, value_minor, currency, owner_id, updated_at)
           SELECT $1, gen_random_uuid(), 'Deal ' || g, o.ids[1 + g % ${sizes.orgs}], (ARRAY['lead','discovery','proposal','negotiation','won','lost'])[1 + g % 6],
                  (g % 100) * 100000, 'GBP', u.ids[1 + g % 50], now() - (g % 500) * interval '1 hour'
           FROM generate_series(1, ${Math.round(sizes.orgs / 2)}) g, ${clients}, ${people}`);
  await q(`INSERT INTO job_recruiters (agency_id, job_id, user_id)
           SELECT $1, j.id, u.ids[1 + (j.number * 7) % 50] FROM jobs j, ${people} WHERE j.agency_id = $1`);
  await q(`INSERT INTO tasks (agency_id, id, title, due_at, assignee_id, job_id, done_at)
           SELECT $1, gen_random_uuid(), 'Call the hiring manager', now() + (j.number % 30 - 10) * interval '1 day', u.ids[1 + j.number % 50], j.id,
                  CASE WHEN j.number % 3 = 0 THEN now() END
           FROM jobs j, ${people} WHERE j.agency_id = $1`);
  await q(`INSERT INTO activities (agency_id, id, kind, body, occurred_at, job_id)
           SELECT $1, gen_random_uuid(), (ARRAY['note','call','email','meeting'])[1 + (j.number + k) % 4], 'Spoke about the shortlist',
                  now() - ((j.number + k) % 200) * interval '1 hour', j.id
           FROM jobs j, generate_series(1, 2) k WHERE j.agency_id = $1`);
  await q(`INSERT INTO activities (agency_id, id, kind, body, occurred_at, contact_id)
           SELECT $1, gen_random_uuid(), 'call', 'Left a voicemail', c.created_at, c.id
           FROM contacts c WHERE c.agency_id = $1 AND c.last_name < 'Last8'`);
  await q(`INSERT INTO job_status_changes (agency_id, id, job_id, from_status, to_status, actor_label, created_at)
           SELECT $1, gen_random_uuid(), j.id, NULL, 'intake', 'Import', j.created_at FROM jobs j WHERE j.agency_id = $1`);
  // VACUUM as autovacuum would have by then: it sets the visibility map that index-only scans rely on.
  await pool.query('VACUUM ANALYZE');
}
