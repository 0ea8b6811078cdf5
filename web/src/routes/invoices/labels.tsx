import { Anchor, type AnchorProps, Badge } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';
import type { InvoiceStatus } from './queries';

export const INVOICE_STATUS: Record<InvoiceStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  issued: { label: 'Issued', color: 'blue' },
  paid: { label: 'Paid', color: 'teal' },
  void: { label: 'Void', color: 'red' },
};

export const INVOICE_STATUS_OPTIONS = Object.entries(INVOICE_STATUS).map(([value, { label }]) => ({ value, label }));

export const InvoiceStatusBadge = ({ status, overdue = false }: { status: InvoiceStatus; overdue?: boolean }) => (
  <Badge variant="dot" color={overdue ? 'orange' : INVOICE_STATUS[status].color} radius="sm" tt="none" fw={500}>
    {overdue ? 'Overdue' : INVOICE_STATUS[status].label}
  </Badge>
);

type InvoiceLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

export const InvoiceLink = ({ id, children, ...props }: InvoiceLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/invoices/$id" params={{ id }} />}>
    {children}
  </Anchor>
);

/** A date-only value as the formatters take it (midday UTC, so no time zone moves it to another day). */
export const dayOf = (isoDate: string | null | undefined): string | null => (isoDate ? `${isoDate}T12:00:00Z` : null);

/** Minutes of time as hours (37.50 h), days of a day rate, or items. */
export function quantityLabel(quantity: number, unit: string): string {
  if (unit === 'minute') {
    return `${(quantity / 60).toFixed(2)} h`;
  }
  return unit === 'day' ? `${quantity} d` : String(quantity);
}
