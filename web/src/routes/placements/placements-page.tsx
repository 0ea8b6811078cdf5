import { Badge, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../../components/format';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { EMPLOYMENT_TYPE_LABELS } from '../jobs/labels';
import { HandoffProgress, PlacementLink, PlacementStatusBadge, StartOutcomeBadge, dayOf } from './labels';
import { PlacementsFilterBar } from './placements-filter-bar';
import { type PlacementFilters, type PlacementSummary, fetchPlacements, placementKeys } from './queries';
import type { PlacementsSearch } from './search';

const route = getRouteApi('/app/placements');

const filtersOf = (search: PlacementsSearch): PlacementFilters => ({
  status: search.status,
  ownerId: search.ownerId,
  organizationId: search.organizationId,
  employmentType: search.employmentType,
  startFrom: search.startFrom,
  startTo: search.startTo,
});

const Dimmed = ({ children }: { children: string }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

/** The placements overview: per placement, whether handoff, start, billing and follow-ups are under control. */
export function PlacementsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const format = useFormat();
  const filters = filtersOf(search);
  const list = useCursorList(placementKeys.list(filters), (cursor) => fetchPlacements(filters, cursor));
  const isFiltered = Object.values(filters).some((value) => value !== undefined);

  return (
    <Stack gap={0}>
      <PageHeader title="Placements" description="Every placement, newest first: handoff progress, start confirmation, billing readiness, follow-ups and open issues." />
      <PlacementsFilterBar search={search} onChange={(next) => void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true })} />
      <ListTable<PlacementSummary>
        query={list}
        aria-label="Placements"
        hasRefetchOverlay
        onRowClick={({ record }) => void navigate({ to: '/placements/$id', params: { id: record.id }, search: {} })}
        columns={[
          {
            accessor: 'reference',
            title: 'Ref.',
            noWrap: true,
            render: (placement) => (
              <PlacementLink id={placement.id} size="sm" ff="monospace" onClick={(event) => event.stopPropagation()}>
                {placement.reference}
              </PlacementLink>
            ),
          },
          { accessor: 'candidate.name', title: 'Candidate', render: (placement) => <Text size="sm" fw={500}>{placement.candidate.name}</Text> },
          { accessor: 'job.title', title: 'Job', render: (placement) => <Text size="sm" lineClamp={1}>{placement.job.title}</Text> },
          { accessor: 'organization.name', title: 'Client' },
          { accessor: 'employmentType', title: 'Type', render: (placement) => EMPLOYMENT_TYPE_LABELS[placement.employmentType] },
          { accessor: 'startOn', title: 'Start', noWrap: true, render: (placement) => format.date(dayOf(placement.startOn), 'Not set') },
          { accessor: 'status', title: 'Status', noWrap: true, render: (placement) => <PlacementStatusBadge status={placement.status} /> },
          { accessor: 'handoffProgress', title: 'Handoff', render: (placement) => <HandoffProgress value={placement.handoffProgress} label={`Handoff of ${placement.reference}`} /> },
          { accessor: 'startOutcome', title: 'Start outcome', noWrap: true, render: (placement) => (placement.startOutcome ? <StartOutcomeBadge outcome={placement.startOutcome} /> : <Dimmed>Not confirmed</Dimmed>) },
          {
            accessor: 'billingReady',
            title: 'Billing',
            render: (placement) =>
              placement.billingReady ? (
                <Badge color="teal" variant="dot" radius="sm" tt="none">
                  Ready
                </Badge>
              ) : (
                <Dimmed>Not set up</Dimmed>
              ),
          },
          { accessor: 'followUpsDone', title: 'Follow-ups', textAlign: 'right', render: (placement) => `${placement.followUpsDone}/${placement.followUpsTotal}` },
          {
            accessor: 'openIssues',
            title: 'Open issues',
            textAlign: 'right',
            render: (placement) =>
              placement.openIssues > 0 ? (
                <Text size="sm" c="red" fw={500}>
                  {placement.openIssues}
                </Text>
              ) : (
                '0'
              ),
          },
        ]}
        emptyState={
          isFiltered ? (
            <Empty title="No placements match">Nothing matches these filters. Remove a filter chip to see more.</Empty>
          ) : (
            <Empty title="No placements yet">A placement is made from a job&apos;s pipeline: move a candidate to the placed stage, or use Place candidate on their entry.</Empty>
          )
        }
      />
    </Stack>
  );
}
