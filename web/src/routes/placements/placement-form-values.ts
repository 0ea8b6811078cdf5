import type { UseFormReturnType } from '@mantine/form';
import { EMPLOYMENT_TYPES, type EmploymentType, FEE_TYPES, RATE_UNITS } from '../../../../src/shared/jobs';
import { WEEKDAYS, hasShifts } from '../../../../src/shared/pipeline';
import type { ApiError } from '../../api/errors';
import { pickOption } from '../../components/options';
import { fromMinor, toMinor } from '../../components/money';
import type { Job } from '../jobs/queries';
import type { TimesheetCadence } from './labels';
import type { Placement, UpdatePlacementBody } from './queries';

export type ShiftValues = { days: string[]; startTime: string; endTime: string; location: string };
export type MilestoneValues = { name: string; fee: number | string; dueOn: string; reachedOn: string };

/** The place / edit form: amounts in major units as typed, selects as strings (narrowed when the body is built). */
export type PlacementValues = {
  employmentType: string;
  startOn: string;
  endOn: string;
  pay: number | string;
  payUnit: string | null;
  billRate: number | string;
  billRateUnit: string | null;
  feeType: string | null;
  feePercent: number | string;
  feeFlat: number | string;
  firstYearSalary: number | string;
  shifts: ShiftValues[];
  expectedHoursPerWeek: number | string;
  timesheetApproverId: string | null;
  timesheetCadence: string;
  billingContactId: string | null;
  poNumber: string;
  paymentTermsDays: number | string;
  milestones: MilestoneValues[];
  recruiterId: string | null;
  accountManagerId: string | null;
  replacesPlacementId: string | null;
};

/** The terms an accepted offer carries into the place form. */
export type OfferTerms = Pick<Placement, 'employmentType' | 'currency' | 'startOn' | 'payMinor' | 'payUnit' | 'billRateMinor' | 'billRateUnit' | 'feeType' | 'feeBp' | 'feeFlatMinor'>;

const CADENCES: readonly TimesheetCadence[] = ['weekly', 'biweekly', 'monthly'];
export const EMPTY_SHIFT: ShiftValues = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '09:00', endTime: '17:00', location: '' };
export const EMPTY_MILESTONE: MilestoneValues = { name: '', fee: '', dueOn: '', reachedOn: '' };

const bpToPercent = (bp: number | null): number | string => (bp === null ? '' : bp / 100);
const numberOrNull = (value: number | string): number | null => (value === '' || !Number.isFinite(Number(value)) ? null : Number(value));
const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The place form for an entry: the accepted offer's terms when there is one, else the job's, and its people. */
export function valuesForPlacing(job: Job, offer: OfferTerms | null, recruiterId: string | null): PlacementValues {
  const terms = offer ?? { employmentType: job.employmentType, currency: job.currency, startOn: null, payMinor: null, payUnit: job.payUnit, billRateMinor: job.billRateMinor, billRateUnit: job.billRateUnit, feeType: job.feeType, feeBp: job.feeBp, feeFlatMinor: job.feeFlatMinor };
  return {
    employmentType: terms.employmentType,
    startOn: terms.startOn ?? job.targetStartOn ?? '',
    endOn: '',
    pay: fromMinor(terms.payMinor, terms.currency),
    payUnit: terms.payUnit,
    billRate: fromMinor(terms.billRateMinor, terms.currency),
    billRateUnit: terms.billRateUnit,
    feeType: terms.feeType,
    feePercent: bpToPercent(terms.feeBp),
    feeFlat: fromMinor(terms.feeFlatMinor, terms.currency),
    firstYearSalary: '',
    shifts: [],
    expectedHoursPerWeek: '',
    timesheetApproverId: null,
    timesheetCadence: 'weekly',
    billingContactId: null,
    poNumber: '',
    paymentTermsDays: '',
    milestones: [],
    recruiterId,
    accountManagerId: job.owner?.id ?? null,
    replacesPlacementId: null,
  };
}

/** The edit form of a placement (also the B4 reactivation form): its terms as they are. */
export function valuesOfPlacement(placement: Placement): PlacementValues {
  const { currency, schedule } = placement;
  return {
    employmentType: placement.employmentType,
    startOn: placement.startOn ?? '',
    endOn: placement.endOn ?? '',
    pay: fromMinor(placement.payMinor, currency),
    payUnit: placement.payUnit,
    billRate: fromMinor(placement.billRateMinor, currency),
    billRateUnit: placement.billRateUnit,
    feeType: placement.feeType,
    feePercent: bpToPercent(placement.feeBp),
    feeFlat: fromMinor(placement.feeFlatMinor, currency),
    firstYearSalary: fromMinor(placement.firstYearSalaryMinor, currency),
    shifts: (schedule?.shifts ?? []).map((shift) => ({ days: [...shift.days], startTime: shift.startTime, endTime: shift.endTime, location: shift.location ?? '' })),
    expectedHoursPerWeek: schedule?.expectedHoursPerWeek ?? '',
    timesheetApproverId: schedule?.timesheetApproverId ?? null,
    timesheetCadence: schedule?.timesheetCadence ?? 'weekly',
    billingContactId: placement.billingContact?.id ?? null,
    poNumber: placement.poNumber ?? '',
    paymentTermsDays: placement.paymentTermsDays ?? '',
    milestones: placement.retainedMilestones.map((milestone) => ({ name: milestone.name, fee: fromMinor(milestone.feeMinor, currency), dueOn: milestone.dueOn ?? '', reachedOn: milestone.reachedOn ?? '' })),
    recruiterId: placement.recruiter?.id ?? null,
    accountManagerId: placement.accountManager?.id ?? null,
    replacesPlacementId: placement.replaces?.id ?? null,
  };
}

export const employmentTypeOf = (values: PlacementValues, fallback: EmploymentType): EmploymentType => pickOption(EMPLOYMENT_TYPES, values.employmentType) ?? fallback;

/** The schedule as the API takes it, or null when nothing was filled in (placements and assignments alike). */
export function scheduleOfValues(values: PlacementValues): NonNullable<UpdatePlacementBody['schedule']> | null {
  const hours = numberOrNull(values.expectedHoursPerWeek);
  if (values.shifts.length === 0 && hours === null && values.timesheetApproverId === null) {
    return null;
  }
  return {
    shifts: values.shifts.map((shift) => ({
      days: shift.days.flatMap((day) => pickOption(WEEKDAYS, day) ?? []),
      startTime: shift.startTime,
      endTime: shift.endTime,
      ...(shift.location.trim() ? { location: shift.location.trim() } : {}),
    })),
    expectedHoursPerWeek: hours,
    timesheetApproverId: values.timesheetApproverId,
    timesheetCadence: pickOption(CADENCES, values.timesheetCadence) ?? 'weekly',
  };
}

/** A placement's schedule: only temporary and contract work has one. */
const scheduleOf = (values: PlacementValues, type: EmploymentType): UpdatePlacementBody['schedule'] => (hasShifts(type) ? scheduleOfValues(values) : null);

export function termsOf(values: PlacementValues, type: EmploymentType, currency: string): Omit<UpdatePlacementBody, 'version'> {
  const feeType = pickOption(FEE_TYPES, values.feeType) ?? null;
  const percent = numberOrNull(values.feePercent);
  return {
    startOn: textOrNull(values.startOn),
    endOn: textOrNull(values.endOn),
    payMinor: toMinor(values.pay, currency),
    payUnit: pickOption(RATE_UNITS, values.payUnit) ?? null,
    billRateMinor: toMinor(values.billRate, currency),
    billRateUnit: pickOption(RATE_UNITS, values.billRateUnit) ?? null,
    feeType,
    feeBp: feeType === 'percent' && percent !== null ? Math.round(percent * 100) : null,
    feeFlatMinor: feeType === 'flat' ? toMinor(values.feeFlat, currency) : null,
    firstYearSalaryMinor: toMinor(values.firstYearSalary, currency),
    retainedMilestones:
      type === 'retained'
        ? values.milestones.map((milestone) => ({
            name: milestone.name.trim(),
            feeMinor: toMinor(milestone.fee, currency) ?? 0,
            ...(milestone.dueOn ? { dueOn: milestone.dueOn } : {}),
            ...(milestone.reachedOn ? { reachedOn: milestone.reachedOn } : {}),
          }))
        : [],
    schedule: scheduleOf(values, type),
    billingContactId: values.billingContactId,
    poNumber: textOrNull(values.poNumber),
    paymentTermsDays: numberOrNull(values.paymentTermsDays),
    recruiterId: values.recruiterId,
    accountManagerId: values.accountManagerId,
  };
}

const RENAMED: Record<string, string> = {
  payMinor: 'pay',
  billRateMinor: 'billRate',
  feeBp: 'feePercent',
  feeFlatMinor: 'feeFlat',
  firstYearSalaryMinor: 'firstYearSalary',
  schedule: 'shifts',
  'schedule.shifts': 'shifts',
  'schedule.expectedHoursPerWeek': 'expectedHoursPerWeek',
  'schedule.timesheetApproverId': 'timesheetApproverId',
  'schedule.timesheetCadence': 'timesheetCadence',
  retainedMilestones: 'milestones',
};

/** The form field an API field path points at: `schedule.shifts.0.startTime` → `shifts.0.startTime`. */
export function formPathOf(path: string): string {
  const renamed = RENAMED[path];
  if (renamed) {
    return renamed;
  }
  const shift = /^schedule\.shifts\.(\d+)\.(\w+)/.exec(path);
  if (shift) {
    return `shifts.${shift[1]}.${shift[2]}`;
  }
  const milestone = /^retainedMilestones\.(\d+)\.(\w+)/.exec(path);
  if (milestone) {
    return `milestones.${milestone[1]}.${milestone[2] === 'feeMinor' ? 'fee' : milestone[2]}`;
  }
  return path;
}

/**
 * Puts the API's field errors under the place form's fields (their names differ from the API's: amounts are typed in
 * major units, the schedule is spread over the form). Answers the messages no field shows, for the dialog to say.
 */
export function showPlacementErrors(form: UseFormReturnType<PlacementValues>, error: ApiError): string[] {
  const values = form.getValues();
  const shown: Record<string, string> = {};
  const rest: string[] = [];
  for (const field of error.fields) {
    const path = formPathOf(field.path);
    const top = path.split('.')[0] ?? path;
    if (Object.hasOwn(values, top)) {
      shown[path] = field.message;
    } else {
      rest.push(`${field.path}: ${field.message}`);
    }
  }
  form.setErrors(shown);
  return rest;
}
