import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';

export type Scope = 'read' | 'write';

export const apiKeyKeys = { all: ['api-keys'] as const };

export const fetchApiKeys = (cursor: string | undefined) => unwrap(api.GET('/api/api-keys', { params: { query: { cursor, limit: 50 } } }));

export const createApiKey = (body: { name: string; scopes: Scope[] }) => unwrap(api.POST('/api/api-keys', { body }));

export const revokeApiKey = (id: string) => unwrap(api.POST('/api/api-keys/{id}/revoke', { params: { path: { id } }, body: {} }));
