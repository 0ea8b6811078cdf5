import { openJobWithCandidate } from '../../factories/pipeline';
import { type ForeignSampleProvider, route } from './types';

/** A placement of the other agency with its checklist, follow-ups and an issue, for every placements route that takes an id. */
export const placementsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const { entry } = await openJobWithCandidate(theirs, { job: { openings: 2 } });
  const placed = (await theirs.as.recruiter.post('/api/placements', { entryId: entry.id, startOn: '2027-01-04' })).body.data;
  const withIssue = (await theirs.as.recruiter.post(`/api/placements/${placed.id}/issues`, { kind: 'attendance', severity: 'low', note: 'Late once' })).body.data;
  const [item] = withIssue.checklist;
  const [followUp] = withIssue.followUps;
  const [issue] = withIssue.issues;
  const id = placed.id;
  const version = withIssue.version;
  return {
    [route('GET', '/api/placements/:id')]: { id },
    [route('PATCH', '/api/placements/:id')]: { id, body: { version, poNumber: 'HIJACK' } },
    [route('POST', '/api/placements/:id/cancel')]: { id, body: { version, reason: 'Hijacked' } },
    [route('POST', '/api/placements/:id/reactivate')]: { id, body: { version } },
    [route('POST', '/api/placements/:id/start')]: { id, body: { version, outcome: 'on_time' } },
    [route('PATCH', '/api/placements/:id/checklist/:itemId')]: { id, params: { id, itemId: item.id }, body: { version: item.version, done: true } },
    [route('PATCH', '/api/placements/:id/follow-ups/:itemId')]: { id, params: { id, itemId: followUp.id }, body: { version: followUp.version, done: true } },
    [route('POST', '/api/placements/:id/issues')]: { id, body: { kind: 'attendance', severity: 'low', note: 'Hijacked' } },
    [route('POST', '/api/placements/:id/issues/:itemId/resolve')]: { id, params: { id, itemId: issue.id }, body: { version: issue.version, resolution: 'Hijacked' } },
    [route('POST', '/api/placements/:id/repeat-orders')]: { id, body: { kind: 'job', title: 'Hijacked' } },
    [route('POST', '/api/placements/:id/confirmations')]: { id, body: { recipients: ['candidate'] } },
  };
};
