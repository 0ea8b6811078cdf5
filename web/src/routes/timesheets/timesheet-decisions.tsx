import { Box, Button } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataTableSelectionProps } from 'mantine-datatable';
import { type ReactNode, useState } from 'react';
import type { ApiError } from '../../api/errors';
import { BatchRefusalAlert, batchRefusalOf } from '../../components/batch-refusal-alert';
import { BulkActionBar } from '../../components/bulk-action-bar';
import { useCurrentUser } from '../../components/current-user';
import { notify } from '../../components/notify';
import { isBackOffice } from '../placements/roles';
import { timesheetActions, timesheetKeys } from './queries';
import { RejectDialog } from './reject-dialog';

export const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

type TimesheetDecisionsProps = {
  /** The selected submitted timesheets. */
  ids: string[];
  onClear: () => void;
  /** After an approval or rejection: clear the selection and fetch the lists again. */
  onDone: () => void;
};

/**
 * The bulk Approve / Reject… bar over a list of submitted timesheets (the week grid and the approval queues), with the
 * reject dialog. All or nothing: a refused batch lists each refused sheet under the bar (or in the dialog).
 */
export function TimesheetDecisions({ ids, onClear, onDone }: TimesheetDecisionsProps) {
  const [isRejecting, setIsRejecting] = useState(false);
  // A refused approval, shown while the same timesheets stay selected.
  const [refusal, setRefusal] = useState<{ of: string; error: ApiError } | null>(null);
  const selection = ids.join(',');
  const approve = useMutation({
    mutationFn: () => timesheetActions.approve(ids),
    onMutate: () => setRefusal(null),
    onSuccess: (answer) => {
      notify.success(`${plural(answer.data.length, 'timesheet')} approved.`);
      onDone();
    },
    onError: (error) => {
      const refused = batchRefusalOf(error);
      if (refused) {
        setRefusal({ of: selection, error: refused });
        return;
      }
      notify.error(error, 'Nothing was approved');
    },
  });

  return (
    <>
      {ids.length > 0 ? (
        <BulkActionBar count={ids.length} onClear={onClear}>
          <Button size="xs" variant="light" color="teal" leftSection={<IconCheck size={14} />} loading={approve.isPending} onClick={() => approve.mutate()}>
            Approve
          </Button>
          <Button size="xs" variant="light" color="red" leftSection={<IconX size={14} />} onClick={() => setIsRejecting(true)}>
            Reject…
          </Button>
        </BulkActionBar>
      ) : null}
      {ids.length > 0 && refusal?.of === selection ? (
        <Box mb="sm">
          <BatchRefusalAlert title="Nothing was approved" refusal={refusal.error} listLabel="Refused timesheets" />
        </Box>
      ) : null}
      <RejectDialog
        opened={isRejecting}
        what={plural(ids.length, 'timesheet')}
        refusedLabel="Refused timesheets"
        onClose={() => setIsRejecting(false)}
        onReject={(reason) => timesheetActions.reject(ids, reason)}
        onDone={() => {
          notify.success(`${plural(ids.length, 'timesheet')} rejected.`);
          onDone();
        }}
      />
    </>
  );
}

type SelectionOptions<R> = {
  /** The selected row's timesheet, if it has one. */
  idOf: (row: R) => string | undefined;
  /** The aria-label of the select-all checkbox. */
  allLabel: string;
  isRecordSelectable?: (row: R) => boolean;
};

/**
 * The timesheets a back-office user selects in a list to decide them in bulk: the decisions bar to show over the
 * table and the table's selection props (neither for other roles); `clear` empties the selection.
 */
export function useTimesheetSelection<R extends { candidate: { name: string } }>({ idOf, allLabel, isRecordSelectable }: SelectionOptions<R>) {
  const user = useCurrentUser();
  const canDecide = isBackOffice(user.role);
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<R[]>([]);
  const clear = () => setSelected([]);
  const refresh = () => {
    setSelected([]);
    void queryClient.invalidateQueries({ queryKey: timesheetKeys.all });
  };
  const bar: ReactNode = canDecide ? <TimesheetDecisions ids={selected.flatMap((row) => idOf(row) ?? [])} onClear={clear} onDone={refresh} /> : null;
  const tableProps: DataTableSelectionProps<R> = canDecide
    ? {
        selectedRecords: selected,
        onSelectedRecordsChange: setSelected,
        ...(isRecordSelectable ? { isRecordSelectable } : {}),
        allRecordsSelectionCheckboxProps: { 'aria-label': allLabel },
        getRecordSelectionCheckboxProps: (row: R) => ({ 'aria-label': `Select the timesheet of ${row.candidate.name}` }),
      }
    : {};
  return { bar, tableProps, clear };
}
