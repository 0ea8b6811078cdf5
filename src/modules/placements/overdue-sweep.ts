import type { Database } from '../../db/client';
import { startAgencySweep } from '../../platform/sweep';
import { raiseOverdueChecklistTasks } from './handoff-service';

const EVERY_MS = 15 * 60 * 1000;

/**
 * Turns overdue handoff checklist items into tasks for their owners, for every agency, now and every 15 minutes
 * while the worker runs. Idempotent: an item gets one task, and concurrent sweeps skip rows another has claimed.
 */
export function startChecklistSweep(database: Database, onError: (error: unknown) => void): () => void {
  return startAgencySweep(database, EVERY_MS, raiseOverdueChecklistTasks, onError);
}
