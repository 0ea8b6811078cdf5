import { ALL_YES, createOrganization, jobBody } from '../../factories/jobs';
import { type ForeignSampleProvider, route } from './types';

export const jobsSamples: ForeignSampleProvider = async (_t, theirs) => {
  const organization = await createOrganization(theirs.as.account_manager, 'Their client');
  const job = (await theirs.as.account_manager.post('/api/jobs', jobBody(organization.id))).body.data;
  const stages = job.stages.map(({ id, name, kind }: { id: string; name: string; kind: string }) => ({ id, name, kind }));
  return {
    [route('GET', '/api/jobs/:id')]: { id: job.id },
    [route('PATCH', '/api/jobs/:id')]: { id: job.id, body: { version: job.version, title: 'Hijacked' } },
    [route('POST', '/api/jobs/:id/transitions')]: { id: job.id, body: { version: job.version, to: 'cancelled' } },
    [route('PUT', '/api/jobs/:id/qualification')]: { id: job.id, body: { version: job.version, checks: ALL_YES } },
    [route('PUT', '/api/jobs/:id/stages')]: { id: job.id, body: { version: job.version, stages } },
  };
};
