import { buildCandidate } from '../../factories/candidates';
import { uploadDocument } from '../../factories/documents';
import { type ForeignSampleProvider, route } from './types';

/** A candidate of the other agency with two CV versions, for every documents route that takes an id. */
export const documentsSamples: ForeignSampleProvider = async (t, theirs) => {
  const candidate = (await buildCandidate(theirs.as.recruiter)).data;
  const older = await uploadDocument(t.app, theirs.as.recruiter, candidate.id, { fileName: 'cv-old.txt', bytes: Buffer.from('Their older CV') });
  await uploadDocument(t.app, theirs.as.recruiter, candidate.id, { fileName: 'cv.txt', bytes: Buffer.from('Their current CV') });
  const documentId: string = older.body.data.id;
  return {
    [route('POST', '/api/candidates/:id/documents')]: { id: candidate.id },
    [route('GET', '/api/candidates/:id/documents')]: { id: candidate.id },
    [route('GET', '/api/documents/:id/download')]: { id: documentId },
    [route('POST', '/api/documents/:id/current')]: { id: documentId },
    [route('DELETE', '/api/documents/:id')]: { id: documentId },
  };
};
