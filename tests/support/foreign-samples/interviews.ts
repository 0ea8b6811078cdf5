import { openJobWithCandidate } from '../../factories/pipeline';
import { type ForeignSampleProvider, route } from './types';

/** A scheduled interview of the other agency, for every interviews route that takes an id. */
export const interviewsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const { entry } = await openJobWithCandidate(theirs);
  const answer = await theirs.as.recruiter.post('/api/interviews', {
    entryId: entry.id,
    type: 'video',
    startsAt: '2030-03-04T10:00:00.000Z',
    endsAt: '2030-03-04T11:00:00.000Z',
    timeZone: 'Europe/London',
  });
  if (answer.status !== 201) {
    throw new Error(`their interview was not scheduled: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  const interview = answer.body.data;
  return {
    [route('GET', '/api/interviews/:id')]: { id: interview.id },
    [route('GET', '/api/interviews/:id/invite.ics')]: { id: interview.id },
    [route('PATCH', '/api/interviews/:id')]: { id: interview.id, body: { version: interview.version, notes: 'Hijacked' } },
    [route('POST', '/api/interviews/:id/cancel')]: { id: interview.id, body: { version: interview.version, reason: 'Hijacked' } },
    [route('POST', '/api/interviews/:id/outcome')]: { id: interview.id, body: { version: interview.version, outcome: 'passed', notes: 'Hijacked' } },
  };
};
