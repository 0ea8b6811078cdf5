import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export const outboxKeys = { all: ['outbox'] as const };

export const fetchOutbox = (cursor: string | undefined) => unwrap(api.GET('/api/outbox', { params: { query: { cursor, limit: 50 } } }));
