import { randomBytes } from 'node:crypto';
import type { TestAgency } from '../support/agency';
import type { TestApp } from '../support/app';
import { buildCandidate } from './candidates';
import { buildContact } from './clients';
import { makePdf, uploadDocument } from './documents';
import { createOpenJob, createOrganization } from './jobs';
import { addToPipeline } from './pipeline';

/** A candidate with something in every field a submission may share. */
export const SUBMISSION_PROFILE = {
  firstName: 'Alex',
  location: 'Leeds',
  phones: ['+44 7911 123456'],
  workHistory: [{ title: 'Forklift Team Lead', employer: 'Harbour Freight', startedOn: '2021-03-01' }],
  skills: [{ name: 'Counterbalance forklift' }, { name: 'Stock control' }],
  preferences: { desiredPay: { minMinor: 3_200_000, currency: 'GBP', unit: 'year' } },
};

/** A real PDF CV uploaded by the agency's recruiter; answers its id and bytes. */
export async function uploadCv(t: TestApp, agency: TestAgency, candidateId: string, fileName = 'cv.pdf', text = 'Curriculum vitae') {
  const bytes = await makePdf(text);
  const uploaded = await uploadDocument(t.app, agency.as.recruiter, candidateId, { fileName, bytes, contentType: 'application/pdf' });
  if (uploaded.status !== 201) {
    throw new Error(`CV not uploaded: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  }
  return { id: String(uploaded.body.data.id), bytes };
}

/** A new client with a hiring contact Priya Shah (with an email) and an open job whose hiring contact she is. */
export async function clientJob(agency: TestAgency, job: Record<string, unknown> = {}) {
  const organization = await createOrganization(agency.as.account_manager);
  const email = `priya.${randomBytes(3).toString('hex')}@client.example`;
  const contact = (await buildContact(agency.as.account_manager, { organizationId: organization.id, firstName: 'Priya', lastName: 'Shah', emails: [email] })).data;
  const opened = await createOpenJob(agency.as.account_manager, organization.id, agency.users.recruiter.id, { contactId: contact.id, title: 'Forklift team lead', ...job });
  return { organization, contact: { id: contact.id, email }, job: opened };
}

/** A new candidate on the job with a current CV, ready to submit. */
export async function candidateOnJob(t: TestApp, agency: TestAgency, jobId: string, profile: Record<string, unknown> = SUBMISSION_PROFILE) {
  const candidate = (await buildCandidate(agency.as.recruiter, profile)).data;
  const entry = await addToPipeline(agency.as.recruiter, jobId, candidate.id);
  const cv = await uploadCv(t, agency, candidate.id, 'cv.pdf', `CV of ${candidate.name}`);
  return { candidate, entry, cv };
}
