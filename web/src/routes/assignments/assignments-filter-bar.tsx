import { Button, Group, Pill, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ENDING_WITHIN_DAYS } from '../../../../src/shared/back-office';
import { EMPLOYMENT_TYPES } from '../../../../src/shared/jobs';
import { ASSIGNMENT_STATUSES } from '../../../../src/shared/pipeline';
import { useFormat } from '../../components/format';
import { ChoiceFilter, SearchInput } from '../../components/list-filters';
import { EMPLOYMENT_TYPE_LABELS, optionsOf } from '../jobs/labels';
import { OrganizationSelect } from '../jobs/pickers';
import { fetchOrganization, pickerKeys } from '../jobs/queries';
import { ASSIGNMENT_STATUS_LABELS, dayOf } from './labels';
import type { AssignmentsSearch, StatusFilter } from './search';

type AssignmentsFilterBarProps = { search: AssignmentsSearch; onChange: (next: Partial<AssignmentsSearch>) => void };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrUndefined = (value: string): string | undefined => (DATE.test(value) ? value : undefined);
/** The B5 default (no status in the address): active and needs approval. */
const DEFAULT = 'open';
const STATUS_OPTIONS = [{ value: DEFAULT, label: 'Active & needs approval' }, ...ASSIGNMENT_STATUSES.map((status) => ({ value: status, label: ASSIGNMENT_STATUS_LABELS[status] })), { value: 'all', label: 'All' }];
const ENDING_OPTIONS = ENDING_WITHIN_DAYS.map((days) => ({ value: String(days), label: `Ending in the next ${days} days` }));

type DateKey = 'startFrom' | 'startTo' | 'endFrom' | 'endTo';
const DATE_FILTERS: { key: DateKey; label: string; chip: string }[] = [
  { key: 'startFrom', label: 'Starts from', chip: 'Starts from' },
  { key: 'startTo', label: 'Starts by', chip: 'Starts by' },
  { key: 'endFrom', label: 'Ends from', chip: 'Ends from' },
  { key: 'endTo', label: 'Ends by', chip: 'Ends by' },
];

const CLEARED: Partial<AssignmentsSearch> = { status: undefined, organizationId: undefined, employmentType: undefined, q: undefined, startFrom: undefined, startTo: undefined, endFrom: undefined, endTo: undefined, endingWithin: undefined };

/** Status (B5 default: active and needs approval), client, candidate / employee, job type, start and end ranges, "ending in the next N days"; a removable chip for each filter in use. */
export function AssignmentsFilterBar({ search, onChange }: AssignmentsFilterBarProps) {
  const format = useFormat();
  const organization = useQuery({ queryKey: pickerKeys.organization(search.organizationId ?? ''), queryFn: () => fetchOrganization(search.organizationId ?? ''), enabled: Boolean(search.organizationId) });
  const [q, setQ] = useState(search.q ?? '');
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  useEffect(() => {
    if ((debouncedQ || undefined) !== search.q) {
      onChange({ q: debouncedQ || undefined });
    }
    // Only the typed words drive this; the address follows them.
  }, [debouncedQ]);

  const chips: { key: keyof AssignmentsSearch; label: string; clear?: () => void }[] = [
    ...(search.organizationId ? [{ key: 'organizationId' as const, label: `Client: ${organization.data?.data.name ?? '…'}` }] : []),
    ...(search.q ? [{ key: 'q' as const, label: `Candidate or employee: ${search.q}`, clear: () => setQ('') }] : []),
    ...(search.employmentType ? [{ key: 'employmentType' as const, label: EMPLOYMENT_TYPE_LABELS[search.employmentType] }] : []),
    ...DATE_FILTERS.flatMap((filter) => (search[filter.key] ? [{ key: filter.key, label: `${filter.chip} ${format.date(dayOf(search[filter.key] ?? null))}` }] : [])),
    ...(search.endingWithin ? [{ key: 'endingWithin' as const, label: `Ending in the next ${search.endingWithin} days` }] : []),
  ];

  return (
    <Stack gap={0}>
      <SegmentedControl
        aria-label="Status"
        size="xs"
        mb="xs"
        style={{ alignSelf: 'flex-start' }}
        data={STATUS_OPTIONS}
        value={search.status ?? DEFAULT}
        onChange={(value) => onChange({ status: value === DEFAULT ? undefined : (value as StatusFilter) })}
      />
      <Group gap="xs" mb="xs" wrap="wrap" align="flex-end">
        <SearchInput label="Candidate or employee" placeholder="Candidate name or employee number" value={q} onChange={setQ} w={250} />
        <OrganizationSelect aria-label="Client" placeholder="Any client" value={search.organizationId ?? null} onChange={(value) => onChange({ organizationId: value ?? undefined })} w={200} />
        <ChoiceFilter
          label="Job type"
          placeholder="Any job type"
          values={EMPLOYMENT_TYPES}
          data={optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)}
          value={search.employmentType}
          onChange={(value) => onChange({ employmentType: value })}
          w={160}
        />
        {DATE_FILTERS.map((filter) => (
          <TextInput
            key={filter.key}
            aria-label={filter.label}
            title={filter.label}
            type="date"
            value={search[filter.key] ?? ''}
            onChange={(event) => onChange({ [filter.key]: dateOrUndefined(event.currentTarget.value) })}
            w={140}
          />
        ))}
        <Select
          aria-label="Ending soon"
          placeholder="Any end"
          data={ENDING_OPTIONS}
          value={search.endingWithin ? String(search.endingWithin) : null}
          onChange={(value) => onChange({ endingWithin: ENDING_WITHIN_DAYS.find((days) => String(days) === value) })}
          clearable
          w={210}
        />
      </Group>
      {chips.length > 0 ? (
        <Group gap={6} mb="sm" aria-label="Filters in use">
          {chips.map((chip) => (
            <Pill
              key={chip.key}
              withRemoveButton
              onRemove={() => {
                chip.clear?.();
                onChange({ [chip.key]: undefined });
              }}
              removeButtonProps={{ 'aria-label': `Remove filter ${chip.label}` }}
            >
              {chip.label}
            </Pill>
          ))}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setQ('');
              onChange({ ...CLEARED, status: search.status });
            }}
          >
            Clear all
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
