import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchRejectionReasons, pipelineKeys } from './queries';

type ReasonSelectProps = { value: string | null; onChange: (value: string | null) => void; error?: unknown; isAutofocus?: boolean };

/** A reason from the agency's rejection reasons list (Settings → Option lists), the value the server checks. */
export function ReasonSelect({ value, onChange, error, isAutofocus = false }: ReasonSelectProps) {
  const reasons = useQuery({ queryKey: pipelineKeys.rejectionReasons, queryFn: fetchRejectionReasons, staleTime: 60_000 });
  const options = (reasons.data ?? []).filter((item) => !item.archived).map((item) => ({ value: item.value, label: item.label }));
  return (
    <Select
      label="Reason"
      required
      data-autofocus={isAutofocus || undefined}
      placeholder={reasons.isPending ? 'Loading reasons…' : 'Choose a reason'}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage="No reason matches; an admin or manager adds reasons in Settings → Option lists"
      error={typeof error === 'string' ? error : undefined}
    />
  );
}

/** The label of a reason value as the list has it now (a value since removed from the list shows as stored). */
export function useReasonLabel(): (value: string | null) => string | null {
  const reasons = useQuery({ queryKey: pipelineKeys.rejectionReasons, queryFn: fetchRejectionReasons, staleTime: 60_000 });
  return (value) => (value === null ? null : (reasons.data?.find((item) => item.value === value)?.label ?? value));
}
