import { INVOICE_STATUSES } from '../../../../src/shared/back-office';

/** The invoice list's filters, kept in the address so a filtered list can be linked to (the back-office home links "overdue"). */
export type InvoicesSearch = { status?: (typeof INVOICE_STATUSES)[number]; overdue?: boolean; organizationId?: string };

export const validateInvoicesSearch = (search: Record<string, unknown>): InvoicesSearch => ({
  status: INVOICE_STATUSES.find((status) => status === search.status),
  overdue: search.overdue === true || search.overdue === 'true' ? true : undefined,
  organizationId: typeof search.organizationId === 'string' && /^[0-9a-f-]{36}$/.test(search.organizationId) ? search.organizationId : undefined,
});
