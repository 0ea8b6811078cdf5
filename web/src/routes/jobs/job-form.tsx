import { Alert, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError, isApiError } from '../../api/errors';
import { FormActions } from '../../components/form-actions';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { ApplicationFormBuilder } from './application-form-builder';
import { DeliveryFields, MoneyFields, NextActionFields, PeopleFields, RoleFields } from './job-form-sections';
import { type JobFormValues, formPath } from './job-form-values';
import { Section } from './job-overview';
import { ContactSelect, OrganizationSelect } from './pickers';
import { fetchOrganization, pickerKeys } from './queries';
import { RichTextField } from './rich-text-field';

type JobFormProps = {
  initial: JobFormValues;
  isCreate: boolean;
  submitLabel: string;
  /** Sends the form; a thrown ApiError's fields are shown under the fields. */
  onSubmit: (values: JobFormValues, currencyHint: string) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when the server says the job changed since the form was opened (409). */
  onReload?: () => void;
  /** Shown above the client fields (e.g. the deal the job comes from). */
  origin?: ReactNode;
};

/** The intake form: every field of a job order, for taking one in and for editing it later. */
export function JobForm({ initial, isCreate, submitLabel, onSubmit, onCancel, onReload, origin }: JobFormProps) {
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const isStale = staleMessage !== null;
  const [problems, setProblems] = useState<string[]>([]);
  const form = useForm<JobFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      organizationId: (value) => (value ? null : 'Choose the client organization'),
      title: (value) => (value.trim() === '' ? 'Enter the job title' : null),
    },
  });
  const values = form.getValues();
  const organization = useQuery({ queryKey: pickerKeys.organization(values.organizationId ?? ''), queryFn: () => fetchOrganization(values.organizationId ?? ''), enabled: values.organizationId !== null });
  const currencyHint = organization.data?.data.currency ?? 'GBP';

  const save = useMutation({
    mutationFn: (next: JobFormValues) => onSubmit(next, currencyHint),
    onError: (error) => {
      if (isApiError(error, 409)) {
        setStaleMessage(error.message);
        return;
      }
      if (!(error instanceof ApiError) || error.fields.length === 0) {
        notify.error(error);
        return;
      }
      const known = new Set(Object.keys(form.getValues()));
      const shown: Record<string, string> = {};
      const rest: string[] = [];
      for (const field of error.fields) {
        const path = formPath(field.path);
        if (known.has(path.split('.')[0] ?? path)) {
          shown[path] = field.message;
        } else {
          rest.push(`${field.path}: ${field.message}`);
        }
      }
      form.setErrors(shown);
      setProblems(rest.length > 0 ? rest : [`${error.fields.length === 1 ? 'One field needs' : `${error.fields.length} fields need`} attention: see the messages under the fields.`]);
    },
    onSuccess: () => setProblems([]),
  });

  return (
    <form noValidate onSubmit={form.onSubmit((next) => save.mutate(next), () => setProblems(['Some fields need attention: see the messages under the fields.']))}>
      <Stack gap="md">
        {isStale ? <StaleAlert message={staleMessage ?? ''} onReload={onReload} /> : null}
        <Section title="Client">
          {origin}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <OrganizationSelect
              label="Organization"
              required
              placeholder="Search organizations"
              value={values.organizationId}
              error={form.errors.organizationId}
              onChange={(value) => {
                form.setFieldValue('organizationId', value);
                form.setFieldValue('contactId', null);
              }}
            />
            <ContactSelect label="Hiring contact" organizationId={values.organizationId} value={values.contactId} error={form.errors.contactId} onChange={(value) => form.setFieldValue('contactId', value)} />
          </SimpleGrid>
          {form.errors.dealId ? (
            <Text size="xs" c="red" mt={4}>
              Deal: {form.errors.dealId}
            </Text>
          ) : null}
        </Section>
        <Section title="Role">
          <Stack gap="sm">
            <RoleFields form={form} />
            <RichTextField label="Description (internal)" value={values.description} error={typeof form.errors.description === 'string' ? form.errors.description : undefined} onChange={(html) => form.setFieldValue('description', html)} />
            <Textarea label="Advert text (public)" description="What the careers page and job boards show; separate from the internal description." autosize minRows={3} maxRows={12} {...form.getInputProps('advertText')} />
          </Stack>
        </Section>
        <Section title="Pay and fee">
          <MoneyFields form={form} currencyHint={currencyHint} />
        </Section>
        <Section title="Delivery">
          <DeliveryFields form={form} />
        </Section>
        <Section title="Application form">
          <ApplicationFormBuilder form={form} />
        </Section>
        <Section title="People">
          <PeopleFields form={form} />
        </Section>
        {isCreate ? (
          <Section title="Next action">
            <NextActionFields form={form} />
          </Section>
        ) : null}
        {problems.length > 0 ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title="Not saved" role="alert">
            {problems.join(' ')}
          </Alert>
        ) : null}
        <FormActions submitLabel={submitLabel} isPending={save.isPending} isSubmitDisabled={isStale} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
