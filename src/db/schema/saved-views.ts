import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { SavedViewList } from '../../shared/saved-views';
import { editableColumns, tenantColumns } from './columns';
import { users } from './users';

/** A list's filters saved under a name by a person ("Nights in Felixstowe"), for themselves or the whole agency. */
export const savedViews = pgTable(
  'saved_views',
  {
    ...tenantColumns(),
    ...editableColumns(),
    userId: uuid('user_id').notNull(),
    /** Which list the view is of: `jobs`, `organizations`, `contacts`, `candidates`… */
    list: text('list').$type<SavedViewList>().notNull(),
    name: text('name').notNull(),
    /** The list's query parameters as the list page keeps them in its address. */
    filters: jsonb('filters').$type<Record<string, string | string[]>>().notNull(),
    shared: boolean('shared').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id], name: 'saved_views_user_fk' }),
    index('saved_views_user_idx').on(t.agencyId, t.userId, t.list),
    index('saved_views_shared_idx').on(t.agencyId, t.list, t.shared),
  ],
);
