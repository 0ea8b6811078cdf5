import { bigint, boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies } from './agencies';
import { editableColumns, instant, tenantColumns } from './columns';
import { users } from './users';

/** Typed agency settings: one row per key that differs from its default in code. */
export const settings = pgTable(
  'settings',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.key] }),
    foreignKey({ columns: [t.agencyId, t.updatedBy], foreignColumns: [users.agencyId, users.id], name: 'settings_updated_by_fk' }),
  ],
);

/** Agency-editable option lists (rejection reasons, worker types…), one table by list name. */
export const listItems = pgTable(
  'list_items',
  {
    ...tenantColumns(),
    ...editableColumns(),
    list: text('list').notNull(),
    value: text('value').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
    archived: boolean('archived').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('list_items_value_unique').on(t.agencyId, t.list, t.value),
    index('list_items_list_position_idx').on(t.agencyId, t.list, t.position),
  ],
);

/** Email and document templates, rendered by platform/templates.ts. */
export const templates = pgTable(
  'templates',
  {
    ...tenantColumns(),
    ...editableColumns(),
    key: text('key').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), uniqueIndex('templates_key_unique').on(t.agencyId, t.key)],
);

/** Per-agency number sequences (J-1042, INV-2026-0007), advanced in the caller's transaction so they have no gaps. */
export const counters = pgTable(
  'counters',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.name] })],
);
