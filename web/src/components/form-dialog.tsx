import { type MantineSize, Modal, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { FormActions } from './form-actions';

type FormDialogProps = {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize;
  gap?: MantineSize;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: ReactNode;
  isPending: boolean;
  isSubmitDisabled?: boolean;
  children: ReactNode;
};

/** A dialog that is one form: its fields stacked, then Cancel (which closes it) and the submit button. */
export function FormDialog({ opened, onClose, title, size, gap = 'sm', onSubmit, submitLabel, isPending, isSubmitDisabled, children }: FormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate onSubmit={onSubmit}>
        <Stack gap={gap}>
          {children}
          <FormActions submitLabel={submitLabel} isPending={isPending} isSubmitDisabled={isSubmitDisabled} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
