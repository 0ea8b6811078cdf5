import { Checkbox, FileInput, Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconReceipt } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { toMinor } from '../../components/money';
import { notify } from '../../components/notify';
import { RECEIPT_MAX_BYTES } from '../../../../src/shared/timesheets';
import { expenseActions, fetchExpenseCategories, timesheetKeys } from './queries';

type ExpenseDialogProps = { assignmentId: string; currency: string; opened: boolean; onClose: () => void; onDone: () => void };
type Values = { spentOn: string; category: string | null; description: string; amount: number | string; currency: string; billable: boolean; receipt: File | null };

const RECEIPT_ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp';

/** Records an expense (a draft) with its receipt; a billable one is invoiced in the client's currency only. */
export function ExpenseDialog({ assignmentId, currency, opened, onClose, onDone }: ExpenseDialogProps) {
  const categories = useQuery({ queryKey: timesheetKeys.categories, queryFn: fetchExpenseCategories, enabled: opened });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { spentOn: '', category: null, description: '', amount: '', currency, billable: true, receipt: null },
    validate: {
      spentOn: (value) => (value ? null : 'Give the date'),
      category: (value) => (value ? null : 'Choose a category'),
      amount: (value) => (typeof value === 'number' && value > 0 ? null : 'Give the amount'),
      currency: (value) => (/^[A-Z]{3}$/.test(value) ? null : 'Three capital letters, such as GBP'),
      receipt: (file) => (file && file.size > RECEIPT_MAX_BYTES ? 'At most 5 MiB' : null),
    },
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  const create = useMutation({
    mutationFn: (values: Values) =>
      expenseActions.create(
        assignmentId,
        { spentOn: values.spentOn, category: values.category ?? '', description: values.description.trim(), amountMinor: toMinor(values.amount, values.currency) ?? 0, currency: values.currency, billable: values.billable },
        values.receipt,
      ),
    onSuccess: () => {
      notify.success('Expense recorded as a draft.');
      handleClose();
      onDone();
    },
    onError: (error) => showFormErrors(form, error, { amountMinor: 'amount' }),
  });

  return (
    <FormDialog opened={opened} onClose={handleClose} title="Add an expense" onSubmit={form.onSubmit((values) => create.mutate(values))} submitLabel="Add expense" isPending={create.isPending}>
      <TextInput label="Date" type="date" required data-autofocus {...form.getInputProps('spentOn')} />
      <Select label="Category" required data={categories.data ?? []} allowDeselect={false} {...form.getInputProps('category')} />
      <TextInput label="Description" maxLength={500} {...form.getInputProps('description')} />
      <Group grow align="flex-start">
        <NumberInput label="Amount" required min={0} decimalScale={2} hideControls {...form.getInputProps('amount')} />
        <TextInput label="Currency" required maxLength={3} {...form.getInputProps('currency')} onChange={(event) => form.setFieldValue('currency', event.currentTarget.value.toUpperCase())} />
      </Group>
      <Checkbox label={`Billable to the client (in ${currency} only)`} {...form.getInputProps('billable', { type: 'checkbox' })} />
      <FileInput label="Receipt" placeholder="PDF or photo, at most 5 MiB" accept={RECEIPT_ACCEPT} clearable clearButtonProps={{ 'aria-label': 'Remove the receipt' }} leftSection={<IconReceipt size={16} />} {...form.getInputProps('receipt')} />
      <Text size="xs" c="dimmed">
        The expense is a draft until submitted; it needs a date between the assignment&apos;s start and end dates.
      </Text>
    </FormDialog>
  );
}
