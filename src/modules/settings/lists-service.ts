import { and, asc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { listItems } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { assertCurrentVersion, recordAudit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { LISTS, type ListName, isListName } from '../../platform/lists';

type ListItemRow = typeof listItems.$inferSelect;

export const presentListItem = ({ agencyId: _agencyId, createdAt: _createdAt, updatedAt: _updatedAt, ...item }: ListItemRow) => item;

export function assertListName(name: string): ListName {
  if (!isListName(name)) {
    throw notFound(`List ${name}`);
  }
  return name;
}

/** Every option list of the agency with its items in order. */
export async function listAllLists(tx: Executor, agencyId: string) {
  const rows = await tx.select().from(listItems).where(eq(listItems.agencyId, agencyId)).orderBy(asc(listItems.list), asc(listItems.position));
  return Object.entries(LISTS).map(([name, definition]) => ({
    name,
    label: definition.label,
    items: rows.filter((row) => row.list === name).map(presentListItem),
  }));
}

export async function addListItem({ actor, tx, list, value, label }: { actor: StaffActor; tx: Executor; list: ListName; value: string; label: string }) {
  const [last] = await tx
    .select({ position: max(listItems.position) })
    .from(listItems)
    .where(and(eq(listItems.agencyId, actor.agencyId), eq(listItems.list, list)));
  const [item] = await tx
    .insert(listItems)
    .values({ agencyId: actor.agencyId, list, value, label, position: (last?.position ?? -1) + 1 })
    .returning();
  if (!item) {
    throw new Error('list item insert returned no row');
  }
  await recordAudit(tx, actor, { entity: 'list_item', entityId: item.id, action: 'create', after: item });
  return item;
}

type UpdateListItemInput = { actor: StaffActor; tx: Executor; list: ListName; id: string; version: number; label?: string; archived?: boolean; position?: number };

/** Renames, archives or moves an item. Values never change, so records that use them stay valid. */
export async function updateListItem({ actor, tx, list, id, version, ...changes }: UpdateListItemInput) {
  const where = and(eq(listItems.agencyId, actor.agencyId), eq(listItems.list, list), eq(listItems.id, id));
  const [before] = await tx.select().from(listItems).where(where).for('update');
  if (!before) {
    throw notFound('List item');
  }
  await assertCurrentVersion(tx, actor.agencyId, 'list_item', before, version);
  const [after] = await tx
    .update(listItems)
    .set({ ...changes, version: before.version + 1 })
    .where(where)
    .returning();
  if (!after) {
    throw new Error('list item update returned no row');
  }
  await recordAudit(tx, actor, { entity: 'list_item', entityId: id, action: 'update', before, after });
  return after;
}
