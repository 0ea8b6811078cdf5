import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../../platform/ids';

/** The tenant. Every business row carries its agency_id; nothing crosses agencies. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique('agencies_slug_unique'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
