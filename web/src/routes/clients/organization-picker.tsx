import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { clientKeys, fetchOrganizations } from './queries';

type OrganizationPickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  /** The name of the current value, shown before any search ran. */
  initialName?: string | null;
  excludeId?: string;
};

/** Picks an organization by typing its name (the list's name search, 20 at a time). */
export function OrganizationPicker({ value, onChange, initialName, excludeId, ...props }: OrganizationPickerProps) {
  const [search, setSearch] = useState(initialName ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const filters = { q: debounced || undefined, sort: 'name' as const };
  const options = useQuery({ queryKey: [...clientKeys.organizationList(filters), 'picker'], queryFn: () => fetchOrganizations(filters, undefined) });
  const data = (options.data?.data ?? []).filter((org) => org.id !== excludeId).map((org) => ({ value: org.id, label: org.name }));
  if (value && initialName && !data.some((option) => option.value === value)) {
    data.unshift({ value, label: initialName });
  }
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={options.isFetching ? 'Searching…' : 'No organization with that name'}
      {...props}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={onChange}
      filter={({ options: all }) => all}
    />
  );
}
