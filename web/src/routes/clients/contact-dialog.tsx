import { MultiSelect, Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CONTACT_ROLES, CONTACT_ROLE_LABELS, CONTACT_STATUSES, type ContactRole, type ContactStatus } from '../../../../src/shared/clients';
import { useCurrentUser } from '../../components/current-user';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { StaleAlert } from '../../components/stale-alert';
import { CONTACT_STATUS_OPTIONS, useOwnerOptions } from './client-ui';
import { OrganizationPicker } from './organization-picker';
import { type ContactDetail, clientActions, clientKeys } from './queries';

type Values = {
  firstName: string;
  lastName: string;
  title: string;
  organizationId: string | null;
  emails: string[];
  phones: string[];
  roles: ContactRole[];
  ownerId: string | null;
  status: ContactStatus;
  notes: string;
};

type ContactDialogProps = {
  opened: boolean;
  onClose: () => void;
  contact?: ContactDetail;
  /** For a new contact: the organization they work at, chosen already. */
  organization?: { id: string; name: string };
  onSaved?: (id: string) => void;
};

const ROLE_OPTIONS = CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] }));
const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Adds a contact at an organization, or edits one; moving them elsewhere is its own dialog (it keeps the history). */
export function ContactDialog({ opened, onClose, contact, organization, onSaved }: ContactDialogProps) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      firstName: contact?.firstName ?? '',
      lastName: contact?.lastName ?? '',
      title: contact?.title ?? '',
      organizationId: contact?.organizationId ?? organization?.id ?? null,
      emails: contact?.emails ?? [],
      phones: contact?.phones ?? [],
      roles: contact?.roles ?? [],
      ownerId: contact ? contact.ownerId : user.id,
      status: contact?.status ?? 'active',
      notes: contact?.notes ?? '',
    },
    validate: {
      firstName: (value) => (value.trim() === '' ? 'Enter the first name' : null),
      lastName: (value) => (value.trim() === '' ? 'Enter the last name' : null),
      organizationId: (value) => (value ? null : 'Choose the organization they work at'),
    },
  });
  const saveState = useSaveState(form, onClose);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const fields = {
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        title: blankToNull(values.title),
        emails: values.emails,
        phones: values.phones,
        roles: values.roles,
        ownerId: values.ownerId,
        status: values.status,
        notes: blankToNull(values.notes),
      };
      if (contact) {
        return clientActions.updateContact(contact.id, { version: contact.version, ...fields });
      }
      return clientActions.createContact({ ...fields, organizationId: values.organizationId ?? '' });
    },
    onSuccess: async (answer) => {
      queryClient.setQueryData(clientKeys.contact(answer.data.id), answer);
      notify.success(contact ? `${answer.data.firstName} ${answer.data.lastName} was updated.` : `${answer.data.firstName} ${answer.data.lastName} was added at ${answer.data.organizationName}.`);
      saveState.close();
      onSaved?.(answer.data.id);
      await Promise.all([queryClient.invalidateQueries({ queryKey: clientKeys.contacts }), queryClient.invalidateQueries({ queryKey: clientKeys.organizations })]);
    },
    onError: saveState.handleError,
  });

  return (
    <FormDialog opened={opened} onClose={saveState.close} title={contact ? `Edit ${contact.firstName} ${contact.lastName}` : 'New contact'} size="lg" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel={contact ? 'Save changes' : 'Create contact'} isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale && contact ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="First name" required data-autofocus {...form.getInputProps('firstName')} />
        <TextInput label="Last name" required {...form.getInputProps('lastName')} />
        <TextInput label="Job title" {...form.getInputProps('title')} />
        {contact ? null : (
          <OrganizationPicker
            label="Organization"
            required
            initialName={organization?.name}
            value={form.getValues().organizationId}
            onChange={(id) => form.setFieldValue('organizationId', id)}
            error={form.errors.organizationId}
          />
        )}
      </SimpleGrid>
      <TagsInput label="Emails" description="Press Enter after each address" {...form.getInputProps('emails')} />
      <TagsInput label="Phones" description="Press Enter after each number" {...form.getInputProps('phones')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <MultiSelect
          label="Roles"
          data={ROLE_OPTIONS}
          value={form.getValues().roles}
          onChange={(values) => form.setFieldValue('roles', values.flatMap((value) => pickOption(CONTACT_ROLES, value) ?? []))}
          error={form.errors.roles}
        />
        <Select label="Owner" data={owners} clearable searchable {...form.getInputProps('ownerId')} />
        <Select label="Status" data={CONTACT_STATUS_OPTIONS} {...form.getInputProps('status')} onChange={(value) => form.setFieldValue('status', pickOption(CONTACT_STATUSES, value) ?? 'active')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
