import { type SQL, and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignments, candidateDocuments, candidates, contacts, employees, jobStages, jobs, pipelineEntries, placements, submissionFeedback, submissions, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { AssignmentStatus, PlacementStatus } from '../../shared/pipeline';
import { getJobRow } from '../jobs/queries';
import type { TJobSubmissionsQuery, TListSubmissionsQuery } from './schema';

export type SubmissionRow = typeof submissions.$inferSelect;
export type FeedbackRow = typeof submissionFeedback.$inferSelect;

export const getSubmissionRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, submissions, agencyId, id, 'Submission', options);

/**
 * Submissions with everything their lists show, in one statement: the job, candidate, contact, CV and sender by
 * join; the latest client feedback and the entry's latest placement (with its assignment) by lateral join, each
 * served by its per-parent index; whether the candidate is already an employee by an index probe.
 */
function selectSubmissions(tx: Executor) {
  const latestFeedback = tx
    .select({ kind: submissionFeedback.kind, remark: submissionFeedback.remark, receivedAt: submissionFeedback.receivedAt })
    .from(submissionFeedback)
    .where(and(eq(submissionFeedback.agencyId, submissions.agencyId), eq(submissionFeedback.submissionId, submissions.id)))
    .orderBy(desc(submissionFeedback.receivedAt), desc(submissionFeedback.id))
    .limit(1)
    .as('latest_feedback');
  const latestPlacement = tx
    .select({
      id: sql<string>`${placements.id}`.as('placement_id'),
      number: sql<number>`${placements.number}`.as('placement_number'),
      status: sql<PlacementStatus>`${placements.status}`.as('placement_status'),
      assignmentStatus: sql<AssignmentStatus | null>`${assignments.status}`.as('assignment_status'),
    })
    .from(placements)
    .leftJoin(assignments, and(eq(assignments.agencyId, placements.agencyId), eq(assignments.placementId, placements.id)))
    .where(and(eq(placements.agencyId, submissions.agencyId), eq(placements.entryId, submissions.entryId)))
    .orderBy(desc(placements.placedAt), desc(placements.id))
    .limit(1)
    .as('latest_placement');
  const isEmployee = sql<boolean>`exists (select 1 from ${employees} where ${employees.agencyId} = ${submissions.agencyId} and ${employees.candidateId} = ${submissions.candidateId})`.mapWith(
    Boolean,
  );
  const employeeId = sql<string | null>`(select ${employees.id} from ${employees} where ${employees.agencyId} = ${submissions.agencyId} and ${employees.candidateId} = ${submissions.candidateId})`;
  return tx
    .select({
      submission: submissions,
      jobNumber: jobs.number,
      jobTitle: jobs.title,
      candidateFirstName: candidates.firstName,
      candidateLastName: candidates.lastName,
      contactFirstName: contacts.firstName,
      contactLastName: contacts.lastName,
      contactEmails: contacts.emails,
      documentFileName: candidateDocuments.fileName,
      submittedByName: users.name,
      stageId: jobStages.id,
      stageName: jobStages.name,
      stageKind: jobStages.kind,
      feedbackKind: latestFeedback.kind,
      feedbackRemark: latestFeedback.remark,
      feedbackReceivedAt: latestFeedback.receivedAt,
      placementId: latestPlacement.id,
      placementNumber: latestPlacement.number,
      placementStatus: latestPlacement.status,
      assignmentStatus: latestPlacement.assignmentStatus,
      isEmployee,
      employeeId,
    })
    .from(submissions)
    .innerJoin(jobs, and(eq(jobs.agencyId, submissions.agencyId), eq(jobs.id, submissions.jobId)))
    .innerJoin(candidates, and(eq(candidates.agencyId, submissions.agencyId), eq(candidates.id, submissions.candidateId)))
    .innerJoin(pipelineEntries, and(eq(pipelineEntries.agencyId, submissions.agencyId), eq(pipelineEntries.id, submissions.entryId)))
    .innerJoin(jobStages, and(eq(jobStages.agencyId, pipelineEntries.agencyId), eq(jobStages.id, pipelineEntries.stageId)))
    .leftJoin(contacts, and(eq(contacts.agencyId, submissions.agencyId), eq(contacts.id, submissions.contactId)))
    .leftJoin(candidateDocuments, and(eq(candidateDocuments.agencyId, submissions.agencyId), eq(candidateDocuments.id, submissions.documentId)))
    .leftJoin(users, and(eq(users.agencyId, submissions.agencyId), eq(users.id, submissions.submittedBy)))
    .leftJoinLateral(latestFeedback, sql`true`)
    .leftJoinLateral(latestPlacement, sql`true`);
}

export type SubmissionView = Awaited<ReturnType<ReturnType<typeof selectSubmissions>['execute']>>[number];

async function listPage(tx: Executor, where: SQL | undefined, page: { limit: number; cursor?: string | undefined }) {
  const rows = await selectSubmissions(tx)
    .where(and(where, afterCursorDesc(submissions.sentAt, submissions.id, page.cursor)))
    .orderBy(desc(submissions.sentAt), desc(submissions.id))
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => [row.submission.sentAt.toISOString(), row.submission.id]);
}

/** One submission as the record shows it. */
export async function getSubmissionView(tx: Executor, agencyId: string, id: string): Promise<SubmissionView> {
  const [view] = await selectSubmissions(tx).where(and(eq(submissions.agencyId, agencyId), eq(submissions.id, id)));
  if (!view) {
    throw notFound('Submission');
  }
  return view;
}

/** Several submissions (a shortlist's), in the order asked. */
export async function getSubmissionViews(tx: Executor, agencyId: string, ids: readonly string[]): Promise<SubmissionView[]> {
  if (ids.length === 0) {
    return [];
  }
  const views = await selectSubmissions(tx).where(and(eq(submissions.agencyId, agencyId), inArray(submissions.id, [...ids])));
  const byId = new Map(views.map((view) => [view.submission.id, view]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The client's feedback on a submission, newest first. */
export function listFeedback(tx: Executor, agencyId: string, submissionId: string): Promise<FeedbackRow[]> {
  return tx
    .select()
    .from(submissionFeedback)
    .where(and(eq(submissionFeedback.agencyId, agencyId), eq(submissionFeedback.submissionId, submissionId)))
    .orderBy(desc(submissionFeedback.receivedAt), desc(submissionFeedback.id));
}

/** B1: a job's submissions, newest first (served by submissions_job_idx), with stage, feedback and placement. */
export async function listJobSubmissions(tx: Executor, agencyId: string, jobId: string, query: TJobSubmissionsQuery) {
  await getJobRow(tx, agencyId, jobId);
  return listPage(tx, and(eq(submissions.agencyId, agencyId), eq(submissions.jobId, jobId)), query);
}

/** An entry's or a candidate's submissions, newest first (submissions_entry_idx / submissions_candidate_idx). */
export function listSubmissions(tx: Executor, agencyId: string, query: TListSubmissionsQuery) {
  const where = and(
    eq(submissions.agencyId, agencyId),
    query.entryId ? eq(submissions.entryId, query.entryId) : undefined,
    query.candidateId ? eq(submissions.candidateId, query.candidateId) : undefined,
  );
  return listPage(tx, where, query);
}
