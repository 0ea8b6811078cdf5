import { Checkbox, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { Section } from '../clients/client-ui';
import { useEmployeeUpdate } from './employee-dialogs';
import { dayOf } from './labels';
import { type Employee, type EmployeeDocument, type EmployeeRecord, employeeActions, employeeKeys } from './queries';

type EmployeeDocumentsProps = { employee: Employee; canTick: boolean };

/** The documents the employee must hand in: tick one as it arrives (received today), untick a mistake. */
export function EmployeeDocuments({ employee, canTick }: EmployeeDocumentsProps) {
  const format = useFormat();
  const update = useEmployeeUpdate();
  const queryClient = useQueryClient();
  const recordKey = employeeKeys.record(employee.id);
  // Ticking shows at once and is rolled back if the server refuses (UI.md: optimistic small edits).
  const tick = useMutation({
    mutationFn: ({ document, received }: { document: EmployeeDocument; received: boolean }) => employeeActions.updateDocument(employee.id, document.id, { version: document.version, received }),
    onMutate: async ({ document, received }) => {
      await queryClient.cancelQueries({ queryKey: recordKey });
      const before = queryClient.getQueryData<EmployeeRecord>(recordKey);
      if (before) {
        const documents = before.data.documents.map((each) => (each.id === document.id ? { ...each, receivedOn: received ? (each.receivedOn ?? new Date().toISOString().slice(0, 10)) : null } : each));
        queryClient.setQueryData<EmployeeRecord>(recordKey, { ...before, data: { ...before.data, documents } });
      }
      return { before };
    },
    onSuccess: (answer, { document, received }) => {
      update(answer);
      notify.success(`“${document.name}” ${received ? 'received' : 'not received any more'}.`);
    },
    onError: (error, _variables, context) => {
      if (context?.before) {
        queryClient.setQueryData(recordKey, context.before);
      }
      notify.error(error, 'The documents checklist did not change');
    },
  });
  const { documents } = employee;
  const received = documents.filter((document) => document.receivedOn !== null).length;
  const progress = documents.length === 0 ? 100 : Math.round((received / documents.length) * 100);

  return (
    <Section title="Documents">
      <Group gap="sm" wrap="nowrap">
        <Progress value={progress} color={progress === 100 ? 'teal' : 'blue'} size="lg" style={{ flex: 1 }} aria-label="Documents received" />
        <Text size="sm" c="dimmed" miw={120} ta="right">
          {received} of {documents.length} received
        </Text>
      </Group>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          No documents were required when this employee was onboarded.
        </Text>
      ) : null}
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Required documents">
        {documents.map((document) => (
          <Stack key={document.id} component="li" gap={2} py={4} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Checkbox
              label={document.name}
              checked={document.receivedOn !== null}
              disabled={!canTick || (tick.isPending && tick.variables.document.id === document.id)}
              onChange={(event) => tick.mutate({ document, received: event.currentTarget.checked })}
            />
            <Text size="xs" c="dimmed" pl={30}>
              {document.receivedOn ? `Received ${format.date(dayOf(document.receivedOn))}` : 'Not received yet'}
              {document.note ? ` · ${document.note}` : ''}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Section>
  );
}
