import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat } from '../../components/format';
import { ListSkeleton, LoadError } from '../../components/page';
import { Section } from '../clients/client-ui';
import { STATUS_LABELS } from '../jobs/labels';
import { AddToJobDialog } from './add-to-job-dialog';
import { EntryDrawer } from './entry-drawer';
import { PipelineJobLink, PlacementBadge, StageBadge } from './pipeline-ui';
import { fetchCandidatePipeline, pipelineKeys } from './queries';

type CandidatePipelineProps = { candidate: { id: string; name: string }; canAdd: boolean };

/** Every job the candidate is on, with their stage there; a row opens the entry and its history; Add to job. */
export function CandidatePipeline({ candidate, canAdd }: CandidatePipelineProps) {
  const format = useFormat();
  const [isAdding, setIsAdding] = useState(false);
  const [openEntryId, setOpenEntryId] = useState<string | null>(null);
  const entries = useQuery({ queryKey: pipelineKeys.ofCandidate(candidate.id), queryFn: () => fetchCandidatePipeline(candidate.id) });

  return (
    <Section
      title="Pipeline"
      actions={
        canAdd ? (
          <Button size="xs" variant="default" leftSection={<IconBriefcase size={14} />} onClick={() => setIsAdding(true)}>
            Add to job
          </Button>
        ) : null
      }
    >
      {entries.isPending ? <ListSkeleton rows={2} /> : null}
      {entries.isError ? <LoadError error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      {entries.isSuccess && entries.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not on any job yet.{canAdd ? ' Add to job puts them on an open or qualified job.' : ''}
        </Text>
      ) : null}
      {entries.isSuccess && entries.data.data.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} aria-label={`Jobs ${candidate.name} is on`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Client</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Details</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.data.map((entry) => (
                <Table.Tr key={entry.entryId}>
                  <Table.Td>
                    <PipelineJobLink jobId={entry.job.id} entryId={entry.entryId} size="sm">
                      {entry.job.reference} {entry.job.title}
                    </PipelineJobLink>
                    <Text size="xs" c="dimmed">
                      {STATUS_LABELS[entry.job.status]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.job.organization.name}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Stack gap={4} align="flex-start">
                      <StageBadge name={entry.stage.name} kind={entry.stage.kind} />
                      {entry.placementStatus ? <PlacementBadge status={entry.placementStatus} /> : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.date(entry.stageEnteredAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => setOpenEntryId(entry.entryId)} aria-label={`History on ${entry.job.title}`}>
                      History
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {canAdd ? <AddToJobDialog opened={isAdding} onClose={() => setIsAdding(false)} candidates={[candidate]} /> : null}
      <EntryDrawer entryId={openEntryId} onClose={() => setOpenEntryId(null)} />
    </Section>
  );
}
