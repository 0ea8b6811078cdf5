import { ActionIcon, Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CANDIDATE_SOURCES, CANDIDATE_STATUSES, CONSENT_BASES, PAY_UNITS, REMOTE_OPTIONS, SKILL_LEVELS } from '../../../../src/shared/candidates';
import { EMPLOYMENT_TYPES } from '../../../../src/shared/jobs';
import { pickOption } from '../../components/options';
import { useOwnerOptions } from '../clients/client-ui';
import {
  CONSENT_BASIS_OPTIONS,
  PAY_UNIT_OPTIONS,
  PROFILE_LINK_OPTIONS,
  REMOTE_OPTIONS as REMOTE_CHOICES,
  SKILL_LEVEL_OPTIONS,
  SOURCE_OPTIONS,
  STATUS_OPTIONS,
  useNurtureStageOptions,
} from './candidate-ui';
import type { CandidateFormValues } from './candidate-form-values';

const EMPLOYMENT_TYPE_OPTIONS = EMPLOYMENT_TYPES.map((type) => ({ value: type, label: type.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase()) }));

type FieldsProps = { form: UseFormReturnType<CandidateFormValues> };

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={2} size="h6" fw={600} component="legend" mb={4}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

type PersonFieldsProps = FieldsProps & {
  /** Create only: where they came from and who owns them (edit changes those through source history and Change owner). */
  isNew: boolean;
  onEmailSearchChange?: (text: string) => void;
  onPhoneSearchChange?: (text: string) => void;
};

/** Names, contact details, source, owner, status and availability. */
export function PersonFields({ form, isNew, onEmailSearchChange, onPhoneSearchChange }: PersonFieldsProps) {
  const owners = useOwnerOptions();
  const nurtureStages = useNurtureStageOptions();
  return (
    <FormSection title="Person">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="First name" required data-autofocus {...form.getInputProps('firstName')} />
        <TextInput label="Last name" required {...form.getInputProps('lastName')} />
        <TagsInput label="Emails" description="Press Enter after each; the first is the primary" onSearchChange={onEmailSearchChange} {...form.getInputProps('emails')} />
        <TagsInput label="Phones" description="With the country code, e.g. +44 20 7946 0958" onSearchChange={onPhoneSearchChange} {...form.getInputProps('phones')} />
        <TextInput label="Location" placeholder="City, region" {...form.getInputProps('location')} />
        <TextInput type="date" label="Available from" {...form.getInputProps('availableOn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: isNew ? 4 : 2 }} spacing="sm">
        {isNew ? (
          <>
            <Select label="Source" required data={SOURCE_OPTIONS} allowDeselect={false} {...form.getInputProps('source')} onChange={(value) => form.setFieldValue('source', pickOption(CANDIDATE_SOURCES, value) ?? 'sourced')} />
            <Select label="Owner" data={owners} clearable searchable {...form.getInputProps('ownerId')} />
          </>
        ) : null}
        <Select label="Status" data={STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} onChange={(value) => form.setFieldValue('status', pickOption(CANDIDATE_STATUSES, value) ?? 'new')} />
        <Select label="Nurture stage" data={nurtureStages} clearable {...form.getInputProps('nurtureStage')} />
      </SimpleGrid>
    </FormSection>
  );
}

/** The current job (the first work history entry), skills with years and level, tags and the titles they want. */
export function WorkFields({ form }: FieldsProps) {
  const skills = form.getValues().skills;
  return (
    <FormSection title="Work and skills">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Current title" {...form.getInputProps('currentTitle')} />
        <TextInput label="Current employer" {...form.getInputProps('currentEmployer')} />
      </SimpleGrid>
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          Skills
        </Text>
        {skills.map((_skill, index) => (
          <Group key={form.key(`skills.${index}`)} gap="xs" align="flex-start" wrap="nowrap" role="group" aria-label={`Skill ${index + 1}`}>
            <TextInput aria-label={`Skill ${index + 1} name`} placeholder="e.g. Forklift" style={{ flex: 2 }} {...form.getInputProps(`skills.${index}.name`)} />
            <NumberInput aria-label={`Skill ${index + 1} years`} placeholder="Years" min={0} max={70} decimalScale={1} style={{ flex: 1 }} {...form.getInputProps(`skills.${index}.years`)} />
            <Select
              aria-label={`Skill ${index + 1} level`}
              placeholder="Level"
              data={SKILL_LEVEL_OPTIONS}
              clearable
              style={{ flex: 1 }}
              {...form.getInputProps(`skills.${index}.level`)}
              onChange={(value) => form.setFieldValue(`skills.${index}.level`, pickOption(SKILL_LEVELS, value) ?? null)}
            />
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Remove skill ${index + 1}`} onClick={() => form.removeListItem('skills', index)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('skills', { name: '', years: '', level: null })} style={{ alignSelf: 'flex-start' }}>
          Add skill
        </Button>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TagsInput label="Tags" description="Press Enter after each" {...form.getInputProps('tags')} />
        <TagsInput label="Role interests" description="Titles they want" {...form.getInputProps('roleInterests')} />
      </SimpleGrid>
    </FormSection>
  );
}

/** Employment types, desired pay, locations and remote work. */
export function PreferenceFields({ form }: FieldsProps) {
  return (
    <FormSection title="Preferences">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label="Employment types"
          data={EMPLOYMENT_TYPE_OPTIONS}
          value={form.getValues().preferences.employmentTypes}
          onChange={(values) => form.setFieldValue('preferences.employmentTypes', values.flatMap((value) => pickOption(EMPLOYMENT_TYPES, value) ?? []))}
        />
        <MultiSelect
          label="Remote"
          data={REMOTE_CHOICES}
          value={form.getValues().preferences.remote}
          onChange={(values) => form.setFieldValue('preferences.remote', values.flatMap((value) => pickOption(REMOTE_OPTIONS, value) ?? []))}
        />
        <TagsInput label="Preferred locations" {...form.getInputProps('preferences.locations')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <NumberInput label="Desired pay from" min={0} decimalScale={2} thousandSeparator="," {...form.getInputProps('preferences.payMin')} />
        <NumberInput label="Desired pay to" min={0} decimalScale={2} thousandSeparator="," {...form.getInputProps('preferences.payMax')} />
        <TextInput label="Currency" maxLength={3} {...form.getInputProps('preferences.currency')} />
        <Select label="Pay unit" data={PAY_UNIT_OPTIONS} allowDeselect={false} {...form.getInputProps('preferences.unit')} onChange={(value) => form.setFieldValue('preferences.unit', pickOption(PAY_UNITS, value) ?? 'year')} />
      </SimpleGrid>
    </FormSection>
  );
}

/** Consent (basis, date, source), retention date and profile links. */
export function ConsentAndLinkFields({ form }: FieldsProps) {
  const links = form.getValues().profileLinks;
  return (
    <>
      <FormSection title="Consent and retention">
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          <Select label="Consent basis" data={CONSENT_BASIS_OPTIONS} clearable {...form.getInputProps('consentBasis')} onChange={(value) => form.setFieldValue('consentBasis', pickOption(CONSENT_BASES, value) ?? null)} />
          <TextInput type="date" label="Consent given on" {...form.getInputProps('consentOn')} />
          <TextInput label="Consent source" placeholder="e.g. Application form" {...form.getInputProps('consentSource')} />
          <TextInput type="date" label="Retain until" {...form.getInputProps('retainUntil')} />
        </SimpleGrid>
      </FormSection>
      <FormSection title="Profile links">
        {links.map((_link, index) => (
          <Group key={form.key(`profileLinks.${index}`)} gap="xs" align="flex-start" wrap="nowrap">
            <Select aria-label={`Link ${index + 1} kind`} data={PROFILE_LINK_OPTIONS} allowDeselect={false} w={140} {...form.getInputProps(`profileLinks.${index}.kind`)} />
            <TextInput aria-label={`Link ${index + 1} address`} placeholder="https://…" style={{ flex: 1 }} {...form.getInputProps(`profileLinks.${index}.url`)} />
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Remove link ${index + 1}`} onClick={() => form.removeListItem('profileLinks', index)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('profileLinks', { kind: 'linkedin', url: '' })} style={{ alignSelf: 'flex-start' }}>
          Add profile link
        </Button>
      </FormSection>
    </>
  );
}
