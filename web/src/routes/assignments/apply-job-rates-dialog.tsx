import { Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { notify } from '../../components/notify';
import { StatusBadge, useAgencyToday } from './labels';
import { assignmentKeys, fetchAssignments } from './queries';

type ApplyJobRatesDialogProps = { jobId: string; jobLabel: string; opened: boolean; onClose: () => void };

/**
 * Offered after a job order's bill rate changes (PRODUCT.md §6: not silently, and not never): its open assignments,
 * each chosen by default, take the new bill rate from a date; "Not now" leaves them as they are.
 */
export function ApplyJobRatesDialog({ jobId, jobLabel, opened, onClose }: ApplyJobRatesDialogProps) {
  const today = useAgencyToday();
  const queryClient = useQueryClient();
  const open = useQuery({ queryKey: assignmentKeys.list({ jobId, sort: 'startOn', dir: 'asc' }), queryFn: () => fetchAssignments({ jobId, sort: 'startOn', dir: 'asc' }, undefined), enabled: opened });
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const assignments = open.data?.data ?? [];
  const chosen = assignments.filter((assignment) => !excluded.has(assignment.id)).map((assignment) => assignment.id);
  const apply = useMutation({
    mutationFn: () => unwrap(api.POST('/api/jobs/{id}/apply-rates', { params: { path: { id: jobId } }, body: { effectiveFrom, assignmentIds: chosen } })),
    onSuccess: (answer) => {
      notify.success(`The new bill rate applies to ${answer.data.length} assignment${answer.data.length === 1 ? '' : 's'} from ${effectiveFrom}.`);
      void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
      onClose();
    },
    onError: (error) => notify.error(error),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate();
  };
  const nothingToOffer = opened && open.isSuccess && assignments.length === 0;
  useEffect(() => {
    if (nothingToOffer) {
      onClose();
    }
  }, [nothingToOffer, onClose]);
  return (
    <FormDialog opened={opened && assignments.length > 0} onClose={onClose} title="Apply the new bill rate to open assignments?" onSubmit={submit} submitLabel="Apply new rate" isPending={apply.isPending} isSubmitDisabled={chosen.length === 0}>
      <Text size="sm">
        {jobLabel} has {assignments.length} open assignment{assignments.length === 1 ? '' : 's'}. Chosen ones keep their pay rates and take the job's new bill rate (overtime ×1.5, double time ×2) from the date below; the others keep their rates.
      </Text>
      <TextInput type="date" label="Effective from" required value={effectiveFrom} onChange={(event) => setEffectiveFrom(event.currentTarget.value)} w={220} />
      <Stack gap={6} role="group" aria-label="Open assignments">
        {assignments.map((assignment) => (
          <Checkbox
            key={assignment.id}
            checked={!excluded.has(assignment.id)}
            onChange={(event) => {
              const next = new Set(excluded);
              if (event.currentTarget.checked) {
                next.delete(assignment.id);
              } else {
                next.add(assignment.id);
              }
              setExcluded(next);
            }}
            label={
              <>
                {assignment.candidate.name} · from {assignment.startOn ?? 'no start date'} <StatusBadge status={assignment.status} />
              </>
            }
          />
        ))}
      </Stack>
    </FormDialog>
  );
}
