import { createHash } from 'node:crypto';
import { candidateDocuments, candidateSourceEvents, candidates } from '../../src/db/schema';
import type { CandidateSkill, WorkHistoryEntry } from '../../src/db/schema/candidates';
import { currentPosition, skillNamesOf } from '../../src/domain/candidate-profile';
import type { CandidateSource, CandidateStatus } from '../../src/shared/candidates';
import { CITIES, COMPANY_NAMES, CV_SENTENCES, JOB_TITLES, SKILLS_BY_POPULARITY, WORLD_FIRST_NAMES, WORLD_LAST_NAMES, slugOf } from '../../src/seed/vocabulary';
import type { GeneratorContext } from './context';
import type { Random } from './random';
import { zipfWeights } from './random';

const DAY_MS = 24 * 3600 * 1000;
const HISTORY_DAYS = 3650;
const BATCH = 10_000;
const SKILL_WEIGHTS = zipfWeights(SKILLS_BY_POPULARITY.length, 0.9);
const STATUS_MIX: [CandidateStatus[], number[]] = [['new', 'active', 'actively_searching', 'on_assignment', 'placed', 'not_looking', 'do_not_contact'], [20, 30, 20, 8, 7, 13, 2]];
const SOURCE_MIX: [CandidateSource[], number[]] = [['sourced', 'referral', 'applicant', 'import', 'job_board', 'portal', 'other'], [30, 8, 25, 15, 18, 2, 2]];
const EMAIL_DOMAINS = ['mail.example', 'post.example', 'inbox.example', 'webmail.example'];

export type CandidateRow = typeof candidates.$inferInsert & { id: string; createdAt: Date };
export type CvRow = typeof candidateDocuments.$inferInsert & { text: string };

/**
 * Candidates in batches of 10,000: names from many cultures, emails, E.164 phones, a city, skills drawn with Zipf
 * weights, work history, and a current CV of 1–3 KB of text. Each batch is handed to `onBatch` as well (the
 * OpenCATS peer loads the same people).
 */
export async function generateCandidates(context: GeneratorContext, onBatch?: (rows: CandidateRow[], cvs: CvRow[]) => Promise<void>): Promise<void> {
  const { random, agencyId, now, scale } = context;
  const owners = context.users.filter((user) => user.role === 'recruiter' || user.role === 'manager');
  for (let start = 0; start < scale.candidates; start += BATCH) {
    const rows: CandidateRow[] = [];
    const cvs: CvRow[] = [];
    for (let i = start; i < Math.min(start + BATCH, scale.candidates); i++) {
      const row = candidate(random, agencyId, now, i / scale.candidates, i, random.pick(owners).id);
      rows.push(row);
      cvs.push(cv(random, row));
    }
    await context.writer.insert(candidates, rows);
    await context.writer.insert(
      candidateSourceEvents,
      rows.map((row) => ({ agencyId, id: random.uuid(row.createdAt), candidateId: row.id, source: row.source, occurredAt: row.createdAt, createdAt: row.createdAt })),
    );
    await context.writer.insert(candidateDocuments, cvs);
    await onBatch?.(rows, cvs);
    context.candidateIds.push(...rows.map((row) => row.id));
  }
}

/**
 * Candidate number `i`, `share` of the way through the agency's ten years: people are written in the order they joined,
 * as an agency's table fills, so the rows (and the search rows built from them) lie in the order of their time-ordered ids.
 */
function candidate(random: Random, agencyId: string, now: Date, share: number, i: number, ownerId: string): CandidateRow {
  const firstName = random.pick(WORLD_FIRST_NAMES);
  const lastName = random.pick(WORLD_LAST_NAMES);
  const createdAt = new Date(now.getTime() - (1 - share) * HISTORY_DAYS * DAY_MS - DAY_MS);
  const skills: CandidateSkill[] = Array.from(new Set(Array.from({ length: random.int(3, 8) }, () => random.weighted(SKILLS_BY_POPULARITY, SKILL_WEIGHTS)))).map((name) => ({
    name,
    years: random.int(1, 15),
  }));
  const workHistory: WorkHistoryEntry[] = Array.from({ length: random.int(1, 4) }, (_, k) => {
    const startedYear = 2025 - k * 3 - random.int(0, 2);
    return { title: random.pick(JOB_TITLES), employer: random.pick(COMPANY_NAMES), startedOn: `${startedYear}-0${random.int(1, 9)}-01`, ...(k > 0 ? { endedOn: `${startedYear + 2}-12-31` } : {}) };
  });
  const city = random.pick(CITIES);
  const emails = [`${slugOf(firstName)}.${slugOf(lastName)}.${i}@${random.pick(EMAIL_DOMAINS)}`];
  if (random.chance(0.15)) {
    emails.push(`${slugOf(lastName)}${i}@work.example`);
  }
  const phone = city.country === 'GB' ? `+447${String(random.int(100_000_000, 999_999_999))}` : `+3538${String(random.int(10_000_000, 99_999_999))}`;
  const source = random.weighted(...SOURCE_MIX);
  return {
    agencyId,
    id: random.uuid(createdAt),
    firstName,
    lastName,
    emails,
    phones: random.chance(0.1) ? [phone, `+4420${String(random.int(10_000_000, 99_999_999))}`] : [phone],
    location: city.city,
    source,
    ownerId,
    status: random.weighted(...STATUS_MIX),
    availableOn: random.chance(0.3) ? new Date(now.getTime() + random.int(-30, 90) * DAY_MS).toISOString().slice(0, 10) : null,
    skills,
    skillNames: skillNamesOf(skills),
    workHistory,
    ...currentPosition(workHistory),
    tags: random.chance(0.05) ? ['hot'] : random.chance(0.05) ? ['nights'] : [],
    consentBasis: source === 'applicant' ? 'consent' : 'legitimate_interest',
    consentOn: createdAt.toISOString().slice(0, 10),
    roleInterests: [workHistory[0]?.title ?? random.pick(JOB_TITLES)],
    lastContactedAt: random.chance(0.6) ? new Date(createdAt.getTime() + random.next() * (now.getTime() - createdAt.getTime())) : null,
    createdAt,
    updatedAt: new Date(createdAt.getTime() + random.next() * (now.getTime() - createdAt.getTime())),
  };
}

/** A current CV of 1–3 KB: the candidate's own titles, employers and skills strung through the vocabulary's sentences. */
function cv(random: Random, row: CandidateRow): CvRow {
  const skills = (row.skills ?? []).map((skill) => skill.name);
  const target = random.int(1_024, 3_072);
  const parts = [`${row.firstName} ${row.lastName}`, `${row.location} · ${row.emails?.[0] ?? ''}`];
  let length = parts.join('\n').length;
  while (length < target) {
    const entry = random.pick(row.workHistory ?? []);
    const sentence = random
      .pick(CV_SENTENCES)
      .replace('{title}', entry?.title ?? 'professional')
      .replace('{employer}', entry?.employer ?? 'my employer')
      .replace('{skill}', random.pick(skills))
      .replace('{years}', String(random.int(2, 12)));
    parts.push(sentence);
    length += sentence.length + 1;
  }
  const text = parts.join('\n');
  const sha256 = createHash('sha256').update(text).digest('hex');
  return {
    agencyId: row.agencyId,
    id: random.uuid(row.createdAt),
    candidateId: row.id,
    kind: 'cv',
    fileName: `${slugOf(`${row.firstName} ${row.lastName}`)}-cv.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: text.length * 12,
    sha256,
    storageKey: sha256,
    isCurrentCv: true,
    text,
    extractionStatus: 'done',
    createdAt: row.createdAt,
    updatedAt: row.createdAt,
  };
}
