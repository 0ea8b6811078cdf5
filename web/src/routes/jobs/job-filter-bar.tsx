import { Button, Group, NumberInput, Pill, Stack } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EMPLOYMENT_TYPES, URGENCIES } from '../../../../src/shared/jobs';
import { ChoiceFilter, SearchInput } from '../../components/list-filters';
import { SavedViewsMenu, filtersOf } from '../../components/saved-views-menu';
import { EMPLOYMENT_TYPE_LABELS, URGENCY_LABELS, optionsOf } from './labels';
import { OrganizationSelect, PersonSelect, useTeamOptions } from './pickers';
import { fetchOrganization, pickerKeys } from './queries';
import { type JobsSearch, validateJobsSearch } from './search';

type JobFilterBarProps = { search: JobsSearch; onChange: (next: Partial<JobsSearch>) => void; onReplace: (search: JobsSearch) => void };

const VIEWS = [
  { view: 'my_open', label: 'My open jobs' },
  { view: 'on_hold_long', label: 'On hold > 14 days' },
] as const;

/** Search, the two saved views, the filters, and a removable chip for each filter in use. */
export function JobFilterBar({ search, onChange, onReplace }: JobFilterBarProps) {
  const [query, setQuery] = useState(search.q ?? '');
  const commitQuery = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  const team = useTeamOptions();
  const personName = (id: string) => team.find((option) => option.value === id)?.label ?? 'someone';
  const organization = useQuery({ queryKey: pickerKeys.organization(search.organizationId ?? ''), queryFn: () => fetchOrganization(search.organizationId ?? ''), enabled: Boolean(search.organizationId) });

  const chips: { key: keyof JobsSearch; label: string }[] = [
    ...(search.q ? [{ key: 'q' as const, label: `Search: ${search.q}` }] : []),
    ...(search.view ? [{ key: 'view' as const, label: VIEWS.find((view) => view.view === search.view)?.label ?? search.view }] : []),
    ...(search.ownerId ? [{ key: 'ownerId' as const, label: `Owner: ${personName(search.ownerId)}` }] : []),
    ...(search.recruiterId ? [{ key: 'recruiterId' as const, label: `Recruiter: ${personName(search.recruiterId)}` }] : []),
    ...(search.organizationId ? [{ key: 'organizationId' as const, label: `Organization: ${organization.data?.data.name ?? '…'}` }] : []),
    ...(search.employmentType ? [{ key: 'employmentType' as const, label: EMPLOYMENT_TYPE_LABELS[search.employmentType] }] : []),
    ...(search.urgency ? [{ key: 'urgency' as const, label: `Urgency: ${URGENCY_LABELS[search.urgency]}` }] : []),
    ...(search.minAgeDays !== undefined ? [{ key: 'minAgeDays' as const, label: `Taken in ≥ ${search.minAgeDays} days ago` }] : []),
  ];

  function handleRemove(key: keyof JobsSearch) {
    if (key === 'q') {
      setQuery('');
    }
    onChange({ [key]: undefined });
  }

  return (
    <Stack gap={0}>
      <Group gap="xs" mb="xs" wrap="wrap">
        <SearchInput
          label="Search jobs"
          placeholder="Search title or J-number"
          value={query}
          onChange={(value) => {
            setQuery(value);
            commitQuery(value);
          }}
          w={240}
        />
        <SavedViewsMenu list="jobs" current={filtersOf(search)} onApply={(filters) => onReplace(validateJobsSearch(filters))} />
        {VIEWS.map(({ view, label }) => (
          <Button key={view} size="sm" variant={search.view === view ? 'light' : 'default'} aria-pressed={search.view === view} onClick={() => onChange({ view: search.view === view ? undefined : view })}>
            {label}
          </Button>
        ))}
      </Group>
      <Group gap="xs" mb="xs" wrap="wrap">
        <PersonSelect aria-label="Owner" placeholder="Any owner" value={search.ownerId ?? null} onChange={(value) => onChange({ ownerId: value ?? undefined })} w={180} />
        <PersonSelect aria-label="Recruiter" placeholder="Any recruiter" value={search.recruiterId ?? null} onChange={(value) => onChange({ recruiterId: value ?? undefined })} w={180} />
        <OrganizationSelect aria-label="Organization" placeholder="Any organization" value={search.organizationId ?? null} onChange={(value) => onChange({ organizationId: value ?? undefined })} w={220} />
        <ChoiceFilter
          label="Employment type"
          placeholder="Any type"
          values={EMPLOYMENT_TYPES}
          data={optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)}
          value={search.employmentType}
          onChange={(value) => onChange({ employmentType: value })}
          w={170}
        />
        <ChoiceFilter label="Urgency" placeholder="Any urgency" values={URGENCIES} data={optionsOf(URGENCIES, URGENCY_LABELS)} value={search.urgency} onChange={(value) => onChange({ urgency: value })} w={140} />
        <NumberInput
          aria-label="Minimum age in days"
          placeholder="Min. age (days)"
          min={0}
          max={3650}
          allowDecimal={false}
          value={search.minAgeDays ?? ''}
          onChange={(value) => onChange({ minAgeDays: typeof value === 'number' ? value : undefined })}
          w={150}
        />
      </Group>
      {chips.length > 0 ? (
        <Group gap={6} mb="sm" aria-label="Filters in use">
          {chips.map((chip) => (
            <Pill key={chip.key} withRemoveButton onRemove={() => handleRemove(chip.key)} removeButtonProps={{ 'aria-label': `Remove filter ${chip.label}` }}>
              {chip.label}
            </Pill>
          ))}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => {
              setQuery('');
              onChange({ q: undefined, view: undefined, ownerId: undefined, recruiterId: undefined, organizationId: undefined, employmentType: undefined, urgency: undefined, minAgeDays: undefined });
            }}
          >
            Clear all
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
