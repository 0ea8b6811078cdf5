import { Checkbox, Group, NumberInput, Select, SimpleGrid, TagsInput, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { EMPLOYMENT_TYPES, FEE_TYPES, RATE_UNITS, REMOTE_POLICIES, SOURCING_CHANNELS, URGENCIES } from '../../../../src/shared/jobs';
import { useCurrentUser } from '../../components/current-user';
import { pickOption } from '../../components/options';
import type { JobFormValues } from './job-form-values';
import { EMPLOYMENT_TYPE_LABELS, RATE_UNIT_LABELS, REMOTE_POLICY_LABELS, SOURCING_LABELS, URGENCY_LABELS, optionsOf } from './labels';
import { minorDigits } from '../../components/money';
import { PeopleSelect, PersonSelect } from './pickers';

type SectionProps = { form: UseFormReturnType<JobFormValues> };

const FEE_LABELS: Record<(typeof FEE_TYPES)[number], string> = { percent: 'Percentage of salary', flat: 'Flat fee' };

/** Title, kind of employment, how many, how soon, where. */
export function RoleFields({ form }: SectionProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label="Job title" required data-autofocus {...form.getInputProps('title')} />
      <Select
        label="Employment type"
        required
        data={optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('employmentType')}
        onChange={(value) => form.setFieldValue('employmentType', pickOption(EMPLOYMENT_TYPES, value) ?? 'permanent')}
      />
      <NumberInput label="Openings" required min={1} max={1000} allowDecimal={false} {...form.getInputProps('openings')} />
      <Select
        label="Urgency"
        required
        data={optionsOf(URGENCIES, URGENCY_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('urgency')}
        onChange={(value) => form.setFieldValue('urgency', pickOption(URGENCIES, value) ?? 'normal')}
      />
      <TextInput label="Target start" type="date" {...form.getInputProps('targetStartOn')} />
      <TextInput label="Location" placeholder="City, site or region" {...form.getInputProps('location')} />
      <Select
        label="Remote policy"
        data={optionsOf(REMOTE_POLICIES, REMOTE_POLICY_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('remotePolicy')}
        onChange={(value) => form.setFieldValue('remotePolicy', pickOption(REMOTE_POLICIES, value) ?? 'onsite')}
      />
    </SimpleGrid>
  );
}

const unitSelect = (form: SectionProps['form'], field: 'payUnit' | 'billRateUnit', label: string) => (
  <Select label={label} placeholder="Unit" data={optionsOf(RATE_UNITS, RATE_UNIT_LABELS)} clearable {...form.getInputProps(field)} onChange={(value) => form.setFieldValue(field, pickOption(RATE_UNITS, value) ?? null)} />
);

/** Pay, bill rate and fee, entered in major units of the job's currency. */
export function MoneyFields({ form, currencyHint }: SectionProps & { currencyHint: string }) {
  const values = form.getValues();
  const currency = values.currency.trim().toUpperCase() || currencyHint;
  const decimals = minorDigits(currency);
  const money = { min: 0, decimalScale: decimals, thousandSeparator: ',', rightSection: currency, rightSectionWidth: 48 } as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput
        label="Currency"
        description={values.currency ? undefined : `Empty: the organization's (${currencyHint})`}
        placeholder={currencyHint}
        maxLength={3}
        {...form.getInputProps('currency')}
        onChange={(event) => form.setFieldValue('currency', event.currentTarget.value.toUpperCase())}
      />
      <NumberInput label="Pay from" {...money} {...form.getInputProps('payMin')} />
      <NumberInput label="Pay to" {...money} {...form.getInputProps('payMax')} />
      {unitSelect(form, 'payUnit', 'Pay unit')}
      <NumberInput label="Bill rate" {...money} {...form.getInputProps('billRate')} />
      {unitSelect(form, 'billRateUnit', 'Bill rate unit')}
      <Select
        label="Fee"
        placeholder="No fee"
        data={optionsOf(FEE_TYPES, FEE_LABELS)}
        clearable
        {...form.getInputProps('feeType')}
        onChange={(value) => form.setFieldValue('feeType', pickOption(FEE_TYPES, value) ?? null)}
      />
      {values.feeType === 'percent' ? <NumberInput label="Fee percentage" required min={0} max={100} decimalScale={2} rightSection="%" {...form.getInputProps('feePercent')} /> : null}
      {values.feeType === 'flat' ? <NumberInput label="Flat fee" required {...money} {...form.getInputProps('feeFlat')} /> : null}
    </SimpleGrid>
  );
}

/** How the order is worked: the client's rules, skills, success, sourcing channels, internal notes. */
export function DeliveryFields({ form }: SectionProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TagsInput label="Must-have skills" description="Press Enter after each skill." {...form.getInputProps('mustHaveSkills')} />
      <TagsInput label="Nice-to-have skills" description="Press Enter after each skill." {...form.getInputProps('niceToHaveSkills')} />
      <Textarea label="Submission rules" autosize minRows={2} maxRows={8} {...form.getInputProps('submissionRules')} />
      <Textarea label="Interview process" autosize minRows={2} maxRows={8} {...form.getInputProps('interviewProcess')} />
      <Textarea label="Success criteria" autosize minRows={2} maxRows={8} {...form.getInputProps('successCriteria')} />
      <Textarea label="Delivery notes (internal)" autosize minRows={2} maxRows={8} {...form.getInputProps('deliveryNotes')} />
      <Checkbox.Group label="Sourcing plan" {...form.getInputProps('sourcingPlan')} onChange={(value) => form.setFieldValue('sourcingPlan', value.flatMap((channel) => pickOption(SOURCING_CHANNELS, channel) ?? []))}>
        <Group gap="md" mt={6}>
          {SOURCING_CHANNELS.map((channel) => (
            <Checkbox key={channel} value={channel} label={SOURCING_LABELS[channel]} />
          ))}
        </Group>
      </Checkbox.Group>
    </SimpleGrid>
  );
}

/** Who owns the order and who recruits on it. */
export function PeopleFields({ form }: SectionProps) {
  const values = form.getValues();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <PersonSelect label="Owner" description="A job needs an owner before it opens." placeholder="Nobody yet" value={values.ownerId} onChange={(value) => form.setFieldValue('ownerId', value)} error={form.errors.ownerId} />
      <PeopleSelect label="Assigned recruiters" value={values.recruiterIds} onChange={(value) => form.setFieldValue('recruiterIds', value)} error={typeof form.errors.recruiterIds === 'string' ? form.errors.recruiterIds : undefined} />
    </SimpleGrid>
  );
}

/** The first next action, made into a task when the job is created. */
export function NextActionFields({ form }: SectionProps) {
  const user = useCurrentUser();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label="Next action" placeholder="e.g. Call the hiring manager about the shortlist" {...form.getInputProps('nextActionTitle')} />
      <TextInput label="Due" description={`Your time (${user.timeZone ?? user.agency.timeZone})`} type="datetime-local" {...form.getInputProps('nextActionDueAt')} />
    </SimpleGrid>
  );
}
