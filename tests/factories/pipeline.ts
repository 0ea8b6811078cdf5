import type { TestAgency } from '../support/agency';
import type { Caller } from '../support/http';
import { type CandidateRecord, buildCandidate } from './candidates';
import { createOpenJob, createOrganization } from './jobs';

export type PipelineStageOut = { id: string; name: string; kind: string; position: number };

export type PipelineEntryOut = {
  id: string;
  jobId: string;
  candidateId: string;
  stageId: string;
  stage: PipelineStageOut;
  stageEnteredAt: string;
  addedFrom: string;
  closedReason: string | null;
  version: number;
  [field: string]: unknown;
};

/** Puts one candidate on a job through `POST /api/jobs/:id/pipeline` (as a front-office caller); answers the entry. */
export async function addToPipeline(as: Caller, jobId: string, candidateId: string, overrides: Record<string, unknown> = {}): Promise<PipelineEntryOut> {
  const answer = await as.post(`/api/jobs/${jobId}/pipeline`, { candidateIds: [candidateId], addedFrom: 'job', ...overrides });
  if (answer.status !== 201 || !answer.body.data?.[0]) {
    throw new Error(`candidate not added to the pipeline: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data[0] as PipelineEntryOut;
}

/** The job's stages in order (from GET /api/jobs/:id), to find a stage by kind. */
export async function jobStages(as: Caller, jobId: string): Promise<PipelineStageOut[]> {
  const answer = await as.get(`/api/jobs/${jobId}`);
  if (answer.status !== 200) {
    throw new Error(`job not read: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data.stages as PipelineStageOut[];
}

/** The job's first stage of a kind; throws when it has none. */
export async function stageOfKind(as: Caller, jobId: string, kind: string): Promise<PipelineStageOut> {
  const stage = (await jobStages(as, jobId)).find((candidate) => candidate.kind === kind);
  if (!stage) {
    throw new Error(`job ${jobId} has no ${kind} stage`);
  }
  return stage;
}

export type JobWithCandidate = {
  organization: { id: string; name: string };
  job: { id: string; version: number; number: number };
  candidate: CandidateRecord['data'];
  entry: PipelineEntryOut;
};

/**
 * An open job (taken in and opened by the account manager, owned by the recruiter) of a new client, with one new
 * candidate on its pipeline in the first sourced stage. Pass `organizationId` to reuse a client, `job` to override job fields.
 */
export async function openJobWithCandidate(
  agency: TestAgency,
  options: { organizationId?: string; job?: Record<string, unknown>; candidate?: Record<string, unknown>; by?: Caller } = {},
): Promise<JobWithCandidate> {
  const organization = options.organizationId ? { id: options.organizationId, name: '' } : await createOrganization(agency.as.account_manager);
  const job = await createOpenJob(agency.as.account_manager, organization.id, agency.users.recruiter.id, options.job);
  const candidate = (await buildCandidate(agency.as.recruiter, options.candidate)).data;
  const entry = await addToPipeline(options.by ?? agency.as.recruiter, job.id, candidate.id);
  return { organization, job, candidate, entry };
}
