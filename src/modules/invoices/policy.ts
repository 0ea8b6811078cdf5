import { checkInvoiceAction } from '../../domain/invoices';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import type { InvoiceStatus } from '../../shared/back-office';

const backOffice = (actor: StaffActor) => (ROLE_SETS.backOffice as readonly string[]).includes(actor.role);

/** Invoices are written by the back office (PRODUCT.md's role table) and read by every staff user. */
export const invoicePolicy = {
  abilities(actor: StaffActor, invoice: { status: InvoiceStatus; paidMinor: number; lineCount: number }) {
    const may = (action: Parameters<typeof checkInvoiceAction>[0]) => backOffice(actor) && checkInvoiceAction(action, invoice).ok;
    return { edit: may('edit'), issue: may('issue'), pay: may('pay'), void: may('void'), send: may('send') };
  },
};
