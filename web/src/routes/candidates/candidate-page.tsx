import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconGitMerge, IconMessageShare } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { PageHeader } from '../../components/page';
import { EditButton, RecordFallback, RecordLayout } from '../../components/record-page';
import { NextActionCard, RecordActivityPanel } from '../../components/record-activity';
import { CandidateOverview } from './candidate-overview';
import { CandidateStatusBadge, SOURCE_LABELS, jobLine } from './candidate-ui';
import { ChangeOwnerDialog } from './change-owner-dialog';
import { EditCandidateDialog } from './edit-candidate-dialog';
import { FitNotes } from './fit-notes';
import { CandidateDuplicates, MergedNotice } from './merge-ui';
import { candidateKeys, fetchCandidate } from './queries';
import { CandidatePools } from '../pools/candidate-pools';
import { CandidatePipeline } from '../pipeline/candidate-pipeline';
import { CandidatePlacements } from '../placements/candidate-placements';
import { CandidateDocuments } from '../documents/candidate-documents';
import { SourceHistory } from './source-history';

const route = getRouteApi('/app/candidates/$candidateId');

export function CandidatePage() {
  const { candidateId } = route.useParams();
  const format = useFormat();
  const [dialog, setDialog] = useState<'edit' | 'owner' | 'merge' | null>(null);
  const record = useQuery({ queryKey: candidateKeys.record(candidateId), queryFn: () => fetchCandidate(candidateId) });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: candidate, abilities } = record.data;
  const ref = { type: 'candidate', id: candidate.id } as const;
  const job = jobLine(candidate);

  return (
    <Stack gap="md">
      <PageHeader
        title={candidate.name}
        description={
          <Group gap="xs" component="span">
            <CandidateStatusBadge status={candidate.status} />
            {job ? <span>{job}</span> : null}
          </Group>
        }
        actions={
          <>
            {abilities.changeOwner ? (
              <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={() => setDialog('owner')}>
                Change owner
              </Button>
            ) : null}
            {abilities.update ? (
              <Button variant="default" leftSection={<IconGitMerge size={16} />} onClick={() => setDialog('merge')}>
                Merge duplicates…
              </Button>
            ) : null}
            {abilities.update ? <EditButton onClick={() => setDialog('edit')} /> : null}
          </>
        }
      />
      <MergedNotice redirectedFrom={record.data.redirectedFrom} />
      <CandidateDuplicates candidate={candidate} canMerge={abilities.update} isMerging={dialog === 'merge'} onCloseMerge={() => setDialog(null)} />
      {candidate.handoffNote ? (
        <Alert color="blue" variant="light" icon={<IconMessageShare size={18} />} title={`Handoff note${candidate.owner ? ` for ${candidate.owner.name}` : ''}`} role="region" aria-label="Handoff note">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {candidate.handoffNote}
          </Text>
        </Alert>
      ) : null}
      <RecordLayout
        main={
          <>
            <CandidateOverview candidate={candidate} />
            <CandidatePipeline candidate={candidate} canAdd={abilities.update} />
            <CandidatePlacements candidate={candidate} />
            <SourceHistory candidateId={candidate.id} canAdd={abilities.update} />
            <FitNotes candidateId={candidate.id} canAdd={abilities.update} />
            <CandidatePools candidate={candidate} canAdd={abilities.update} />
            <CandidateDocuments candidateId={candidate.id} />
            <RecordActivityPanel record={ref} />
          </>
        }
        aside={
          <>
            <NextActionCard record={ref} />
            <Card withBorder radius="md" padding="md" component="section" aria-label="Key facts">
              <Stack gap="sm">
                <Fact label="Owner">{candidate.owner?.name ?? 'Nobody'}</Fact>
                <Fact label="First source">{candidate.firstSource ? `${SOURCE_LABELS[candidate.firstSource.source]}, ${format.date(candidate.firstSource.occurredAt)}` : '—'}</Fact>
                <Fact label="Available from">{format.date(candidate.availableOn ? `${candidate.availableOn}T12:00:00Z` : null)}</Fact>
                <Fact label="Last contacted">{format.dateTime(candidate.lastContactedAt, 'Never')}</Fact>
              </Stack>
            </Card>
          </>
        }
      />
      {abilities.update ? <EditCandidateDialog key={`edit:${candidate.id}:${candidate.version}`} opened={dialog === 'edit'} onClose={() => setDialog(null)} candidate={candidate} /> : null}
      {abilities.changeOwner ? (
        <ChangeOwnerDialog
          key={`owner:${candidate.id}:${candidate.version}`}
          opened={dialog === 'owner'}
          onClose={() => setDialog(null)}
          change={{ kind: 'one', id: candidate.id, name: candidate.name, version: candidate.version, ownerId: candidate.owner?.id ?? null }}
        />
      ) : null}
    </Stack>
  );
}
