import { NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { EMPLOYMENT_TYPES, type EmploymentType, FEE_TYPES, RATE_UNITS } from '../../../../src/shared/jobs';
import { showFormErrors } from '../../components/form-errors';
import { pickOption } from '../../components/options';
import { currencyOptions } from '../admin/settings/values';
import { EMPLOYMENT_TYPE_LABELS, RATE_UNIT_LABELS, optionsOf } from '../jobs/labels';
import { fromMinor, toMinor } from '../../components/money';
import type { Job } from '../jobs/queries';
import type { OfferDetail } from './queries';

type RateUnit = (typeof RATE_UNITS)[number];
type FeeType = (typeof FEE_TYPES)[number];

export type OfferValues = {
  employmentType: EmploymentType;
  currency: string;
  startOn: string;
  pay: number | string;
  payUnit: RateUnit | null;
  billRate: number | string;
  billRateUnit: RateUnit | null;
  feeType: FeeType | null;
  feePercent: number | string;
  feeFlat: number | string;
  conditions: string;
};
export type OfferForm = UseFormReturnType<OfferValues>;

const FEE_TYPE_LABELS: Record<FeeType, string> = { percent: 'Percentage of salary', flat: 'Flat fee' };

/** A new offer starts from the job order's terms: its type, currency, pay unit, bill rate or fee, and target start. */
export function offerValuesFromJob(job: Job): OfferValues {
  return {
    employmentType: job.employmentType,
    currency: job.currency,
    startOn: job.targetStartOn ?? '',
    pay: fromMinor(job.payMaxMinor ?? job.payMinMinor, job.currency),
    payUnit: job.payUnit ?? (job.employmentType === 'permanent' || job.employmentType === 'retained' ? 'year' : 'hour'),
    billRate: fromMinor(job.billRateMinor, job.currency),
    billRateUnit: job.billRateUnit,
    feeType: job.feeType,
    feePercent: job.feeBp === null ? '' : job.feeBp / 100,
    feeFlat: fromMinor(job.feeFlatMinor, job.currency),
    conditions: '',
  };
}

/** An offer's current terms, for a revision or a counter-offer. */
export function offerValues(offer: OfferDetail): OfferValues {
  return {
    employmentType: offer.employmentType,
    currency: offer.currency,
    startOn: offer.startOn ?? '',
    pay: fromMinor(offer.payMinor, offer.currency),
    payUnit: offer.payUnit,
    billRate: fromMinor(offer.billRateMinor, offer.currency),
    billRateUnit: offer.billRateUnit,
    feeType: offer.feeType,
    feePercent: offer.feeBp === null ? '' : offer.feeBp / 100,
    feeFlat: fromMinor(offer.feeFlatMinor, offer.currency),
    conditions: offer.conditions,
  };
}

const percentToBp = (value: number | string): number | null => (value === '' ? null : Math.round(Number(value) * 100));

/** The terms as the API takes them: amounts in minor units of the currency, the fee in basis points. */
export function offerTerms(values: OfferValues) {
  const { currency } = values;
  const hasBillRate = values.billRate !== '';
  return {
    startOn: values.startOn || null,
    payMinor: toMinor(values.pay, currency) ?? 0,
    payUnit: values.payUnit ?? 'year',
    billRateMinor: hasBillRate ? toMinor(values.billRate, currency) : null,
    billRateUnit: hasBillRate ? values.billRateUnit : null,
    feeType: values.feeType,
    feeBp: values.feeType === 'percent' ? percentToBp(values.feePercent) : null,
    feeFlatMinor: values.feeType === 'flat' ? toMinor(values.feeFlat, currency) : null,
    conditions: values.conditions.trim(),
  };
}

export const validateOffer = {
  pay: (value: number | string) => (value === '' ? 'Give the pay offered' : null),
  payUnit: (value: RateUnit | null) => (value ? null : 'Per hour, day or year'),
  billRateUnit: (value: RateUnit | null, values: OfferValues) => (values.billRate !== '' && !value ? 'The bill rate needs its unit' : null),
  feePercent: (value: number | string, values: OfferValues) => (values.feeType === 'percent' && value === '' ? 'Give the percentage' : null),
  feeFlat: (value: number | string, values: OfferValues) => (values.feeType === 'flat' && value === '' ? 'Give the fee' : null),
};

/** The API's term names where the form names them differently. */
const FIELD_OF: Record<string, string> = { payMinor: 'pay', billRateMinor: 'billRate', feeBp: 'feePercent', feeFlatMinor: 'feeFlat' };

/** Puts the API's field errors under the offer form's fields; the rest goes to a notification. */
export const showOfferErrors = (form: OfferForm, error: unknown): void => showFormErrors(form, error, FIELD_OF);

type OfferFormFieldsProps = { form: OfferForm; isTypeEditable: boolean };

/** Start date, pay, bill rate or fee, employment type and currency, conditions. */
export function OfferFormFields({ form, isTypeEditable }: OfferFormFieldsProps) {
  const values = form.getValues();
  const units = optionsOf(RATE_UNITS, RATE_UNIT_LABELS);
  const money = { min: 0, decimalScale: 2, thousandSeparator: ',', leftSection: <Text size="xs">{values.currency}</Text>, leftSectionWidth: 44 };
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label="Employment type"
          required
          data={optionsOf(EMPLOYMENT_TYPES, EMPLOYMENT_TYPE_LABELS)}
          allowDeselect={false}
          disabled={!isTypeEditable}
          {...form.getInputProps('employmentType')}
          onChange={(value) => form.setFieldValue('employmentType', pickOption(EMPLOYMENT_TYPES, value) ?? values.employmentType)}
        />
        <Select label="Currency" required searchable data={currencyOptions()} allowDeselect={false} disabled={!isTypeEditable} limit={60} {...form.getInputProps('currency')} />
        <TextInput label="Start date" type="date" {...form.getInputProps('startOn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput label="Pay" required {...money} {...form.getInputProps('pay')} />
        <Select label="Pay unit" required data={units} {...form.getInputProps('payUnit')} />
        <NumberInput label="Bill rate" {...money} {...form.getInputProps('billRate')} />
        <Select label="Bill rate unit" data={units} clearable {...form.getInputProps('billRateUnit')} />
        <Select label="Fee" placeholder="No fee" data={optionsOf(FEE_TYPES, FEE_TYPE_LABELS)} clearable {...form.getInputProps('feeType')} />
        {values.feeType === 'percent' ? <NumberInput label="Fee percentage" required min={0} max={100} decimalScale={2} suffix=" %" {...form.getInputProps('feePercent')} /> : null}
        {values.feeType === 'flat' ? <NumberInput label="Flat fee" required {...money} {...form.getInputProps('feeFlat')} /> : null}
      </SimpleGrid>
      <Textarea label="Conditions" autosize minRows={2} maxRows={6} placeholder="References, right to work, notice period…" {...form.getInputProps('conditions')} />
    </>
  );
}
