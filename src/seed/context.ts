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
