import { Alert, Anchor, Button, Checkbox, Group, List, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCursorList } from '../../api/pages';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ListTable } from '../../components/list-table';
import { formatMoney } from '../../components/money';
import { notify } from '../../components/notify';
import { Empty, PageHeader } from '../../components/page';
import { Section } from '../clients/client-ui';
import { useAgencyToday } from '../assignments/labels';
import { canRunInvoices } from '../invoices/roles';
import { type PayrollExport, createPayrollExport, fetchPayrollExports, fetchPayrollPreview, payrollCsvUrl, payrollKeys } from './queries';

const hours = (minutes: number) => (minutes / 60).toFixed(2);
const dayOf = (isoDate: string) => `${isoDate}T12:00:00Z`;

function monthOf(today: string) {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return { periodFrom: `${year}-${pad(month)}-01`, periodTo: `${year}-${pad(month)}-${pad(last)}` };
}

/** Payroll: approved hours × pay rates not yet exported, the export itself (re-export only when chosen), and the history. */
export function PayrollPage() {
  const today = useAgencyToday();
  const format = useFormat();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [period, setPeriod] = useState(() => monthOf(today));
  const [reexport, setReexport] = useState(false);
  const isPeriod = period.periodFrom !== '' && period.periodTo !== '' && period.periodFrom <= period.periodTo;
  const preview = useQuery({ queryKey: payrollKeys.preview(period), queryFn: () => fetchPayrollPreview(period), enabled: isPeriod });
  const history = useCursorList(payrollKeys.exports, fetchPayrollExports);
  const exportIt = useMutation({
    mutationFn: () => createPayrollExport(period, reexport),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: payrollKeys.all });
      notify.success(`${answer.data.reexport ? 'Re-exported' : 'Exported'} ${answer.data.lineCount} timesheet${answer.data.lineCount === 1 ? '' : 's'}. Download the CSV from the history.`);
      setReexport(false);
    },
    onError: (error) => notify.error(error),
  });
  const lines = preview.data?.lines ?? [];

  return (
    <Stack gap="md">
      <PageHeader title="Payroll" description="Approved hours at the pay rates, per employee and week, exported as CSV for the payroll system." />
      <Section title="Not yet exported">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label="Period from" type="date" value={period.periodFrom} onChange={(event) => setPeriod((previous) => ({ ...previous, periodFrom: event.currentTarget.value }))} error={isPeriod ? undefined : 'Choose a period'} />
          <TextInput label="Period to" type="date" value={period.periodTo} onChange={(event) => setPeriod((previous) => ({ ...previous, periodTo: event.currentTarget.value }))} />
          {canRunInvoices(user.role) ? (
            <>
              <Checkbox
                label="Re-export: include timesheets already exported"
                description="Only when the payroll system needs them again"
                checked={reexport}
                onChange={(event) => setReexport(event.currentTarget.checked)}
              />
              <Button leftSection={<IconFileExport size={16} />} disabled={!isPeriod || (!reexport && lines.length === 0)} loading={exportIt.isPending} onClick={() => exportIt.mutate()}>
                {reexport ? 'Re-export period' : 'Export to payroll'}
              </Button>
            </>
          ) : null}
        </Group>
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {preview.isPending ? 'Loading…' : 'Nothing new to export in this period.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={4} aria-label="Approved time not yet exported">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Employee</Table.Th>
                  <Table.Th>Week</Table.Th>
                  <Table.Th ta="right">Regular</Table.Th>
                  <Table.Th ta="right">Overtime</Table.Th>
                  <Table.Th ta="right">Double</Table.Th>
                  <Table.Th ta="right">Pay</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => (
                  <Table.Tr key={line.timesheetId}>
                    <Table.Td>
                      E-{line.employee.number} {line.employee.name}
                    </Table.Td>
                    <Table.Td>{format.date(dayOf(line.weekStart))}</Table.Td>
                    <Table.Td ta="right">{hours(line.regularMinutes)}</Table.Td>
                    <Table.Td ta="right">{hours(line.overtimeMinutes)}</Table.Td>
                    <Table.Td ta="right">{hours(line.doubleMinutes)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(line.payMinor, line.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {(preview.data?.skipped.length ?? 0) > 0 ? (
          <Alert color="orange" title="Not exportable">
            <List size="sm">
              {preview.data?.skipped.map((item) => (
                <List.Item key={item.timesheetId}>
                  {item.label} — {item.reason}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </Section>
      <Section title="Export history">
        <ListTable<PayrollExport>
          query={history}
          aria-label="Payroll exports"
          columns={[
            { accessor: 'createdAt', title: 'Exported', noWrap: true, render: (row) => format.dateTime(row.createdAt) },
            { accessor: 'period', title: 'Period', noWrap: true, render: (row) => `${format.date(dayOf(row.periodFrom))} – ${format.date(dayOf(row.periodTo))}` },
            { accessor: 'reexport', title: 'Kind', render: (row) => (row.reexport ? 'Re-export' : 'Export') },
            { accessor: 'lineCount', title: 'Timesheets', textAlign: 'right' },
            { accessor: 'totals', title: 'Pay', textAlign: 'right', render: (row) => row.totals.map((total) => formatMoney(total.payMinor, total.currency)).join(', ') },
            { accessor: 'exportedBy', title: 'By' },
            {
              accessor: 'download',
              title: 'CSV',
              render: (row) => (
                <Anchor href={payrollCsvUrl(row.id)} size="sm" aria-label={`Download the CSV of the export of ${format.dateTime(row.createdAt)}`}>
                  <Group gap={4} wrap="nowrap">
                    <IconDownload size={14} /> Download
                  </Group>
                </Anchor>
              ),
            },
          ]}
          emptyState={<Empty title="No exports yet">Export a period's approved time; each export is kept here to download again.</Empty>}
        />
      </Section>
    </Stack>
  );
}
