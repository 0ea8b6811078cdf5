import { buildOrganization } from '../../factories/records';
import { type ForeignSampleProvider, route } from './types';

/** An activity and a task of the other agency, for every activities/tasks route that takes an id. */
export const activitiesSamples: ForeignSampleProvider = async (t, theirs) => {
  const organization = await buildOrganization(t.database.db, theirs.id);
  const activity = await theirs.as.recruiter.post('/api/activities', { kind: 'note', body: 'Their note', organizationId: organization.id });
  const task = await theirs.as.recruiter.post('/api/tasks', { title: 'Their task', dueAt: '2030-01-01T09:00:00Z', organizationId: organization.id });
  const done = await theirs.as.recruiter.post('/api/tasks', { title: 'Their done task', dueAt: '2030-01-01T09:00:00Z' });
  await theirs.as.recruiter.post(`/api/tasks/${done.body.data.id}/complete`);
  return {
    [route('GET', '/api/activities/:id')]: { id: activity.body.data.id },
    [route('PATCH', '/api/activities/:id')]: { id: activity.body.data.id, body: { version: 1, body: 'Hijacked' } },
    [route('GET', '/api/tasks/:id')]: { id: task.body.data.id },
    [route('PATCH', '/api/tasks/:id')]: { id: task.body.data.id, body: { version: 1, title: 'Hijacked' } },
    [route('POST', '/api/tasks/:id/complete')]: { id: task.body.data.id },
    [route('POST', '/api/tasks/:id/reopen')]: { id: done.body.data.id },
  };
};
