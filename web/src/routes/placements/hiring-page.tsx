import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconBan, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BulkActionBar } from '../../components/bulk-action-bar';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ListTable, type ListTableProps } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { pickOption } from '../../components/options';
import { CANDIDATE_STATUSES } from '../../../../src/shared/candidates';
import { CandidateStatusBadge, candidateColumn } from '../candidates/candidate-ui';
import { EMPLOYMENT_TYPE_LABELS } from '../jobs/labels';
import { HiringCancelDialog } from './hiring-cancel-dialog';
import { type OnboardCandidate, OnboardDialog } from '../employees/onboard-dialog';
import { PlacementLink, dayOf } from './labels';
import { type HiringCandidate, fetchHiring, placementKeys } from './queries';
import { isBackOffice } from './roles';

/**
 * Hiring management (B3): candidates being placed for the first time (no employee record yet), with their pending
 * placements. The back office, managers and admins select several and cancel all their pending placements with one reason.
 */
export function HiringPage() {
  const user = useCurrentUser();
  const format = useFormat();
  const canCancel = isBackOffice(user.role);
  const hiring = useQuery({ queryKey: placementKeys.hiring, queryFn: fetchHiring });
  const [selected, setSelected] = useState<HiringCandidate[]>([]);
  const [isCancelling, setIsCancelling] = useState(false);
  const [onboarding, setOnboarding] = useState<OnboardCandidate | null>(null);

  const table: ListTableProps<HiringCandidate> = {
    query: hiring,
    records: hiring.data?.data ?? [],
    'aria-label': 'Candidates in hiring management',
    idAccessor: 'candidate.id',
    columns: [
      candidateColumn<HiringCandidate>(),
      {
        accessor: 'candidate.status',
        title: 'Status',
        render: (row) => {
          const status = pickOption(CANDIDATE_STATUSES, row.candidate.status);
          return status ? <CandidateStatusBadge status={status} /> : row.candidate.status;
        },
      },
      { accessor: 'pendingCount', title: 'Pending placements', textAlign: 'right' },
      {
        accessor: 'placements',
        title: 'Placements',
        render: (row) => (
          <Stack gap={2}>
            {row.placements.map((placement) => (
              <Group key={placement.id} gap={6} wrap="nowrap">
                <PlacementLink id={placement.id} size="sm" ff="monospace" style={{ flexShrink: 0 }}>
                  {placement.reference}
                </PlacementLink>
                <Text size="sm" lineClamp={1}>
                  {placement.jobTitle} · {placement.organizationName} · {EMPLOYMENT_TYPE_LABELS[placement.employmentType]} · {placement.startOn ? `starts ${format.date(dayOf(placement.startOn))}` : 'no start date'}
                </Text>
              </Group>
            ))}
          </Stack>
        ),
      },
      ...(canCancel
        ? [
            {
              accessor: 'onboard',
              title: <VisuallyHidden>Actions</VisuallyHidden>,
              textAlign: 'right' as const,
              render: (row: HiringCandidate) => (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconUserPlus size={14} />}
                  aria-label={`Onboard ${row.candidate.name}`}
                  onClick={() => setOnboarding({ id: row.candidate.id, name: row.candidate.name, startOn: row.placements.find((placement) => placement.startOn)?.startOn ?? null })}
                >
                  Onboard
                </Button>
              ),
            },
          ]
        : []),
    ],
    emptyState: <Empty title="Nobody in hiring management">Candidates placed for the first time appear here with their pending placements until they are onboarded as employees.</Empty>,
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title="Hiring management"
        description={
          canCancel
            ? 'Candidates placed for the first time, with their pending placements. Select several to cancel all their pending placements with one reason.'
            : 'Candidates placed for the first time, with their pending placements. The back office cancels from here.'
        }
      />
      {canCancel && selected.length > 0 ? (
        <BulkActionBar count={selected.length} onClear={() => setSelected([])}>
          <Button size="xs" variant="light" color="red" leftSection={<IconBan size={14} />} onClick={() => setIsCancelling(true)}>
            Cancel placements…
          </Button>
        </BulkActionBar>
      ) : null}
      {canCancel ? (
        <ListTable<HiringCandidate>
          {...table}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all candidates' }}
          getRecordSelectionCheckboxProps={(row) => ({ 'aria-label': `Select ${row.candidate.name}` })}
        />
      ) : (
        <ListTable<HiringCandidate> {...table} />
      )}
      {canCancel ? <OnboardDialog candidate={onboarding} onClose={() => setOnboarding(null)} /> : null}
      {canCancel ? <HiringCancelDialog candidates={selected} opened={isCancelling} onClose={() => setIsCancelling(false)} onDone={() => setSelected([])} /> : null}
    </Stack>
  );
}
