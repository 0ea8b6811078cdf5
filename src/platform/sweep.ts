import type { Database, Executor } from '../db/client';
import { agencies } from '../db/schema';

/**
 * Runs `perAgency` for every agency, each in its own transaction, now and every `everyMs` while the worker runs
 * (the timer does not keep the process alive). An error ends that round and goes to `onError`; the next round
 * tries again. Answers a function that stops the sweep.
 */
export function startAgencySweep(database: Database, everyMs: number, perAgency: (tx: Executor, agencyId: string) => Promise<unknown>, onError: (error: unknown) => void): () => void {
  const sweep = async () => {
    try {
      const rows = await database.db.select({ id: agencies.id }).from(agencies);
      for (const agency of rows) {
        await database.db.transaction((tx) => perAgency(tx, agency.id));
      }
    } catch (error) {
      onError(error);
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
