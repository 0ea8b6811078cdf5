import { NumberInput, Select, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { formatMoney, fromMinor, minorDigits, toMinor } from '../../components/money';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { type Invoice, type InvoiceRecord, fetchContactOptions, invoiceActions, invoiceKeys } from './queries';

/** What follows a command on an invoice: the answered record replaces the cached one; lists reload. */
export function useInvoiceUpdate() {
  const queryClient = useQueryClient();
  return (answer: InvoiceRecord) => {
    queryClient.setQueryData(invoiceKeys.record(answer.data.id), answer);
    void queryClient.invalidateQueries({ queryKey: ['invoices', 'list'] });
  };
}

type DialogProps = { invoice: Invoice; opened: boolean; onClose: () => void };

function useReload(invoiceId: string, close: () => void) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: invoiceKeys.record(invoiceId) });
    close();
  };
}

type DetailsValues = { notes: string; poNumber: string; billingContactId: string | null; paymentTermsDays: number | string };

/** A draft's notes, PO number, billing contact and payment terms. */
export function EditDetailsDialog({ invoice, opened, onClose }: DialogProps) {
  const update = useInvoiceUpdate();
  const contacts = useQuery({ queryKey: invoiceKeys.contacts(invoice.organization.id), queryFn: () => fetchContactOptions(invoice.organization.id), enabled: opened });
  const form = useForm<DetailsValues>({
    mode: 'controlled',
    initialValues: { notes: invoice.notes, poNumber: invoice.poNumber ?? '', billingContactId: invoice.billingContact?.id ?? null, paymentTermsDays: invoice.paymentTermsDays },
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: DetailsValues) =>
      invoiceActions.update(invoice.id, { version: invoice.version, notes: values.notes, poNumber: values.poNumber.trim() || null, billingContactId: values.billingContactId, paymentTermsDays: Number(values.paymentTermsDays) }),
    onSuccess: (answer) => {
      update(answer);
      notify.success('Invoice details saved.');
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const reload = useReload(invoice.id, saveState.close);
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Invoice details" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      <Select label="Billing contact" placeholder="No billing contact" data={contacts.data ?? []} clearable searchable {...form.getInputProps('billingContactId')} />
      <TextInput label="PO number" maxLength={100} {...form.getInputProps('poNumber')} />
      <NumberInput label="Payment terms (days)" min={0} max={365} allowDecimal={false} {...form.getInputProps('paymentTermsDays')} />
      <Textarea label="Notes" description="Printed on the invoice" autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}

type LineValues = { description: string; quantity: number | string; rate: number | string; taxable: boolean };

/** A manual line (items × a rate) added after the draft's other lines. */
export function ManualLineDialog({ invoice, opened, onClose }: DialogProps) {
  const update = useInvoiceUpdate();
  const form = useForm<LineValues>({
    mode: 'controlled',
    initialValues: { description: '', quantity: 1, rate: '', taxable: true },
    validate: {
      description: (value) => (value.trim() === '' ? 'Describe the line' : null),
      quantity: (value) => (Number(value) >= 1 ? null : 'At least 1'),
      rate: (value) => (value === '' || Number(value) < 0 ? 'Give the rate' : null),
    },
  });
  const saveState = useSaveState(form, onClose);
  const add = useMutation({
    mutationFn: (values: LineValues) =>
      invoiceActions.addLine(invoice.id, { version: invoice.version, description: values.description.trim(), quantity: Number(values.quantity), quantityUnit: 'item', rateMinor: toMinor(values.rate, invoice.currency) ?? 0, taxable: values.taxable }),
    onSuccess: (answer) => {
      update(answer);
      notify.success('Line added.');
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const reload = useReload(invoice.id, saveState.close);
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Add a line" onSubmit={form.onSubmit((values) => add.mutate(values))} submitLabel="Add line" isPending={add.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      <TextInput label="Description" required maxLength={500} data-autofocus {...form.getInputProps('description')} />
      <NumberInput label="Quantity" required min={1} allowDecimal={false} {...form.getInputProps('quantity')} />
      <NumberInput label={`Rate (${invoice.currency})`} required min={0} decimalScale={minorDigits(invoice.currency)} {...form.getInputProps('rate')} />
      <Switch label="Taxable" {...form.getInputProps('taxable', { type: 'checkbox' })} />
    </FormDialog>
  );
}

type PaymentValues = { receivedOn: string; amount: number | string; method: string; reference: string };

/** A payment received: partial leaves a balance, the total makes the invoice paid, more leaves a credit. */
export function PaymentDialog({ invoice, opened, onClose, today }: DialogProps & { today: string }) {
  const update = useInvoiceUpdate();
  const form = useForm<PaymentValues>({
    mode: 'controlled',
    initialValues: { receivedOn: today, amount: fromMinor(invoice.balanceMinor, invoice.currency), method: 'Bank transfer', reference: '' },
    validate: {
      receivedOn: (value) => (value === '' ? 'Give the date received' : null),
      amount: (value) => (value === '' || Number(value) <= 0 ? 'Give the amount received' : null),
    },
  });
  const saveState = useSaveState(form, onClose);
  const pay = useMutation({
    mutationFn: (values: PaymentValues) =>
      invoiceActions.pay(invoice.id, { version: invoice.version, receivedOn: values.receivedOn, amountMinor: toMinor(values.amount, invoice.currency) ?? 0, method: values.method.trim(), reference: values.reference.trim() }),
    onSuccess: (answer) => {
      update(answer);
      notify.success(answer.data.status === 'paid' ? 'Payment recorded: the invoice is paid.' : `Payment recorded: ${formatMoney(answer.data.balanceMinor, answer.data.currency)} still due.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const reload = useReload(invoice.id, saveState.close);
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Record a payment" onSubmit={form.onSubmit((values) => pay.mutate(values))} submitLabel="Record payment" isPending={pay.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      <Text size="sm">Balance due: {formatMoney(invoice.balanceMinor, invoice.currency)}. More than that leaves a credit.</Text>
      <TextInput label="Received on" type="date" required {...form.getInputProps('receivedOn')} />
      <NumberInput label={`Amount (${invoice.currency})`} required min={0} decimalScale={minorDigits(invoice.currency)} data-autofocus {...form.getInputProps('amount')} />
      <TextInput label="Method" maxLength={50} {...form.getInputProps('method')} />
      <TextInput label="Reference" maxLength={200} {...form.getInputProps('reference')} />
    </FormDialog>
  );
}

/** Voids a draft or issued invoice with a reason: what it billed can be invoiced again; an issued number stays used. */
export function VoidDialog({ invoice, opened, onClose }: DialogProps) {
  const update = useInvoiceUpdate();
  const form = useForm<{ reason: string }>({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (value) => (value.trim() === '' ? 'Give the reason' : null) } });
  const saveState = useSaveState(form, onClose);
  const voidIt = useMutation({
    mutationFn: (values: { reason: string }) => invoiceActions.void(invoice.id, invoice.version, values.reason.trim()),
    onSuccess: (answer) => {
      update(answer);
      notify.success(`${answer.data.reference ?? 'The draft'} is void; its time, expenses and fees can be invoiced again.`);
      saveState.close();
    },
    onError: saveState.handleError,
  });
  const reload = useReload(invoice.id, saveState.close);
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Void the invoice" onSubmit={form.onSubmit((values) => voidIt.mutate(values))} submitLabel="Void invoice" isPending={voidIt.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={reload} /> : null}
      <Text size="sm">
        Everything this invoice bills is released, to be invoiced again by the next run.{invoice.reference ? ` ${invoice.reference} stays used and visible as void.` : ''}
      </Text>
      <Textarea label="Reason" required autosize minRows={2} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
    </FormDialog>
  );
}
