import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { agencies, counters, stageTemplateStages, users } from '../../src/db/schema';
import { refreshAgencyCandidateSearch } from '../../src/modules/candidates/search-index';
import { DEMO } from '../../src/seed/demo';
import { generateActivities } from './activities';
import { copyWriter, insertWriter } from './bulk';
import { type CandidateRow, type CvRow, generateCandidates } from './candidates';
import { generateClients, generateJobs, generateUsers } from './clients';
import { deferIndexes } from './indexes';
import { type GeneratedUser, type GeneratorContext, SCALES, type ScaleName } from './context';
import { FIRST_PLACEMENT_NUMBER, generatePipeline } from './pipeline';
import { withProgress } from './progress';
import { Random } from './random';

export type GenerateOptions = {
  database: Database;
  /** PostgreSQL's URL: rows go in with COPY on a connection of their own. Without it, multi-row INSERTs (PGlite). */
  url?: string;
  scale: ScaleName;
  seed: number;
  now: Date;
  /** Each batch of candidates as written (the OpenCATS peer loads the same people). */
  onCandidates?: (rows: CandidateRow[], cvs: CvRow[]) => Promise<void>;
};
export type GenerateResult = { agencyId: string; rows: number; seconds: number; rowsPerSecond: number; counts: Record<string, number> };

/** Job numbers of generated jobs start here, clear of the demo's J-1001…; the agency's counter moves past them. */
const FIRST_JOB_NUMBER = 100_001;

/**
 * Fills the demo agency (already seeded) with a synthetic agency at the given scale: staff, clients and contacts, job
 * orders, candidates with CVs, pipelines through to placements, activities and tasks; then the candidate search table
 * the app keeps in step, and fresh planner statistics.
 */
export async function generateAgency(options: GenerateOptions): Promise<GenerateResult> {
  const { db } = options.database;
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.slug, DEMO.slug));
  if (!agency) {
    throw new Error('the demo agency must be seeded first');
  }
  const team = await db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.agencyId, agency.id));
  const template = await db
    .select({ name: stageTemplateStages.name, kind: stageTemplateStages.kind, position: stageTemplateStages.position })
    .from(stageTemplateStages)
    .where(eq(stageTemplateStages.agencyId, agency.id))
    .orderBy(asc(stageTemplateStages.position));
  const rebuildIndexes = options.url ? await deferIndexes(options.database) : async () => undefined;
  const progress = withProgress(options.url ? await copyWriter(options.url) : insertWriter(db));
  const context: GeneratorContext = {
    random: new Random(options.seed),
    writer: progress.writer,
    agencyId: agency.id,
    now: options.now,
    scale: SCALES[options.scale],
    users: team.filter((user): user is GeneratedUser => user.role !== 'admin'),
    organizations: [],
    contacts: [],
    jobs: [],
    candidateIds: [],
  };
  let placements = 0;
  try {
    await generateUsers(context);
    await generateClients(context);
    await generateJobs(context, template, FIRST_JOB_NUMBER);
    await generateCandidates(context, options.onCandidates);
    placements = (await generatePipeline(context)).placements ?? 0;
    await generateActivities(context);
  } finally {
    await progress.writer.close();
  }
  if (process.stdout.isTTY) {
    process.stdout.write('\n'); // past the progress line
  }
  // The app numbers the next job and placement after the generated ones.
  await db
    .insert(counters)
    .values([
      { agencyId: agency.id, name: 'job', value: FIRST_JOB_NUMBER + context.jobs.length - 1 },
      { agencyId: agency.id, name: 'placement', value: FIRST_PLACEMENT_NUMBER + placements - 1 },
    ])
    .onConflictDoUpdate({ target: [counters.agencyId, counters.name], set: { value: sql`greatest(${counters.value}, excluded.value)` } });
  // The indexes and the search table are independent: built at once, they share the cores.
  await Promise.all([timed('indexes rebuilt', rebuildIndexes()), timed('candidate search table built', refreshAgencyCandidateSearch(db, agency.id))]);
  // As autovacuum would have by the time an agency had grown this big: statistics and the visibility map.
  await timed('vacuumed and analyzed', options.database.executeSql(options.database.kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE'));
  const { rows, seconds } = progress.finish();
  return { agencyId: agency.id, rows, seconds, rowsPerSecond: Math.round(rows / seconds), counts: progress.counts };
}

async function timed<T>(what: string, work: Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work;
  console.log(`${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
