import { activities, tasks } from '../../src/db/schema';
import type { GeneratorContext } from './context';

const DAY_MS = 24 * 3600 * 1000;
const BATCH = 20_000;
const NOTES = [
  'Spoke about their availability and notice period.',
  'Left a voicemail about the new role; will try again tomorrow.',
  'Sent the job description and the client overview.',
  'Discussed pay expectations and commute; happy to go ahead.',
  'Reference received and checked.',
  'Met for coffee; keen on contract work from next month.',
  'Client asked for two more CVs by Friday.',
  'Agreed the interview slots with the hiring manager.',
];
const TASK_TITLES = ['Call back about the shortlist', 'Chase the signed timesheet', 'Send interview confirmation', 'Check right-to-work documents', 'Follow up on feedback', 'Book the intake call'];

/**
 * Activities (calls, emails, notes, meetings, messages), ~80 % on candidates, the rest on contacts and jobs, each
 * linked to exactly one record; and tasks, most done, the open ones due around now.
 */
export async function generateActivities(context: GeneratorContext): Promise<void> {
  const { random, agencyId, now, scale } = context;
  const authors = context.users;
  for (let start = 0; start < scale.activities; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, scale.activities - start) }, () => {
      const occurredAt = new Date(now.getTime() - random.next() * 730 * DAY_MS);
      const kind = random.weighted(['note', 'call', 'email', 'meeting', 'message'] as const, [30, 35, 25, 5, 5]);
      return {
        agencyId,
        id: random.uuid(occurredAt),
        ...recordLink(context, [80, 12, 8]),
        kind,
        subject: kind === 'email' ? 'Re: your application' : null,
        body: random.pick(NOTES),
        callOutcome: kind === 'call' ? random.weighted(['connected', 'left_voicemail', 'no_answer', 'busy'] as const, [50, 30, 15, 5]) : null,
        channel: kind === 'message' ? random.pick(['sms', 'whatsapp', 'linkedin'] as const) : null,
        occurredAt,
        authorId: random.pick(authors).id,
        createdAt: occurredAt,
        updatedAt: occurredAt,
      };
    });
    await context.writer.insert(activities, rows);
  }
  for (let start = 0; start < scale.tasks; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, scale.tasks - start) }, () => {
      const dueAt = new Date(now.getTime() + random.int(-120, 30) * DAY_MS);
      const done = dueAt < now && random.chance(0.85);
      const assignee = random.pick(authors).id;
      const createdAt = new Date(dueAt.getTime() - random.int(1, 14) * DAY_MS);
      return {
        agencyId,
        id: random.uuid(createdAt),
        ...recordLink(context, [60, 10, 30]),
        title: random.pick(TASK_TITLES),
        dueAt,
        assigneeId: assignee,
        doneAt: done ? dueAt : null,
        doneBy: done ? assignee : null,
        createdBy: assignee,
        createdAt,
        updatedAt: done ? dueAt : createdAt,
      };
    });
    await context.writer.insert(tasks, rows);
  }
}

/** The one record an activity or task is about: a candidate, a contact or a job, by the given weights. */
function recordLink({ random, candidateIds, contacts, jobs }: GeneratorContext, weights: [candidate: number, contact: number, job: number]) {
  const target = random.weighted(['candidate', 'contact', 'job'] as const, weights);
  return {
    candidateId: target === 'candidate' ? random.pick(candidateIds) : null,
    contactId: target === 'contact' ? random.pick(contacts).id : null,
    jobId: target === 'job' ? random.pick(jobs).id : null,
  };
}
