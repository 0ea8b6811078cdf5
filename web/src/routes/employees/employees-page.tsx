import { Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { EMPLOYEE_STATUSES } from '../../../../src/shared/pipeline';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ChoiceFilter, ExportCsvButton, SearchInput } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { useSlashFocus } from '../../components/use-slash-focus';
import { EMPLOYEE_STATUS_OPTIONS, EmployeeLink, EmployeeStatusBadge, dayOf, employeeReference, labelOf } from './labels';
import { type EmployeeFilters, type EmployeeSummary, employeeKeys, employeesExportUrl, fetchEmployeeLists, fetchEmployees } from './queries';
import { useQuery } from '@tanstack/react-query';

const route = getRouteApi('/app/employees');

/** The employee records: active and terminated, searchable by name or number, exportable as CSV. */
export function EmployeesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const format = useFormat();
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  const [query, setQuery] = useState(search.q ?? '');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  useEffect(() => {
    if ((search.q ?? '') !== debouncedQuery) {
      void navigate({ search: (previous) => ({ ...previous, q: debouncedQuery || undefined }), replace: true });
    }
  }, [debouncedQuery, search.q, navigate]);
  const filters: EmployeeFilters = { status: search.status, q: search.q };
  const list = useCursorList(employeeKeys.list(filters), (cursor) => fetchEmployees(filters, cursor));
  const lists = useQuery({ queryKey: employeeKeys.lists, queryFn: fetchEmployeeLists });
  const isFiltered = Boolean(filters.status || filters.q);

  return (
    <Stack gap={0}>
      <PageHeader
        title="Employees"
        description="Everyone onboarded from hiring management (or hired by a direct approval): active and terminated, with their documents and history."
        actions={<ExportCsvButton href={employeesExportUrl(filters)} />}
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchInput label="Search employees" placeholder="Name or employee number" value={query} onChange={setQuery} w={260} inputRef={searchRef} />
        <ChoiceFilter
          label="Status"
          placeholder="Any status"
          values={EMPLOYEE_STATUSES}
          data={EMPLOYEE_STATUS_OPTIONS}
          value={search.status}
          onChange={(status) => void navigate({ search: (previous) => ({ ...previous, status }), replace: true })}
          w={150}
        />
      </Group>
      <ListTable<EmployeeSummary>
        query={list}
        aria-label="Employees"
        hasRefetchOverlay
        onRowClick={({ record }) => void navigate({ to: '/employees/$id', params: { id: record.id } })}
        columns={[
          {
            accessor: 'number',
            title: 'No.',
            noWrap: true,
            render: (employee) => (
              <EmployeeLink id={employee.id} size="sm" ff="monospace" onClick={(event) => event.stopPropagation()}>
                {employeeReference(employee.number)}
              </EmployeeLink>
            ),
          },
          { accessor: 'candidate.name', title: 'Name', render: (employee) => <Text size="sm" fw={500}>{employee.candidate.name}</Text> },
          { accessor: 'status', title: 'Status', noWrap: true, render: (employee) => <EmployeeStatusBadge status={employee.status} /> },
          { accessor: 'hiredOn', title: 'Hired', noWrap: true, render: (employee) => format.date(dayOf(employee.hiredOn)) },
          { accessor: 'terminatedOn', title: 'Terminated', noWrap: true, render: (employee) => format.date(dayOf(employee.terminatedOn), '—') },
          { accessor: 'workerType', title: 'Worker type', render: (employee) => labelOf(lists.data?.workerTypes, employee.workerType) },
          { accessor: 'payFrequency', title: 'Pay frequency', render: (employee) => labelOf(lists.data?.payFrequencies, employee.payFrequency) },
        ]}
        emptyState={
          isFiltered ? (
            <Empty title="No employees match">Nobody matches these filters. Clear the search or the status to see more.</Empty>
          ) : (
            <Empty title="No employees yet">Onboard a candidate placed for the first time from Hiring management; they appear here.</Empty>
          )
        }
      />
    </Stack>
  );
}
