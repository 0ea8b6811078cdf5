import { buildCandidate } from '../../factories/candidates';
import { openJobWithCandidate, stageOfKind } from '../../factories/pipeline';
import { type ForeignSampleProvider, route } from './types';

/** An open job of the other agency with one candidate on its pipeline, for every pipeline route that takes an id. */
export const pipelineSamples: ForeignSampleProvider = async (_t, theirs) => {
  const { job, candidate, entry } = await openJobWithCandidate(theirs);
  const other = (await buildCandidate(theirs.as.recruiter)).data;
  const screening = await stageOfKind(theirs.as.recruiter, job.id, 'screening');
  return {
    [route('POST', '/api/jobs/:id/pipeline')]: { id: job.id, body: { candidateIds: [other.id], addedFrom: 'job' } },
    [route('GET', '/api/jobs/:id/pipeline')]: { id: job.id },
    [route('GET', '/api/jobs/:id/pipeline/board')]: { id: job.id },
    [route('POST', '/api/candidates/:id/pipeline')]: { id: other.id, body: { jobId: job.id } },
    [route('GET', '/api/candidates/:id/pipeline')]: { id: candidate.id },
    [route('GET', '/api/pipeline/:id')]: { id: entry.id },
    [route('POST', '/api/pipeline/:id/move')]: { id: entry.id, body: { stageId: screening.id, version: entry.version } },
  };
};
