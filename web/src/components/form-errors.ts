import type { UseFormReturnType } from '@mantine/form';
import { ApiError } from '../api/errors';
import { notify } from './notify';

/**
 * Puts the API's field errors under the form's fields; anything the form cannot show (no field, a conflict,
 * the network) goes to the notification helper.
 */
export function showFormErrors<T extends Record<string, unknown>>(form: UseFormReturnType<T>, error: unknown): void {
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    notify.error(error);
    return;
  }
  const values = form.getValues();
  const shown: Record<string, string> = {};
  const rest: string[] = [];
  for (const field of error.fields) {
    const top = field.path.split('.')[0] ?? field.path;
    if (Object.hasOwn(values, top)) {
      shown[top] = field.message;
    } else {
      rest.push(`${field.path}: ${field.message}`);
    }
  }
  form.setErrors(shown);
  if (rest.length > 0) {
    notify.error(new Error(rest.join('; ')));
  }
}
