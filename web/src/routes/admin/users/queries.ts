import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Role, UserStatus } from '../../../api/types';

export type UserFilters = { q?: string; status?: UserStatus; role?: Role };

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  record: (id: string) => ['users', 'record', id] as const,
};

export const fetchUsers = (filters: UserFilters, cursor: string | undefined) => unwrap(api.GET('/api/users', { params: { query: { ...filters, cursor, limit: 50 } } }));

export const fetchUser = (id: string) => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } }));

const byId = (id: string) => ({ params: { path: { id } }, body: {} });

export const userActions = {
  invite: (body: { email: string; name: string; role: Role }) => unwrap(api.POST('/api/users', { body })),
  update: (id: string, body: { version: number; name?: string; role?: Role }) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
  deactivate: (id: string) => unwrap(api.POST('/api/users/{id}/deactivate', byId(id))),
  reactivate: (id: string) => unwrap(api.POST('/api/users/{id}/reactivate', byId(id))),
  resendInvitation: (id: string) => unwrap(api.POST('/api/users/{id}/invitation', byId(id))),
};
