import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { INVOICE_STATUSES } from '../../../../src/shared/back-office';
import { useCursorList } from '../../api/pages';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ChoiceFilter, ExportCsvButton } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { formatMoney } from '../../components/money';
import { Empty, PageHeader } from '../../components/page';
import { canRunInvoices } from './roles';
import { INVOICE_STATUS_OPTIONS, InvoiceLink, InvoiceStatusBadge, dayOf } from './labels';
import { type InvoiceFilters, type InvoiceSummary, fetchInvoices, invoiceKeys, invoicesExportUrl } from './queries';
import { RunInvoicesDialog } from './run-dialog';

const route = getRouteApi('/app/invoices');

/** Every invoice, newest first: drafts to check, issued ones to chase (overdue), paid and void ones for the record. */
export function InvoicesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const format = useFormat();
  const user = useCurrentUser();
  const [running, setRunning] = useState(false);
  const filters: InvoiceFilters = { status: search.status, overdue: search.overdue ? 'true' : undefined, organizationId: search.organizationId };
  const list = useCursorList(invoiceKeys.list(filters), (cursor) => fetchInvoices(filters, cursor));
  const isFiltered = Boolean(filters.status || filters.overdue || filters.organizationId);

  return (
    <Stack gap={0}>
      <PageHeader
        title="Invoices"
        description="Run invoices for a period, check and issue the drafts, record payments."
        actions={
          <Group gap="xs">
            <ExportCsvButton href={invoicesExportUrl(filters)} />
            {canRunInvoices(user.role) ? (
              <Button leftSection={<IconFileInvoice size={16} />} onClick={() => setRunning(true)}>
                Run invoices
              </Button>
            ) : null}
          </Group>
        }
      />
      <Group gap="md" mb="sm" wrap="wrap" align="flex-end">
        <ChoiceFilter
          label="Status"
          placeholder="Any status"
          values={INVOICE_STATUSES}
          data={INVOICE_STATUS_OPTIONS}
          value={search.status}
          onChange={(status) => void navigate({ search: (previous) => ({ ...previous, status }), replace: true })}
          w={150}
        />
        <Checkbox
          label="Overdue only"
          checked={Boolean(search.overdue)}
          onChange={(event) => {
            const overdue = event.currentTarget.checked ? true : undefined;
            void navigate({ search: (previous) => ({ ...previous, overdue }), replace: true });
          }}
          mb={8}
        />
      </Group>
      <ListTable<InvoiceSummary>
        query={list}
        aria-label="Invoices"
        hasRefetchOverlay
        onRowClick={({ record }) => void navigate({ to: '/invoices/$id', params: { id: record.id } })}
        columns={[
          {
            accessor: 'reference',
            title: 'Number',
            noWrap: true,
            render: (invoice) => (
              <InvoiceLink id={invoice.id} size="sm" ff="monospace" onClick={(event) => event.stopPropagation()}>
                {invoice.reference ?? 'Draft'}
              </InvoiceLink>
            ),
          },
          { accessor: 'organization.name', title: 'Client', render: (invoice) => <Text size="sm" fw={500}>{invoice.organization.name}</Text> },
          { accessor: 'status', title: 'Status', noWrap: true, render: (invoice) => <InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} /> },
          { accessor: 'period', title: 'Period', noWrap: true, render: (invoice) => `${format.date(dayOf(invoice.periodFrom))} – ${format.date(dayOf(invoice.periodTo))}` },
          { accessor: 'issuedOn', title: 'Issued', noWrap: true, render: (invoice) => format.date(dayOf(invoice.issuedOn), '—') },
          { accessor: 'dueOn', title: 'Due', noWrap: true, render: (invoice) => format.date(dayOf(invoice.dueOn), '—') },
          { accessor: 'totalMinor', title: 'Total', textAlign: 'right', noWrap: true, render: (invoice) => formatMoney(invoice.totalMinor, invoice.currency) },
          { accessor: 'balanceMinor', title: 'Balance', textAlign: 'right', noWrap: true, render: (invoice) => (invoice.status === 'void' ? '—' : formatMoney(invoice.balanceMinor, invoice.currency)) },
        ]}
        emptyState={
          isFiltered ? (
            <Empty title="No invoices match">Nothing matches these filters. Clear them to see every invoice.</Empty>
          ) : (
            <Empty title="No invoices yet">Approve timesheets, then choose Run invoices to create the drafts of a period.</Empty>
          )
        }
      />
      <RunInvoicesDialog opened={running} onClose={() => setRunning(false)} />
    </Stack>
  );
}
