import { and, asc, eq } from 'drizzle-orm';
import { candidateFitNotes, candidateSourceEvents, candidates, jobs, organizations } from '../db/schema';
import type { CandidatePreferences, CandidateSkill, WorkHistoryEntry } from '../db/schema/candidates';
import { currentPosition, skillNamesOf } from '../domain/candidate-profile';
import { refreshAgencyCandidateSearch } from '../modules/candidates/search-index';
import type { CandidateSource, CandidateStatus } from '../shared/candidates';
import type { DemoSeed, DemoUser } from './context';
import { CITIES, COMPANY_NAMES, FIRST_NAMES, JOB_TITLES, LAST_NAMES, SKILLS, pick, slugOf } from './vocabulary';

const DAY_MS = 24 * 3600 * 1000;
const COUNT = 40;
const STATUSES: CandidateStatus[] = ['new', 'active', 'actively_searching', 'active', 'on_assignment', 'placed', 'not_looking', 'actively_searching', 'new', 'do_not_contact'];
const SOURCES: CandidateSource[] = ['sourced', 'applicant', 'referral', 'job_board', 'sourced', 'import'];
const NURTURE = [null, 'engaged', 'nurturing', 'ready', 'paused'] as const;
const SKILL_LEVELS = ['intermediate', 'advanced', 'expert'] as const;

const FIT_NOTES = [
  { kind: 'fit' as const, body: 'Strong on shift leadership; the client asked for exactly this kind of steady supervisor.' },
  { kind: 'future_fit' as const, body: 'Not ready to move until their bonus pays out in spring; keep warm for the next engineering role here.' },
  { kind: 'fit' as const, body: 'Licence and references checked. Happy with the commute and the night rota.' },
  { kind: 'future_fit' as const, body: 'Would suit a team lead role once one opens; good rapport with the hiring manager.' },
];

/**
 * About forty candidates across statuses and owners (the recruiter's desk mostly), with skills, work history,
 * preferences, consent, source histories (some sourced and later applied), fit notes on the demo's clients and jobs,
 * and one obvious duplicate pair (same email, different spelling) for merging.
 */
export const seedCandidates: DemoSeed = async ({ tx, agencyId, team, now }) => {
  const orgs = await tx.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.agencyId, agencyId)).orderBy(asc(organizations.name)).limit(6);
  const openJobs = await tx
    .select({ id: jobs.id, title: jobs.title, organizationId: jobs.organizationId })
    .from(jobs)
    .where(and(eq(jobs.agencyId, agencyId)))
    .orderBy(asc(jobs.number))
    .limit(6);
  const owners: DemoUser[] = [team.recruiter, team.recruiter, team.recruiter, team.manager, team.accounts];
  const rows: (typeof candidates.$inferInsert)[] = Array.from({ length: COUNT }, (_, i) => {
    const firstName = pick(FIRST_NAMES, i * 7 + 3);
    const lastName = pick(LAST_NAMES, i * 11 + 5);
    const city = pick(CITIES, i);
    const title = pick(JOB_TITLES, i * 3);
    const skills: CandidateSkill[] = [0, 1, 2].map((k) => ({ name: pick(SKILLS, i * 3 + k * 5), years: 1 + ((i + k) % 9), level: pick(SKILL_LEVELS, i + k) }));
    const startedYear = 2015 + (i % 8);
    const isBetweenJobs = i % 6 === 5;
    const workHistory: WorkHistoryEntry[] = [
      {
        title,
        employer: pick(COMPANY_NAMES, i * 5 + 1),
        startedOn: `${startedYear}-0${1 + (i % 9)}-01`,
        ...(isBetweenJobs ? { endedOn: '2026-01-31' } : {}),
        summary: `${title} covering ${skills.map((skill) => skill.name.toLowerCase()).join(', ')}.`,
      },
      { title: pick(JOB_TITLES, i * 3 + 1), employer: pick(COMPANY_NAMES, i * 5 + 2), startedOn: `${startedYear - 3}-03-01`, endedOn: `${startedYear - 1}-12-31` },
    ];
    const preferences: CandidatePreferences = {
      employmentTypes: i % 3 === 0 ? ['permanent'] : i % 3 === 1 ? ['temporary', 'contract'] : ['permanent', 'contract_to_hire'],
      desiredPay: i % 3 === 1 ? { minMinor: 1400 + (i % 5) * 150, maxMinor: 2200 + (i % 5) * 150, currency: 'GBP', unit: 'hour' } : { minMinor: 2_800_000 + (i % 7) * 400_000, currency: 'GBP', unit: 'year' },
      locations: [city.city],
      remote: i % 4 === 0 ? ['hybrid', 'remote'] : ['onsite'],
    };
    const source = pick(SOURCES, i);
    const createdAt = new Date(now.getTime() - (120 - i * 2) * DAY_MS);
    return {
      agencyId,
      firstName,
      lastName,
      emails: [`${slugOf(firstName)}.${slugOf(lastName)}${i}@mail.example`],
      phones: [`+447911${String(200_000 + i * 37).padStart(6, '0')}`],
      location: city.city,
      source,
      ownerId: pick(owners, i).id,
      status: pick(STATUSES, i),
      availableOn: i % 4 === 2 ? new Date(now.getTime() + (i % 30) * DAY_MS).toISOString().slice(0, 10) : null,
      preferences,
      skills,
      skillNames: skillNamesOf(skills),
      workHistory,
      ...currentPosition(workHistory),
      education: i % 2 === 0 ? [{ institution: `University of ${pick(CITIES, i + 3).city}`, qualification: 'BSc' }] : [],
      tags: i % 5 === 0 ? ['shortlist-ready'] : i % 7 === 0 ? ['nights'] : [],
      consentBasis: source === 'applicant' ? ('consent' as const) : ('legitimate_interest' as const),
      consentOn: createdAt.toISOString().slice(0, 10),
      consentSource: source === 'applicant' ? 'Application form' : 'Sourcing note',
      retainUntil: new Date(createdAt.getTime() + 730 * DAY_MS).toISOString().slice(0, 10),
      roleInterests: [title],
      nurtureStage: pick(NURTURE, i),
      profileLinks: i % 3 === 0 ? [{ kind: 'linkedin', url: `https://www.linkedin.com/in/${slugOf(firstName)}-${slugOf(lastName)}-${i}` }] : [],
      createdAt,
      updatedAt: new Date(createdAt.getTime() + (i % 10) * DAY_MS),
    };
  });
  // The duplicate pair: one person entered twice, the email the same, the name spelled differently.
  const twin = rows[0];
  if (twin) {
    rows.push({ ...twin, firstName: 'Katherine', lastName: 'Doyle', emails: ['katherine.doyle@mail.example'], phones: ['+447911300001'], createdAt: new Date(now.getTime() - 90 * DAY_MS) });
    rows.push({ ...twin, firstName: 'Kathryn', lastName: 'Doyle', emails: ['katherine.doyle@mail.example'], phones: [], source: 'applicant', createdAt: new Date(now.getTime() - 10 * DAY_MS) });
  }
  const inserted = await tx.insert(candidates).values(rows).returning({ id: candidates.id, source: candidates.source, createdAt: candidates.createdAt });
  const events = inserted.flatMap((candidate, i) => {
    const first = { agencyId, candidateId: candidate.id, source: candidate.source, occurredAt: candidate.createdAt, detail: candidate.source === 'sourced' ? 'LinkedIn search' : null };
    const job = openJobs.length > 0 ? pick(openJobs, i) : undefined;
    // Every fourth sourced person applied later, to one of the demo's jobs.
    if (candidate.source === 'sourced' && i % 4 === 0) {
      return [first, { agencyId, candidateId: candidate.id, source: 'applicant' as const, occurredAt: new Date(candidate.createdAt.getTime() + 14 * DAY_MS), detail: 'Applied on the careers page', jobId: job?.id ?? null }];
    }
    return [first];
  });
  await tx.insert(candidateSourceEvents).values(events);
  const notes = FIT_NOTES.flatMap((note, i) => {
    const candidate = inserted[i * 3];
    const job = openJobs[i];
    const organization = job ? undefined : orgs[i];
    if (!candidate) {
      return [];
    }
    return [{ agencyId, candidateId: candidate.id, ...note, jobId: job?.id ?? null, organizationId: job?.organizationId ?? organization?.id ?? null, roleTitle: job?.title ?? null, authorId: team.recruiter.id }];
  });
  if (notes.length > 0) {
    await tx.insert(candidateFitNotes).values(notes);
  }
  await refreshAgencyCandidateSearch(tx, agencyId);
};
