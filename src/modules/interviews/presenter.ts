import type { StaffActor } from '../../platform/auth/actor';
import { jobReference } from '../jobs/presenter';
import { interviewAbilities } from './policy';
import type { InterviewView } from './queries';

/** An interview as its page, the entry's list and the calendar show it. */
export function presentInterview({ interview, entry, job, candidate, organizer, attendees }: InterviewView) {
  return {
    id: interview.id,
    entry: { id: entry.id, version: entry.version, stage: { id: entry.stageId, name: entry.stageName, kind: entry.stageKind } },
    job: { id: job.id, number: job.number, reference: jobReference(job.number), title: job.title, organization: { id: job.organizationId, name: job.organizationName } },
    candidate: { id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}` },
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
