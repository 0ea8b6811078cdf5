import { api } from '../../api/client';
import { expectNoContent, unwrap } from '../../api/errors';
import type { components } from '../../api/schema.gen';
import type { DocumentKind } from '../../../../src/shared/documents';

export type CandidateDocument = components['schemas']['CandidateDocument'];
export type CvSuggestions = components['schemas']['CvSuggestions'];

export const documentKeys = {
  ofCandidate: (candidateId: string) => ['documents', 'of-candidate', candidateId] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const fetchCandidateDocuments = (candidateId: string) => unwrap(api.GET('/api/candidates/{id}/documents', byId(candidateId)));

export const documentActions = {
  /** Sends the file as multipart/form-data (the browser sets the boundary). */
  upload: (candidateId: string, file: File, kind: DocumentKind) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    return unwrap(api.POST('/api/candidates/{id}/documents', { ...byId(candidateId), body: { kind }, bodySerializer: () => form }));
  },
  /** Reads a CV for a new candidate: name, emails, phones and skills found in its text; nothing is stored. */
  suggestFromCv: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return unwrap(api.POST('/api/candidates/cv-suggestions', { body: {}, bodySerializer: () => form }));
  },
  makeCurrent: (id: string) => unwrap(api.POST('/api/documents/{id}/current', { ...byId(id), body: {} })),
  remove: (id: string) => expectNoContent(api.DELETE('/api/documents/{id}', { ...byId(id), body: {} })),
};
