import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { assignmentEvents, assignments, interviews, offerRevisions, offers, pipelineEntries, pipelineStageChanges, placements, submissionFeedback, submissions } from '../../src/db/schema';
import type { PlacementSchedule } from '../../src/db/schema/placements';
import { placementFee } from '../../src/domain/placements';
import type { EmploymentType, JobStatus, RateUnit, StageKind } from '../../src/shared/jobs';
import { type FeedbackKind, type SubmissionField, hasShifts, isDirectPath } from '../../src/shared/pipeline';
import type { GeneratedJob, GeneratedStage, GeneratedUser, GeneratorContext } from './context';
import type { Random } from './random';

const DAY_MS = 24 * 3600 * 1000;
const BATCH = 10_000;
const FORWARD = ['sourced', 'screening', 'shortlisted', 'submitted', 'interview', 'offer', 'placed'] as const;
type ForwardKind = (typeof FORWARD)[number];
type Closing = 'rejected' | 'withdrawn' | null;
type Outcome = [reach: ForwardKind, closing: Closing];
type Funnel = 'active' | 'qualified' | 'filled' | 'ended';

/**
 * Generated placements are numbered from here, clear of the demo seed's P-1…; the agency's `placement` counter must
 * then move past the last (FIRST_PLACEMENT_NUMBER + placements written − 1), as index.ts does for job numbers.
 */
export const FIRST_PLACEMENT_NUMBER = 100_001;

/** How many entries a job of each status draws (relative): open jobs most, intake none (they take no candidates yet). */
const JOB_WEIGHT: Record<JobStatus, number> = { intake: 0, qualified: 0.3, open: 3, on_hold: 1.2, filled: 1, closed: 0.8, cancelled: 0.4 };
const FUNNEL_OF: Record<JobStatus, Funnel> = { intake: 'qualified', qualified: 'qualified', open: 'active', on_hold: 'active', filled: 'filled', closed: 'ended', cancelled: 'ended' };

/**
 * Where entries end up (furthest stage reached, then closed or not), by the job's state: live pipelines hold most
 * people early and many rejections; ended ones are mostly closed out. `placed, withdrawn` is a cancelled placement.
 * A filled job's live placements (one per opening) are added on top.
 */
const FUNNELS: Record<Funnel, [ForwardKind, Closing, number][]> = {
  active: [
    ['sourced', null, 24], ['screening', null, 16], ['shortlisted', null, 8], ['submitted', null, 7], ['interview', null, 4], ['offer', null, 1],
    ['sourced', 'rejected', 12], ['screening', 'rejected', 10], ['shortlisted', 'rejected', 4], ['submitted', 'rejected', 6], ['interview', 'rejected', 3], ['offer', 'rejected', 0.5],
    ['sourced', 'withdrawn', 1], ['screening', 'withdrawn', 2], ['shortlisted', 'withdrawn', 1], ['submitted', 'withdrawn', 1.5], ['interview', 'withdrawn', 1], ['offer', 'withdrawn', 0.7], ['placed', 'withdrawn', 0.3],
  ],
  qualified: [['sourced', null, 60], ['screening', null, 30], ['sourced', 'rejected', 10]],
  filled: [
    ['sourced', null, 5], ['screening', null, 3], ['shortlisted', null, 1],
    ['sourced', 'rejected', 25], ['screening', 'rejected', 20], ['shortlisted', 'rejected', 10], ['submitted', 'rejected', 15], ['interview', 'rejected', 10], ['offer', 'rejected', 2],
    ['screening', 'withdrawn', 3], ['submitted', 'withdrawn', 3], ['interview', 'withdrawn', 2], ['offer', 'withdrawn', 1.5], ['placed', 'withdrawn', 1],
  ],
  ended: [
    ['sourced', null, 10], ['screening', null, 8], ['shortlisted', null, 4], ['submitted', null, 3], ['interview', null, 1],
    ['sourced', 'rejected', 22], ['screening', 'rejected', 18], ['shortlisted', 'rejected', 8], ['submitted', 'rejected', 12], ['interview', 'rejected', 6], ['offer', 'rejected', 1],
    ['screening', 'withdrawn', 3], ['submitted', 'withdrawn', 2], ['interview', 'withdrawn', 1.5], ['offer', 'withdrawn', 1], ['placed', 'withdrawn', 0.5],
  ],
};
const choicesOf = (funnel: Funnel) => ({ outcomes: FUNNELS[funnel].map(([reach, closing]): Outcome => [reach, closing]), weights: FUNNELS[funnel].map(([, , weight]) => weight) });
const FUNNEL_CHOICES = { active: choicesOf('active'), qualified: choicesOf('qualified'), filled: choicesOf('filled'), ended: choicesOf('ended') };

/** Days between the previous move and a move into a stage of this kind. */
const GAP_DAYS: Record<StageKind, [number, number]> = { sourced: [0, 0], screening: [1, 6], shortlisted: [1, 8], submitted: [1, 6], interview: [3, 12], offer: [5, 20], placed: [2, 10], rejected: [1, 21], withdrawn: [1, 21] };
/** Values of the agency's default `rejection_reasons` list (the app refuses others). */
const REASONS: Record<'rejected' | 'withdrawn', [string[], number[]]> = { rejected: [['skills', 'salary', 'location', 'culture'], [45, 20, 15, 20]], withdrawn: [['withdrew', 'salary', 'location'], [70, 20, 10]] };
const ADDED_FROM = [['search', 'job', 'candidate', 'pool'] as const, [45, 30, 15, 10]] as const;
const SHARED_FIELDS: SubmissionField[][] = [['current_title', 'location', 'skills', 'availability'], ['current_title', 'skills', 'work_history', 'availability', 'desired_pay'], ['current_title', 'location', 'skills', 'work_history', 'education']];
const SUBMISSION_NOTES = ['Strong match on the must-haves; available at two weeks\' notice.', 'Solid track record in a similar role; open to a trial shift.', 'Meets every requirement; salary expectations within budget.', ''];
const INTERVIEW_TYPES = [['phone', 'video', 'onsite', 'panel'] as const, [20, 40, 30, 10]] as const;
const OFFER_DECLINES = ['Accepted a counter-offer from their employer', 'Salary below expectations', 'Took another role'];
const PLACEMENT_CANCELS = ['Candidate accepted a counter-offer from their employer', 'Client withdrew the role', 'Candidate did not pass references'];
const WEEKDAY_SHIFTS: PlacementSchedule = { shifts: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:00', endTime: '16:30' }], expectedHoursPerWeek: 37.5, timesheetApproverId: null, timesheetCadence: 'weekly' };

type Insert<T extends PgTable> = T['$inferInsert'];
type Rows = {
  entries: Insert<typeof pipelineEntries>[];
  changes: Insert<typeof pipelineStageChanges>[];
  submissions: Insert<typeof submissions>[];
  feedback: Insert<typeof submissionFeedback>[];
  interviews: Insert<typeof interviews>[];
  offers: Insert<typeof offers>[];
  revisions: Insert<typeof offerRevisions>[];
  placements: (Insert<typeof placements> & { id: string; recruiterId: string; cancelledAt: Date | null })[];
};
type Terms = { payMinor: number; payUnit: RateUnit; billRateMinor: number | null; billRateUnit: RateUnit | null; feeType: 'percent' | 'flat' | null; feeBp: number | null; feeFlatMinor: number | null };
type Setting = { job: GeneratedJob; stageOf: Map<StageKind, GeneratedStage>; terms: Terms; recruiterId: string; end: number; isLive: boolean };
type Step = { kind: StageKind; at: number; stage: GeneratedStage | undefined; reason: string | null };
type Span = { at: number; next: Step | undefined };
type Entry = { id: string; candidateId: string; setting: Setting };
type OfferTerms = { id: string; payMinor: number; startOn: string };
type Run = { context: GeneratorContext; random: Random; agencyId: string; now: number; rows: Rows; labelOf: (userId: string) => string; counts: Record<string, number> };

/**
 * Pipelines over the generated jobs and candidates, as the app's commands would have left them: entries with their
 * stage history, submissions with client feedback, interviews, offers with their revisions, and pending or cancelled
 * placements (each with its assignment) for filled jobs. Answers the rows written per table.
 */
/** The benchmark's pipeline-board read wants a job with 500 entries: the first open job is a hiring drive that big. */
const HIRING_DRIVE_ENTRIES = 500;

export async function generatePipeline(context: GeneratorContext): Promise<Record<string, number>> {
  const run: Run = { context, random: context.random, agencyId: context.agencyId, now: context.now.getTime(), rows: emptyRows(), labelOf: labelsOf(context.users), counts: {} };
  const recruiters = context.users.filter((user) => user.role === 'recruiter').map((user) => user.id);
  const shares = entriesPerJob(run.random, context.jobs, context.scale.pipelineEntries);
  const drive = context.jobs.findIndex((job) => job.status === 'open');
  if (drive >= 0) {
    shares[drive] = Math.max(shares[drive] ?? 0, HIRING_DRIVE_ENTRIES);
  }
  for (const [index, job] of context.jobs.entries()) {
    const count = Math.min(context.candidateIds.length, shares[index] ?? 0);
    if (count === 0) {
      continue;
    }
    const isLive = job.status !== 'filled' && job.status !== 'closed' && job.status !== 'cancelled';
    const setting: Setting = {
      job,
      stageOf: firstStageOfEachKind(job.stages),
      terms: termsOf(run.random, job.employmentType),
      recruiterId: run.random.pick(recruiters.length > 0 ? recruiters : context.users.map((user) => user.id)),
      end: isLive ? run.now : Math.min(run.now, job.statusChangedAt.getTime()),
      isLive,
    };
    const placedCount = job.status === 'filled' ? Math.min(count, job.openings) : 0;
    const { outcomes, weights } = FUNNEL_CHOICES[FUNNEL_OF[job.status]];
    for (const [k, candidateId] of run.random.sample(context.candidateIds, count).entries()) {
      addEntry(run, setting, candidateId, k < placedCount ? ['placed', null] : run.random.weighted(outcomes, weights));
    }
    if (run.rows.entries.length >= BATCH) {
      await flush(run);
    }
  }
  await flush(run);
  await writePlacements(run);
  return run.counts;
}

/** Entries per job in proportion to its status weight (with some spread), summing to `total` by largest remainder. */
function entriesPerJob(random: Random, jobs: GeneratedJob[], total: number): number[] {
  const weights = jobs.map((job) => JOB_WEIGHT[job.status] * (0.4 + 1.2 * random.next()));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    return jobs.map(() => 0);
  }
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { index } of byRemainder.slice(0, left)) {
    counts[index] = (counts[index] ?? 0) + 1;
  }
  // A filled job holds a placement per opening, so it needs at least that many entries.
  return counts.map((count, index) => (jobs[index]?.status === 'filled' ? Math.max(count, jobs[index]?.openings ?? 0) : count));
}

function firstStageOfEachKind(stages: GeneratedStage[]): Map<StageKind, GeneratedStage> {
  const byKind = new Map<StageKind, GeneratedStage>();
  for (const stage of [...stages].sort((a, b) => b.position - a.position)) {
    byKind.set(stage.kind, stage);
  }
  return byKind;
}

/** Pay, bill rate and fee as the job's type has them: salaried with a fee (direct) or hourly with a bill rate. */
function termsOf(random: Random, type: EmploymentType): Terms {
  if (type === 'permanent') {
    return { payMinor: random.int(25, 90) * 100_000, payUnit: 'year', billRateMinor: null, billRateUnit: null, feeType: 'percent', feeBp: random.pick([1500, 2000, 2500]), feeFlatMinor: null };
  }
  if (type === 'retained') {
    return { payMinor: random.int(60, 150) * 100_000, payUnit: 'year', billRateMinor: null, billRateUnit: null, feeType: 'flat', feeFlatMinor: random.int(15, 40) * 100_000, feeBp: null };
  }
  const payMinor = random.int(1_200, 3_500);
  return { payMinor, payUnit: 'hour', billRateMinor: Math.round(payMinor * (1.25 + 0.35 * random.next())), billRateUnit: 'hour', feeType: null, feeBp: null, feeFlatMinor: null };
}

/** Offers come before placing on direct and contract-to-hire jobs (as the demo seed places); temp and contract place straight. */
const takesOffer = (type: EmploymentType) => isDirectPath(type) || type === 'contract_to_hire';

/** The moves of an entry up to its outcome, each at a time after the last, all between its job's start and end. */
function stepsOf(run: Run, setting: Setting, [reach, closing]: Outcome): Step[] {
  const { random } = run;
  const type = setting.job.employmentType;
  const keep = (kind: ForwardKind) => {
    switch (kind) {
      case 'screening':
        return random.chance(0.85);
      case 'shortlisted':
        return random.chance(0.75);
      case 'interview':
        return reach !== 'placed' || isDirectPath(type) || random.chance(0.5);
      case 'offer':
        return takesOffer(type);
      default:
        return true;
    }
  };
  const kinds: StageKind[] = FORWARD.slice(0, FORWARD.indexOf(reach) + 1).filter((kind) => kind === reach || kind === 'sourced' || keep(kind));
  if (closing) {
    kinds.push(closing);
  }
  const gaps = kinds.map((kind, index) => (index === 0 ? 0 : (random.int(...GAP_DAYS[kind]) + random.next()) * DAY_MS));
  const start = setting.job.createdAt.getTime();
  const addedAt = start + random.next() * Math.max(0, setting.end - start);
  // A path longer than the time left is squeezed into a random share of it, so squeezed paths do not all end at `end`.
  const squeeze = Math.min(1, ((setting.end - addedAt) * (0.3 + 0.7 * random.next())) / Math.max(1, gaps.reduce((sum, gap) => sum + gap, 0)));
  let at = addedAt;
  return kinds.map((kind, index) => {
    at += (gaps[index] ?? 0) * squeeze;
    const reason = kind === 'rejected' || kind === 'withdrawn' ? (reach === 'placed' ? 'withdrew' : random.weighted(...REASONS[kind])) : null;
    const stage = index === 0 ? (setting.stageOf.get('sourced') ?? setting.job.stages[0]) : (setting.stageOf.get(kind) ?? (kind === 'withdrawn' ? setting.stageOf.get('rejected') : undefined));
    return { kind, at: Math.round(at), stage, reason };
  });
}

/** One entry: its row, its stage history, and the records its path made (submission, interviews, offer, placement). */
function addEntry(run: Run, setting: Setting, candidateId: string, outcome: Outcome) {
  const { random, agencyId, rows, labelOf } = run;
  const { job, recruiterId } = setting;
  const steps = stepsOf(run, setting, outcome);
  const first = steps[0];
  if (!first) {
    return;
  }
  const entry: Entry = { id: random.uuid(new Date(first.at)), candidateId, setting };
  let from: GeneratedStage | undefined;
  let movedAt = first.at;
  let moves = 0;
  for (const step of steps) {
    if (!step.stage || step.stage.id === from?.id) {
      continue;
    }
    const actorId = step.kind === 'offer' ? job.ownerId : recruiterId;
    const at = new Date(step.at);
    rows.changes.push({ agencyId, id: random.uuid(at), createdAt: at, entryId: entry.id, fromStageId: from?.id ?? null, fromStageName: from?.name ?? null, fromKind: from?.kind ?? null, toStageId: step.stage.id, toStageName: step.stage.name, toKind: step.stage.kind, reason: step.reason, actorId, actorLabel: labelOf(actorId) });
    from = step.stage;
    movedAt = step.at;
    moves += 1;
  }
  if (!from) {
    return;
  }
  const closedReason = outcome[1] ? (steps.at(-1)?.reason ?? null) : null;
  rows.entries.push({ agencyId, id: entry.id, createdAt: new Date(first.at), updatedAt: new Date(movedAt), version: moves, jobId: job.id, candidateId: entry.candidateId, stageId: from.id, stageEnteredAt: new Date(movedAt), addedFrom: random.weighted(...ADDED_FROM), addedBy: recruiterId, closedReason });
  const spanOf = (kind: StageKind): Span | null => {
    const index = steps.findIndex((step) => step.kind === kind);
    const step = steps[index];
    return step ? { at: step.at, next: steps[index + 1] } : null;
  };
  const submitted = spanOf('submitted');
  if (submitted) {
    addSubmission(run, entry, submitted);
  }
  const interviewed = spanOf('interview');
  if (interviewed) {
    addInterviews(run, entry, interviewed);
  }
  const offered = spanOf('offer');
  const offer = offered ? addOffer(run, entry, offered) : null;
  const placed = spanOf('placed');
  if (placed) {
    addPlacement(run, entry, placed, offer);
  }
}

const between = (random: Random, from: number, to: number, low = 0.2, high = 0.8) => Math.round(from + (low + (high - low) * random.next()) * Math.max(0, to - from));

/** The submission, the client's answer (asked for an interview before one, a rejection before most rejections), or its withdrawal. */
function addSubmission(run: Run, entry: Entry, { at, next }: Span) {
  const { random, agencyId, rows, labelOf } = run;
  const { job, recruiterId, end } = entry.setting;
  const sentAt = new Date(at);
  const id = random.uuid(sentAt);
  const answerAt = next ? between(random, at, next.at) : at + random.int(1, 6) * DAY_MS;
  const kind = feedbackFor(random, next?.kind);
  const answered = kind !== null && answerAt <= end;
  const withdrawnAt = next?.kind === 'withdrawn' ? new Date(next.at) : null;
  rows.submissions.push({
    agencyId, id, createdAt: sentAt, updatedAt: withdrawnAt ?? (answered ? new Date(answerAt) : sentAt), version: 1 + (answered ? 1 : 0) + (withdrawnAt ? 1 : 0),
    entryId: entry.id, jobId: job.id, candidateId: entry.candidateId, contactId: job.contactId, documentId: null, shortlistId: null, note: random.pick(SUBMISSION_NOTES), sharedFields: random.pick(SHARED_FIELDS),
    status: withdrawnAt ? 'withdrawn' : 'submitted', sentAt, submittedBy: recruiterId, mailId: null, withdrawnAt, withdrawnReason: withdrawnAt ? 'Candidate withdrew' : null, firstFeedbackAt: answered ? new Date(answerAt) : null,
  });
  if (answered) {
    const receivedAt = new Date(answerAt);
    rows.feedback.push({ agencyId, id: random.uuid(receivedAt), createdAt: receivedAt, submissionId: id, kind, remark: '', receivedAt, source: 'staff', recordedBy: recruiterId, recordedByLabel: labelOf(recruiterId) });
  }
}

function feedbackFor(random: Random, next: StageKind | undefined): FeedbackKind | null {
  switch (next) {
    case 'interview':
      return 'interview';
    case 'rejected':
      return random.chance(0.7) ? 'reject' : null;
    case undefined:
      return random.chance(0.4) ? random.pick(['hold', 'more_info'] as const) : null;
    default:
      return null;
  }
}

/** One to three rounds between the move into interview and the next move; a live job's latest may still be ahead. */
function addInterviews(run: Run, entry: Entry, { at, next }: Span) {
  const { random, agencyId, rows, now } = run;
  const { job, recruiterId, isLive, end } = entry.setting;
  const rounds = next ? 1 + (random.chance(0.3) ? 1 : 0) + (random.chance(0.1) ? 1 : 0) : random.int(1, 2);
  const span = next ? next.at - at : isLive ? random.int(3, 14) * DAY_MS : Math.max(0, end - at);
  const slot = span / rounds;
  for (let round = 0; round < rounds; round++) {
    const createdAt = Math.round(at + round * slot);
    if (createdAt > end) {
      break;
    }
    const isLast = round === rounds - 1;
    const startsAt = Math.ceil(between(random, createdAt, createdAt + slot, 0.4, 0.9) / 900_000) * 900_000;
    const endsAt = startsAt + random.pick([30, 45, 60, 90]) * 60_000;
    const cancelled = !isLast && random.chance(0.05);
    const recorded = endsAt <= now && !cancelled && (next !== undefined || random.chance(0.7));
    const outcome = !recorded ? null : !isLast || next?.kind === 'offer' || next?.kind === 'placed' ? 'passed' : next?.kind === 'rejected' ? (random.chance(0.15) ? 'no_show' : 'failed') : random.pick(['passed', 'undecided'] as const);
    const outcomeAt = recorded ? Math.min(now, endsAt + random.int(1, 48) * 3_600_000) : null;
    const type = random.weighted(...INTERVIEW_TYPES);
    const id = random.uuid(new Date(createdAt));
    rows.interviews.push({
      agencyId, id, createdAt: new Date(createdAt), updatedAt: new Date(outcomeAt ?? (cancelled ? between(random, createdAt, startsAt) : createdAt)), version: recorded || cancelled ? 2 : 1,
      entryId: entry.id, jobId: job.id, candidateId: entry.candidateId, type, startsAt: new Date(startsAt), endsAt: new Date(endsAt), timeZone: job.currency === 'GBP' ? 'Europe/London' : 'Europe/Amsterdam',
      location: type === 'onsite' || type === 'panel' ? 'Client site, main reception' : null, meetingUrl: type === 'video' ? `https://meet.example/${id.slice(-12)}` : null,
      notes: round === 0 ? 'Competency interview with the hiring manager.' : 'Second round with the team.', attendeeUserIds: [job.ownerId], attendeeContactIds: job.contactId ? [job.contactId] : [], inviteCandidate: true,
      organizerId: recruiterId, status: cancelled ? 'cancelled' : recorded ? 'completed' : 'scheduled', icalUid: `${id}@fillrate`, sequence: cancelled ? 1 : 0,
      outcome, outcomeNotes: recorded ? '' : null, outcomeRecordedAt: outcomeAt === null ? null : new Date(outcomeAt),
    });
  }
}

/** An offer and its revisions: accepted before a placement, declined or withdrawn before a close, draft or extended while open. */
function addOffer(run: Run, entry: Entry, { at, next }: Span): OfferTerms {
  const { random, agencyId, rows, labelOf } = run;
  const { job, terms, end } = entry.setting;
  const createdAt = new Date(at);
  const id = random.uuid(createdAt);
  const decidedAt = next ? next.at : null;
  const status = next?.kind === 'placed' ? 'accepted' : next?.kind === 'withdrawn' ? 'declined' : next?.kind === 'rejected' ? 'withdrawn' : random.chance(0.35) ? 'draft' : 'extended';
  const extendedAt = status === 'draft' || (status === 'withdrawn' && random.chance(0.4)) ? null : between(random, at, decidedAt ?? Math.min(end, at + 3 * DAY_MS), 0.1, 0.4);
  const counterAt = extendedAt !== null && random.chance(0.15) ? between(random, extendedAt, decidedAt ?? end) : null;
  const payMinor = counterAt === null ? terms.payMinor : Math.round(terms.payMinor * 1.05);
  const startOn = isoDate(at + random.int(21, 42) * DAY_MS);
  const conditions = isDirectPath(job.employmentType) ? 'Subject to two references.' : '';
  const settled = { ...terms, payMinor, startOn, conditions };
  rows.offers.push({
    agencyId, id, createdAt, updatedAt: new Date(decidedAt ?? counterAt ?? extendedAt ?? at), version: 1 + (extendedAt === null ? 0 : 1) + (counterAt === null ? 0 : 1) + (decidedAt === null ? 0 : 1),
    entryId: entry.id, jobId: job.id, candidateId: entry.candidateId, status, employmentType: job.employmentType, currency: job.currency, ...settled,
    clientApprovedBy: null, clientApprovedAt: null, extendedAt: extendedAt === null ? null : new Date(extendedAt), candidateAcceptedAt: status === 'accepted' && decidedAt ? new Date(decidedAt) : null,
    decidedAt: decidedAt === null ? null : new Date(decidedAt), declineReason: status === 'declined' ? random.pick(OFFER_DECLINES) : status === 'withdrawn' ? 'Client froze the role' : null, createdBy: job.ownerId,
  });
  const revision = (when: number, proposedBy: 'agency' | 'candidate', revised: typeof settled, note: string) =>
    rows.revisions.push({ agencyId, id: random.uuid(new Date(when)), createdAt: new Date(when), offerId: id, proposedBy, terms: revised, note, actorLabel: labelOf(job.ownerId) });
  revision(at, 'agency', { ...settled, payMinor: terms.payMinor }, '');
  if (counterAt !== null) {
    revision(counterAt, 'candidate', settled, 'Asked for 5% more; the client agreed.');
  }
  return { id, payMinor, startOn };
}

/** A placement on the job: pending in hiring management (holding an opening), or cancelled when the entry moved on to withdrawn. */
function addPlacement(run: Run, entry: Entry, { at, next }: Span, offer: OfferTerms | null) {
  const { random, agencyId, rows, labelOf } = run;
  const { job, terms, recruiterId } = entry.setting;
  const startOn = offer?.startOn ?? isoDate(at + random.int(7, 28) * DAY_MS);
  const shifts = hasShifts(job.employmentType);
  const firstYearSalaryMinor = job.employmentType === 'permanent' ? (offer?.payMinor ?? terms.payMinor) : null;
  const cancelledAt = next ? new Date(next.at) : null;
  rows.placements.push({
    agencyId, id: random.uuid(new Date(at)), createdAt: new Date(at), updatedAt: cancelledAt ?? new Date(at), version: cancelledAt ? 2 : 1,
    number: 0, entryId: entry.id, jobId: job.id, candidateId: entry.candidateId, organizationId: job.organizationId, offerId: offer?.id ?? null, replacesPlacementId: null, status: cancelledAt ? 'cancelled' : 'pending',
    employmentType: job.employmentType, currency: job.currency, ...terms, payMinor: offer?.payMinor ?? terms.payMinor, startOn, endOn: shifts && random.chance(0.6) ? isoDate(Date.parse(startOn) + random.int(4, 26) * 7 * DAY_MS) : null,
    firstYearSalaryMinor, feeMinor: placementFee({ ...terms, firstYearSalaryMinor }), retainedMilestones: [], schedule: shifts ? WEEKDAY_SHIFTS : null, billingContactId: null, poNumber: random.chance(0.4) ? `PO-${random.int(1000, 99999)}` : null, paymentTermsDays: null,
    recruiterId, accountManagerId: job.ownerId, placedAt: new Date(at), startOutcome: null, startOutcomeOn: null, startOutcomeNote: null,
    cancelledAt, cancelReason: cancelledAt ? random.pick(PLACEMENT_CANCELS) : null, cancelledByLabel: cancelledAt ? labelOf(recruiterId) : null,
  });
}

/**
 * Placements last, numbered in the order they were placed (as the per-agency counter hands numbers out), each with
 * the assignment the app opens beside it and that assignment's events.
 */
async function writePlacements(run: Run) {
  const { agencyId, rows, random } = run;
  const placed = rows.placements.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());
  placed.forEach((placement, index) => {
    placement.number = FIRST_PLACEMENT_NUMBER + index;
  });
  const opened = placed.map((placement) => ({ placement, id: random.uuid(placement.placedAt) }));
  await write(run, placements, placed);
  await write(
    run,
    assignments,
    opened.map(({ placement, id }) => ({
      agencyId, id, createdAt: placement.placedAt, updatedAt: placement.cancelledAt ?? placement.placedAt, version: placement.cancelledAt ? 2 : 1, placementId: placement.id, candidateId: placement.candidateId, jobId: placement.jobId,
      organizationId: placement.organizationId, employmentType: placement.employmentType, status: placement.cancelledAt ? ('cancelled' as const) : ('needs_approval' as const), startOn: placement.startOn, endOn: placement.endOn,
      everApproved: false, statusChangedAt: placement.cancelledAt ?? placement.placedAt, schedule: placement.schedule,
    })),
  );
  await write(
    run,
    assignmentEvents,
    opened.flatMap(({ placement, id }) => {
      const event = { agencyId, assignmentId: id, startOn: placement.startOn ?? null, endOn: placement.endOn ?? null, previousEndOn: null, actorLabel: placement.cancelledByLabel ?? run.labelOf(placement.recruiterId) };
      const placedEvent = { ...event, id: random.uuid(placement.placedAt), createdAt: placement.placedAt, kind: 'placed' as const, fromStatus: null, toStatus: 'needs_approval' as const, note: `Placement P-${placement.number}` };
      const cancelledAt = placement.cancelledAt;
      return cancelledAt ? [placedEvent, { ...event, id: random.uuid(cancelledAt), createdAt: cancelledAt, kind: 'cancelled' as const, fromStatus: 'needs_approval' as const, toStatus: 'cancelled' as const, note: `Placement cancelled: ${placement.cancelReason ?? ''}` }] : [placedEvent];
    }),
  );
}

/** Parents before children; each table in calls of at most BATCH rows. */
async function flush(run: Run) {
  const { rows } = run;
  await write(run, pipelineEntries, rows.entries);
  await write(run, pipelineStageChanges, rows.changes);
  await write(run, submissions, rows.submissions);
  await write(run, submissionFeedback, rows.feedback);
  await write(run, interviews, rows.interviews);
  await write(run, offers, rows.offers);
  await write(run, offerRevisions, rows.revisions);
  rows.entries = [];
  rows.changes = [];
  rows.submissions = [];
  rows.feedback = [];
  rows.interviews = [];
  rows.offers = [];
  rows.revisions = [];
}

async function write<T extends PgTable>(run: Run, table: T, rows: T['$inferInsert'][]) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await run.context.writer.insert(table, rows.slice(start, start + BATCH));
  }
  const name = getTableName(table);
  run.counts[name] = (run.counts[name] ?? 0) + rows.length;
}

const emptyRows = (): Rows => ({ entries: [], changes: [], submissions: [], feedback: [], interviews: [], offers: [], revisions: [], placements: [] });

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Actor labels as the app writes them: the user's name. */
function labelsOf(users: GeneratedUser[]): (userId: string) => string {
  const labels = new Map(users.map((user) => [user.id, user.name]));
  return (userId) => labels.get(userId) ?? 'Fillrate';
}
