import PDFDocument from 'pdfkit';
import type { Address } from '../../db/schema/clients';
import { invoiceReference } from '../../domain/invoices';
import { minorAsDecimal, minorDigits, minutesAsHours } from '../../domain/money';
import type { InvoiceGroup } from './presenter';
import type { InvoiceParts, InvoiceRow } from './queries';

/** "GBP 1,350.00": the code rather than a symbol, so every currency prints in the PDF's standard fonts. */
export function formatAmount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const major = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minorAsDecimal(minor, currency) as `${number}`);
  return `${currency} ${major}`;
}

const quantityText = (quantity: number, unit: string) => (unit === 'minute' ? `${minutesAsHours(quantity)} h` : unit === 'day' ? `${quantity} d` : String(quantity));
const rateText = (rateMinor: number, unit: string, currency: string) => `${formatAmount(rateMinor, currency)}${unit === 'minute' ? ' /h' : unit === 'day' ? ' /d' : ''}`;
const percent = (bp: number) => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 2)} %`;

function addressLines(address: Address | null | undefined): string[] {
  if (!address) {
    return [];
  }
  return [address.line1, address.line2, [address.postalCode, address.city].filter(Boolean).join(' '), address.region, address.country].filter((line): line is string => Boolean(line));
}

export type InvoicePdfInput = { invoice: InvoiceRow; parts: InvoiceParts; groups: InvoiceGroup[] };

const PAGE = { left: 50, right: 545, bottom: 780 };
const COLUMNS = { description: 50, quantity: 330, rate: 385, amount: 465 };

/**
 * The invoice as a PDF a client can read: agency and client details, number, dates and terms, the lines grouped by
 * assignment and week, tax at the invoice's rate and the totals. A draft says DRAFT, a void invoice says VOID.
 */
export function renderInvoicePdf({ invoice, parts, groups }: InvoicePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: invoiceReference(invoice.number) ?? 'Draft invoice', Author: parts.agencyName } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const currency = invoice.currency;
  const money = (minor: number) => formatAmount(minor, currency);
  const ensureRoom = (height: number) => {
    if (doc.y + height > PAGE.bottom) {
      doc.addPage();
    }
  };

  doc.font('Helvetica-Bold').fontSize(18).text(parts.agencyName, PAGE.left, 50);
  const title = invoice.status === 'draft' ? 'DRAFT INVOICE' : invoice.status === 'void' ? `INVOICE ${invoiceReference(invoice.number) ?? ''} (VOID)` : `INVOICE ${invoiceReference(invoice.number) ?? ''}`;
  doc.fontSize(14).text(title, PAGE.left, 50, { width: PAGE.right - PAGE.left, align: 'right' });
  doc.moveDown(2);

  const top = doc.y;
  doc.font('Helvetica-Bold').fontSize(10).text('Bill to', PAGE.left, top);
  doc.font('Helvetica');
  const organization = parts.organization;
  const billTo = [organization?.name ?? '', parts.billingContact ? `Attn: ${parts.billingContact.name}` : '', ...addressLines(organization?.billingAddress ?? organization?.addresses[0]), organization?.taxId ? `Tax ID: ${organization.taxId}` : ''].filter(Boolean);
  for (const line of billTo) {
    doc.text(line, PAGE.left);
  }
  const leftEnd = doc.y;
  const facts: [string, string][] = [
    ['Invoice number', invoiceReference(invoice.number) ?? 'not issued'],
    ['Issue date', invoice.issuedOn ?? '—'],
    ['Due date', invoice.dueOn ?? '—'],
    ['Terms', `${invoice.paymentTermsDays} days`],
    ['Period', `${invoice.periodFrom} to ${invoice.periodTo}`],
    ...(invoice.poNumber ? [['PO number', invoice.poNumber] as [string, string]] : []),
  ];
  let factY = top;
  for (const [label, value] of facts) {
    doc.font('Helvetica-Bold').text(`${label}:`, 330, factY, { width: 95 });
    doc.font('Helvetica').text(value, 425, factY, { width: 120, align: 'right' });
    factY += 14;
  }
  doc.y = Math.max(leftEnd, factY) + 20;

  const header = (y: number) => {
    doc.font('Helvetica-Bold').fontSize(9);
    doc.text('Description', COLUMNS.description, y, { width: 275 });
    doc.text('Quantity', COLUMNS.quantity, y, { width: 50, align: 'right' });
    doc.text('Rate', COLUMNS.rate, y, { width: 75, align: 'right' });
    doc.text('Amount', COLUMNS.amount, y, { width: 80, align: 'right' });
    doc.moveTo(PAGE.left, y + 12).lineTo(PAGE.right, y + 12).strokeColor('#999999').stroke();
    doc.y = y + 18;
  };
  header(doc.y);
  for (const group of groups) {
    ensureRoom(40);
    doc.font('Helvetica-Bold').fontSize(9).text(group.label, COLUMNS.description, doc.y, { width: PAGE.right - PAGE.left });
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(9);
    for (const line of group.lines) {
      ensureRoom(24);
      const y = doc.y;
      doc.text(line.description, COLUMNS.description, y, { width: 275 });
      const after = doc.y;
      doc.text(quantityText(line.quantity, line.quantityUnit), COLUMNS.quantity, y, { width: 50, align: 'right' });
      doc.text(rateText(line.rateMinor, line.quantityUnit, currency), COLUMNS.rate, y, { width: 75, align: 'right' });
      doc.text(money(line.amountMinor), COLUMNS.amount, y, { width: 80, align: 'right' });
      doc.y = Math.max(after, y + 12) + 3;
    }
    doc.moveDown(0.5);
  }

  ensureRoom(110);
  doc.moveTo(330, doc.y).lineTo(PAGE.right, doc.y).strokeColor('#999999').stroke();
  doc.moveDown(0.5);
  const totals: [string, string][] = [
    ['Subtotal', money(invoice.subtotalMinor)],
    [`Tax (${percent(invoice.taxRateBp)})`, money(invoice.taxMinor)],
    ['Total', money(invoice.totalMinor)],
  ];
  if (invoice.paidMinor > 0) {
    totals.push(['Paid', money(invoice.paidMinor)]);
    totals.push(invoice.paidMinor > invoice.totalMinor ? ['Credit', money(invoice.paidMinor - invoice.totalMinor)] : ['Balance due', money(invoice.totalMinor - invoice.paidMinor)]);
  }
  for (const [label, value] of totals) {
    const y = doc.y;
    doc.font(label === 'Total' ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(label, 330, y, { width: 120 });
    doc.text(value, 445, y, { width: 100, align: 'right' });
    doc.y = y + 15;
  }
  if (invoice.notes) {
    ensureRoom(40);
    doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(9).text('Notes', PAGE.left);
    doc.font('Helvetica').text(invoice.notes, PAGE.left, doc.y, { width: PAGE.right - PAGE.left });
  }
  if (invoice.status === 'void') {
    doc.moveDown(1);
    doc.font('Helvetica-Bold').fontSize(10).text(`Void${invoice.voidReason ? `: ${invoice.voidReason}` : ''}`, PAGE.left);
  }
  doc.end();
  return done;
}
