import { atRiskReasons, jobAging, type JobHealthThresholds } from '../../domain/job-health';
import type { jobStages, jobs } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { now } from '../../platform/clock';
import type { NextAction } from '../activities/next-actions';
import type { JobPipelineFacts } from './queries';
import { jobPolicy } from './policy';

type JobRow = typeof jobs.$inferSelect;
type UserRef = { id: string; name: string };
type SummaryInput = { job: JobRow; organizationName: string; ownerName: string | null; recruiters: UserRef[]; nextAction: NextAction | null; pipeline: JobPipelineFacts };
type DetailInput = SummaryInput & { contactName: string | null; dealTitle: string | null; stages: (typeof jobStages.$inferSelect)[] };

export const jobReference = (number: number) => `J-${number}`;

/** A job as other records name it: number, reference, title, status and client. */
export const presentJobRef = (job: Pick<JobRow, 'id' | 'number' | 'title' | 'status' | 'organizationId'>, organizationName: string) => ({
  id: job.id,
  number: job.number,
  reference: jobReference(job.number),
  title: job.title,
  status: job.status,
  organization: { id: job.organizationId, name: organizationName },
});

function presentHealth(job: JobRow, nextAction: NextAction | null, pipeline: JobPipelineFacts, thresholds: JobHealthThresholds) {
  const at = now();
  const facts = { ...job, nextActionAt: nextAction?.dueAt ?? null, pipeline: { submissions: pipeline.submissions, inInterview: pipeline.inInterview } };
  const reasons = atRiskReasons(facts, thresholds, at);
  return { ...jobAging(job, at), atRisk: reasons.length > 0, atRiskReasons: reasons };
}

export function presentJobSummary({ job, organizationName, ownerName, recruiters, nextAction, pipeline }: SummaryInput, thresholds: JobHealthThresholds) {
  return {
    ...presentJobRef(job, organizationName),
    owner: job.ownerId && ownerName ? { id: job.ownerId, name: ownerName } : null,
    recruiters,
    employmentType: job.employmentType,
    urgency: job.urgency,
    openings: job.openings,
    filledCount: job.filledCount,
    candidateCount: pipeline.candidates,
    submissionCount: pipeline.submissions,
    location: job.location,
    remotePolicy: job.remotePolicy,
    statusChangedAt: job.statusChangedAt.toISOString(),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    nextAction: nextAction
      ? { taskId: nextAction.taskId, title: nextAction.title, dueAt: nextAction.dueAt.toISOString(), allDay: nextAction.allDay, assignee: { id: nextAction.assigneeId, name: nextAction.assigneeName } }
      : null,
    health: presentHealth(job, nextAction, pipeline, thresholds),
    version: job.version,
  };
}

export function presentJobRecord(actor: StaffActor, detail: DetailInput, thresholds: JobHealthThresholds) {
  const { job } = detail;
  return {
    data: {
      ...presentJobSummary(detail, thresholds),
      contact: job.contactId && detail.contactName ? { id: job.contactId, name: detail.contactName } : null,
      deal: job.dealId && detail.dealTitle ? { id: job.dealId, title: detail.dealTitle } : null,
      description: job.description,
      payMinMinor: job.payMinMinor,
      payMaxMinor: job.payMaxMinor,
      payUnit: job.payUnit,
      billRateMinor: job.billRateMinor,
      billRateUnit: job.billRateUnit,
      feeType: job.feeType,
      feeBp: job.feeBp,
      feeFlatMinor: job.feeFlatMinor,
      currency: job.currency,
      targetStartOn: job.targetStartOn,
      submissionRules: job.submissionRules,
      interviewProcess: job.interviewProcess,
      mustHaveSkills: job.mustHaveSkills,
      niceToHaveSkills: job.niceToHaveSkills,
      successCriteria: job.successCriteria,
      advertText: job.advertText,
      deliveryNotes: job.deliveryNotes,
      sourcingPlan: job.sourcingPlan,
      applicationForm: job.applicationForm,
      firstOpenedAt: job.firstOpenedAt?.toISOString() ?? null,
      qualification: job.qualification,
      stages: detail.stages.map(presentStage),
    },
    abilities: {
      update: jobPolicy.canUpdate(actor, job),
      qualify: jobPolicy.canQualify(actor, job),
      editStages: jobPolicy.canEditStages(actor, job),
      transitions: jobPolicy.transitions(actor, job),
    },
  };
}

export const presentStage = (stage: { id: string; name: string; kind: (typeof jobStages.$inferSelect)['kind']; position: number }) => ({
  id: stage.id,
  name: stage.name,
  kind: stage.kind,
  position: stage.position,
});
