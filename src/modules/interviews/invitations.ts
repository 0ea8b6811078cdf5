import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agencies } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { now } from '../../platform/clock';
import type { JobQueue } from '../../platform/jobs/queue';
import { queueMail } from '../../platform/mail';
import { type IcsPerson, buildInterviewIcs } from './ical';
import type { InterviewView } from './queries';

export type InterviewMailKind = 'invite' | 'update' | 'cancel';

const TEMPLATE_OF = { invite: 'interview.invitation', update: 'interview.update', cancel: 'interview.cancellation' } as const satisfies Record<InterviewMailKind, string>;

/** Everyone the invitations go to: attending colleagues and contacts with an email, and the candidate when invited (once per address). */
export function recipientsOf({ interview, candidate, attendees }: InterviewView): IcsPerson[] {
  const candidateEmail = candidate.emails[0];
  const people = [
    ...attendees.users,
    ...attendees.contacts,
    ...(interview.inviteCandidate && candidateEmail ? [{ name: `${candidate.firstName} ${candidate.lastName}`, email: candidateEmail }] : []),
  ];
  const seen = new Set<string>();
  return people.flatMap((person) => {
    const key = person.email?.toLowerCase();
    if (!person.email || !key || seen.has(key)) {
      return [];
    }
    seen.add(key);
    return [{ name: person.name, email: person.email }];
  });
}

/** "Tuesday 8 December 2026, 14:00–15:00 (Europe/London)": the time as the attendees read it, in the interview's zone. */
export function describeWhen(startsAt: Date, endsAt: Date, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(startsAt).map((part) => [part.type, part.value]));
  const day = `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day}, ${time.format(startsAt)}–${time.format(endsAt)} (${timeZone})`;
}

const placeOf = (view: InterviewView): string => [view.interview.location, view.interview.meetingUrl].filter(Boolean).join(' · ') || 'to be confirmed';

/** The interview's calendar file: a request while it stands, a cancellation once cancelled (or for those taken off it). */
export function interviewIcs(view: InterviewView, method: 'request' | 'cancel', attendees: IcsPerson[], fallbackOrganizer: IcsPerson): string {
  const { interview, job, candidate } = view;
  const candidateName = `${candidate.firstName} ${candidate.lastName}`;
  return buildInterviewIcs({
    method,
    uid: interview.icalUid,
    sequence: interview.sequence,
    stamp: now(),
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    timeZone: interview.timeZone,
    summary: `Interview: ${candidateName} for ${job.title} (${job.organizationName})`,
    description: [`${interview.type} interview of ${candidateName} for ${job.title} at ${job.organizationName}.`, interview.meetingUrl ? `Join: ${interview.meetingUrl}` : '', interview.notes]
      .filter(Boolean)
      .join('\n\n'),
    location: interview.location,
    url: interview.meetingUrl,
    organizer: view.organizer?.email ? { name: view.organizer.name, email: view.organizer.email } : fallbackOrganizer,
    attendees,
  });
}

type SendInput = {
  tx: Executor;
  jobs: JobQueue;
  actor: StaffActor;
  view: InterviewView;
  kind: InterviewMailKind;
  to: IcsPerson[];
  /** Everyone on the invitation (ATTENDEE lines); the cancellation of those taken off names only them. */
  attendees: IcsPerson[];
  notes?: string;
};

/** Queues one mail per recipient, each with the .ics, inside the command's transaction. */
export async function sendInterviewMails({ tx, jobs, actor, view, kind, to, attendees, notes }: SendInput): Promise<void> {
  if (to.length === 0) {
    return;
  }
  const method = kind === 'cancel' ? 'cancel' : 'request';
  const ics = interviewIcs(view, method, attendees, { name: actor.name, email: actor.email });
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, actor.agencyId));
  const { interview, job, candidate } = view;
  for (const recipient of to) {
    await queueMail({
      tx,
      jobs,
      agencyId: actor.agencyId,
      to: recipient.email,
      template: TEMPLATE_OF[kind],
      values: {
        agencyName: agency?.name ?? '',
        recipientName: recipient.name,
        candidateName: `${candidate.firstName} ${candidate.lastName}`,
        jobTitle: job.title,
        organizationName: job.organizationName,
        interviewType: interview.type,
        when: describeWhen(interview.startsAt, interview.endsAt, interview.timeZone),
        place: placeOf(view),
        notes: notes ?? interview.notes,
        organizerName: view.organizer?.name ?? actor.name,
      },
      attachments: [{ fileName: method === 'cancel' ? 'cancel.ics' : 'invite.ics', mediaType: `text/calendar; method=${method.toUpperCase()}`, content: ics }],
    });
  }
}
