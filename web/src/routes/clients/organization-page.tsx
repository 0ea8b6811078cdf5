import { Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { CONTACT_ROLE_LABELS } from '../../../../src/shared/clients';
import { Fact, FactGrid } from '../../components/fact';
import { LoadError, PageHeader } from '../../components/page';
import { formatPercent } from '../../components/money';
import { EditButton, RecordFallback, RecordLayout } from '../../components/record-page';
import { NextActionCard, RecordActivityPanel } from '../../components/record-activity';
import { formatMoney } from '../../components/money';
import { ContactStatusBadge, OrganizationStatusBadge, Section } from './client-ui';
import { ContactDialog } from './contact-dialog';
import { DealDialog } from './deal-dialog';
import { JobOrdersByStatus } from './job-orders';
import { OrganizationDialog } from './organization-dialog';
import { type Address, type OrganizationDetail, clientKeys, fetchContacts, fetchDeals, fetchOrganization } from './queries';
import { ContactLink, DealLink, OrganizationLink } from './record-links';

const route = getRouteApi('/app/organizations/$organizationId');

const addressText = (address: Address | null | undefined) => (address ? [address.line1, address.line2, address.city, address.postalCode, address.country].filter(Boolean).join(', ') : '—');
const percent = (bp: number | null) => (bp === null ? '—' : `${bp / 100}%`);

function Overview({ organization }: { organization: OrganizationDetail }) {
  return (
    <Section title="Overview">
      <FactGrid>
        <Fact label="Industry">{organization.industry ?? '—'}</Fact>
        <Fact label="Website">{organization.website ?? '—'}</Fact>
        <Fact label="Phone">{organization.phone ?? '—'}</Fact>
        <Fact label="Address">{addressText(organization.addresses[0])}</Fact>
        <Fact label="Owner">{organization.ownerName ?? '—'}</Fact>
        <Fact label="Tags">{organization.tags.length > 0 ? organization.tags.join(', ') : '—'}</Fact>
      </FactGrid>
      <Text fw={600} size="sm" mt="xs">
        Invoicing
      </Text>
      <FactGrid>
        <Fact label="Billing contact">{organization.billingContactName ?? '—'}</Fact>
        <Fact label="Billing address">{addressText(organization.billingAddress)}</Fact>
        <Fact label="Payment terms">{organization.paymentTermsDays} days</Fact>
        <Fact label="Currency">{organization.currency}</Fact>
        <Fact label="Tax id">{organization.taxId ?? '—'}</Fact>
        <Fact label="Tax rate">{formatPercent(organization.taxRateBp)}</Fact>
        <Fact label="Default markup / fee">
          {percent(organization.defaultMarkupBp)} / {percent(organization.defaultFeeBp)}
        </Fact>
      </FactGrid>
      {organization.notes ? <Fact label="Notes">{organization.notes}</Fact> : null}
    </Section>
  );
}

function Divisions({ organization }: { organization: OrganizationDetail }) {
  if (!organization.parent && organization.children.length === 0) {
    return null;
  }
  return (
    <Section title="Divisions">
      {organization.parent ? (
        <Text size="sm">
          Division of{' '}
          <OrganizationLink id={organization.parent.id} underline="always">
            {organization.parent.name}
          </OrganizationLink>
        </Text>
      ) : null}
      {organization.children.length > 0 ? (
        <List size="sm" spacing={4}>
          {organization.children.map((child) => (
            <List.Item key={child.id}>
              <Group gap="xs">
                <OrganizationLink id={child.id}>
                  {child.name}
                </OrganizationLink>
                <OrganizationStatusBadge status={child.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Section>
  );
}

export function OrganizationPage() {
  const { organizationId } = route.useParams();
  const [dialog, setDialog] = useState<'edit' | 'contact' | 'deal' | null>(null);
  const record = useQuery({ queryKey: clientKeys.organization(organizationId), queryFn: () => fetchOrganization(organizationId) });
  const contacts = useQuery({ queryKey: clientKeys.contactList({ organizationId }), queryFn: () => fetchContacts({ organizationId }, undefined) });
  const deals = useQuery({ queryKey: clientKeys.dealList({ organizationId }), queryFn: () => fetchDeals({ organizationId }, undefined) });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: organization, abilities } = record.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={organization.name}
        description={
          <Group gap="xs" component="span">
            <OrganizationStatusBadge status={organization.status} />
            <span>{[organization.industry, organization.ownerName ? `Owner: ${organization.ownerName}` : null].filter(Boolean).join(' · ')}</span>
          </Group>
        }
        actions={
          abilities.update ? <EditButton onClick={() => setDialog('edit')} /> : null
        }
      />
      <RecordLayout
        main={
          <>
            <Overview organization={organization} />
            <Divisions organization={organization} />
            <Section
              title={`Contacts (${organization.contactCount})`}
              actions={
                abilities.createContact ? (
                  <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog('contact')}>
                    Add contact
                  </Button>
                ) : null
              }
            >
              {contacts.isError ? <LoadError error={contacts.error} onRetry={() => void contacts.refetch()} /> : null}
              {contacts.data && contacts.data.data.length === 0 ? <Text size="sm" c="dimmed">No contacts yet.</Text> : null}
              {contacts.data && contacts.data.data.length > 0 ? (
                <Table aria-label="Contacts" verticalSpacing={6}>
                  <Table.Tbody>
                    {contacts.data.data.map((contact) => (
                      <Table.Tr key={contact.id}>
                        <Table.Td>
                          <ContactLink id={contact.id} size="sm" fw={500}>
                            {contact.firstName} {contact.lastName}
                          </ContactLink>
                        </Table.Td>
                        <Table.Td>{contact.title ?? '—'}</Table.Td>
                        <Table.Td>{contact.roles.map((role) => CONTACT_ROLE_LABELS[role]).join(', ')}</Table.Td>
                        <Table.Td>
                          <ContactStatusBadge status={contact.status} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </Section>
            <Section
              title={`Deals (${organization.dealCount})`}
              actions={
                abilities.createDeal ? (
                  <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setDialog('deal')}>
                    New deal
                  </Button>
                ) : null
              }
            >
              {deals.isError ? <LoadError error={deals.error} onRetry={() => void deals.refetch()} /> : null}
              {deals.data && deals.data.data.length === 0 ? <Text size="sm" c="dimmed">No deals yet.</Text> : null}
              {deals.data && deals.data.data.length > 0 ? (
                <Table aria-label="Deals" verticalSpacing={6}>
                  <Table.Tbody>
                    {deals.data.data.map((deal) => (
                      <Table.Tr key={deal.id}>
                        <Table.Td>
                          <DealLink id={deal.id} size="sm" fw={500}>
                            {deal.title}
                          </DealLink>
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" radius="sm">
                            {deal.stageLabel}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{formatMoney(deal.valueMinor, deal.currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </Section>
            <Section title="Job orders">
              <JobOrdersByStatus filter={{ organizationId }} />
            </Section>
            <RecordActivityPanel record={{ type: 'organization', id: organizationId }} />
          </>
        }
        aside={
          <>
            <NextActionCard record={{ type: 'organization', id: organizationId }} />
            <Section title="Key facts">
              <Fact label="Contacts">{organization.contactCount}</Fact>
              <Fact label="Deals">{organization.dealCount}</Fact>
              <Fact label="Payment terms">{organization.paymentTermsDays} days</Fact>
            </Section>
          </>
        }
      />
      {abilities.update ? <OrganizationDialog key={`${organization.id}:${organization.version}`} opened={dialog === 'edit'} onClose={() => setDialog(null)} organization={organization} /> : null}
      {abilities.createContact ? <ContactDialog opened={dialog === 'contact'} onClose={() => setDialog(null)} organization={organization} /> : null}
      {abilities.createDeal ? <DealDialog opened={dialog === 'deal'} onClose={() => setDialog(null)} organization={organization} /> : null}
    </Stack>
  );
}
