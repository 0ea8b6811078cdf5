import { buildCandidate } from '../../factories/candidates';
import { type ForeignSampleProvider, route } from './types';

/** A candidate and a fit note of the other agency, for every candidates route that takes an id. */
export const candidatesSamples: ForeignSampleProvider = async (_t, theirs) => {
  const candidate = (await buildCandidate(theirs.as.recruiter)).data;
  const note = (await theirs.as.recruiter.post(`/api/candidates/${candidate.id}/fit-notes`, { kind: 'fit', body: 'Their note' })).body.data;
  return {
    [route('GET', '/api/candidates/:id')]: { id: candidate.id },
    [route('PATCH', '/api/candidates/:id')]: { id: candidate.id, body: { version: candidate.version, firstName: 'Hijacked' } },
    [route('POST', '/api/candidates/:id/owner')]: { id: candidate.id, body: { version: candidate.version, ownerId: theirs.users.recruiter.id, handoffNote: 'Hijacked' } },
    [route('GET', '/api/candidates/:id/source-events')]: { id: candidate.id },
    [route('POST', '/api/candidates/:id/source-events')]: { id: candidate.id, body: { source: 'import' } },
    [route('GET', '/api/candidates/:id/fit-notes')]: { id: candidate.id },
    [route('POST', '/api/candidates/:id/fit-notes')]: { id: candidate.id, body: { kind: 'fit', body: 'Hijacked' } },
    [route('PATCH', '/api/candidate-fit-notes/:id')]: { id: note.id, body: { version: note.version, body: 'Hijacked' } },
  };
};
