import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { ApiError, isApiError } from '../api/errors';
import { notify } from './notify';

/**
 * Puts the API's field errors under the form's fields; anything the form cannot show (no field, a conflict,
 * the network) goes to the notification helper. `fieldOf` names the form's field where the API's differs
 * (`payMinor` typed as `pay`).
 */
export function showFormErrors<T extends Record<string, unknown>>(form: UseFormReturnType<T>, error: unknown, fieldOf: Record<string, string> = {}): void {
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    notify.error(error);
    return;
  }
  const values = form.getValues();
  const shown: Record<string, string> = {};
  const rest: string[] = [];
  for (const field of error.fields) {
    const top = field.path.split('.')[0] ?? field.path;
    const name = fieldOf[top] ?? top;
    if (Object.hasOwn(values, name)) {
      shown[name] = field.message;
    } else {
      rest.push(`${field.path}: ${field.message}`);
    }
  }
  form.setErrors(shown);
  if (rest.length > 0) {
    notify.error(new Error(rest.join('; ')));
  }
}

/**
 * The save state of a form that sends the version it was opened with: the server's 409 marks the form stale (the
 * form shows `StaleAlert` and stops saving), any other error goes to `showFormErrors`; `close` resets the form and
 * the stale mark, then calls `onClose`.
 */
export function useSaveState<T extends Record<string, unknown>>(form: UseFormReturnType<T>, onClose?: () => void) {
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  return {
    isStale: staleMessage !== null,
    /** The server's words for the 409: who changed the record since it was opened. */
    staleMessage: staleMessage ?? '',
    handleError: (error: unknown) => {
      if (isApiError(error, 409)) {
        setStaleMessage(error.message);
        return;
      }
      showFormErrors(form, error);
    },
    close: () => {
      form.reset();
      setStaleMessage(null);
      onClose?.();
    },
  };
}
