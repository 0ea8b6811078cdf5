import type { TestAgency } from '../support/agency';
import { type JobWithCandidate, openJobWithCandidate } from './pipeline';

export type EmployeeOut = {
  id: string;
  number: number;
  status: 'active' | 'terminated';
  hiredOn: string;
  terminatedOn: string | null;
  terminationReason: string | null;
  workerType: string;
  payFrequency: string;
  version: number;
  candidate: { id: string; name: string };
};

/** A candidate placed for the first time (a pending placement of a new temporary job), so in hiring management. */
export async function placedCandidate(agency: TestAgency, options: { job?: Record<string, unknown>; candidate?: Record<string, unknown>; startOn?: string } = {}) {
  const opened: JobWithCandidate = await openJobWithCandidate(agency, { job: { employmentType: 'temporary', ...options.job }, ...(options.candidate ? { candidate: options.candidate } : {}) });
  const answer = await agency.as.recruiter.post('/api/placements', { entryId: opened.entry.id, startOn: options.startOn ?? '2026-12-14' });
  if (answer.status !== 201) {
    throw new Error(`not placed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return { ...opened, placement: answer.body.data as { id: string; version: number; startOn: string | null } };
}

/** Onboards the candidate through `POST /api/employees` (as the back office); answers the employee. */
export async function onboard(agency: TestAgency, candidateId: string, overrides: Record<string, unknown> = {}): Promise<EmployeeOut> {
  const answer = await agency.as.back_office.post('/api/employees', { candidateId, hiredOn: '2026-12-14', workerType: 'w2', payFrequency: 'weekly', ...overrides });
  if (answer.status !== 201) {
    throw new Error(`not onboarded: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body.data as EmployeeOut;
}
