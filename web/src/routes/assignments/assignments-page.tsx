import { Button, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { DataTableSortStatus } from 'mantine-datatable';
import { useState } from 'react';
import { useCursorList } from '../../api/pages';
import { BulkActionBar } from '../../components/bulk-action-bar';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ExportCsvButton } from '../../components/list-filters';
import { ListTable, type ListTableProps } from '../../components/list-table';
import { formatMoney, formatPercent } from '../../components/money';
import { Empty, PageHeader } from '../../components/page';
import { EMPLOYMENT_TYPE_LABELS } from '../jobs/labels';
import { AssignmentsFilterBar } from './assignments-filter-bar';
import { ASSIGNMENT_STATUS_LABELS, AssignmentLink, StatusBadge, canChangeAssignments, dayOf } from './labels';
import { type AssignmentFilters, type AssignmentSummary, assignmentKeys, assignmentsCsvHref, fetchAssignments } from './queries';
import { ASSIGNMENT_SORTS, type AssignmentSort, type AssignmentsSearch } from './search';
import { UpdateStatusDialog, sharedStatus } from './update-status-dialog';

const route = getRouteApi('/app/assignments');

const filtersOf = (search: AssignmentsSearch): AssignmentFilters => ({
  status: search.status,
  organizationId: search.organizationId,
  employmentType: search.employmentType,
  q: search.q,
  startFrom: search.startFrom,
  startTo: search.startTo,
  endFrom: search.endFrom,
  endTo: search.endTo,
  endingWithin: search.endingWithin,
  sort: search.sort,
  dir: search.dir,
});

/** Table column → the API's sort key. */
const SORT_OF: Record<string, AssignmentSort> = { 'candidate.name': 'candidate', startOn: 'startOn', endOn: 'endOn', status: 'status' };
const COLUMN_OF: Record<AssignmentSort, string> = { candidate: 'candidate.name', startOn: 'startOn', endOn: 'endOn', status: 'status' };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Why "Update status" is off for a selection of mixed statuses: how many of each were selected. */
function mixedHint(selected: readonly AssignmentSummary[]): string {
  const counts = new Map<string, number>();
  for (const row of selected) {
    counts.set(ASSIGNMENT_STATUS_LABELS[row.status].toLowerCase(), (counts.get(ASSIGNMENT_STATUS_LABELS[row.status].toLowerCase()) ?? 0) + 1);
  }
  return `Select assignments that share one status to update them together (selected: ${[...counts].map(([status, count]) => `${count} ${status}`).join(', ')}).`;
}

/**
 * The assignment list (B5): active and needs-approval assignments by default, filters for every status, client,
 * candidate or employee, job type, start and end ranges and "ending soon"; sortable, keyset pages, CSV export.
 * The back office selects rows sharing one status and opens the Update status dialog.
 */
export function AssignmentsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const format = useFormat();
  const canChange = canChangeAssignments(user.role);
  const filters = filtersOf(search);
  const list = useCursorList(assignmentKeys.list(filters), (cursor) => fetchAssignments(filters, cursor));
  const [selected, setSelected] = useState<AssignmentSummary[]>([]);
  const [isUpdating, setIsUpdating] = useState(false);
  const isFiltered = Object.entries(filters).some(([key, value]) => value !== undefined && key !== 'sort' && key !== 'dir');
  const sort = search.sort ?? 'startOn';
  const sortStatus: DataTableSortStatus<AssignmentSummary> = { columnAccessor: COLUMN_OF[sort], direction: search.dir ?? 'desc' };
  const status = sharedStatus(selected);
  const change = (next: Partial<AssignmentsSearch>) => {
    setSelected([]);
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  };

  const table: ListTableProps<AssignmentSummary> = {
    query: list,
    'aria-label': 'Assignments',
    hasRefetchOverlay: true,
    sortStatus,
    onSortStatusChange: (next) => {
      const key = SORT_OF[String(next.columnAccessor)];
      if (key && ASSIGNMENT_SORTS.includes(key)) {
        change({ sort: key, dir: next.direction });
      }
    },
    onRowClick: ({ record }) => void navigate({ to: '/assignments/$id', params: { id: record.id } }),
    columns: [
      {
        accessor: 'candidate.name',
        title: 'Candidate',
        sortable: true,
        render: (row) => (
          <AssignmentLink id={row.id} size="sm" fw={500} onClick={(event) => event.stopPropagation()}>
            {row.candidate.name}
          </AssignmentLink>
        ),
      },
      { accessor: 'employee', title: 'Employee', noWrap: true, render: (row) => (row.employee ? `E-${row.employee.number}` : <Text size="sm" c="dimmed">Not yet</Text>) },
      { accessor: 'job.title', title: 'Job', render: (row) => <Text size="sm" lineClamp={1}>{`J-${row.job.number} ${row.job.title}`}</Text> },
      { accessor: 'organization.name', title: 'Client' },
      { accessor: 'employmentType', title: 'Job type', render: (row) => EMPLOYMENT_TYPE_LABELS[row.employmentType] },
      { accessor: 'startOn', title: 'Start', sortable: true, noWrap: true, render: (row) => format.date(dayOf(row.startOn), 'Not set') },
      { accessor: 'endOn', title: 'End', sortable: true, noWrap: true, render: (row) => format.date(dayOf(row.endOn), 'Open-ended') },
      { accessor: 'status', title: 'Status', sortable: true, noWrap: true, render: (row) => <StatusBadge status={row.status} /> },
      {
        accessor: 'currentRates',
        title: 'Pay / bill',
        noWrap: true,
        render: (row) =>
          row.currentRates ? (
            <Text size="sm">
              {formatMoney(row.currentRates.payRegularMinor, row.currentRates.currency)} / {formatMoney(row.currentRates.billRegularMinor, row.currentRates.currency)}
              {row.currentRates.markupBp === null ? '' : ` · ${formatPercent(row.currentRates.markupBp)}`}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No rates
            </Text>
          ),
      },
    ],
    emptyState: isFiltered ? (
      <Empty title="No assignments match">Nothing matches these filters. Remove a filter chip, or choose “All” statuses.</Empty>
    ) : (
      <Empty title="No active or pending assignments">Placing a candidate creates an assignment that needs approval; approved ones show here while active. Choose “All” to see closed and cancelled ones.</Empty>
    ),
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title="Assignments"
        description="Active and needs-approval assignments by default. Select assignments that share a status to approve, close, cancel or reactivate them."
        actions={<ExportCsvButton href={assignmentsCsvHref(filters)} />}
      />
      <AssignmentsFilterBar search={search} onChange={change} />
      {canChange && selected.length > 0 ? (
        <BulkActionBar count={selected.length} onClear={() => setSelected([])}>
          <Tooltip label={mixedHint(selected)} disabled={status !== null} multiline w={300}>
            <Button size="xs" leftSection={<IconArrowsExchange size={14} />} disabled={status === null} onClick={() => setIsUpdating(true)} data-disabled={status === null || undefined}>
              Update status
            </Button>
          </Tooltip>
        </BulkActionBar>
      ) : null}
      {canChange && selected.length > 0 && status === null ? (
        <Text size="xs" c="dimmed" mb="xs" role="status">
          {mixedHint(selected)}
        </Text>
      ) : null}
      {canChange ? (
        <ListTable<AssignmentSummary>
          {...table}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all assignments' }}
          getRecordSelectionCheckboxProps={(row) => ({ 'aria-label': `Select ${row.candidate.name} on ${row.job.title}` })}
        />
      ) : (
        <ListTable<AssignmentSummary> {...table} />
      )}
      {canChange && status !== null ? (
        <UpdateStatusDialog
          key={selected.map((row) => row.id).join(',')}
          assignments={selected}
          opened={isUpdating}
          onClose={() => setIsUpdating(false)}
          onDone={() => setSelected([])}
        />
      ) : null}
      {selected.length > 0 ? null : (
        <Text size="xs" c="dimmed" mt="xs">
          {plural(list.records.length, 'assignment')} shown{list.hasNextPage ? ', more to load' : ''}.
        </Text>
      )}
    </Stack>
  );
}
