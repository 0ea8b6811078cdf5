import type { Executor } from '../db/client';
import type { JobQueue } from '../platform/jobs/queue';

export type DemoUser = { id: string; name: string };

/** What each part of the demo seed gets: the agency, its team by desk, and the instant the demo is made at. */
export type DemoContext = {
  tx: Executor;
  agencyId: string;
  team: { admin: DemoUser; manager: DemoUser; recruiter: DemoUser; accounts: DemoUser; backOffice: DemoUser };
  now: Date;
  /** The queue mails and other side effects go to (absent where nothing may be sent). */
  jobs?: JobQueue;
};

/** One area's demo data; areas run in order (clients before jobs before activities) and read what earlier ones made. */
export type DemoSeed = (context: DemoContext) => Promise<void>;

export const DAY_MS = 24 * 3600 * 1000;
/** The instant `days` after (or, negative, before) another. */
export const daysFrom = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);
export const isoDate = (instant: Date): string => instant.toISOString().slice(0, 10);
