import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

type FormActionsProps = {
  submitLabel: ReactNode;
  isPending: boolean;
  onCancel: () => void;
  cancelLabel?: ReactNode;
  isSubmitDisabled?: boolean;
  submitColor?: string;
};

/** A dialog's or form's footer: Cancel (off while saving) and the submit button (loading while saving). */
export function FormActions({ submitLabel, isPending, onCancel, cancelLabel = 'Cancel', isSubmitDisabled, submitColor }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel} disabled={isPending}>
        {cancelLabel}
      </Button>
      <Button type="submit" color={submitColor} loading={isPending} disabled={isSubmitDisabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
