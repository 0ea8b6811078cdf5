import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { type MailAttachment, mailOutbox } from '../db/schema';
import { now } from './clock';
import type { JobHandler, JobQueue } from './jobs/queue';
import { type TemplateKey, type TemplateVariables, renderTemplate } from './templates';

export type OutgoingMail = { to: string; subject: string; text: string; html: string; attachments: { filename: string; contentType: string; content: Buffer | string }[] };

/** Delivers a mail over SMTP, or reports that there is no SMTP server and the outbox keeps it. */
export type MailTransport = { deliver(mail: OutgoingMail): Promise<'sent' | 'kept'> };

export function createMailTransport(smtpUrl: string | undefined, from: string): MailTransport {
  if (!smtpUrl) {
    return { deliver: async () => 'kept' };
  }
  // Loaded on first delivery: an installation without SMTP never pays for it at start-up.
  const transporter = import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
  return {
    deliver: async (mail) => {
      await (await transporter).sendMail({ from, ...mail });
      return 'sent';
    },
  };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain text to simple HTML: escaped, paragraphs kept, links clickable. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => {
    const escaped = escapeHtml(paragraph).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
    return `<p>${escaped.replace(/\n/g, '<br>')}</p>`;
  });
  return `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">${paragraphs.join('\n')}</body></html>`;
}

type QueueMailInput<K extends TemplateKey> = {
  tx: Executor;
  jobs: JobQueue;
  agencyId: string;
  to: string;
  template: K;
  values: TemplateVariables<K>;
  attachments?: MailAttachment[];
};

/** Renders a template into the outbox and queues its delivery, both inside the caller's transaction. */
export async function queueMail<K extends TemplateKey>({ tx, jobs, agencyId, to, template, values, attachments = [] }: QueueMailInput<K>): Promise<string> {
  const rendered = await renderTemplate(tx, agencyId, template, values);
  const [mail] = await tx
    .insert(mailOutbox)
    .values({ agencyId, to, subject: rendered.subject, text: rendered.body, html: textToHtml(rendered.body), templateKey: template, attachments })
    .returning({ id: mailOutbox.id });
  if (!mail) {
    throw new Error('outbox insert returned no row');
  }
  await jobs.send(tx, 'mail.send', { agencyId, mailId: mail.id });
  return mail.id;
}

/** Stored files are read at delivery, outside any transaction; an .ics and other built texts travel in the row. */
async function loadAttachments(dataDir: string, attachments: MailAttachment[]): Promise<OutgoingMail['attachments']> {
  return Promise.all(
    attachments.map(async (attachment) => ({
      filename: attachment.fileName,
      contentType: attachment.mediaType,
      content: 'storageKey' in attachment ? await readFile(join(dataDir, attachment.storageKey)) : attachment.content,
    })),
  );
}

/** The `mail.send` job: delivers one outbox mail and records the outcome; a failure is retried by the queue. */
export function mailSendHandler(database: Database, transport: MailTransport, dataDir: string): JobHandler<'mail.send'> {
  return async ({ agencyId, mailId }) => {
    const where = and(eq(mailOutbox.agencyId, agencyId), eq(mailOutbox.id, mailId));
    const [mail] = await database.db.select().from(mailOutbox).where(where);
    if (!mail || mail.status === 'sent') {
      return;
    }
    try {
      const attachments = await loadAttachments(dataDir, mail.attachments);
      const status = await transport.deliver({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? textToHtml(mail.text), attachments });
      await database.db.update(mailOutbox).set({ status, sentAt: status === 'sent' ? now() : null, error: null }).where(where);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await database.db.update(mailOutbox).set({ status: 'failed', error: message }).where(where);
      throw error;
    }
  };
}
