import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns } from './columns';

export const actorTypes = ['user', 'api_key', 'portal_contact', 'system'] as const;

/** Append-only history of every change to a business record. Only the erasure routine rewrites it. */
export const auditEvents = pgTable(
  'audit_events',
  {
    ...tenantColumns(),
    actorType: text('actor_type', { enum: actorTypes }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('audit_events_record_idx').on(t.agencyId, t.entity, t.entityId, t.createdAt, t.id),
    index('audit_events_agency_created_idx').on(t.agencyId, t.createdAt, t.id),
  ],
);
