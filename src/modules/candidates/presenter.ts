import type { StaffActor } from '../../platform/auth/actor';
import type { NextAction } from '../activities/next-actions';
import { candidatePolicy } from './policy';
import type { CandidateDetail, CandidateView, FitNoteView, SourceEventRow } from './queries';

const fullName = (candidate: { firstName: string; lastName: string }) => `${candidate.firstName} ${candidate.lastName}`;

const presentOwner = (ownerId: string | null, ownerName: string | null) => (ownerId && ownerName !== null ? { id: ownerId, name: ownerName } : null);

function presentNextAction(action: NextAction | null) {
  if (!action) {
    return null;
  }
  return { taskId: action.taskId, title: action.title, dueAt: action.dueAt.toISOString(), allDay: action.allDay, assignee: { id: action.assigneeId, name: action.assigneeName } };
}

/** A row of the candidate list: who, where they work, what they know, and what happens next. */
export function presentCandidateSummary({ candidate, ownerName, nextAction }: CandidateView) {
  return {
    id: candidate.id,
    name: fullName(candidate),
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    emails: candidate.emails,
    phones: candidate.phones,
    location: candidate.location,
    status: candidate.status,
    owner: presentOwner(candidate.ownerId, ownerName),
    currentTitle: candidate.currentTitle,
    currentEmployer: candidate.currentEmployer,
    skills: candidate.skills.map((skill) => skill.name),
    tags: candidate.tags,
    availableOn: candidate.availableOn,
    lastContactedAt: candidate.lastContactedAt?.toISOString() ?? null,
    updatedAt: candidate.updatedAt.toISOString(),
    nextAction: presentNextAction(nextAction),
    version: candidate.version,
  };
}

export function candidateAbilities(actor: StaffActor) {
  return { update: candidatePolicy.canWrite(actor), changeOwner: candidatePolicy.canChangeOwner(actor) };
}

/** The whole record with the caller's abilities. */
export function presentCandidateRecord(actor: StaffActor, { candidate, ownerName, nextAction, firstSource }: CandidateDetail) {
  return {
    data: {
      id: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      name: fullName(candidate),
      emails: candidate.emails,
      phones: candidate.phones,
      location: candidate.location,
      source: candidate.source,
      firstSource: firstSource ? { source: firstSource.source, occurredAt: firstSource.occurredAt.toISOString() } : null,
      owner: presentOwner(candidate.ownerId, ownerName),
      status: candidate.status,
      availableOn: candidate.availableOn,
      preferences: candidate.preferences,
      skills: candidate.skills,
      workHistory: candidate.workHistory,
      education: candidate.education,
      currentEmployer: candidate.currentEmployer,
      currentTitle: candidate.currentTitle,
      tags: candidate.tags,
      consentBasis: candidate.consentBasis,
      consentOn: candidate.consentOn,
      consentSource: candidate.consentSource,
      retainUntil: candidate.retainUntil,
      lastContactedAt: candidate.lastContactedAt?.toISOString() ?? null,
      roleInterests: candidate.roleInterests,
      nurtureStage: candidate.nurtureStage,
      profileLinks: candidate.profileLinks,
      handoffNote: candidate.handoffNote,
      nextAction: presentNextAction(nextAction),
      createdAt: candidate.createdAt.toISOString(),
      updatedAt: candidate.updatedAt.toISOString(),
      version: candidate.version,
    },
    abilities: candidateAbilities(actor),
  };
}

export function presentSourceEvent({ event, jobTitle }: SourceEventRow) {
  return {
    id: event.id,
    source: event.source,
    occurredAt: event.occurredAt.toISOString(),
    detail: event.detail,
    job: event.jobId && jobTitle !== null ? { id: event.jobId, title: jobTitle } : null,
    referrerName: event.referrerName,
  };
}

export function presentFitNote(actor: StaffActor, { note, organizationName, jobTitle, authorName }: FitNoteView) {
  return {
    id: note.id,
    candidateId: note.candidateId,
    kind: note.kind,
    body: note.body,
    organization: note.organizationId && organizationName !== null ? { id: note.organizationId, name: organizationName } : null,
    job: note.jobId && jobTitle !== null ? { id: note.jobId, title: jobTitle } : null,
    roleTitle: note.roleTitle,
    author: presentOwner(note.authorId, authorName),
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    version: note.version,
    abilities: { update: candidatePolicy.canUpdateFitNote(actor, note) },
  };
}
