import { Divider, NumberInput, Select, SimpleGrid, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ORGANIZATION_STATUSES, type OrganizationStatus } from '../../../../src/shared/clients';
import { useCurrentUser } from '../../components/current-user';
import { FormDialog } from '../../components/form-dialog';
import { useSaveState } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { pickOption } from '../../components/options';
import { StaleAlert } from '../../components/stale-alert';
import { ORGANIZATION_STATUS_OPTIONS, useOwnerOptions } from './client-ui';
import { OrganizationPicker } from './organization-picker';
import { type OrganizationDetail, clientActions, clientKeys, fetchContacts } from './queries';

type Values = {
  name: string;
  status: OrganizationStatus;
  industry: string;
  website: string;
  phone: string;
  ownerId: string | null;
  parentId: string | null;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
  billingContactId: string | null;
  paymentTermsDays: number | string;
  currency: string;
  taxId: string;
  taxPercent: number | string;
  markupPercent: number | string;
  feePercent: number | string;
  tags: string[];
  notes: string;
};

type OrganizationDialogProps = { opened: boolean; onClose: () => void; organization?: OrganizationDetail; onSaved?: (id: string) => void };

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
const percentToBp = (value: number | string) => (value === '' ? null : Math.round(Number(value) * 100));

function initialValues(organization: OrganizationDetail | undefined, ownerId: string): Values {
  const address = organization?.addresses[0];
  return {
    name: organization?.name ?? '',
    status: organization?.status ?? 'prospect',
    industry: organization?.industry ?? '',
    website: organization?.website ?? '',
    phone: organization?.phone ?? '',
    ownerId: organization ? organization.ownerId : ownerId,
    parentId: organization?.parentId ?? null,
    line1: address?.line1 ?? '',
    city: address?.city ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? '',
    billingContactId: organization?.billingContactId ?? null,
    paymentTermsDays: organization?.paymentTermsDays ?? 30,
    currency: organization?.currency ?? '',
    taxId: organization?.taxId ?? '',
    taxPercent: organization ? organization.taxRateBp / 100 : 0,
    markupPercent: organization?.defaultMarkupBp == null ? '' : organization.defaultMarkupBp / 100,
    feePercent: organization?.defaultFeeBp == null ? '' : organization.defaultFeeBp / 100,
    tags: organization?.tags ?? [],
    notes: organization?.notes ?? '',
  };
}

/** Creates an organization, or edits one (sending the version it was opened with). */
export function OrganizationDialog({ opened, onClose, organization, onSaved }: OrganizationDialogProps) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initialValues(organization, user.id),
    validate: { name: (value) => (value.trim() === '' ? 'Enter the organization’s name' : null) },
  });
  const saveState = useSaveState(form, onClose);
  const contacts = useQuery({
    queryKey: clientKeys.contactList({ organizationId: organization?.id }),
    queryFn: () => fetchContacts({ organizationId: organization?.id, sort: 'name' }, undefined),
    enabled: opened && organization !== undefined,
  });

  const save = useMutation({
    mutationFn: (values: Values) => {
      const hasAddress = values.line1.trim() !== '' && values.city.trim() !== '' && values.country.trim() !== '';
      const address = { label: 'Main', line1: values.line1.trim(), city: values.city.trim(), postalCode: values.postalCode.trim() || undefined, country: values.country.trim() };
      const others = organization?.addresses.slice(1) ?? [];
      const fields = {
        name: values.name.trim(),
        status: values.status,
        industry: blankToNull(values.industry),
        website: blankToNull(values.website),
        phone: blankToNull(values.phone),
        ownerId: values.ownerId,
        parentId: values.parentId,
        addresses: hasAddress ? [address, ...others] : others,
        billingAddress: organization?.billingAddress ?? (hasAddress ? { ...address, label: 'Billing' } : null),
        paymentTermsDays: Number(values.paymentTermsDays) || 0,
        // Left empty, a new organization takes the agency's default currency.
        currency: values.currency.trim() === '' ? undefined : values.currency.trim().toUpperCase(),
        taxId: blankToNull(values.taxId),
        taxRateBp: percentToBp(values.taxPercent) ?? 0,
        defaultMarkupBp: percentToBp(values.markupPercent),
        defaultFeeBp: percentToBp(values.feePercent),
        tags: values.tags,
        notes: blankToNull(values.notes),
      };
      return organization
        ? clientActions.updateOrganization(organization.id, { version: organization.version, ...fields, billingContactId: values.billingContactId })
        : clientActions.createOrganization(fields);
    },
    onSuccess: async (answer) => {
      queryClient.setQueryData(clientKeys.organization(answer.data.id), answer);
      notify.success(organization ? `${answer.data.name} was updated.` : `${answer.data.name} was added.`);
      saveState.close();
      onSaved?.(answer.data.id);
      await queryClient.invalidateQueries({ queryKey: clientKeys.organizations });
    },
    onError: saveState.handleError,
  });

  return (
    <FormDialog opened={opened} onClose={saveState.close} title={organization ? `Edit ${organization.name}` : 'New organization'} size="lg" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel={organization ? 'Save changes' : 'Create organization'} isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale && organization ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select label="Status" data={ORGANIZATION_STATUS_OPTIONS} {...form.getInputProps('status')} onChange={(value) => form.setFieldValue('status', pickOption(ORGANIZATION_STATUSES, value) ?? 'prospect')} />
        <TextInput label="Industry" {...form.getInputProps('industry')} />
        <TextInput label="Website" {...form.getInputProps('website')} />
        <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
        <Select label="Owner" data={owners} clearable searchable {...form.getInputProps('ownerId')} />
        <OrganizationPicker label="Parent organization" description="Makes this a division" initialName={organization?.parent?.name} excludeId={organization?.id}
          value={form.getValues().parentId}
          onChange={(id) => form.setFieldValue('parentId', id)}
          error={form.errors.parentId}
        />
      </SimpleGrid>
      <Divider label="Address" labelPosition="left" />
      <TextInput label="Street" {...form.getInputProps('line1')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label="City" {...form.getInputProps('city')} />
        <TextInput label="Postal code" {...form.getInputProps('postalCode')} />
        <TextInput label="Country" {...form.getInputProps('country')} />
      </SimpleGrid>
      <Divider label="Invoicing" labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput label="Payment terms (days)" min={0} max={365} allowDecimal={false} {...form.getInputProps('paymentTermsDays')} />
        <TextInput label="Currency" description="ISO code; empty for the agency’s" maxLength={3} {...form.getInputProps('currency')} />
        <TextInput label="Tax id" {...form.getInputProps('taxId')} />
        <NumberInput label="Tax rate %" description="Charged on its invoices" min={0} max={100} decimalScale={2} {...form.getInputProps('taxPercent')} />
        <NumberInput label="Default markup %" min={0} max={1000} decimalScale={2} {...form.getInputProps('markupPercent')} />
        <NumberInput label="Default fee %" min={0} max={1000} decimalScale={2} {...form.getInputProps('feePercent')} />
        {organization ? (
          <Select
            label="Billing contact"
            clearable
            data={(contacts.data?.data ?? []).map((contact) => ({ value: contact.id, label: `${contact.firstName} ${contact.lastName}` }))}
            {...form.getInputProps('billingContactId')}
          />
        ) : null}
      </SimpleGrid>
      {!organization ? (
        <Text size="xs" c="dimmed">
          Choose the billing contact once the organization has contacts.
        </Text>
      ) : null}
      <TagsInput label="Tags" {...form.getInputProps('tags')} />
      <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}
