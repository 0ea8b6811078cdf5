import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { errorMessage } from '../api/errors';

// The close button has no text of its own; screen readers need its name.
const dismissible = { closeButtonProps: { 'aria-label': 'Dismiss' } };

/** The one helper for toasts: success after a change, error when a call fails and no field shows why, info for what the user should know (nothing failed). */
export const notify = {
  success(message: string, title?: string): void {
    notifications.show({ ...dismissible, color: 'teal', icon: <IconCheck size={16} />, title, message, autoClose: 4000 });
  },
  info(message: string, title?: string): void {
    notifications.show({ ...dismissible, color: 'blue', icon: <IconInfoCircle size={16} />, title, message, autoClose: 8000 });
  },
  error(error: unknown, title = 'That did not work'): void {
    notifications.show({ ...dismissible, color: 'red', icon: <IconAlertCircle size={16} />, title, message: errorMessage(error), autoClose: 8000 });
  },
};
