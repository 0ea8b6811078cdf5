import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { errorMessage } from '../api/errors';

/** The one helper for toasts: success after a change, error when a call fails and no field shows why. */
export const notify = {
  success(message: string, title?: string): void {
    notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title, message, autoClose: 4000 });
  },
  error(error: unknown, title = 'That did not work'): void {
    notifications.show({ color: 'red', icon: <IconAlertCircle size={16} />, title, message: errorMessage(error), autoClose: 8000 });
  },
};
