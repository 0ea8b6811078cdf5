import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { now } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { agencies } from './agencies';

/** Columns every business table starts with: the tenant, a UUIDv7 id, and when it was made. */
export const tenantColumns = () => ({
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  id: uuid('id').notNull().$defaultFn(newId),
  createdAt: instant('created_at').notNull().defaultNow().$defaultFn(now),
});

/** Columns of records people edit: last change time and the optimistic-concurrency version. */
export const editableColumns = () => ({
  updatedAt: instant('updated_at').notNull().defaultNow().$defaultFn(now).$onUpdateFn(now),
  version: integer('version').notNull().default(1),
});

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
