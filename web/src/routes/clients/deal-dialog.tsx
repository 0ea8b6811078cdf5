import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentUser } from '../../components/current-user';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { fromMinor, toMinor } from '../../components/money';
import { useDealStages, useOwnerOptions } from './client-ui';
import { OrganizationPicker } from './organization-picker';
import { type DealDetail, clientActions, clientKeys, fetchContacts } from './queries';

type Values = {
  title: string;
  organizationId: string | null;
  stage: string | null;
  value: number | string;
  currency: string;
  expectedCloseOn: string;
  ownerId: string | null;
  contactIds: string[];
  notes: string;
};

type DealDialogProps = { opened: boolean; onClose: () => void; deal?: DealDetail; organization?: { id: string; name: string; currency: string }; onSaved?: (id: string) => void };

/** Opens a deal with an organization, or edits one; the contacts offered are the organization's. */
export function DealDialog({ opened, onClose, deal, organization, onSaved }: DealDialogProps) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const stages = useDealStages();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: deal?.title ?? '',
      organizationId: deal?.organizationId ?? organization?.id ?? null,
      stage: deal?.stage ?? null,
      value: fromMinor(deal?.valueMinor ?? null, deal?.currency ?? 'GBP'),
      currency: deal?.currency ?? organization?.currency ?? '',
      expectedCloseOn: deal?.expectedCloseOn ?? '',
      ownerId: deal ? deal.ownerId : user.id,
      contactIds: deal?.contacts.map((contact) => contact.id) ?? [],
      notes: deal?.notes ?? '',
    },
    validate: {
      title: (value) => (value.trim() === '' ? 'Enter what the deal is about' : null),
      organizationId: (value) => (value ? null : 'Choose the organization'),
    },
  });
  const saveState = useSaveState(form, onClose);
  const organizationId = form.getValues().organizationId;
  const contacts = useQuery({
    queryKey: clientKeys.contactList({ organizationId: organizationId ?? undefined, sort: 'name' }),
    queryFn: () => fetchContacts({ organizationId: organizationId ?? undefined, sort: 'name' }, undefined),
    enabled: opened && Boolean(organizationId),
  });

  const save = useMutation({
    mutationFn: (values: Values) => {
      const currency = values.currency.trim().toUpperCase();
      const fields = {
        title: values.title.trim(),
        organizationId: values.organizationId ?? '',
        stage: values.stage ?? undefined,
        valueMinor: values.value === '' ? null : toMinor(Number(values.value), currency || 'GBP'),
        currency: currency === '' ? undefined : currency,
        expectedCloseOn: values.expectedCloseOn === '' ? null : values.expectedCloseOn,
        ownerId: values.ownerId,
        contactIds: values.contactIds,
        notes: values.notes.trim() === '' ? null : values.notes.trim(),
      };
      return deal ? clientActions.updateDeal(deal.id, { version: deal.version, ...fields }) : clientActions.createDeal(fields);
    },
    onSuccess: async (answer) => {
      queryClient.setQueryData(clientKeys.deal(answer.data.id), answer);
      notify.success(deal ? `${answer.data.title} was updated.` : `${answer.data.title} was opened in ${answer.data.stageLabel}.`);
      saveState.close();
      onSaved?.(answer.data.id);
      await Promise.all([queryClient.invalidateQueries({ queryKey: clientKeys.deals }), queryClient.invalidateQueries({ queryKey: clientKeys.organizations })]);
    },
    onError: saveState.handleError,
  });

  const stageOptions = (stages.data ?? []).filter((item) => !item.archived || item.value === deal?.stage).map((item) => ({ value: item.value, label: item.label }));

  return (
    <FormDialog opened={opened} onClose={saveState.close} title={deal ? `Edit ${deal.title}` : 'New deal'} size="lg" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel={deal ? 'Save changes' : 'Create deal'} isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale && deal ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <OrganizationPicker
          label="Organization"
          required
          initialName={deal?.organizationName ?? organization?.name}
          value={organizationId}
          onChange={(id) => {
            form.setFieldValue('organizationId', id);
            form.setFieldValue('contactIds', []);
          }}
          error={form.errors.organizationId}
        />
        <Select label="Stage" placeholder="First stage" data={stageOptions} {...form.getInputProps('stage')} />
        <NumberInput label="Value" min={0} decimalScale={2} thousandSeparator="," {...form.getInputProps('value')} />
        <TextInput label="Currency" description="ISO code; empty for the organization’s" maxLength={3} {...form.getInputProps('currency')} />
        <TextInput label="Expected close" type="date" {...form.getInputProps('expectedCloseOn')} />
        <Select label="Owner" data={owners} clearable searchable {...form.getInputProps('ownerId')} />
      </SimpleGrid>
      <MultiSelect
        label="Contacts"
        placeholder={organizationId ? 'People at the organization' : 'Choose the organization first'}
        disabled={!organizationId}
        searchable
        data={(contacts.data?.data ?? []).map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}` }))}
        {...form.getInputProps('contactIds')}
      />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
