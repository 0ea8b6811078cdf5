import { buildCandidate } from '../../factories/candidates';
import { createOpenJob, createOrganization } from '../../factories/jobs';
import { addToPipeline } from '../../factories/pipeline';
import { type ForeignSampleProvider, route } from './types';

/** A submission of the other agency (recorded without a mail), for every submissions route that takes an id. */
export const submissionsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const organization = await createOrganization(theirs.as.account_manager, 'Their submissions client');
  const job = await createOpenJob(theirs.as.account_manager, organization.id, theirs.users.recruiter.id);
  const candidate = (await buildCandidate(theirs.as.recruiter)).data;
  const entry = await addToPipeline(theirs.as.recruiter, job.id, candidate.id);
  const submission = (await theirs.as.recruiter.post('/api/submissions', { entryId: entry.id, send: false })).body.data;
  return {
    [route('GET', '/api/submissions/:id')]: { id: submission.id },
    [route('POST', '/api/submissions/:id/withdraw')]: { id: submission.id, body: { version: submission.version, reason: 'Hijacked' } },
    [route('POST', '/api/submissions/:id/feedback')]: { id: submission.id, body: { kind: 'reject', remark: 'Hijacked' } },
    [route('GET', '/api/jobs/:id/submissions')]: { id: job.id },
  };
};
