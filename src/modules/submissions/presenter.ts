import { backOfficePlace } from '../../domain/placements';
import type { StaffActor } from '../../platform/auth/actor';
import type { BackOfficePlace } from '../../shared/pipeline';
import { jobReference } from '../jobs/presenter';
import { submissionPolicy } from './policy';
import type { FeedbackRow, SubmissionView } from './queries';

type ShortlistResult = {
  shortlist: { id: string; jobId: string; note: string; createdAt: Date };
  contact: { id: string; firstName: string; lastName: string; emails: string[] };
  mailId: string;
};

const HOUR_MS = 3_600_000;

const fullName = (first: string, last: string) => `${first} ${last}`.trim();

/** The back-office page where a placement now sits (B1). */
function backOfficeHref(place: BackOfficePlace, placementId: string, candidateId: string, employeeId: string | null): string {
  switch (place) {
    case 'hiring_management':
      return '/hiring';
    case 'assignments':
      return `/placements/${placementId}`;
    case 'employees':
      return employeeId ? `/employees/${employeeId}` : `/candidates/${candidateId}`;
  }
}

function presentPlacement(view: SubmissionView) {
  if (!view.placementId || view.placementNumber === null || !view.placementStatus) {
    return null;
  }
  const place = backOfficePlace({ status: view.placementStatus, isEmployee: view.isEmployee });
  return {
    placementId: view.placementId,
    number: view.placementNumber,
    status: view.placementStatus,
    assignmentStatus: view.assignmentStatus,
    backOffice: { place, href: backOfficeHref(place, view.placementId, view.submission.candidateId, view.employeeId) },
  };
}

/** Hours from sending to the first feedback, one decimal: the "time to client feedback" metric. */
export const hoursBetween = (from: Date, to: Date): number => Math.round(((to.getTime() - from.getTime()) / HOUR_MS) * 10) / 10;

/** A submission as every list shows it: who went, when, to whom, what the client said last, and where it led. */
export function presentSubmission(view: SubmissionView) {
  const { submission } = view;
  return {
    id: submission.id,
    entryId: submission.entryId,
    shortlistId: submission.shortlistId,
    job: { id: submission.jobId, number: view.jobNumber, reference: jobReference(view.jobNumber), title: view.jobTitle },
    candidate: { id: submission.candidateId, name: fullName(view.candidateFirstName, view.candidateLastName) },
    contact:
      submission.contactId && view.contactFirstName !== null
        ? { id: submission.contactId, name: fullName(view.contactFirstName, view.contactLastName ?? ''), email: view.contactEmails?.[0] ?? null }
        : null,
    document: submission.documentId && view.documentFileName !== null ? { id: submission.documentId, fileName: view.documentFileName } : null,
    note: submission.note,
    sharedFields: submission.sharedFields,
    status: submission.status,
    sentAt: submission.sentAt.toISOString(),
    submittedBy: submission.submittedBy && view.submittedByName !== null ? { id: submission.submittedBy, name: view.submittedByName } : null,
    emailed: submission.mailId !== null,
    mailId: submission.mailId,
    withdrawnAt: submission.withdrawnAt?.toISOString() ?? null,
    withdrawnReason: submission.withdrawnReason,
    firstFeedbackAt: submission.firstFeedbackAt?.toISOString() ?? null,
    hoursToFirstFeedback: submission.firstFeedbackAt ? hoursBetween(submission.sentAt, submission.firstFeedbackAt) : null,
    latestFeedback:
      view.feedbackKind && view.feedbackReceivedAt ? { kind: view.feedbackKind, remark: view.feedbackRemark ?? '', receivedAt: view.feedbackReceivedAt.toISOString() } : null,
    stage: { id: view.stageId, name: view.stageName, kind: view.stageKind },
    placement: presentPlacement(view),
    createdAt: submission.createdAt.toISOString(),
    updatedAt: submission.updatedAt.toISOString(),
    version: submission.version,
  };
}

export function presentFeedback(feedback: FeedbackRow) {
  return {
    id: feedback.id,
    kind: feedback.kind,
    remark: feedback.remark,
    receivedAt: feedback.receivedAt.toISOString(),
    source: feedback.source,
    recordedBy: feedback.recordedByLabel,
    createdAt: feedback.createdAt.toISOString(),
  };
}

export function presentSubmissionRecord(actor: StaffActor, view: SubmissionView, feedback: FeedbackRow[]) {
  return {
    data: { ...presentSubmission(view), feedback: feedback.map(presentFeedback) },
    abilities: { withdraw: submissionPolicy.canWithdraw(actor, view.submission), recordFeedback: submissionPolicy.canRecordFeedback(actor, view.submission) },
  };
}

/** A sent shortlist: to whom, the one mail, and the submissions it made in the order listed. */
export function presentShortlist({ shortlist, contact, mailId }: ShortlistResult, views: SubmissionView[]) {
  return {
    data: {
      id: shortlist.id,
      jobId: shortlist.jobId,
      contact: { id: contact.id, name: fullName(contact.firstName, contact.lastName), email: contact.emails[0] ?? null },
      note: shortlist.note,
      mailId,
      createdAt: shortlist.createdAt.toISOString(),
      submissions: views.map(presentSubmission),
    },
  };
}
