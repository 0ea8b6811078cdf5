import { queryOptions } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';

/** The agency's people for owner, assignee and recruiter pickers: one cache entry every picker shares. */
export const teamQuery = queryOptions({ queryKey: ['team'], queryFn: () => unwrap(api.GET('/api/team')), staleTime: 60_000 });
