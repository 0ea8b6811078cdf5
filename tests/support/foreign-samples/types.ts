import type { TestAgency } from '../agency';
import type { TestApp } from '../app';

/** A record of another agency for a route that takes an id, and a body the route would accept. */
export type ForeignSample = { id: string; body?: unknown; params?: Record<string, string> };

/** Makes records in `theirs` and names them by route (`'PATCH /api/users/:id'`). Each module adds one provider. */
export type ForeignSampleProvider = (t: TestApp, theirs: TestAgency) => Promise<Record<string, ForeignSample>>;

export const route = (method: string, url: string) => `${method} ${url}`;
