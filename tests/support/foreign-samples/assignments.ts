import { activeAssignment } from '../../factories/assignments';
import { type ForeignSampleProvider, route } from './types';

/** An active assignment of the other agency, for every assignments route that takes an id. */
export const assignmentsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const { assignment, jobId } = await activeAssignment(theirs, { startOn: '2026-11-02' });
  const id = assignment.id;
  const { version } = assignment;
  const rates = { effectiveFrom: '2026-12-07', currency: 'GBP', unit: 'hour', payRegularMinor: 1, payOvertimeMinor: 1, payDoubleMinor: 1, billRegularMinor: 2, billOvertimeMinor: 2, billDoubleMinor: 2 };
  return {
    [route('GET', '/api/assignments/:id')]: { id },
    [route('PATCH', '/api/assignments/:id')]: { id, body: { version, endOn: '2027-12-31' } },
    [route('POST', '/api/assignments/:id/extend')]: { id, body: { version, endOn: '2027-12-31', note: 'Hijacked' } },
    [route('POST', '/api/assignments/:id/rates')]: { id, body: { version, ...rates } },
    [route('POST', '/api/jobs/:id/apply-rates')]: { id: jobId, body: { effectiveFrom: '2026-12-07', assignmentIds: [id] } },
  };
};
