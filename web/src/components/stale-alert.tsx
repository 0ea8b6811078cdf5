import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

type StaleAlertProps = {
  /** The server's 409 message, which names who changed the record since it was opened. */
  message: string;
  /** Without it, the alert only says what happened (the caller offers no reload). */
  onReload?: () => void;
};

/** The server's 409, as UI.md asks: changed by whom since you opened it, with a reload. */
export function StaleAlert({ message, onReload }: StaleAlertProps) {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Changed by someone else" role="alert">
      <Stack gap="xs" align="flex-start">
        {message}, then make your change again.
        {onReload ? (
          <Button size="xs" variant="default" onClick={onReload}>
            Reload
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
