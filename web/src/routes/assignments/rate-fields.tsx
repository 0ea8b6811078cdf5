import { Group, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { EffectiveRates } from '../../../../src/domain/assignment-rates';
import { scaledRate } from '../../../../src/domain/money';
import { ASSIGNMENT_RATE_UNITS, type AssignmentRateUnit } from '../../../../src/shared/back-office';
import { fromMinor, toMinor } from '../../components/money';
import { pickOption } from '../../components/options';
import type { AssignmentRate } from './queries';

/** Rates as typed (major units); overtime and double time left empty take 1.5× and 2× of regular. */
export type RateValues = {
  effectiveFrom: string;
  currency: string;
  unit: string;
  payRegular: number | string;
  payOvertime: number | string;
  payDouble: number | string;
  billRegular: number | string;
  billOvertime: number | string;
  billDouble: number | string;
};

export const OVERTIME_BP = 15_000;
export const DOUBLE_BP = 20_000;
const UNIT_LABELS: Record<AssignmentRateUnit, string> = { hour: 'per hour', day: 'per day' };

/** The form starts from the rates in force (a change usually moves one or two of them). */
export function rateValuesOf(current: AssignmentRate | null, effectiveFrom: string, fallbackCurrency: string): RateValues {
  const currency = current?.currency ?? fallbackCurrency;
  const money = (minor: number | undefined) => (minor === undefined ? '' : fromMinor(minor, currency));
  return {
    effectiveFrom,
    currency,
    unit: current?.unit ?? 'hour',
    payRegular: money(current?.payRegularMinor),
    payOvertime: money(current?.payOvertimeMinor),
    payDouble: money(current?.payDoubleMinor),
    billRegular: money(current?.billRegularMinor),
    billOvertime: money(current?.billOvertimeMinor),
    billDouble: money(current?.billDoubleMinor),
  };
}

/** The rates as the API takes them: empty overtime / double time become 1.5× / 2× of regular (multipliers), typed ones stay explicit. */
export function ratesInputOf(values: RateValues): EffectiveRates {
  const currency = values.currency.trim().toUpperCase();
  const minor = (value: number | string) => toMinor(value, currency);
  const payRegularMinor = minor(values.payRegular) ?? 0;
  const billRegularMinor = minor(values.billRegular) ?? 0;
  return {
    effectiveFrom: values.effectiveFrom,
    currency,
    unit: pickOption(ASSIGNMENT_RATE_UNITS, values.unit) ?? 'hour',
    payRegularMinor,
    payOvertimeMinor: minor(values.payOvertime) ?? scaledRate(payRegularMinor, OVERTIME_BP),
    payDoubleMinor: minor(values.payDouble) ?? scaledRate(payRegularMinor, DOUBLE_BP),
    billRegularMinor,
    billOvertimeMinor: minor(values.billOvertime) ?? scaledRate(billRegularMinor, OVERTIME_BP),
    billDoubleMinor: minor(values.billDouble) ?? scaledRate(billRegularMinor, DOUBLE_BP),
  };
}

export const validateRates = {
  effectiveFrom: (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Give the date the rates apply from'),
  currency: (value: string) => (/^[A-Za-z]{3}$/.test(value.trim()) ? null : 'A currency code such as GBP'),
  payRegular: (value: number | string) => (value === '' ? 'Give the regular pay rate' : null),
  billRegular: (value: number | string) => (value === '' ? 'Give the regular bill rate' : null),
};

/** Where the API's rate fields show on the form. */
export const RATE_FIELD_OF: Record<string, string> = {
  payRegularMinor: 'payRegular',
  payOvertimeMinor: 'payOvertime',
  payDoubleMinor: 'payDouble',
  billRegularMinor: 'billRegular',
  billOvertimeMinor: 'billOvertime',
  billDoubleMinor: 'billDouble',
};

type RateFieldsProps<T extends RateValues> = { form: UseFormReturnType<T>; prefix?: string };

/** Effective date, currency and unit, and the six rates; the multipliers helper says what an empty overtime or double time rate becomes. */
export function RateFields<T extends RateValues>({ form, prefix = '' }: RateFieldsProps<T>) {
  const values = form.getValues();
  const currency = values.currency.trim().toUpperCase() || '—';
  const input = ratesInputOf(values);
  const money = (minor: number) => fromMinor(minor, currency.length === 3 ? currency : 'GBP');
  const moneyField = (name: keyof RateValues, label: string, placeholder?: string) => (
    <NumberInput label={label} min={0} decimalScale={4} thousandSeparator="," placeholder={placeholder} leftSection={<Text size="xs">{currency}</Text>} leftSectionWidth={44} {...form.getInputProps(`${prefix}${name}`)} />
  );
  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput label="Effective from" type="date" required w={170} {...form.getInputProps(`${prefix}effectiveFrom`)} />
        <TextInput label="Currency" required maxLength={3} w={90} {...form.getInputProps(`${prefix}currency`)} />
        <Select label="Regular rate unit" data={ASSIGNMENT_RATE_UNITS.map((unit) => ({ value: unit, label: UNIT_LABELS[unit] }))} allowDeselect={false} w={140} {...form.getInputProps(`${prefix}unit`)} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {moneyField('payRegular', 'Pay, regular')}
        {moneyField('payOvertime', 'Pay, overtime (hourly)', `1.5× = ${money(input.payOvertimeMinor)}`)}
        {moneyField('payDouble', 'Pay, double time (hourly)', `2× = ${money(input.payDoubleMinor)}`)}
        {moneyField('billRegular', 'Bill, regular')}
        {moneyField('billOvertime', 'Bill, overtime (hourly)', `1.5× = ${money(input.billOvertimeMinor)}`)}
        {moneyField('billDouble', 'Bill, double time (hourly)', `2× = ${money(input.billDoubleMinor)}`)}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Overtime is 1.5× and double time 2× of the regular rate unless you type them. Overtime and double time are always hourly.
      </Text>
    </>
  );
}
