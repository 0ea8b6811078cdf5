import { minorAsDecimal } from '../../domain/money';
import type { CsvColumn } from '../../platform/csv';
import type { presentInvoiceSummary } from './presenter';

type InvoiceSummary = ReturnType<typeof presentInvoiceSummary>;

/** The invoice list as a spreadsheet reads it: amounts as decimals beside their currency. */
export const INVOICE_CSV_COLUMNS: CsvColumn<InvoiceSummary>[] = [
  { header: 'Number', value: (row) => row.reference ?? '' },
  { header: 'Status', value: (row) => row.status },
  { header: 'Client', value: (row) => row.organization.name },
  { header: 'Period from', value: (row) => row.periodFrom },
  { header: 'Period to', value: (row) => row.periodTo },
  { header: 'PO number', value: (row) => row.poNumber },
  { header: 'Issued on', value: (row) => row.issuedOn },
  { header: 'Due on', value: (row) => row.dueOn },
  { header: 'Currency', value: (row) => row.currency },
  { header: 'Subtotal', value: (row) => minorAsDecimal(row.subtotalMinor, row.currency) },
  { header: 'Tax', value: (row) => minorAsDecimal(row.taxMinor, row.currency) },
  { header: 'Total', value: (row) => minorAsDecimal(row.totalMinor, row.currency) },
  { header: 'Paid', value: (row) => minorAsDecimal(row.paidMinor, row.currency) },
  { header: 'Balance', value: (row) => minorAsDecimal(row.balanceMinor, row.currency) },
  { header: 'Overdue', value: (row) => (row.overdue ? 'yes' : 'no') },
];
