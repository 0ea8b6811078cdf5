import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import type { GlobalSearchHit } from '../api/types';
import { useSlashFocus } from './use-slash-focus';

const GROUPS: { kind: GlobalSearchHit['kind']; label: string }[] = [
  { kind: 'candidate', label: 'Candidates' },
  { kind: 'contact', label: 'Contacts' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'job', label: 'Jobs' },
];

/** The header's search box: candidates, contacts, organizations and jobs as you type; `/` focuses it when the page has no search of its own. */
export function GlobalSearch() {
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [value, setValue] = useState('');
  const [q] = useDebouncedValue(value.trim(), 200);
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashFocus(inputRef, 'global');
  const results = useQuery({
    queryKey: ['search', q],
    queryFn: () => unwrap(api.GET('/api/search', { params: { query: { q } } })),
    enabled: q !== '',
    placeholderData: keepPreviousData,
  });
  const hits = q === '' ? [] : (results.data?.data ?? []);
  const byLink = new Map(hits.map((hit) => [hit.link, hit]));

  const handleSubmit = (link: string) => {
    const hit = byLink.get(link);
    combobox.closeDropdown();
    setValue('');
    inputRef.current?.blur();
    if (hit) {
      void navigate({ to: hit.link });
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={handleSubmit} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          aria-label="Search everything"
          placeholder="Search  /"
          leftSection={<IconSearch size={15} stroke={1.6} />}
          rightSection={results.isFetching ? <Loader size={14} /> : null}
          value={value}
          w={260}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setValue('');
              event.currentTarget.blur();
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={q === ''} aria-label="Search results">
        <Combobox.Options>
          {q !== '' && hits.length === 0 && !results.isFetching ? <Combobox.Empty>Nothing found</Combobox.Empty> : null}
          {GROUPS.map((group) => {
            const inGroup = hits.filter((hit) => hit.kind === group.kind);
            return inGroup.length === 0 ? null : (
              <Combobox.Group key={group.kind} label={group.label}>
                {inGroup.map((hit) => (
                  <Combobox.Option key={hit.link} value={hit.link}>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{hit.label}</Text>
                      {hit.detail ? (
                        <Text size="xs" c="dimmed" truncate>
                          {hit.detail}
                        </Text>
                      ) : null}
                    </Group>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            );
          })}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
