import { Button, Group, Stack, Table } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { CONTACT_ROLE_LABELS } from '../../../../src/shared/clients';
import { useFormat } from '../../components/format';
import { Fact, FactGrid } from '../../components/fact';
import { PageHeader } from '../../components/page';
import { EditButton, RecordFallback, RecordLayout } from '../../components/record-page';
import { NextActionCard, RecordActivityPanel } from '../../components/record-activity';
import { ContactStatusBadge, Section } from './client-ui';
import { ContactDialog } from './contact-dialog';
import { MoveContactDialog } from './move-contact-dialog';
import { clientKeys, fetchContact } from './queries';
import { OrganizationLink } from './record-links';

const route = getRouteApi('/app/contacts/$contactId');

export function ContactPage() {
  const { contactId } = route.useParams();
  const format = useFormat();
  const [dialog, setDialog] = useState<'edit' | 'move' | null>(null);
  const record = useQuery({ queryKey: clientKeys.contact(contactId), queryFn: () => fetchContact(contactId) });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: contact, abilities } = record.data;
  const name = `${contact.firstName} ${contact.lastName}`;

  return (
    <Stack gap="md">
      <PageHeader
        title={name}
        description={
          <Group gap="xs" component="span">
            <ContactStatusBadge status={contact.status} />
            <span>
              {contact.title ? `${contact.title} at ` : ''}
              <OrganizationLink id={contact.organizationId} size="sm" underline="always">
                {contact.organizationName}
              </OrganizationLink>
            </span>
          </Group>
        }
        actions={
          <>
            {abilities.move ? (
              <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={() => setDialog('move')}>
                Move to another organization
              </Button>
            ) : null}
            {abilities.update ? <EditButton onClick={() => setDialog('edit')} /> : null}
          </>
        }
      />
      <RecordLayout
        main={
          <>
            <Section title="Overview">
              <FactGrid>
                <Fact label="Emails">{contact.emails.length > 0 ? contact.emails.join(', ') : '—'}</Fact>
                <Fact label="Phones">{contact.phones.length > 0 ? contact.phones.join(', ') : '—'}</Fact>
                <Fact label="Roles">{contact.roles.map((role) => CONTACT_ROLE_LABELS[role]).join(', ') || '—'}</Fact>
                <Fact label="Owner">{contact.ownerName ?? '—'}</Fact>
                <Fact label="Last contacted">{format.dateTime(contact.lastContactedAt, 'Never')}</Fact>
                <Fact label="Added">{format.date(contact.createdAt)}</Fact>
              </FactGrid>
              {contact.notes ? <Fact label="Notes">{contact.notes}</Fact> : null}
            </Section>
            <Section title="Employment history">
              <Table aria-label="Employment history" verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Organization</Table.Th>
                    <Table.Th>Title</Table.Th>
                    <Table.Th>From</Table.Th>
                    <Table.Th>Until</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contact.employments.map((employment) => (
                    <Table.Tr key={employment.id}>
                      <Table.Td>
                        <OrganizationLink id={employment.organizationId} size="sm">
                          {employment.organizationName}
                        </OrganizationLink>
                      </Table.Td>
                      <Table.Td>{employment.title ?? '—'}</Table.Td>
                      <Table.Td>{format.date(`${employment.startedOn}T12:00:00Z`)}</Table.Td>
                      <Table.Td>{employment.endedOn ? format.date(`${employment.endedOn}T12:00:00Z`) : 'Now'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Section>
            <RecordActivityPanel record={{ type: 'contact', id: contactId }} />
          </>
        }
        aside={
          <NextActionCard record={{ type: 'contact', id: contactId }} />
        }
      />
      {abilities.update ? <ContactDialog key={`${contact.id}:${contact.version}`} opened={dialog === 'edit'} onClose={() => setDialog(null)} contact={contact} /> : null}
      {abilities.move ? <MoveContactDialog key={`move:${contact.id}:${contact.version}`} opened={dialog === 'move'} onClose={() => setDialog(null)} contact={contact} /> : null}
    </Stack>
  );
}
