import { Divider, NumberInput, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { EMPLOYMENT_TYPES, FEE_TYPES, type EmploymentType, RATE_UNITS } from '../../../../src/shared/jobs';
import { hasShifts, needsStartDate } from '../../../../src/shared/pipeline';
import { EMPLOYMENT_TYPE_LABELS, RATE_UNIT_LABELS, optionsOf } from '../jobs/labels';
import { ContactSelect, PersonSelect } from '../jobs/pickers';
import { type PlacementValues, employmentTypeOf } from './placement-form-values';
import { MilestoneFields, ScheduleFields } from './placement-schedule-fields';

const FEE_TYPE_LABELS = { percent: 'Percentage of salary', flat: 'Flat fee' } as const;

export function FormGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Divider mt="xs" />
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </>
  );
}

type PlacementFormFieldsProps = {
  form: UseFormReturnType<PlacementValues>;
  /** The placement's client: the billing contact and timesheet approver are its contacts. */
  organizationId: string;
  currency: string;
  /** Fixed once placed: only the place form chooses the employment type. */
  fallbackType: EmploymentType;
  isTypeEditable: boolean;
  /** The job's placements that fell off, which this one may replace (place form only). */
  replaceOptions?: { value: string; label: string }[];
};

/** Every term of a placement: type and dates, rates and fee, shifts (temporary/contract), milestones (retained), billing and people. */
export function PlacementFormFields({ form, organizationId, currency, fallbackType, isTypeEditable, replaceOptions }: PlacementFormFieldsProps) {
  const values = form.getValues();
  const type = employmentTypeOf(values, fallbackType);
  const money = { min: 0, decimalScale: 2, thousandSeparator: ',', leftSection: <Text size="xs">{currency}</Text>, leftSectionWidth: 44 };
  const units = optionsOf(RATE_UNITS, RATE_UNIT_LABELS);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {isTypeEditable ? (
          <Select label="Employment type" required data={optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)} allowDeselect={false} {...form.getInputProps('employmentType')} />
        ) : (
          <TextInput label="Employment type" value={EMPLOYMENT_TYPE_LABELS[type]} readOnly description="Set when placed" />
        )}
        <TextInput
          label="Start date"
          type="date"
          required={needsStartDate(type)}
          description={needsStartDate(type) ? 'Required: the fee is due from it' : 'May be left for the approval'}
          {...form.getInputProps('startOn')}
        />
        <TextInput label="End date" type="date" {...form.getInputProps('endOn')} />
      </SimpleGrid>
      <FormGroup title="Rates and fee">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput label="Pay" {...money} {...form.getInputProps('pay')} />
          <Select label="Pay unit" data={units} clearable {...form.getInputProps('payUnit')} />
          <NumberInput label="Bill rate" {...money} {...form.getInputProps('billRate')} />
          <Select label="Bill rate unit" data={units} clearable {...form.getInputProps('billRateUnit')} />
          <Select label="Fee" placeholder="No fee" data={optionsOf(FEE_TYPES, FEE_TYPE_LABELS)} clearable {...form.getInputProps('feeType')} />
          {values.feeType === 'percent' ? <NumberInput label="Fee percentage" min={0} max={100} decimalScale={2} suffix=" %" {...form.getInputProps('feePercent')} /> : null}
          {values.feeType === 'flat' ? <NumberInput label="Flat fee" {...money} {...form.getInputProps('feeFlat')} /> : null}
          {values.feeType === 'percent' ? (
            <NumberInput
              label="First-year salary"
              required={type === 'permanent'}
              description="The percentage fee is computed from it"
              {...money}
              {...form.getInputProps('firstYearSalary')}
            />
          ) : null}
        </SimpleGrid>
      </FormGroup>
      {hasShifts(type) ? (
        <FormGroup title="Shifts and timesheets">
          <ScheduleFields form={form} organizationId={organizationId} />
        </FormGroup>
      ) : null}
      {type === 'retained' ? (
        <FormGroup title="Retained milestones">
          <MilestoneFields form={form} currency={currency} />
        </FormGroup>
      ) : null}
      <FormGroup title="Billing">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <ContactSelect label="Billing contact" organizationId={organizationId} {...form.getInputProps('billingContactId')} value={values.billingContactId} />
          <TextInput label="PO number" maxLength={100} {...form.getInputProps('poNumber')} />
          <NumberInput label="Payment terms (days)" description="Empty: the client's terms" min={0} max={365} allowDecimal={false} {...form.getInputProps('paymentTermsDays')} />
        </SimpleGrid>
      </FormGroup>
      <FormGroup title="People">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <PersonSelect label="Recruiter" {...form.getInputProps('recruiterId')} value={values.recruiterId} />
          <PersonSelect label="Account manager" {...form.getInputProps('accountManagerId')} value={values.accountManagerId} />
        </SimpleGrid>
        {replaceOptions && replaceOptions.length > 0 ? (
          <Select
            label="Replaces placement"
            description="A placement of this job that fell off (cancelled or closed): this one replaces it, and both show the link"
            placeholder="Not a replacement"
            data={replaceOptions}
            clearable
            {...form.getInputProps('replacesPlacementId')}
          />
        ) : null}
      </FormGroup>
    </>
  );
}
