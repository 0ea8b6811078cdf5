import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { OrganizationPicker } from './organization-picker';
import { type ContactDetail, clientActions, clientKeys } from './queries';

type MoveContactDialogProps = { opened: boolean; onClose: () => void; contact: ContactDetail };
type Values = { organizationId: string | null; title: string };

/** Moves a contact to another organization: today ends their time at the current one, and the history keeps it. */
export function MoveContactDialog({ opened, onClose, contact }: MoveContactDialogProps) {
  const queryClient = useQueryClient();
  const name = `${contact.firstName} ${contact.lastName}`;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { organizationId: null, title: contact.title ?? '' },
    validate: { organizationId: (value) => (value ? null : 'Choose the organization they moved to') },
  });
  const move = useMutation({
    mutationFn: (values: Values) =>
      clientActions.moveContact(contact.id, { version: contact.version, organizationId: values.organizationId ?? '', title: values.title.trim() === '' ? null : values.title.trim() }),
    onSuccess: async (answer) => {
      queryClient.setQueryData(clientKeys.contact(contact.id), answer);
      notify.success(`${name} now works at ${answer.data.organizationName}; their time at ${contact.organizationName} is kept in the history.`);
      handleClose();
      await Promise.all([queryClient.invalidateQueries({ queryKey: clientKeys.contacts }), queryClient.invalidateQueries({ queryKey: clientKeys.organizations })]);
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        notify.error(error, 'Changed by someone else');
        return;
      }
      showFormErrors(form, error);
    },
  });

  function handleClose() {
    form.reset();
    onClose();
  }

  return (
    <FormDialog opened={opened} onClose={handleClose} title={`Move ${name} to another organization`} onSubmit={form.onSubmit((values) => move.mutate(values))} submitLabel="Move contact" isPending={move.isPending}>
      <Text size="sm" c="dimmed">
        Their employment at {contact.organizationName} ends today and a new one starts at the organization you choose. Deals and history stay where they are.
      </Text>
      <OrganizationPicker
        label="New organization"
        required
        data-autofocus
        excludeId={contact.organizationId}
        value={form.getValues().organizationId}
        onChange={(id) => form.setFieldValue('organizationId', id)}
        error={form.errors.organizationId}
      />
      <TextInput label="Job title there" {...form.getInputProps('title')} />
    </FormDialog>
  );
}
