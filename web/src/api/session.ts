import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { api, setCsrfToken } from './client';
import { toApiError, unwrap } from './errors';
import type { Me } from './types';

export const SESSION_KEY = ['session'] as const;

/** Who is signed in (null when nobody is); also picks up the CSRF token for this page load. */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  staleTime: Infinity,
  queryFn: async (): Promise<Me | null> => {
    const { data, error, response } = await api.GET('/api/auth/me');
    if (response.status === 401) {
      setCsrfToken(null);
      return null;
    }
    if (!data) {
      throw toApiError(response.status, error);
    }
    setCsrfToken(data.csrfToken);
    return data.user;
  },
});

type SessionAnswer = { user: Me; csrfToken: string | null };

// Everything cached belongs to the user who was signed in; the session entry itself is kept so its observers update.
const forgetOtherQueries = (queryClient: QueryClient) => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });

/** Starts a session in this tab: forgets anything cached for a previous user. */
export function startSession(queryClient: QueryClient, answer: SessionAnswer): void {
  setCsrfToken(answer.csrfToken);
  forgetOtherQueries(queryClient);
  queryClient.setQueryData(SESSION_KEY, answer.user);
}

/** Nobody is signed in any more: the signed-in layout leaves for the sign-in page. */
export function endSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(SESSION_KEY, null);
}

export const isSessionEnded = (queryClient: QueryClient): boolean => queryClient.getQueryData(SESSION_KEY) === null;

export const signIn = (email: string, password: string) => unwrap(api.POST('/api/auth/login', { body: { email, password } }));

/**
 * Leaves the signed-in pages first (so nothing on them asks the server again and meets a 401), then ends the
 * session on the server with the CSRF token still in hand, then forgets what was cached.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  queryClient.setQueryData(SESSION_KEY, null);
  try {
    await unwrap(api.POST('/api/auth/logout', { body: {} }));
  } finally {
    endSession(queryClient);
    forgetOtherQueries(queryClient);
  }
}
