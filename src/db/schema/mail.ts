import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant, tenantColumns } from './columns';

export const mailStatuses = ['queued', 'sent', 'kept', 'failed'] as const;

/** A file sent with a mail: a stored file (by storage key, e.g. a CV) or a small text built at send time (an .ics). */
export type MailAttachment = { fileName: string; mediaType: string } & ({ storageKey: string } | { content: string });

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
    attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
    status: text('status', { enum: mailStatuses }).notNull().default('queued'),
    error: text('error'),
    sentAt: instant('sent_at'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('mail_outbox_agency_created_idx').on(t.agencyId, t.createdAt, t.id)],
);
