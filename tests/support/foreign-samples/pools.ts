import { buildCandidate } from '../../factories/candidates';
import { type ForeignSampleProvider, route } from './types';

/** A shared pool of the other agency with one member, for every pools route that takes an id. */
export const poolsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const candidate = (await buildCandidate(theirs.as.recruiter)).data;
  const pool = (await theirs.as.recruiter.post('/api/pools', { name: 'Their pool', shared: true })).body.data;
  await theirs.as.recruiter.post(`/api/pools/${pool.id}/members`, { candidateIds: [candidate.id] });
  return {
    [route('GET', '/api/pools/:id')]: { id: pool.id },
    [route('PATCH', '/api/pools/:id')]: { id: pool.id, body: { version: pool.version, name: 'Hijacked' } },
    [route('DELETE', '/api/pools/:id')]: { id: pool.id },
    [route('GET', '/api/pools/:id/members')]: { id: pool.id },
    [route('POST', '/api/pools/:id/members')]: { id: pool.id, body: { candidateIds: [candidate.id] } },
    [route('POST', '/api/pools/:id/members/remove')]: { id: pool.id, body: { candidateIds: [candidate.id] } },
    [route('GET', '/api/candidates/:id/pools')]: { id: candidate.id },
  };
};
