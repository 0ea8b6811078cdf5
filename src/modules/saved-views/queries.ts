import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { savedViews, users } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { SavedViewList } from '../../shared/saved-views';

export type SavedViewRow = typeof savedViews.$inferSelect & { ownerName: string };

/** The caller's own views of a list and those colleagues shared, by name. */
export async function listSavedViews(tx: Executor, actor: StaffActor, list: SavedViewList): Promise<SavedViewRow[]> {
  const rows = await tx
    .select({ view: savedViews, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, and(eq(users.agencyId, savedViews.agencyId), eq(users.id, savedViews.userId)))
    .where(and(eq(savedViews.agencyId, actor.agencyId), eq(savedViews.list, list), or(eq(savedViews.userId, actor.userId), eq(savedViews.shared, true))))
    .orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.id));
  return rows.map(({ view, ownerName }) => ({ ...view, ownerName }));
}

export const getSavedView = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, savedViews, agencyId, id, 'Saved view', options);

/** A private view of someone else is as unknown as a missing one. */
export async function getVisibleSavedView(tx: Executor, actor: StaffActor, id: string, options?: FindOptions) {
  const view = await getSavedView(tx, actor.agencyId, id, options);
  if (view.userId !== actor.userId && !view.shared) {
    throw notFound('Saved view');
  }
  return view;
}
