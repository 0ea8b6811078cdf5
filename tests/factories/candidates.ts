import { randomBytes } from 'node:crypto';
import type { Caller } from '../support/http';

const suffix = () => randomBytes(3).toString('hex');

export type CandidateRecord = {
  data: { id: string; version: number; name: string; firstName: string; lastName: string; emails: string[]; phones: string[]; [field: string]: unknown };
  abilities: { update: boolean; changeOwner: boolean };
};

/** A candidate made through the API by a front-office user (a recruiter unless told): unique last name and email unless given. */
export async function buildCandidate(as: Caller, overrides: { [field: string]: unknown } = {}): Promise<CandidateRecord> {
  const tag = suffix();
  const answer = await as.post('/api/candidates', { firstName: 'Sam', lastName: `Candidate${tag}`, emails: [`sam.${tag}@mail.example`], source: 'sourced', ...overrides });
  if (answer.status !== 201) {
    throw new Error(`candidate was not created: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body as CandidateRecord;
}
