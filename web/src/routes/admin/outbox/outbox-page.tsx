import { Alert, Anchor, Drawer, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useCursorList } from '../../../api/pages';
import type { Mail } from '../../../api/types';
import { MailStatusBadge } from '../../../components/badges';
import { type Formatters, useFormat } from '../../../components/format';
import { LinkifiedText } from '../../../components/linkified-text';
import { ListTable } from '../../../components/list-table';
import { Empty, PageHeader } from '../../../components/page';
import { fetchOutbox, outboxKeys } from './queries';


function MailDrawer({ mail, format, onClose }: { mail: Mail | null; format: Formatters; onClose: () => void }) {
  return (
    <Drawer opened={mail !== null} onClose={onClose} position="right" size="lg" title={<Text fw={600}>{mail?.subject ?? 'Mail'}</Text>}>
      {mail ? (
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <Stack gap={2}>
              <Text size="xs" c="dimmed" fw={500}>
                To
              </Text>
              <Text size="sm">{mail.to}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" fw={500}>
                Status
              </Text>
              <Group gap={6}>
                <MailStatusBadge status={mail.status} />
                <Text size="xs" c="dimmed">
                  {mail.sentAt ? `sent ${format.dateTime(mail.sentAt)}` : `written ${format.dateTime(mail.createdAt)}`}
                </Text>
              </Group>
            </Stack>
          </SimpleGrid>
          {mail.error ? (
            <Alert color="red" variant="light" title="Delivery failed">
              {mail.error}
            </Alert>
          ) : null}
          {mail.status === 'kept' ? (
            <Text size="xs" c="dimmed">
              No mail server (SMTP) is configured, so Fillrate keeps this mail here instead of sending it.
            </Text>
          ) : null}
          <Paper withBorder p="md" radius="md" aria-label="Mail text">
            <LinkifiedText text={mail.text} />
          </Paper>
        </Stack>
      ) : null}
    </Drawer>
  );
}

/** Every mail the agency sent or keeps (without SMTP the outbox is where invitations can be read). */
export function OutboxPage() {
  const format = useFormat();
  const [openMail, setOpenMail] = useState<Mail | null>(null);
  const list = useCursorList(outboxKeys.all, fetchOutbox);

  return (
    <Stack gap={0}>
      <PageHeader title="Outbox" description="Mail Fillrate sent for this agency, newest first. Open one to read it." />
      <ListTable<Mail>
        query={list}
            aria-label="Outbox"
            onRowClick={({ record }) => setOpenMail(record)}
            columns={[
              { accessor: 'to', title: 'To' },
              {
                accessor: 'subject',
                title: 'Subject',
                render: (mail) => (
                  <Anchor component="button" type="button" size="sm" c="var(--mantine-color-text)" fw={500} onClick={() => setOpenMail(mail)}>
                    {mail.subject}
                  </Anchor>
                ),
              },
              { accessor: 'status', title: 'Status', render: (mail) => <MailStatusBadge status={mail.status} /> },
              { accessor: 'createdAt', title: 'Time', render: (mail) => format.dateTime(mail.createdAt) },
            ]}
            emptyState={<Empty title="No mail yet">Mail appears here when Fillrate sends one, for example when you invite a user.</Empty>}
      />
      <MailDrawer mail={openMail} format={format} onClose={() => setOpenMail(null)} />
    </Stack>
  );
}
