import { Button, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { pickOption } from './options';

type SearchInputProps = { label: string; placeholder: string; value: string; onChange: (value: string) => void; w: number; inputRef?: Ref<HTMLInputElement>; description?: string };

/** A list's search box (its label is the accessible name; the placeholder says what it searches). */
export function SearchInput({ label, placeholder, value, onChange, w, inputRef, description }: SearchInputProps) {
  return (
    <TextInput
      ref={inputRef}
      aria-label={label}
      title={description}
      placeholder={placeholder}
      leftSection={<IconSearch size={15} />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={w}
    />
  );
}

type ChoiceFilterProps<T extends string> = {
  label: string;
  placeholder: string;
  /** The vocabulary the value is picked from; `data` labels it. */
  values: readonly T[];
  data: { value: string; label: string }[];
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  w: number;
};

/** A clearable filter over a fixed vocabulary (status, role…): empty means any. */
export function ChoiceFilter<T extends string>({ label, placeholder, values, data, value, onChange, w }: ChoiceFilterProps<T>) {
  return <Select aria-label={label} placeholder={placeholder} data={data} value={value ?? null} onChange={(next) => onChange(pickOption(values, next))} clearable w={w} />;
}

type SortControlProps<T extends string> = { options: readonly { value: T; label: string }[]; value: T; onChange: (value: T) => void };

/** A list's sort order, one button per option. */
export function SortControl<T extends string>({ options, value, onChange }: SortControlProps<T>) {
  const values = options.map((option) => option.value);
  return <SegmentedControl aria-label="Sort" size="xs" value={value} onChange={(next) => onChange(pickOption(values, next) ?? value)} data={[...options]} />;
}

/** Downloads the list as it is filtered. */
export function ExportCsvButton({ href, download }: { href: string; download?: boolean }) {
  return (
    <Button component="a" href={href} variant="default" leftSection={<IconDownload size={16} />} download={download}>
      Export CSV
    </Button>
  );
}
