import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { EmploymentType } from '../../../../src/shared/jobs';
import { ApiError, errorMessage } from '../../api/errors';
import { FormDialog } from '../../components/form-dialog';
import { notify } from '../../components/notify';
import { PlacementFormFields } from './placement-form-fields';
import { type PlacementValues, employmentTypeOf, showPlacementErrors, termsOf } from './placement-form-values';
import { type PlacementRecord, placementActions, placementKeys } from './queries';

/** What the form places or saves: a new placement of an entry, or an existing one edited (PATCH) or placed again (B4). */
export type PlacementFormMode =
  | { kind: 'place'; entryId: string; name: string; offerId: string | null; replaceOptions: { value: string; label: string }[] }
  | { kind: 'edit' | 'reactivate'; placementId: string; reference: string; version: number };

type PlacementFormDialogProps = {
  mode: PlacementFormMode;
  opened: boolean;
  initialValues: PlacementValues;
  organizationId: string;
  currency: string;
  employmentType: EmploymentType;
  /** What happens, said above the form. */
  intro: ReactNode;
  /** Cancel or Esc: nothing was saved. */
  onClose: () => void;
  /** After a save, instead of `onClose`: the opener closes the dialog. */
  onSaved: (record: PlacementRecord) => void;
};

type Refusal = { message: string; rule?: string; isConflict: boolean };

const TITLES = { place: 'Place', edit: 'Edit', reactivate: 'Reactivate' } as const;

/** The place form: placing an entry, editing a placement, and placing a cancelled one again ("Place candidate", B4). */
export function PlacementFormDialog({ mode, opened, initialValues, organizationId, currency, employmentType, intro, onClose, onSaved }: PlacementFormDialogProps) {
  const queryClient = useQueryClient();
  const form = useForm<PlacementValues>({ mode: 'controlled', initialValues });
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const save = useMutation({
    mutationFn: (values: PlacementValues) => {
      const type = employmentTypeOf(values, employmentType);
      const terms = termsOf(values, type, currency);
      switch (mode.kind) {
        case 'place':
          return placementActions.place({ entryId: mode.entryId, offerId: mode.offerId, replacesPlacementId: values.replacesPlacementId, employmentType: type, currency, ...terms });
        case 'edit':
          return placementActions.update(mode.placementId, { version: mode.version, ...terms });
        case 'reactivate':
          return placementActions.reactivate(mode.placementId, { version: mode.version, ...terms });
      }
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(placementKeys.record(answer.data.id), answer);
      const { reference, candidate, job } = answer.data;
      notify.success(mode.kind === 'edit' ? `${reference} was saved.` : `${candidate.name} is placed on ${job.title} (${reference}, pending approval).`);
      void queryClient.invalidateQueries({ queryKey: placementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
      form.reset();
      setRefusal(null);
      onSaved(answer);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        notify.error(error);
        return;
      }
      const unshown = showPlacementErrors(form, error);
      if (error.fields.length > 0 && unshown.length === 0) {
        setRefusal(null);
        return;
      }
      setRefusal({ message: unshown.length > 0 ? unshown.join('; ') : errorMessage(error), rule: error.rule, isConflict: error.isConflict });
    },
  });

  function handleClose() {
    form.reset();
    setRefusal(null);
    onClose();
  }

  function handleReload() {
    if (mode.kind !== 'place') {
      void queryClient.invalidateQueries({ queryKey: placementKeys.record(mode.placementId) });
    }
    void queryClient.invalidateQueries({ queryKey: ['jobs'] });
    handleClose();
  }

  const title = mode.kind === 'place' ? `Place ${mode.name}` : `${TITLES[mode.kind]} ${mode.reference}`;
  return (
    <FormDialog
      opened={opened}
      onClose={handleClose}
      title={title}
      size="xl"
      onSubmit={form.onSubmit((values) => save.mutate(values))}
      submitLabel={mode.kind === 'edit' ? 'Save changes' : 'Place candidate'}
      isPending={save.isPending}
    >
      <Text size="sm">{intro}</Text>
      <PlacementFormFields
        form={form}
        organizationId={organizationId}
        currency={currency}
        fallbackType={employmentType}
        isTypeEditable={mode.kind === 'place'}
        replaceOptions={mode.kind === 'place' ? mode.replaceOptions : undefined}
      />
      {refusal ? (
        <Alert color={refusal.isConflict ? 'yellow' : 'red'} variant="light" icon={<IconAlertCircle size={18} />} title={mode.kind === 'edit' ? 'Not saved' : 'Not placed'} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{refusal.message}</Text>
            {refusal.rule ? (
              <Text size="xs" c="dimmed">
                Rule: {refusal.rule}
              </Text>
            ) : null}
            {refusal.isConflict ? (
              <Button size="xs" variant="default" onClick={handleReload}>
                Reload
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </FormDialog>
  );
}
