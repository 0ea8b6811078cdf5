import { Button, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCopy, IconMail } from '@tabler/icons-react';
import { type PipelineCard, plural } from './queries';

type EmailDialogProps = { opened: boolean; entries: PipelineCard[]; onClose: () => void };

/**
 * An email to the chosen candidates from the user's own mail app: their addresses in BCC (none sees the others).
 * Candidates marked do not contact are left out, and the dialog says who has no address.
 */
export function EmailDialog({ opened, entries, onClose }: EmailDialogProps) {
  const reachable = entries.filter((entry) => !entry.flags.doNotContact);
  const addresses = [...new Set(reachable.flatMap((entry) => (entry.email ? [entry.email] : [])))];
  const without = reachable.filter((entry) => entry.email === null).length;
  const excluded = entries.length - reachable.length;
  const href = `mailto:?bcc=${addresses.map((address) => encodeURIComponent(address)).join(',')}`;

  return (
    <Modal opened={opened} onClose={onClose} title={`Email ${plural(entries.length, 'candidate')}`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text size="sm">
          {addresses.length > 0 ? `${plural(addresses.length, 'address', 'addresses')} go in BCC, so nobody sees the others.` : 'Nobody chosen can be emailed.'}
          {excluded > 0 ? ` ${plural(excluded, 'candidate')} marked do not contact ${excluded === 1 ? 'is' : 'are'} left out.` : ''}
          {without > 0 ? ` ${plural(without, 'candidate')} ${without === 1 ? 'has' : 'have'} no email address.` : ''}
        </Text>
        {addresses.length > 0 ? (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {addresses.join(', ')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          {addresses.length > 0 ? (
            <>
              <CopyButton value={addresses.join(', ')}>
                {({ copied, copy }) => (
                  <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>
                    {copied ? 'Copied' : 'Copy addresses'}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={href} leftSection={<IconMail size={16} />}>
                Open in mail app
              </Button>
            </>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
