import type { StaffActor } from '../../platform/auth/actor';
import { presentEntryContext } from '../pipeline/presenter';
import { interviewAbilities } from './policy';
import type { InterviewView } from './queries';

/** An interview as its page, the entry's list and the calendar show it. */
export function presentInterview({ interview, entry, job, candidate, organizer, attendees }: InterviewView) {
  return {
    id: interview.id,
    ...presentEntryContext({ entry, job, candidate }),
    type: interview.type,
    startsAt: interview.startsAt.toISOString(),
    endsAt: interview.endsAt.toISOString(),
    timeZone: interview.timeZone,
    location: interview.location,
    meetingUrl: interview.meetingUrl,
    notes: interview.notes,
    attendees: { users: attendees.users, contacts: attendees.contacts, candidate: interview.inviteCandidate },
    organizer: organizer ? { id: organizer.id, name: organizer.name } : null,
    status: interview.status,
    icalUid: interview.icalUid,
    sequence: interview.sequence,
    outcome: interview.outcome,
    outcomeNotes: interview.outcomeNotes,
    outcomeRecordedAt: interview.outcomeRecordedAt?.toISOString() ?? null,
    createdAt: interview.createdAt.toISOString(),
    updatedAt: interview.updatedAt.toISOString(),
    version: interview.version,
  };
}

export function presentInterviewRecord(actor: StaffActor, view: InterviewView) {
  return { data: presentInterview(view), abilities: interviewAbilities(actor, view.interview) };
}
