import type { Db } from '../../db/client';
import { invoiceReference } from '../../domain/invoices';
import type { StaffActor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import type { JobQueue } from '../../platform/jobs/queue';
import { queueMail } from '../../platform/mail';
import { sha256Of, storageKeyFor, storeFile } from '../documents/files';
import { formatAmount, renderInvoicePdf } from './pdf';
import { groupLines } from './presenter';
import { getInvoiceParts, getInvoiceRow } from './queries';
import { assertSendable } from './service';

const longDate = (isoDate: string | null) =>
  isoDate ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)) : '';

type SendInput = { db: Db; actor: StaffActor; jobs: JobQueue; dataDir: string; invoiceId: string };

/**
 * Emails an issued (or paid) invoice to its billing contact with the PDF attached. The PDF is rendered and stored
 * (by content hash) before the transaction, which then re-checks the invoice under its lock and queues the mail, so
 * no file work happens while the transaction is open.
 */
export async function sendInvoice({ db, actor, jobs, dataDir, invoiceId }: SendInput): Promise<{ to: string; mailId: string }> {
  const invoice = await getInvoiceRow(db, actor.agencyId, invoiceId);
  const parts = await getInvoiceParts(db, actor.agencyId, invoice);
  assertSendable(invoice, parts.billingContact);
  const bytes = await renderInvoicePdf({ invoice, parts, groups: groupLines(parts.lines) });
  const storageKey = storageKeyFor(actor.agencyId, sha256Of(bytes));
  await storeFile(dataDir, storageKey, bytes);
  return db.transaction(async (tx) => {
    const locked = await getInvoiceRow(tx, actor.agencyId, invoiceId, { forUpdate: true });
    const recipient = assertSendable(locked, parts.billingContact);
    const reference = invoiceReference(locked.number) ?? '';
    const mailId = await queueMail({
      tx,
      jobs,
      agencyId: actor.agencyId,
      to: recipient.to,
      template: 'invoice.sent',
      values: {
        agencyName: parts.agencyName,
        contactName: recipient.name,
        organizationName: parts.organization?.name ?? '',
        invoiceNumber: reference,
        totalAmount: formatAmount(locked.totalMinor - locked.paidMinor > 0 ? locked.totalMinor - locked.paidMinor : 0, locked.currency),
        dueDate: longDate(locked.dueOn),
        period: `${longDate(locked.periodFrom)} to ${longDate(locked.periodTo)}`,
        poReference: locked.poNumber ? `Your PO number: ${locked.poNumber}` : '',
        senderName: actor.name,
        senderEmail: actor.email,
      },
      attachments: [{ fileName: `${reference}.pdf`, mediaType: 'application/pdf', storageKey }],
    });
    await recordAudit(tx, actor, { entity: 'invoice', entityId: invoiceId, action: 'send', after: { to: recipient.to, mailId } });
    return { to: recipient.to, mailId };
  });
}
