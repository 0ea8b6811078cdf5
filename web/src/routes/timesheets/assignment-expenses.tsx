import { Anchor, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconPlus, IconSend, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ListTable } from '../../components/list-table';
import { formatMoney } from '../../components/money';
import { notify } from '../../components/notify';
import { Empty } from '../../components/page';
import { ApprovalBadge, AssignmentPanel } from './labels';
import { ExpenseDialog } from './expense-dialog';
import { type ExpenseRow, expenseActions, fetchAssignmentExpenses, receiptUrl, timesheetKeys } from './queries';
import { RejectDialog } from './reject-dialog';

export type AssignmentExpensesProps = { assignmentId: string };

/** The assignment page's expenses: date, category, amount, billable, receipt and state; add, submit, approve or reject. */
export function AssignmentExpenses({ assignmentId }: AssignmentExpensesProps) {
  const queryClient = useQueryClient();
  const expenses = useQuery({ queryKey: timesheetKeys.expenses(assignmentId), queryFn: () => fetchAssignmentExpenses(assignmentId) });
  const [isAdding, setIsAdding] = useState(false);
  const [rejecting, setRejecting] = useState<ExpenseRow | null>(null);
  const rows = expenses.data?.data ?? [];
  const refresh = () => void queryClient.invalidateQueries({ queryKey: timesheetKeys.expenses(assignmentId) });

  const act = useMutation({
    mutationFn: async ({ action, row }: { action: 'submit' | 'approve'; row: ExpenseRow }): Promise<void> => {
      await (action === 'submit' ? expenseActions.submit(row.id, row.version) : expenseActions.approve([row.id]));
    },
    onSuccess: (_answer, { action }) => {
      notify.success(action === 'submit' ? 'Expense submitted for approval.' : 'Expense approved.');
      refresh();
    },
    onError: (error) => notify.error(error),
  });

  return (
    <AssignmentPanel
      title="Expenses"
      action={
        expenses.data?.abilities.create ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setIsAdding(true)}>
            Add expense
          </Button>
        ) : null
      }
    >
        {expenses.isSuccess && rows.length === 0 ? (
          <Empty title="No expenses yet">Travel, meals and other costs claimed on this assignment appear here with their receipts.</Empty>
        ) : (
        <ListTable<ExpenseRow>
          query={expenses}
          records={rows}
          aria-label="Expenses of the assignment"
          columns={[
            { accessor: 'spentOn', title: 'Date' },
            { accessor: 'categoryLabel', title: 'Category', render: (row) => (row.description ? `${row.categoryLabel}: ${row.description}` : row.categoryLabel) },
            { accessor: 'amountMinor', title: 'Amount', textAlign: 'right', render: (row) => formatMoney(row.amountMinor, row.currency) },
            { accessor: 'billable', title: 'Billable', render: (row) => (row.billable ? 'Yes' : 'No') },
            {
              accessor: 'receipt',
              title: 'Receipt',
              render: (row) =>
                row.receipt ? (
                  <Anchor size="sm" href={receiptUrl(row.id)} download={row.receipt.fileName}>
                    {row.receipt.fileName}
                  </Anchor>
                ) : (
                  '—'
                ),
            },
            {
              accessor: 'status',
              title: 'State',
              render: (row) => (
                <Group gap={6} wrap="nowrap">
                  <ApprovalBadge state={row.status} />
                  {row.status === 'rejected' && row.rejectionReason ? (
                    <Tooltip label={row.rejectionReason}>
                      <Text size="xs" c="red" lineClamp={1} maw={160}>
                        {row.rejectionReason}
                      </Text>
                    </Tooltip>
                  ) : null}
                </Group>
              ),
            },
            {
              accessor: 'actions',
              title: 'Actions',
              textAlign: 'right',
              render: (row) => (
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {row.abilities.submit ? (
                    <Button size="compact-xs" variant="light" leftSection={<IconSend size={12} />} aria-label={`Submit the ${row.categoryLabel} expense of ${row.spentOn}`} onClick={() => act.mutate({ action: 'submit', row })}>
                      Submit
                    </Button>
                  ) : null}
                  {row.abilities.approve ? (
                    <Button size="compact-xs" variant="light" color="teal" leftSection={<IconCheck size={12} />} aria-label={`Approve the ${row.categoryLabel} expense of ${row.spentOn}`} onClick={() => act.mutate({ action: 'approve', row })}>
                      Approve
                    </Button>
                  ) : null}
                  {row.abilities.reject ? (
                    <Button size="compact-xs" variant="light" color="red" leftSection={<IconX size={12} />} aria-label={`Reject the ${row.categoryLabel} expense of ${row.spentOn}`} onClick={() => setRejecting(row)}>
                      Reject
                    </Button>
                  ) : null}
                </Group>
              ),
            },
          ]}
        />
        )}
      {expenses.data ? <ExpenseDialog key={expenses.data.invoicingCurrency} assignmentId={assignmentId} currency={expenses.data.invoicingCurrency} opened={isAdding} onClose={() => setIsAdding(false)} onDone={refresh} /> : null}
      <RejectDialog
        opened={rejecting !== null}
        what="this expense"
        refusedLabel="Refused expenses"
        onClose={() => setRejecting(null)}
        onReject={(reason) => expenseActions.reject(rejecting ? [rejecting.id] : [], reason)}
        onDone={() => {
          notify.success('Expense rejected.');
          refresh();
        }}
      />
    </AssignmentPanel>
  );
}
