import { ActionIcon, Alert, Button, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconCash, IconDownload, IconEdit, IconMail, IconPlus, IconSend, IconTrash, IconX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { formatMoney } from '../../components/money';
import { notify } from '../../components/notify';
import { RecordFallback, RecordLayout } from '../../components/record-page';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAgencyToday } from '../assignments/labels';
import { Section } from '../clients/client-ui';
import { EditDetailsDialog, ManualLineDialog, PaymentDialog, VoidDialog, useInvoiceUpdate } from './invoice-dialogs';
import { InvoiceStatusBadge, dayOf, quantityLabel } from './labels';
import { type Invoice, type InvoiceAbilities, fetchInvoice, invoiceActions, invoiceKeys, invoicePdfUrl } from './queries';

const route = getRouteApi('/app/invoices/$id');

type Dialog = 'details' | 'line' | 'payment' | 'void' | 'issue';

/** The lines, grouped by assignment and week, with each group's subtotal; a draft's lines can be removed. */
function InvoiceLines({ invoice, abilities, onAddLine }: { invoice: Invoice; abilities: InvoiceAbilities; onAddLine: () => void }) {
  const update = useInvoiceUpdate();
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const remove = useMutation({
    mutationFn: (lineId: string) => invoiceActions.removeLine(invoice.id, lineId, invoice.version),
    onSuccess: (answer) => {
      update(answer);
      notify.success('Line removed; what it billed can be invoiced again.');
    },
    onError: (error) => notify.error(error),
  });
  return (
    <Section
      title="Lines"
      actions={
        abilities.edit ? (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={onAddLine}>
            Add line
          </Button>
        ) : null
      }
    >
      {invoice.groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          No lines.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4} aria-label="Invoice lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Th ta="right">Quantity</Table.Th>
                <Table.Th ta="right">Rate</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                {abilities.edit ? <Table.Th aria-label="Remove" w={40} /> : null}
              </Table.Tr>
            </Table.Thead>
            {invoice.groups.map((group) => (
              <Table.Tbody key={`${group.assignment?.id ?? 'other'}-${group.weekStart ?? ''}`}>
                <Table.Tr bg="var(--mantine-color-default-hover)">
                  <Table.Td colSpan={3}>
                    <Text size="sm" fw={600}>
                      {group.label}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={600}>
                      {money(group.subtotalMinor)}
                    </Text>
                  </Table.Td>
                  {abilities.edit ? <Table.Td /> : null}
                </Table.Tr>
                {group.lines.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td>
                      <Text size="sm">{line.description}</Text>
                      {!line.taxable ? (
                        <Text size="xs" c="dimmed">
                          Not taxed
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">{quantityLabel(line.quantity, line.quantityUnit)}</Table.Td>
                    <Table.Td ta="right">{money(line.rateMinor)}</Table.Td>
                    <Table.Td ta="right">{money(line.amountMinor)}</Table.Td>
                    {abilities.edit ? (
                      <Table.Td>
                        <Tooltip label={line.claimSource ? 'Remove (releases every line of what it bills)' : 'Remove'}>
                          <ActionIcon variant="subtle" color="red" aria-label={`Remove line: ${line.description}`} loading={remove.isPending && remove.variables === line.id} onClick={() => remove.mutate(line.id)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function Totals({ invoice }: { invoice: Invoice }) {
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const rows: [string, string][] = [
    ['Subtotal', money(invoice.subtotalMinor)],
    [`Tax (${invoice.taxRateBp / 100} %)`, money(invoice.taxMinor)],
    ['Total', money(invoice.totalMinor)],
    ['Paid', money(invoice.paidMinor)],
    [invoice.creditMinor > 0 ? 'Credit' : 'Balance due', money(invoice.creditMinor > 0 ? invoice.creditMinor : invoice.balanceMinor)],
  ];
  return (
    <Paper withBorder p="md">
      <Table verticalSpacing={4} aria-label="Totals">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th fw={label === 'Total' ? 700 : 500}>{label}</Table.Th>
              <Table.Td ta="right" fw={label === 'Total' ? 700 : 400}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** An invoice: its lines grouped by assignment and week, totals, payments, and the actions its status allows. */
export function InvoicePage() {
  const { id } = route.useParams();
  const format = useFormat();
  const today = useAgencyToday();
  const update = useInvoiceUpdate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const record = useQuery({ queryKey: invoiceKeys.record(id), queryFn: () => fetchInvoice(id) });
  const issue = useMutation({
    mutationFn: (invoice: Invoice) => invoiceActions.issue(invoice.id, invoice.version),
    onSuccess: (answer) => {
      update(answer);
      setDialog(null);
      notify.success(`Issued as ${answer.data.reference ?? ''}, due ${format.date(dayOf(answer.data.dueOn))}.`);
    },
    onError: (error) => notify.error(error),
  });
  const send = useMutation({
    mutationFn: (invoice: Invoice) => invoiceActions.send(invoice.id),
    onSuccess: (answer) => notify.success(`Sent to ${answer.data.to} with the PDF attached.`),
    onError: (error) => notify.error(error),
  });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: invoice, abilities } = record.data;
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} />
            <Text size="sm" c="dimmed">
              {format.date(dayOf(invoice.periodFrom))} – {format.date(dayOf(invoice.periodTo))}
            </Text>
          </Group>
          <Title order={1} size="h3" fw={600}>
            {invoice.reference ?? 'Draft invoice'} · {invoice.organization.name}
          </Title>
        </Stack>
        <Group gap="xs">
          <Button component="a" href={invoicePdfUrl(invoice.id)} variant="default" leftSection={<IconDownload size={16} />}>
            Download PDF
          </Button>
          {abilities.edit ? (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setDialog('details')}>
              Edit details
            </Button>
          ) : null}
          {abilities.issue ? (
            <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('issue')}>
              Issue
            </Button>
          ) : null}
          {abilities.send ? (
            <Button variant="default" leftSection={<IconMail size={16} />} loading={send.isPending} onClick={() => send.mutate(invoice)}>
              Send to client
            </Button>
          ) : null}
          {abilities.pay ? (
            <Button leftSection={<IconCash size={16} />} onClick={() => setDialog('payment')}>
              Record payment
            </Button>
          ) : null}
          {abilities.void ? (
            <Button variant="default" color="red" leftSection={<IconX size={16} />} onClick={() => setDialog('void')}>
              Void
            </Button>
          ) : null}
        </Group>
      </Group>
      {invoice.status === 'void' ? (
        <Alert color="red" title="Void">
          {invoice.voidReason} — voided {format.dateTime(invoice.voidedAt)}. What it billed can be invoiced again.
        </Alert>
      ) : null}
      <RecordLayout
        main={
          <>
            <InvoiceLines invoice={invoice} abilities={abilities} onAddLine={() => setDialog('line')} />
            <Section title="Payments">
              {invoice.payments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No payments recorded.
                </Text>
              ) : (
                <Table verticalSpacing={4} aria-label="Payments">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Received</Table.Th>
                      <Table.Th>Method</Table.Th>
                      <Table.Th>Reference</Table.Th>
                      <Table.Th ta="right">Amount</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {invoice.payments.map((payment) => (
                      <Table.Tr key={payment.id}>
                        <Table.Td>{format.date(dayOf(payment.receivedOn))}</Table.Td>
                        <Table.Td>{payment.method}</Table.Td>
                        <Table.Td>{payment.reference}</Table.Td>
                        <Table.Td ta="right">{formatMoney(payment.amountMinor, invoice.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Section>
          </>
        }
        aside={
          <>
            <Totals invoice={invoice} />
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Fact label="Issued">{format.date(dayOf(invoice.issuedOn), 'Not issued')}</Fact>
                <Fact label="Due">{format.date(dayOf(invoice.dueOn), '—')}</Fact>
                <Fact label="Terms">{`${invoice.paymentTermsDays} days`}</Fact>
                <Fact label="Billing contact">{invoice.billingContact ? `${invoice.billingContact.name}${invoice.billingContact.email ? ` (${invoice.billingContact.email})` : ''}` : '—'}</Fact>
                <Fact label="PO number">{invoice.poNumber ?? '—'}</Fact>
                <Fact label="Notes">{invoice.notes || '—'}</Fact>
                <Fact label="Created by">{invoice.createdBy}</Fact>
              </Stack>
            </Paper>
          </>
        }
      />
      <EditDetailsDialog key={`details-${invoice.version}`} invoice={invoice} opened={dialog === 'details'} onClose={close} />
      <ManualLineDialog key={`line-${invoice.version}`} invoice={invoice} opened={dialog === 'line'} onClose={close} />
      <PaymentDialog key={`payment-${invoice.version}`} invoice={invoice} today={today} opened={dialog === 'payment'} onClose={close} />
      <VoidDialog key={`void-${invoice.version}`} invoice={invoice} opened={dialog === 'void'} onClose={close} />
      <ConfirmDialog opened={dialog === 'issue'} title="Issue the invoice" confirmLabel="Issue" color="blue" isPending={issue.isPending} onConfirm={() => issue.mutate(invoice)} onClose={close}>
        It gets the next invoice number, today as issue date and a due date {invoice.paymentTermsDays} days later. It can no longer be edited; to correct it, void it and run invoices again.
      </ConfirmDialog>
    </Stack>
  );
}
