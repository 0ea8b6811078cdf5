import { Button, Group, Pill, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { EMPLOYMENT_TYPES } from '../../../../src/shared/jobs';
import { PLACEMENT_STATUSES } from '../../../../src/shared/pipeline';
import { useFormat } from '../../components/format';
import { ChoiceFilter } from '../../components/list-filters';
import { EMPLOYMENT_TYPE_LABELS, optionsOf } from '../jobs/labels';
import { OrganizationSelect, PersonSelect, useTeamOptions } from '../jobs/pickers';
import { fetchOrganization, pickerKeys } from '../jobs/queries';
import { PLACEMENT_STATUS_LABELS, dayOf } from './labels';
import type { PlacementsSearch } from './search';

type PlacementsFilterBarProps = { search: PlacementsSearch; onChange: (next: Partial<PlacementsSearch>) => void };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOrUndefined = (value: string): string | undefined => (DATE.test(value) ? value : undefined);

/** Owner, client, type, start dates and status, with a removable chip for each filter in use. */
export function PlacementsFilterBar({ search, onChange }: PlacementsFilterBarProps) {
  const format = useFormat();
  const team = useTeamOptions();
  const personName = (id: string) => team.find((option) => option.value === id)?.label ?? 'someone';
  const organization = useQuery({ queryKey: pickerKeys.organization(search.organizationId ?? ''), queryFn: () => fetchOrganization(search.organizationId ?? ''), enabled: Boolean(search.organizationId) });

  const chips: { key: keyof PlacementsSearch; label: string }[] = [
    ...(search.ownerId ? [{ key: 'ownerId' as const, label: `Owner: ${personName(search.ownerId)}` }] : []),
    ...(search.organizationId ? [{ key: 'organizationId' as const, label: `Client: ${organization.data?.data.name ?? '…'}` }] : []),
    ...(search.employmentType ? [{ key: 'employmentType' as const, label: EMPLOYMENT_TYPE_LABELS[search.employmentType] }] : []),
    ...(search.startFrom ? [{ key: 'startFrom' as const, label: `Starts from ${format.date(dayOf(search.startFrom))}` }] : []),
    ...(search.startTo ? [{ key: 'startTo' as const, label: `Starts by ${format.date(dayOf(search.startTo))}` }] : []),
    ...(search.status ? [{ key: 'status' as const, label: `Status: ${PLACEMENT_STATUS_LABELS[search.status]}` }] : []),
  ];

  return (
    <Stack gap={0}>
      <Group gap="xs" mb="xs" wrap="wrap" align="flex-end">
        <PersonSelect aria-label="Owner" placeholder="Any owner" value={search.ownerId ?? null} onChange={(value) => onChange({ ownerId: value ?? undefined })} w={180} />
        <OrganizationSelect aria-label="Client" placeholder="Any client" value={search.organizationId ?? null} onChange={(value) => onChange({ organizationId: value ?? undefined })} w={220} />
        <ChoiceFilter
          label="Employment type"
          placeholder="Any type"
          values={EMPLOYMENT_TYPES}
          data={optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)}
          value={search.employmentType}
          onChange={(value) => onChange({ employmentType: value })}
          w={170}
        />
        <TextInput aria-label="Starts from" title="Starts from" type="date" value={search.startFrom ?? ''} onChange={(event) => onChange({ startFrom: dateOrUndefined(event.currentTarget.value) })} w={150} />
        <TextInput aria-label="Starts by" title="Starts by" type="date" value={search.startTo ?? ''} onChange={(event) => onChange({ startTo: dateOrUndefined(event.currentTarget.value) })} w={150} />
        <ChoiceFilter label="Status" placeholder="Any status" values={PLACEMENT_STATUSES} data={optionsOf(PLACEMENT_STATUSES, PLACEMENT_STATUS_LABELS)} value={search.status} onChange={(value) => onChange({ status: value })} w={150} />
      </Group>
      {chips.length > 0 ? (
        <Group gap={6} mb="sm" aria-label="Filters in use">
          {chips.map((chip) => (
            <Pill key={chip.key} withRemoveButton onRemove={() => onChange({ [chip.key]: undefined })} removeButtonProps={{ 'aria-label': `Remove filter ${chip.label}` }}>
              {chip.label}
            </Pill>
          ))}
          <Button size="compact-xs" variant="subtle" onClick={() => onChange({ ownerId: undefined, organizationId: undefined, employmentType: undefined, startFrom: undefined, startTo: undefined, status: undefined })}>
            Clear all
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
