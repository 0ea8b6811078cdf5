import { openJobWithCandidate } from '../../factories/pipeline';
import { type ForeignSampleProvider, route } from './types';

/** A draft offer of the other agency, for every offers route that takes an id. */
export const offersSamples: ForeignSampleProvider = async (_t, theirs) => {
  const { entry } = await openJobWithCandidate(theirs);
  const answer = await theirs.as.recruiter.post('/api/offers', { entryId: entry.id, payMinor: 4_000_000, payUnit: 'year' });
  if (answer.status !== 201) {
    throw new Error(`their offer was not made: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  const offer = answer.body.data;
  const version = { version: offer.version };
  return {
    [route('GET', '/api/offers/:id')]: { id: offer.id },
    [route('PATCH', '/api/offers/:id')]: { id: offer.id, body: { ...version, payMinor: 1 } },
    [route('POST', '/api/offers/:id/extend')]: { id: offer.id, body: version },
    [route('POST', '/api/offers/:id/accept')]: { id: offer.id, body: version },
    [route('POST', '/api/offers/:id/decline')]: { id: offer.id, body: { ...version, reason: 'Hijacked' } },
    [route('POST', '/api/offers/:id/withdraw')]: { id: offer.id, body: { ...version, reason: 'Hijacked' } },
    [route('POST', '/api/offers/:id/client-approval')]: { id: offer.id, body: { ...version, approvedBy: 'Hijacker' } },
  };
};
