import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { savedViews } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { savedViewPolicy } from './policy';
import { getVisibleSavedView } from './queries';
import type { TCreateSavedViewBody, TUpdateSavedViewBody } from './schema';

type CommandBase = { actor: StaffActor; tx: Executor };

export async function createSavedView({ actor, tx, ...input }: CommandBase & TCreateSavedViewBody) {
  const [view] = await tx
    .insert(savedViews)
    .values({ agencyId: actor.agencyId, userId: actor.userId, ...input })
    .returning();
  if (!view) {
    throw new Error('saved view insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'saved_view', entityId: view.id, action: 'create', after: view });
  return view;
}

export async function updateSavedView({ actor, tx, id, version, ...changes }: CommandBase & TUpdateSavedViewBody & { id: string }) {
  const before = await getVisibleSavedView(tx, actor, id, { forUpdate: true });
  if (!savedViewPolicy.canUpdate(actor, before)) {
    throw new AppError('forbidden', 'Only the person who saved a view can change it');
  }
  await assertCurrentVersion(tx, actor.agencyId, 'saved_view', before, version);
  const [after] = await tx
    .update(savedViews)
    .set({ ...changes, version: before.version + 1 })
    .where(and(eq(savedViews.agencyId, actor.agencyId), eq(savedViews.id, id)))
    .returning();
  if (!after) {
    throw new Error('saved view update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'saved_view', entityId: id, action: 'update', before, after });
  return after;
}

export async function deleteSavedView({ actor, tx, id }: CommandBase & { id: string }) {
  const before = await getVisibleSavedView(tx, actor, id, { forUpdate: true });
  if (!savedViewPolicy.canDelete(actor, before)) {
    throw new AppError('forbidden', 'Only the person who saved a view, or a manager for a shared one, can remove it');
  }
  await tx.delete(savedViews).where(and(eq(savedViews.agencyId, actor.agencyId), eq(savedViews.id, id)));
  await recordAudit(tx, actor, { entity: 'saved_view', entityId: id, action: 'delete', before });
}
