import { Alert, Checkbox, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AssignmentAction } from '../../../../src/shared/back-office';
import { isDirectPath, type AssignmentStatus } from '../../../../src/shared/pipeline';
import { BatchRefusalAlert, useBatchRefusal } from '../../components/batch-refusal-alert';
import { FormDialog } from '../../components/form-dialog';
import { useFormat } from '../../components/format';
import { notify } from '../../components/notify';
import { ASSIGNMENT_STATUS_LABELS, ACTIONS_FROM, dayOf, useAgencyToday } from './labels';
import { type AssignmentSummary, assignmentActions, assignmentKeys } from './queries';

/** What the dialog needs of each selected assignment (a list row, or the record on its page). */
export type Selected = Pick<AssignmentSummary, 'id' | 'status' | 'employmentType' | 'startOn' | 'endOn' | 'candidate' | 'job' | 'employee'>;

type UpdateStatusDialogProps = { assignments: Selected[]; opened: boolean; onClose: () => void; onDone?: () => void };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const OPTION_LABELS: Record<AssignmentAction, (count: number) => string> = {
  approve: (count) => (count === 1 ? 'Approve assignment' : 'Approve assignments'),
  close: (count) => (count === 1 ? 'Close assignment' : 'Close assignments'),
  cancel: (count) => (count === 1 ? 'Cancel assignment' : 'Cancel assignments'),
  reactivate: (count) => (count === 1 ? 'Reactivate assignment' : 'Reactivate assignments'),
};
const DONE_LABELS: Record<AssignmentAction, string> = { approve: 'approved', close: 'closed', cancel: 'cancelled', reactivate: 'reactivated' };

type Values = {
  startOn: string;
  directEndOn: string;
  terminationOn: string;
  otherCloseOn: string;
  overrideOtherEndDates: boolean;
  endOn: string;
  overrideEndDate: boolean;
  reason: string;
  changeEndDate: boolean;
  newEndOn: string;
  reactivateEmployee: boolean;
};

/** The one status the selected assignments share (the dialog opens only then), or null. */
export function sharedStatus(assignments: readonly Pick<Selected, 'status'>[]): AssignmentStatus | null {
  const first = assignments[0]?.status;
  return first !== undefined && assignments.every((assignment) => assignment.status === first) ? first : null;
}

function DateField({ label, description, value, onChange, required = true }: { label: string; description?: string; value: string; onChange: (value: string) => void; required?: boolean }) {
  return <TextInput type="date" label={label} description={description} required={required} value={value} onChange={(event) => onChange(event.currentTarget.value)} w={260} />;
}

/**
 * The Update status dialog (B5–B12, the seed's pop-ups): for assignments sharing one status, the actions that status
 * allows, each with exactly the dates and choices its rules need. What the user chose is what the server receives; a
 * refused batch lists every refused assignment with its rule and blocking record, and nothing changed.
 */
export function UpdateStatusDialog({ assignments, opened, onClose, onDone }: UpdateStatusDialogProps) {
  const queryClient = useQueryClient();
  const format = useFormat();
  const today = useAgencyToday();
  const status = sharedStatus(assignments);
  const actions = status ? ACTIONS_FROM[status] : [];
  const [action, setAction] = useState<AssignmentAction | null>(null);
  const chosen = action && actions.includes(action) ? action : (actions[0] ?? null);
  const direct = assignments.filter((assignment) => isDirectPath(assignment.employmentType));
  const temp = assignments.filter((assignment) => !isDirectPath(assignment.employmentType));
  const singleDirect = direct.length === 1 ? direct[0] : undefined;
  const initial = (): Values => ({
    startOn: today,
    directEndOn: singleDirect ? (singleDirect.endOn ?? singleDirect.startOn ?? '') : '',
    terminationOn: today,
    otherCloseOn: today,
    overrideOtherEndDates: false,
    endOn: today,
    overrideEndDate: false,
    reason: '',
    changeEndDate: false,
    newEndOn: today,
    reactivateEmployee: false,
  });
  const [values, setValues] = useState<Values>(initial);
  const batch = useBatchRefusal();
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const labelOf = (id: string) => {
    const found = assignments.find((assignment) => assignment.id === id);
    return found ? `${found.candidate.name} — ${found.job.title}` : undefined;
  };

  function handleClose() {
    setValues(initial());
    setAction(null);
    batch.clear();
    setProblem(null);
    onClose();
  }

  const run = useMutation({
    mutationFn: async (current: AssignmentAction) => {
      const ids = assignments.map((assignment) => assignment.id);
      switch (current) {
        case 'approve':
          return assignmentActions.run('approve', ids, {
            ...(temp.length > 0 ? { startOn: values.startOn } : {}),
            ...(direct.length > 0
              ? { ...(values.directEndOn ? { directEndOn: values.directEndOn } : {}), terminationOn: values.terminationOn, otherCloseOn: values.otherCloseOn, overrideEndDate: values.overrideOtherEndDates }
              : {}),
          });
        case 'close':
          return assignmentActions.run('close', ids, { endOn: values.endOn, overrideEndDate: values.overrideEndDate });
        case 'cancel':
          return assignmentActions.run('cancel', ids, { endOn: values.endOn, overrideEndDate: values.overrideEndDate, ...(values.reason.trim() ? { reason: values.reason.trim() } : {}) });
        case 'reactivate':
          return assignmentActions.run('reactivate', ids, { changeEndDate: values.changeEndDate, ...(values.changeEndDate ? { endOn: values.newEndOn } : {}), reactivateEmployee: values.reactivateEmployee });
      }
    },
    onSuccess: (changed, current) => {
      notify.success(`${plural(changed.length, 'assignment')} ${DONE_LABELS[current]}.`);
      for (const key of [assignmentKeys.all, ['placements'], ['candidates'], ['employees'], ['back-office'], ['jobs'], ['pipeline']]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
      handleClose();
      onDone?.();
    },
    onError: (error) => batch.handle(error, (other) => notify.error(other)),
  });

  /** Dates the chosen action needs, checked before anything is sent. */
  function missingDate(current: AssignmentAction): string | null {
    const needed: [string, string][] =
      current === 'approve'
        ? [...(temp.length > 0 ? ([['Start date', values.startOn]] as [string, string][]) : []), ...(direct.length > 0 ? ([['Termination date', values.terminationOn], ['Close date', values.otherCloseOn]] as [string, string][]) : [])]
        : current === 'reactivate'
          ? values.changeEndDate
            ? [['New end date', values.newEndOn]]
            : []
          : [['End date', values.endOn]];
    const missing = needed.find(([, value]) => !DATE.test(value));
    return missing ? `Give the ${missing[0].toLowerCase()}.` : null;
  }

  const count = assignments.length;
  return (
    <FormDialog
      opened={opened}
      onClose={handleClose}
      title="Update status"
      size="lg"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) {
          return;
        }
        const missing = missingDate(chosen);
        setProblem(missing);
        if (!missing) {
          run.mutate(chosen);
        }
      }}
      submitLabel={chosen ? OPTION_LABELS[chosen](count) : 'Update status'}
      isPending={run.isPending}
      isSubmitDisabled={!chosen}
    >
      <Text size="sm">
        {plural(count, 'assignment')} selected, all {status ? ASSIGNMENT_STATUS_LABELS[status].toLowerCase() : '—'}:{' '}
        {assignments
          .slice(0, 4)
          .map((assignment) => `${assignment.candidate.name} (${assignment.job.title})`)
          .join(', ')}
        {count > 4 ? ` and ${count - 4} more` : ''}.
      </Text>
      {actions.length > 0 ? (
        <Radio.Group label="Action" value={chosen} onChange={(value) => setAction(actions.find((candidate) => candidate === value) ?? null)}>
          <Stack gap={6} mt={6}>
            {actions.map((option) => (
              <Radio key={option} value={option} label={OPTION_LABELS[option](count)} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Text size="sm" c="red">
          The selected assignments do not share one status.
        </Text>
      )}

      {chosen === 'approve' ? (
        <Stack gap="sm">
          {temp.length > 0 ? (
            <Paper withBorder radius="sm" p="sm" component="fieldset" aria-label="Start date for assignments without one" style={{ margin: 0 }}>
              <Stack gap={6}>
                <Title order={3} size="h6">
                  Start date for assignments without one
                </Title>
                <Text size="sm">
                  {plural(temp.length, 'temp/contract assignment')} {temp.length === 1 ? 'becomes' : 'become'} active, {temp.length === 1 ? 'its candidate' : 'their candidates'} On assignment.{' '}
                  {temp.filter((assignment) => !assignment.startOn).length > 0
                    ? `${plural(temp.filter((assignment) => !assignment.startOn).length, 'has', 'have')} no start date yet and start${temp.filter((assignment) => !assignment.startOn).length === 1 ? 's' : ''} on this date.`
                    : 'Every one already has its start date, which is kept.'}
                </Text>
                <DateField label="Start date" value={values.startOn} onChange={(value) => set('startOn', value)} />
              </Stack>
            </Paper>
          ) : null}
          {direct.length > 0 ? (
            <Paper withBorder radius="sm" p="sm" component="fieldset" aria-label="Direct assignments" style={{ margin: 0 }}>
              <Stack gap={6}>
                <Title order={3} size="h6">
                  Direct assignments ({direct.map((assignment) => assignment.candidate.name).join(', ')})
                </Title>
                <Text size="sm" fw={600}>
                  Approving closes {direct.length === 1 ? 'the direct assignment' : 'each direct assignment'} at once, hires the candidate as an employee and terminates that employment; the candidate becomes
                  Actively searching.
                </Text>
                <DateField
                  label="End date"
                  required={false}
                  description={
                    singleDirect?.endOn
                      ? `It already has an end date (${format.date(dayOf(singleDirect.endOn))}), which is kept.`
                      : direct.length === 1
                        ? 'Default: its start date.'
                        : 'For those without one. Empty: each its own start date. An end date already on an assignment is kept.'
                  }
                  value={values.directEndOn}
                  onChange={(value) => set('directEndOn', value)}
                />
                <DateField label="Termination date" description="The employment ends on this date (default: today, the approval date)." value={values.terminationOn} onChange={(value) => set('terminationOn', value)} />
                <Text size="sm">The employee&apos;s other active assignments will be closed.</Text>
                <DateField label="Close date" description="The close date of the employee's other active assignments (default: today)." value={values.otherCloseOn} onChange={(value) => set('otherCloseOn', value)} />
                <Checkbox
                  label="Override existing end dates of those assignments with this date"
                  checked={values.overrideOtherEndDates}
                  onChange={(event) => set('overrideOtherEndDates', event.currentTarget.checked)}
                />
              </Stack>
            </Paper>
          ) : null}
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="xs">
            <Text size="sm">Start and end dates already on an assignment are never overwritten by this dialog.</Text>
          </Alert>
        </Stack>
      ) : null}

      {chosen === 'close' || chosen === 'cancel' ? (
        <Stack gap="sm">
          <DateField
            label="End date"
            description={`For assignments without an end date; those with one keep it unless you override below. ${chosen === 'cancel' ? 'A future date is allowed.' : 'A future date is allowed.'}`}
            value={values.endOn}
            onChange={(value) => set('endOn', value)}
          />
          <Checkbox label="Override existing end dates with this date" checked={values.overrideEndDate} onChange={(event) => set('overrideEndDate', event.currentTarget.checked)} />
          {chosen === 'cancel' ? <Textarea label="Reason" description="Optional" autosize minRows={2} maxLength={500} value={values.reason} onChange={(event) => set('reason', event.currentTarget.value)} /> : null}
          <Text size="sm" c="dimmed">
            {chosen === 'cancel' ? 'Cancelling an assignment cancels its placement too. ' : ''}Timesheets and expenses can still be entered up to each assignment&apos;s end date. Candidates with no other active or
            pending assignment become Actively searching.
          </Text>
        </Stack>
      ) : null}

      {chosen === 'reactivate' ? (
        <Stack gap="sm">
          <Checkbox label="Change end date" checked={values.changeEndDate} onChange={(event) => set('changeEndDate', event.currentTarget.checked)} />
          {values.changeEndDate ? (
            <DateField label="New end date" value={values.newEndOn} onChange={(value) => set('newEndOn', value)} />
          ) : (
            <Text size="sm" c="dimmed">
              The end date is kept.
            </Text>
          )}
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
            <Text size="sm">If you are reactivating to change the rates or other details of the assignment, do not tick “Change end date”.</Text>
          </Alert>
          <Checkbox
            label="Reactivate the employee record"
            description="Makes a terminated employee record of the candidate active again."
            checked={values.reactivateEmployee}
            onChange={(event) => set('reactivateEmployee', event.currentTarget.checked)}
          />
          <Text size="sm" c="dimmed">
            Assignments that had been approved become active again, the others need approval. An assignment whose timesheets, billable expenses or placement fee are on an invoice that is not void cannot be
            reactivated: void or remove that invoice first.
          </Text>
        </Stack>
      ) : null}

      {problem ? (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      ) : null}
      {batch.refusal ? <BatchRefusalAlert title="Nothing was changed" refusal={batch.refusal} listLabel="Refused assignments" labelOf={labelOf} /> : null}
    </FormDialog>
  );
}
