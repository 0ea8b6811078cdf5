import { sql } from 'drizzle-orm';
import { resultRows } from '../../../src/db/client';
import { type ForeignSampleProvider, route } from './types';

export const foundationSamples: ForeignSampleProvider = async (t, theirs) => {
  const invited = await theirs.as.admin.post('/api/users', { email: 'their.invitee@example.test', name: 'Theirs', role: 'recruiter' });
  const key = await theirs.as.admin.post('/api/api-keys', { name: 'their key', scopes: ['read'] });
  const [mail] = (await theirs.as.admin.get('/api/outbox')).body.data;
  const [job] = resultRows<{ id: string }>(await t.database.db.execute(sql`SELECT id FROM pgboss.job WHERE data->>'agencyId' = ${theirs.id}`));
  await t.database.db.execute(sql`UPDATE pgboss.job SET state = 'failed' WHERE id = ${job?.id}`);
  const workerTypes = (await theirs.as.admin.get('/api/lists')).body.data.find((l: { name: string }) => l.name === 'worker_types');
  return {
    [route('GET', '/api/users/:id')]: { id: invited.body.data.id },
    [route('PATCH', '/api/users/:id')]: { id: invited.body.data.id, body: { version: 1, name: 'Renamed' } },
    [route('POST', '/api/users/:id/invitation')]: { id: invited.body.data.id },
    [route('POST', '/api/users/:id/deactivate')]: { id: invited.body.data.id },
    [route('POST', '/api/users/:id/reactivate')]: { id: invited.body.data.id },
    [route('POST', '/api/api-keys/:id/revoke')]: { id: key.body.data.id },
    [route('GET', '/api/outbox/:id')]: { id: mail.id },
    [route('POST', '/api/background-jobs/:id/retry')]: { id: job?.id ?? '' },
    [route('PATCH', '/api/lists/:list/items/:id')]: { id: workerTypes.items[0].id, body: { version: 1, label: 'Hijacked' } },
  };
};
