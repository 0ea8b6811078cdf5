import { Alert, Button, Group, List, Modal, MultiSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { fieldErrors } from '../../api/errors';
import { formatMoney } from '../../components/money';
import { notify } from '../../components/notify';
import { useAgencyToday } from '../assignments/labels';
import { type RunBody, type RunPreview, fetchClientOptions, invoiceActions, invoiceKeys } from './queries';

const monthOf = (today: string) => {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return { periodFrom: `${year}-${pad(month)}-01`, periodTo: `${year}-${pad(month)}-${pad(last)}` };
};

function PreviewTable({ preview }: { preview: RunPreview }) {
  if (preview.length === 0) {
    return <Alert color="gray">Nothing to invoice in this period: no approved, unbilled time, expenses or fees.</Alert>;
  }
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={6} aria-label="Invoices the run will create">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Client</Table.Th>
              <Table.Th>Billing contact / PO</Table.Th>
              <Table.Th ta="right">Lines</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.flatMap((client) =>
              client.invoices.map((planned, index) => (
                <Table.Tr key={`${client.organization.id}-${index}`}>
                  <Table.Td>{client.organization.name}</Table.Td>
                  <Table.Td>{[planned.billingContact?.name, planned.poNumber ? `PO ${planned.poNumber}` : null].filter(Boolean).join(' · ') || '—'}</Table.Td>
                  <Table.Td ta="right">{planned.lines.length}</Table.Td>
                  <Table.Td ta="right">{formatMoney(planned.totalMinor, client.currency)}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.some((client) => client.skipped.length > 0) ? (
        <Alert color="orange" title="Not billed">
          <List size="sm">
            {preview.flatMap((client) =>
              client.skipped.map((item) => (
                <List.Item key={item.source}>
                  {client.organization.name}: {item.label} — {item.reason}
                </List.Item>
              )),
            )}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

type RunInvoicesDialogProps = { opened: boolean; onClose: () => void };

/** The invoice run: a period and (optionally) some clients, a preview of the drafts, then the drafts created. */
export function RunInvoicesDialog({ opened, onClose }: RunInvoicesDialogProps) {
  const today = useAgencyToday();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [period, setPeriod] = useState(() => monthOf(today));
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const clients = useQuery({ queryKey: invoiceKeys.organizations, queryFn: fetchClientOptions, enabled: opened });
  const body: RunBody = { ...period, ...(organizationIds.length > 0 ? { organizationIds } : {}) };
  const preview = useMutation({ mutationFn: () => invoiceActions.preview(body), onError: (error) => (Object.keys(fieldErrors(error)).length > 0 ? setErrors(fieldErrors(error)) : notify.error(error)) });
  const run = useMutation({
    mutationFn: () => invoiceActions.run(body),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
      const made = answer.data.invoices;
      notify.success(made.length === 0 ? 'Nothing was left to invoice.' : `${made.length} draft invoice${made.length === 1 ? '' : 's'} created.`);
      close();
      if (made.length === 1 && made[0]) {
        void navigate({ to: '/invoices/$id', params: { id: made[0].id } });
      }
    },
    onError: (error) => notify.error(error),
  });
  const change = (next: Partial<typeof period>) => {
    setPeriod((previous) => ({ ...previous, ...next }));
    setErrors({});
    preview.reset();
  };
  function close() {
    preview.reset();
    setErrors({});
    onClose();
  }
  const canCreate = preview.isSuccess && preview.data.data.some((client) => client.invoices.length > 0);

  return (
    <Modal opened={opened} onClose={close} title="Run invoices" size="xl" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          Bills every approved timesheet of the period (by week start) and approved billable expense not invoiced yet, placement fees started by the period end and retained milestones reached —
          one draft per client (per billing contact and PO where a placement sets its own).
        </Text>
        <Group grow align="flex-start">
          <TextInput label="Period from" type="date" required value={period.periodFrom} onChange={(event) => change({ periodFrom: event.currentTarget.value })} error={errors.periodFrom} />
          <TextInput label="Period to" type="date" required value={period.periodTo} onChange={(event) => change({ periodTo: event.currentTarget.value })} error={errors.periodTo} />
        </Group>
        <MultiSelect
          label="Clients"
          placeholder={organizationIds.length === 0 ? 'Every client with something to bill' : undefined}
          data={clients.data ?? []}
          value={organizationIds}
          onChange={(value) => {
            setOrganizationIds(value);
            preview.reset();
          }}
          searchable
          clearable
        />
        {preview.isSuccess ? <PreviewTable preview={preview.data.data} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button variant={canCreate ? 'default' : 'filled'} onClick={() => preview.mutate()} loading={preview.isPending}>
            Preview
          </Button>
          <Button onClick={() => run.mutate()} disabled={!canCreate} loading={run.isPending}>
            Create drafts
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
