import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { candidates, jobs, pipelineEntries, pipelineStageChanges, submissions, users } from '../db/schema';
import type { StaffActor } from '../platform/auth/actor';
import { ZScheduleInterviewBody } from '../modules/interviews/schema';
import { scheduleInterview } from '../modules/interviews/service';
import { ZCreateOfferBody } from '../modules/offers/schema';
import { acceptOffer, createOffer, extendOffer } from '../modules/offers/service';
import { jobStagesOf } from '../modules/pipeline/entry-moves';
import { moveEntry } from '../modules/pipeline/move-service';
import { addToPipeline } from '../modules/pipeline/service';
import { cancelPlacement } from '../modules/placements/cancel-service';
import { ZPlaceBody } from '../modules/placements/schema';
import { placeCandidate } from '../modules/placements/service';
import { ZCreateSubmissionBody } from '../modules/submissions/schema';
import { createSubmission, recordFeedback } from '../modules/submissions/service';
import type { StageKind } from '../shared/jobs';
import { type DemoContext, type DemoSeed, type DemoUser, daysFrom, isoDate } from './context';


/** Where each candidate of a job's pipeline got to; the seed walks them there through the app's own commands. */
type Step = 'sourced' | 'screening' | 'shortlisted' | 'submitted' | 'feedback_interview' | 'feedback_hold' | 'interview' | 'offer_extended' | 'placed' | 'placed_cancelled' | 'rejected';
type JobPlan = { title: string; steps: Step[] };

const PLANS: JobPlan[] = [
  { title: 'Warehouse team leader (nights)', steps: ['sourced', 'sourced', 'screening', 'shortlisted', 'feedback_interview', 'interview', 'rejected', 'placed'] },
  { title: 'Senior payroll administrator', steps: ['screening', 'submitted', 'feedback_hold', 'offer_extended', 'rejected'] },
  { title: 'Registered nurse, surgical ward', steps: ['sourced', 'sourced', 'interview', 'placed', 'placed', 'placed_cancelled'] },
  { title: 'Data engineer', steps: ['shortlisted', 'submitted', 'placed'] },
];

export async function actorFor(context: DemoContext, user: DemoUser, role: StaffActor['role']): Promise<StaffActor> {
  const [row] = await context.tx.select({ email: users.email }).from(users).where(and(eq(users.agencyId, context.agencyId), eq(users.id, user.id)));
  return { type: 'user', agencyId: context.agencyId, userId: user.id, role, name: user.name, email: row?.email ?? '', requestId: undefined, sessionId: 'demo-seed', csrfToken: '' };
}


/**
 * Pipelines on the open jobs, walked through the same commands people use: entries in every stage, submissions
 * with client feedback, interviews (upcoming), an extended offer, placements pending in hiring management, a
 * filled job, and a cancelled placement to reactivate. Timestamps are then spread over the past weeks.
 */
export const seedPipeline: DemoSeed = async (context: DemoContext) => {
  const { tx, agencyId, team, now } = context;
  if (!context.jobs) {
    return;
  }
  const queue = context.jobs;
  const recruiter = await actorFor(context, team.recruiter, 'recruiter');
  const accounts = await actorFor(context, team.accounts, 'account_manager');
  const openJobs = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.agencyId, agencyId), inArray(jobs.title, PLANS.map((plan) => plan.title)), eq(jobs.status, 'open')));
  const people = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.agencyId, agencyId)).orderBy(asc(candidates.lastName), asc(candidates.id));
  let next = 0;
  for (const plan of PLANS) {
    const job = openJobs.find((candidate) => candidate.title === plan.title);
    if (!job) {
      continue;
    }
    const stages = await jobStagesOf(tx, agencyId, job.id);
    const stageOf = (kind: StageKind) => stages.find((stage) => stage.kind === kind);
    const chosen = plan.steps.map(() => people[next++ % people.length]?.id).filter((id): id is string => Boolean(id));
    const entries = await addToPipeline({ actor: recruiter, tx, jobId: job.id, candidateIds: chosen, addedFrom: 'search', skipExisting: true });
    for (const [index, step] of plan.steps.entries()) {
      const entry = entries.entries.find((row) => row.candidateId === chosen[index]);
      if (!entry) {
        continue;
      }
      const move = async (kind: StageKind, reason?: string) => {
        const stage = stageOf(kind);
        const current = await tx.select({ version: pipelineEntries.version }).from(pipelineEntries).where(eq(pipelineEntries.id, entry.id));
        if (stage && current[0]) {
          await moveEntry({ actor: recruiter, tx, id: entry.id, stageId: stage.id, reason, version: current[0].version });
        }
      };
      const submit = async () =>
        createSubmission({ actor: recruiter, tx, jobs: queue, ...ZCreateSubmissionBody.parse({ entryId: entry.id, send: false, note: 'Strong match on the must-haves; available at two weeks\' notice.', sharedFields: ['current_title', 'location', 'skills', 'availability'] }) });
      switch (step) {
        case 'sourced':
          break;
        case 'screening':
        case 'shortlisted':
          await move(step);
          break;
        case 'rejected':
          await move('rejected', 'skills');
          break;
        case 'submitted':
          await submit();
          break;
        case 'feedback_interview':
        case 'feedback_hold': {
          const submission = await submit();
          await recordFeedback({
            actor: recruiter,
            tx,
            id: submission.id,
            kind: step === 'feedback_interview' ? 'interview' : 'hold',
            remark: step === 'feedback_interview' ? 'Would like to meet them on site this week.' : 'Holding until the budget sign-off next week.',
          });
          break;
        }
        case 'interview': {
          const startsAt = daysFrom(now, 2 + index);
          startsAt.setUTCHours(14, 0, 0, 0);
          await scheduleInterview({
            actor: recruiter,
            tx,
            jobs: queue,
            ...ZScheduleInterviewBody.parse({
              entryId: entry.id,
              type: index % 2 === 0 ? 'onsite' : 'video',
              startsAt: startsAt.toISOString(),
              endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString(),
              timeZone: 'Europe/London',
              attendeeUserIds: [team.accounts.id],
              inviteCandidate: false,
              location: index % 2 === 0 ? 'Client site, main reception' : null,
              meetingUrl: index % 2 === 0 ? null : 'https://meet.example/northwind-interview',
              notes: 'Competency interview with the hiring manager.',
            }),
          });
          break;
        }
        case 'offer_extended': {
          const offerId = await createOffer({
            actor: accounts,
            tx,
            ...ZCreateOfferBody.parse({ entryId: entry.id, startOn: isoDate(daysFrom(now, 28)), payMinor: 4_200_000, payUnit: 'year', feeType: 'percent', feeBp: 2000, conditions: 'Subject to two references.' }),
          });
          await extendOffer({ actor: accounts, tx, id: offerId, version: 1 });
          break;
        }
        case 'placed':
        case 'placed_cancelled': {
          const startOn = isoDate(daysFrom(now, 7 + index));
          const direct = job.employmentType === 'permanent' || job.employmentType === 'retained';
          let offerId: string | null = null;
          if (direct || job.employmentType === 'contract_to_hire') {
            offerId = await createOffer({ actor: accounts, tx, ...ZCreateOfferBody.parse({ entryId: entry.id, startOn, payMinor: job.payMaxMinor ?? 0, payUnit: job.payUnit ?? 'hour', billRateMinor: job.billRateMinor, billRateUnit: job.billRateUnit }) });
            await extendOffer({ actor: accounts, tx, id: offerId, version: 1 });
            await acceptOffer({ actor: accounts, tx, id: offerId, version: 2 });
          }
          const placement = await placeCandidate({ actor: recruiter, tx, ...ZPlaceBody.parse({ entryId: entry.id, offerId, startOn, poNumber: index % 2 === 0 ? `PO-${4100 + index}` : null, ...(offerId ? {} : { payMinor: job.payMinMinor, payUnit: job.payUnit }) }) });
          if (step === 'placed_cancelled') {
            await cancelPlacement({ actor: recruiter, tx, placementId: placement.id, version: placement.version, reason: 'Candidate accepted a counter-offer from their employer' });
          }
          break;
        }
      }
    }
    await spreadOverPastWeeks(context, job.id);
  }
};

/** The commands ran just now; spread each entry's history over the weeks since the job opened, so "days in stage" reads true. */
async function spreadOverPastWeeks({ tx, agencyId }: DemoContext, jobId: string) {
  const rows = await tx.select({ id: pipelineEntries.id }).from(pipelineEntries).where(and(eq(pipelineEntries.agencyId, agencyId), eq(pipelineEntries.jobId, jobId))).orderBy(asc(pipelineEntries.id));
  for (const [index, row] of rows.entries()) {
    const addedDaysAgo = 20 - index;
    await tx
      .update(pipelineEntries)
      .set({ createdAt: sql`${pipelineEntries.createdAt} - make_interval(days => ${addedDaysAgo}::int)`, stageEnteredAt: sql`${pipelineEntries.stageEnteredAt} - make_interval(days => ${Math.max(1, Math.floor(addedDaysAgo / 3))}::int)` })
      .where(and(eq(pipelineEntries.agencyId, agencyId), eq(pipelineEntries.id, row.id)));
    // Each move of the entry lands between its addition and its current stage, in order.
    await tx.execute(sql`
      update ${pipelineStageChanges} c set created_at = c.created_at - make_interval(days => ${addedDaysAgo}::int) + o.n * make_interval(days => greatest(1, ${addedDaysAgo}::int / (o.total::int + 1)))
      from (select id, row_number() over (order by created_at, id) - 1 as n, count(*) over () as total from ${pipelineStageChanges} where agency_id = ${agencyId} and entry_id = ${row.id}) o
      where c.agency_id = ${agencyId} and c.id = o.id`);
    await tx
      .update(submissions)
      .set({ sentAt: sql`${submissions.sentAt} - make_interval(days => ${Math.max(1, Math.floor(addedDaysAgo / 2))}::int)` })
      .where(and(eq(submissions.agencyId, agencyId), eq(submissions.entryId, row.id)));
  }
}
