import type { Database } from '../../db/client';
import { agencies } from '../../db/schema';
import { raiseOverdueChecklistTasks } from './handoff-service';

const EVERY_MS = 15 * 60 * 1000;

/**
 * Turns overdue handoff checklist items into tasks for their owners, for every agency, now and every 15 minutes
 * while the worker runs. Idempotent: an item gets one task, and concurrent sweeps skip rows another has claimed.
 */
export function startChecklistSweep(database: Database, onError: (error: unknown) => void): () => void {
  const sweep = async () => {
    try {
      const rows = await database.db.select({ id: agencies.id }).from(agencies);
      for (const agency of rows) {
        await database.db.transaction((tx) => raiseOverdueChecklistTasks(tx, agency.id));
      }
    } catch (error) {
      onError(error);
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
