import { MultiSelect, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { teamQuery } from '../../api/team';
import { fetchContactOptions, fetchOrganization, fetchOrganizationOptions, pickerKeys } from './queries';

type Option = { value: string; label: string };

/** The agency's people, for owner and recruiter pickers (GET /api/team: every staff member may read it). */
export function useTeamOptions(): Option[] {
  const team = useQuery(teamQuery);
  return (team.data?.data ?? []).map((member) => ({ value: member.id, label: member.name }));
}

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string | null; onChange: (value: string | null) => void };

/** One person of the agency. */
export function PersonSelect({ value, onChange, ...props }: PickerProps) {
  const options = useTeamOptions();
  return <Select searchable clearable data={options} value={value} onChange={onChange} nothingFoundMessage="Nobody by that name" {...props} />;
}

type PeopleSelectProps = { label: string; value: string[]; onChange: (value: string[]) => void; error?: string; placeholder?: string };

export function PeopleSelect({ label, value, onChange, error, placeholder }: PeopleSelectProps) {
  const options = useTeamOptions();
  return <MultiSelect searchable label={label} data={options} value={value} onChange={onChange} error={error} placeholder={placeholder} nothingFoundMessage="Nobody by that name" />;
}

/** An organization, searched on the server by name; the chosen one keeps its name while the search changes. */
export function OrganizationSelect({ value, onChange, ...props }: PickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({ queryKey: pickerKeys.organizations(debounced), queryFn: () => fetchOrganizationOptions(debounced), placeholderData: keepPreviousData });
  const foundOptions = (found.data?.data ?? []).map((organization) => ({ value: organization.id, label: organization.name }));
  const isKnown = value === null || foundOptions.some((option) => option.value === value);
  const chosen = useQuery({ queryKey: pickerKeys.organization(value ?? ''), queryFn: () => fetchOrganization(value ?? ''), enabled: !isKnown });
  const chosenOption = chosen.data && !isKnown ? [{ value: chosen.data.data.id, label: chosen.data.data.name }] : [];
  return (
    <Select
      searchable
      clearable
      data={[...chosenOption, ...foundOptions]}
      value={value}
      onChange={onChange}
      onSearchChange={setSearch}
      // The server has already matched the search; showing every answer keeps "J" matching "Jones & Co".
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No organization matches'}
      {...props}
    />
  );
}

type ContactSelectProps = PickerProps & { organizationId: string | null };

/** A contact of the chosen organization. */
export function ContactSelect({ organizationId, value, onChange, ...props }: ContactSelectProps) {
  const contacts = useQuery({ queryKey: pickerKeys.contacts(organizationId ?? ''), queryFn: () => fetchContactOptions(organizationId ?? ''), enabled: organizationId !== null });
  const options = (contacts.data?.data ?? []).map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}`.trim() }));
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value}
      onChange={onChange}
      disabled={organizationId === null}
      placeholder={organizationId === null ? 'Choose the organization first' : 'Choose a contact'}
      nothingFoundMessage="No contact of this organization matches"
      {...props}
    />
  );
}
