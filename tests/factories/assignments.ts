import type { TestAgency } from '../support/agency';
import { createOpenJob, createOrganization } from './jobs';
import { addToPipeline, openJobWithCandidate } from './pipeline';

export type AssignmentOut = {
  id: string;
  status: string;
  employmentType: string;
  startOn: string | null;
  endOn: string | null;
  version: number;
  candidate: { id: string; name: string };
  employee: { id: string; number: number; status: string } | null;
  [field: string]: unknown;
};

export type PlacedAssignment = { assignment: AssignmentOut; placement: { id: string; number: number }; candidateId: string; jobId: string; organizationId: string };

export type AssignmentOptions = {
  employmentType?: 'temporary' | 'contract' | 'contract_to_hire' | 'permanent' | 'retained';
  /** Omit for the default (2026-12-14); null for none (temp/contract only). */
  startOn?: string | null;
  endOn?: string | null;
  /** Hourly pay and bill rates; they become the assignment's first rates. */
  payMinor?: number;
  billRateMinor?: number;
  /** Place this candidate (a second assignment of the same person). */
  candidateId?: string;
  organizationId?: string;
};

/**
 * A placement made through the API and its assignment in `needs_approval`. Temp/contract placements get hourly
 * rates (£14.50 pay, £21.00 bill unless told); permanent ones a flat £5,000 fee.
 */
export async function placedAssignment(agency: TestAgency, options: AssignmentOptions = {}): Promise<PlacedAssignment> {
  const employmentType = options.employmentType ?? 'temporary';
  const direct = employmentType === 'permanent' || employmentType === 'retained';
  const jobFields = { employmentType, openings: 3, ...(direct ? { feeType: 'flat', feeFlatMinor: 500_000 } : {}) };
  let entryId: string;
  let candidateId: string;
  let jobId: string;
  let organizationId: string;
  if (options.candidateId) {
    organizationId = options.organizationId ?? (await createOrganization(agency.as.account_manager)).id;
    const job = await createOpenJob(agency.as.account_manager, organizationId, agency.users.recruiter.id, jobFields);
    const entry = await addToPipeline(agency.as.recruiter, job.id, options.candidateId);
    ({ id: entryId } = entry);
    candidateId = options.candidateId;
    jobId = job.id;
  } else {
    const opened = await openJobWithCandidate(agency, { job: jobFields, ...(options.organizationId ? { organizationId: options.organizationId } : {}) });
    entryId = opened.entry.id;
    candidateId = opened.candidate.id;
    jobId = opened.job.id;
    organizationId = opened.organization.id;
  }
  const startOn = options.startOn === undefined ? '2026-12-14' : options.startOn;
  const rates = direct ? {} : { payMinor: options.payMinor ?? 1450, payUnit: 'hour', billRateMinor: options.billRateMinor ?? 2100, billRateUnit: 'hour' };
  const placed = await agency.as.recruiter.post('/api/placements', { entryId, startOn, endOn: options.endOn ?? null, ...rates });
  if (placed.status !== 201) {
    throw new Error(`not placed: ${placed.status} ${JSON.stringify(placed.body)}`);
  }
  const assignmentId = placed.body.data.assignment.id as string;
  const assignment = (await agency.as.back_office.get(`/api/assignments/${assignmentId}`)).body.data as AssignmentOut;
  return { assignment, placement: { id: placed.body.data.id, number: Number(String(placed.body.data.reference).slice(2)) }, candidateId, jobId, organizationId };
}

/** Onboards the candidate as an employee through hiring management (`POST /api/employees`) unless they already are one. */
export async function onboard(agency: TestAgency, candidateId: string, hiredOn = '2026-12-01') {
  const answer = await agency.as.back_office.post('/api/employees', { candidateId, hiredOn, workerType: 'w2', payFrequency: 'weekly' });
  if (answer.status !== 201 && answer.status !== 409) {
    throw new Error(`not onboarded: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data as { id: string; number: number } | undefined;
}

/** Approves assignments through the Update status dialog's endpoint; throws unless every one was approved. */
export async function approve(agency: TestAgency, ids: string[], options: Record<string, unknown> = {}): Promise<AssignmentOut[]> {
  const answer = await agency.as.back_office.post('/api/assignments/approve', { ids, options });
  if (answer.status !== 200) {
    throw new Error(`not approved: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data as AssignmentOut[];
}

/** A temp/contract assignment approved to `active`, its candidate onboarded first (B6). */
export async function activeAssignment(agency: TestAgency, options: AssignmentOptions = {}): Promise<PlacedAssignment> {
  const placed = await placedAssignment(agency, options);
  await onboard(agency, placed.candidateId);
  const [assignment] = await approve(agency, [placed.assignment.id]);
  return { ...placed, assignment: assignment as AssignmentOut };
}
