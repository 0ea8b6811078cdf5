import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';

/**
 * The one API client. Signed-in changes carry the CSRF token the server gave at sign-in (kept in memory only and
 * read again from /api/auth/me when the page loads); a 401 from any call other than the session calls sends the
 * person back to the sign-in page.
 */
let csrfToken: string | null = null;
let onSignedOut: () => void = () => undefined;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what happens when the server says the session is gone (set once by the app). */
export function onSessionExpired(handler: () => void): void {
  onSignedOut = handler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// These answer 401 as part of their normal work (wrong password, nobody signed in yet).
const SESSION_PATHS = ['/api/auth/login', '/api/auth/me', '/api/auth/invitations/'];

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method)) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
  onResponse({ request, response }) {
    const path = new URL(request.url, window.location.origin).pathname;
    if (response.status === 401 && !SESSION_PATHS.some((prefix) => path.startsWith(prefix))) {
      csrfToken = null;
      onSignedOut();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(sessionMiddleware);
