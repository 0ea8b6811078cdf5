import { onboard, placedCandidate } from '../../factories/employees';
import { type ForeignSampleProvider, route } from './types';

/** An employee of the other agency with its documents checklist, for every employees route that takes an id. */
export const employeesSamples: ForeignSampleProvider = async (_t, theirs) => {
  const { candidate } = await placedCandidate(theirs);
  const employee = await onboard(theirs, candidate.id);
  const record = (await theirs.as.back_office.get(`/api/employees/${employee.id}`)).body.data;
  const [document] = record.documents;
  const id = employee.id;
  return {
    [route('GET', '/api/employees/:id')]: { id },
    [route('PATCH', '/api/employees/:id')]: { id, body: { version: employee.version, workerType: 'c2c' } },
    [route('POST', '/api/employees/:id/terminate')]: { id, body: { version: employee.version, terminatedOn: '2027-01-04', reason: 'Hijacked' } },
    [route('POST', '/api/employees/:id/reactivate')]: { id, body: { version: employee.version, on: '2027-01-04' } },
    [route('PATCH', '/api/employees/:id/documents/:documentId')]: { id, params: { id, documentId: document.id }, body: { version: document.version, received: true } },
  };
};
