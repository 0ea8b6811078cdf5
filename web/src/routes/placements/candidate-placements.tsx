import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ListSkeleton, LoadError } from '../../components/page';
import { Section } from '../clients/client-ui';
import { CancelPlacementDialog } from './cancel-placement-dialog';
import { PlacementLink, PlacementStatusBadge, dayOf } from './labels';
import { fetchCandidatePlacements, placementKeys } from './queries';
import { isBackOffice } from './roles';

type CandidatePlacementsProps = { candidate: { id: string; name: string } };

/**
 * The candidate's placements panel: each placement with its status, linking to its page. A cancelled one offers
 * Reactivate (B4: its page opens in edit mode); the back office cancels a single pending one here (B3).
 */
export function CandidatePlacements({ candidate }: CandidatePlacementsProps) {
  const user = useCurrentUser();
  const format = useFormat();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const placements = useQuery({ queryKey: placementKeys.ofCandidate(candidate.id), queryFn: () => fetchCandidatePlacements(candidate.id) });
  const canCancel = isBackOffice(user.role);
  const rows = placements.data?.data ?? [];

  return (
    <Section title="Placements">
      {placements.isPending ? <ListSkeleton rows={2} /> : null}
      {placements.isError ? <LoadError error={placements.error} onRetry={() => void placements.refetch()} /> : null}
      {placements.isSuccess && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No placements yet. A placement is made from the candidate&apos;s entry on a job.
        </Text>
      ) : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} aria-label={`Placements of ${candidate.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Placement</Table.Th>
                <Table.Th>Job</Table.Th>
                <Table.Th>Start</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((placement) => (
                <Table.Tr key={placement.id}>
                  <Table.Td>
                    <PlacementLink id={placement.id} size="sm" ff="monospace">
                      {placement.reference}
                    </PlacementLink>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{placement.job.title}</Text>
                    <Text size="xs" c="dimmed">
                      {placement.organization.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.date(dayOf(placement.startOn), 'Not set')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <PlacementStatusBadge status={placement.status} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {placement.status === 'cancelled' ? (
                        <Button
                          size="compact-xs"
                          variant="light"
                          aria-label={`Reactivate ${placement.reference}`}
                          renderRoot={(props) => <Link {...props} to="/placements/$id" params={{ id: placement.id }} search={{ edit: true }} />}
                        >
                          Reactivate
                        </Button>
                      ) : null}
                      {canCancel && placement.status === 'pending' ? (
                        <Button size="compact-xs" variant="subtle" color="red" aria-label={`Cancel ${placement.reference}`} onClick={() => setCancelling(placement.id)}>
                          Cancel placement
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {cancelling ? <CancelPlacementDialog placementId={cancelling} opened onClose={() => setCancelling(null)} /> : null}
    </Section>
  );
}
