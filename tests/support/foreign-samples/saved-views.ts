import { type ForeignSampleProvider, route } from './types';

export const savedViewsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const view = (await theirs.as.admin.post('/api/saved-views', { list: 'jobs', name: 'Theirs', filters: {}, shared: true })).body.data;
  return {
    [route('PATCH', '/api/saved-views/:id')]: { id: view.id, body: { version: view.version, name: 'Hijacked' } },
    [route('DELETE', '/api/saved-views/:id')]: { id: view.id },
  };
};
