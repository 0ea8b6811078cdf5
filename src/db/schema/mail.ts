import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant, tenantColumns } from './columns';

export const mailStatuses = ['queued', 'sent', 'kept', 'failed'] as const;

/** Every mail the app sends, kept so it is readable in the app with or without an SMTP server. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    ...tenantColumns(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    templateKey: text('template_key'),
    status: text('status', { enum: mailStatuses }).notNull().default('queued'),
    error: text('error'),
    sentAt: instant('sent_at'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('mail_outbox_agency_created_idx').on(t.agencyId, t.createdAt, t.id)],
);
