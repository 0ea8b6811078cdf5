import { Checkbox, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormDialog } from '../../components/form-dialog';
import { showFormErrors, useSaveState } from '../../components/form-errors';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { ScheduleFields } from '../placements/placement-schedule-fields';
import { type PlacementValues, formPathOf, scheduleOfValues } from '../placements/placement-form-values';
import { dayOf, useAgencyToday } from './labels';
import { type Assignment, type AssignmentRate, assignmentActions, assignmentKeys } from './queries';
import { RATE_FIELD_OF, RateFields, type RateValues, rateValuesOf, ratesInputOf, validateRates } from './rate-fields';

type DialogProps = { assignment: Assignment; opened: boolean; onClose: () => void };

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['back-office'] });
  };
}

/** The start and end dates of an open assignment (B10: closed and cancelled ones are read-only until reactivated). */
export function DatesDialog({ assignment, opened, onClose }: DialogProps) {
  const refresh = useRefresh();
  const form = useForm<{ startOn: string; endOn: string }>({ mode: 'controlled', initialValues: { startOn: assignment.startOn ?? '', endOn: assignment.endOn ?? '' } });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: { startOn: string; endOn: string }) => assignmentActions.update(assignment.id, { version: assignment.version, startOn: values.startOn || null, endOn: values.endOn || null }),
    onSuccess: () => {
      refresh();
      notify.success('Dates saved.');
      saveState.close();
    },
    onError: saveState.handleError,
  });
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Edit dates" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save dates" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <TextInput label="Start date" type="date" {...form.getInputProps('startOn')} />
      <TextInput label="End date" type="date" description="Empty: open-ended" {...form.getInputProps('endOn')} />
    </FormDialog>
  );
}

/** A placement form holding only the schedule, so the placement's schedule fields serve the assignment too. */
function scheduleValuesOf(assignment: Assignment): PlacementValues {
  const { schedule } = assignment;
  return {
    employmentType: assignment.employmentType,
    startOn: '',
    endOn: '',
    pay: '',
    payUnit: null,
    billRate: '',
    billRateUnit: null,
    feeType: null,
    feePercent: '',
    feeFlat: '',
    firstYearSalary: '',
    shifts: (schedule?.shifts ?? []).map((shift) => ({ days: [...shift.days], startTime: shift.startTime, endTime: shift.endTime, location: shift.location ?? '' })),
    expectedHoursPerWeek: schedule?.expectedHoursPerWeek ?? '',
    timesheetApproverId: schedule?.timesheetApproverId ?? null,
    timesheetCadence: schedule?.timesheetCadence ?? 'weekly',
    billingContactId: null,
    poNumber: '',
    paymentTermsDays: '',
    milestones: [],
    recruiterId: null,
    accountManagerId: null,
    replacesPlacementId: null,
  };
}

/** Shifts (days, times, location), expected hours, approver and cadence, editable while the assignment is open. */
export function ScheduleDialog({ assignment, opened, onClose }: DialogProps) {
  const refresh = useRefresh();
  const form = useForm<PlacementValues>({ mode: 'controlled', initialValues: scheduleValuesOf(assignment) });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: PlacementValues) => assignmentActions.update(assignment.id, { version: assignment.version, schedule: scheduleOfValues(values) }),
    onSuccess: () => {
      refresh();
      notify.success('Schedule saved.');
      saveState.close();
    },
    onError: (error) => {
      if (error instanceof Error && 'fields' in error && Array.isArray(error.fields) && error.fields.length > 0) {
        const shown: Record<string, string> = {};
        for (const field of error.fields as { path: string; message: string }[]) {
          shown[formPathOf(field.path)] = field.message;
        }
        form.setErrors(shown);
        return;
      }
      saveState.handleError(error);
    },
  });
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Edit schedule" size="xl" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save schedule" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <ScheduleFields form={form} organizationId={assignment.organization.id} />
    </FormDialog>
  );
}


type RatesDialogProps = DialogProps & { current: AssignmentRate | null; fallbackCurrency: string };
type RatesFormValues = RateValues & { note: string };

/** New effective-dated rates: from a date on, pay and bill for regular, overtime and double time. */
export function RatesDialog({ assignment, current, fallbackCurrency, opened, onClose }: RatesDialogProps) {
  const refresh = useRefresh();
  const today = useAgencyToday();
  const form = useForm<RatesFormValues>({ mode: 'controlled', initialValues: { ...rateValuesOf(current, today, fallbackCurrency), note: '' }, validate: validateRates });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: RatesFormValues) => assignmentActions.changeRates(assignment.id, { version: assignment.version, ...ratesInputOf(values), note: values.note.trim() }),
    onSuccess: () => {
      refresh();
      notify.success('Rates saved.');
      saveState.close();
    },
    onError: (error) => (error instanceof Error && 'status' in error && error.status === 409 ? saveState.handleError(error) : showFormErrors(form, error, RATE_FIELD_OF)),
  });
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Change rates" size="lg" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Save rates" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Text size="sm">The new rates apply to time worked from the effective date on; earlier time keeps the rates that were in force.</Text>
      <RateFields form={form} />
      <Textarea label="Note" description="Optional: why the rates change" autosize minRows={1} maxLength={2000} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

type ExtendValues = RateValues & { endOn: string; note: string; withRates: boolean };

/** Extends an active assignment's end date, optionally with new rates from a date; the history shows each extension. */
export function ExtendDialog({ assignment, current, fallbackCurrency, opened, onClose }: RatesDialogProps) {
  const refresh = useRefresh();
  const format = useFormat();
  const today = useAgencyToday();
  const form = useForm<ExtendValues>({
    mode: 'controlled',
    initialValues: { ...rateValuesOf(current, assignment.endOn ?? today, fallbackCurrency), endOn: '', note: '', withRates: false },
    validate: (values) => ({
      endOn: /^\d{4}-\d{2}-\d{2}$/.test(values.endOn) ? null : 'Give the new end date',
      ...(values.withRates
        ? {
            effectiveFrom: validateRates.effectiveFrom(values.effectiveFrom),
            currency: validateRates.currency(values.currency),
            payRegular: validateRates.payRegular(values.payRegular),
            billRegular: validateRates.billRegular(values.billRegular),
          }
        : {}),
    }),
  });
  const saveState = useSaveState(form, onClose);
  const save = useMutation({
    mutationFn: (values: ExtendValues) =>
      assignmentActions.extend(assignment.id, { version: assignment.version, endOn: values.endOn, note: values.note.trim(), ...(values.withRates ? { rates: { ...ratesInputOf(values), note: values.note.trim() } } : {}) }),
    onSuccess: () => {
      refresh();
      notify.success('Assignment extended.');
      saveState.close();
    },
    onError: (error) => (error instanceof Error && 'status' in error && error.status === 409 ? saveState.handleError(error) : showFormErrors(form, error, RATE_FIELD_OF)),
  });
  const { withRates } = form.getValues();
  return (
    <FormDialog opened={opened} onClose={saveState.close} title="Extend assignment" size="lg" onSubmit={form.onSubmit((values) => save.mutate(values))} submitLabel="Extend" isPending={save.isPending} isSubmitDisabled={saveState.isStale}>
      {saveState.isStale ? <StaleAlert message={saveState.staleMessage} onReload={saveState.close} /> : null}
      <Text size="sm">Now ending {format.date(dayOf(assignment.endOn), 'open-ended')}.</Text>
      <TextInput label="New end date" type="date" required {...form.getInputProps('endOn')} />
      <Textarea label="Note" description="Shown in the history with the extension" autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
      <Checkbox label="New rates from a date" {...form.getInputProps('withRates', { type: 'checkbox' })} />
      {withRates ? <RateFields form={form} /> : null}
    </FormDialog>
  );
}
