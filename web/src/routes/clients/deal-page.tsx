import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useFormat } from '../../components/format';
import { Fact, FactGrid } from '../../components/fact';
import { PageHeader } from '../../components/page';
import { EditButton, RecordFallback, RecordLayout } from '../../components/record-page';
import { RecordActivityPanel } from '../../components/record-activity';
import { formatMoney } from '../../components/money';
import { Section } from './client-ui';
import { DealDialog } from './deal-dialog';
import { JobOrdersByStatus } from './job-orders';
import { clientKeys, fetchDeal } from './queries';
import { ContactLink, OrganizationLink } from './record-links';

const route = getRouteApi('/app/deals/$dealId');

export function DealPage() {
  const { dealId } = route.useParams();
  const format = useFormat();
  const [isEditing, setIsEditing] = useState(false);
  const record = useQuery({ queryKey: clientKeys.deal(dealId), queryFn: () => fetchDeal(dealId) });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: deal, abilities } = record.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={deal.title}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light" radius="sm">
              {deal.stageLabel}
            </Badge>
            <OrganizationLink id={deal.organizationId} size="sm">
              {deal.organizationName}
            </OrganizationLink>
          </Group>
        }
        actions={
          <>
            {abilities.createJob ? (
              <Button variant="default" leftSection={<IconBriefcase size={16} />} renderRoot={(root) => <Link {...root} to="/jobs/new" search={{ dealId: deal.id }} />}>
                Create job order
              </Button>
            ) : null}
            {abilities.update ? <EditButton onClick={() => setIsEditing(true)} /> : null}
          </>
        }
      />
      <RecordLayout
        main={
          <>
            <Section title="Overview">
              <FactGrid>
                <Fact label="Value">{formatMoney(deal.valueMinor, deal.currency)}</Fact>
                <Fact label="Expected close">{deal.expectedCloseOn ? format.date(`${deal.expectedCloseOn}T12:00:00Z`) : '—'}</Fact>
                <Fact label="Owner">{deal.ownerName ?? '—'}</Fact>
              </FactGrid>
              {deal.notes ? <Fact label="Notes">{deal.notes}</Fact> : null}
            </Section>
            <Section title="Contacts">
              {deal.contacts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No contacts on this deal.
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {deal.contacts.map((contact) => (
                    <List.Item key={contact.id}>
                      <ContactLink id={contact.id} size="sm" underline="always">
                        {contact.firstName} {contact.lastName}
                      </ContactLink>
                      {contact.title ? ` · ${contact.title}` : ''}
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            <Section title="Job orders">
              <JobOrdersByStatus filter={{ dealId }} />
            </Section>
            <RecordActivityPanel record={{ type: 'deal', id: dealId }} />
          </>
        }
        aside={
          <Section title="Key facts">
            <Fact label="Stage">{deal.stageLabel}</Fact>
            <Fact label="Changed">{format.dateTime(deal.updatedAt)}</Fact>
          </Section>
        }
      />
      {abilities.update ? <DealDialog key={`${deal.id}:${deal.version}`} opened={isEditing} onClose={() => setIsEditing(false)} deal={deal} /> : null}
    </Stack>
  );
}
