import { Button, Divider, Drawer, Group, Select, SimpleGrid, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { CandidateLink } from '../candidates/candidate-ui';
import { useState } from 'react';
import { DIALOG_STAGE_KINDS } from '../../../../src/shared/pipeline';
import { Fact } from '../../components/fact';
import { useFormat } from '../../components/format';
import { LoadError } from '../../components/page';
import { PipelineJobLink, StageBadge, daysText } from './pipeline-ui';
import { type PipelineEntryDetail, type PipelineStageChange, fetchEntry, pipelineKeys } from './queries';
import { useReasonLabel } from './reason-select';
import { STAGE_DIALOGS, STAGE_RECORD_LABELS } from './stage-dialogs';
import { canCreateRecord, useStageMove } from './use-stage-move';

const ADDED_FROM_LABELS: Record<PipelineEntryDetail['addedFrom'], string> = {
  job: 'the job',
  candidate: 'the candidate page',
  search: 'candidate search',
  pool: 'a talent pool',
  application: 'an application',
  portal: 'the portal',
};

/** One stage move: from → to (or "Added to" for the first), who and when, and the reason if one was given. */
function HistoryItem({ change }: { change: PipelineStageChange }) {
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {change.from ? `${change.from.name} → ${change.to.name}` : `Added to ${change.to.name}`}
      </Text>
      <Text size="xs" c="dimmed">
        {change.actor.label} · {format.dateTime(change.at)}
      </Text>
      {change.reason ? <Text size="xs">Reason: {reasonLabel(change.reason)}</Text> : null}
    </Stack>
  );
}

type EntryDrawerProps = { entryId: string | null; onClose: () => void };

/**
 * A pipeline entry, opened from a card, a list row or the candidate's page: where the candidate stands on the job,
 * a move to any stage, the records that move them forward, and every stage move ever made (newest first).
 */
export function EntryDrawer({ entryId, onClose }: EntryDrawerProps) {
  const format = useFormat();
  const reasonLabel = useReasonLabel();
  const [moveTarget, setMoveTarget] = useState<string | null>(null);
  const record = useQuery({ queryKey: pipelineKeys.entry(entryId ?? ''), queryFn: () => fetchEntry(entryId ?? ''), enabled: entryId !== null });
  const entry = record.data?.data;
  const abilities = record.data?.abilities;
  const move = useStageMove(entry?.jobId ?? '', abilities);
  const movable = entry ? { entryId: entry.id, version: entry.version, candidateId: entry.candidateId, name: entry.candidate.name, stageId: entry.stageId } : null;
  const recordKinds = DIALOG_STAGE_KINDS.filter((kind) => STAGE_DIALOGS[kind] !== undefined && abilities !== undefined && canCreateRecord(abilities, kind));

  function handleMove(stageId: string | null) {
    const stage = entry?.stages.find((candidate) => candidate.id === stageId);
    if (movable && stage) {
      move.request(movable, stage);
    }
    setMoveTarget(null);
  }

  return (
    <Drawer opened={entryId !== null} onClose={onClose} position="right" size="md" closeButtonProps={{ 'aria-label': 'Close' }} title={<Text fw={600}>{entry ? entry.candidate.name : 'Pipeline entry'}</Text>}>
      {record.isPending ? (
        <Stack gap="sm">
          <Skeleton height={20} width="60%" />
          <Skeleton height={80} />
          <Skeleton height={160} />
        </Stack>
      ) : record.isError ? (
        <LoadError error={record.error} onRetry={() => void record.refetch()} />
      ) : entry && abilities && movable ? (
        <Stack gap="md">
          <Group gap="xs">
            <StageBadge name={entry.stage.name} kind={entry.stage.kind} />
            <Text size="sm" c="dimmed">
              since {format.date(entry.stageEnteredAt)}
            </Text>
          </Group>
          <SimpleGrid cols={2} spacing="md">
            <Fact label="Candidate">
              <CandidateLink id={entry.candidateId} size="sm">
                {entry.candidate.name}
              </CandidateLink>
            </Fact>
            <Fact label="Job">
              <PipelineJobLink jobId={entry.jobId} size="sm">
                {entry.job.reference} {entry.job.title}
              </PipelineJobLink>
            </Fact>
            <Fact label="Current title">{entry.candidate.currentTitle ?? '—'}</Fact>
            <Fact label="Client">{entry.job.organization.name}</Fact>
            <Fact label="Email">{entry.candidate.emails[0] ?? '—'}</Fact>
            <Fact label="Added">{`${format.date(entry.createdAt)} from ${ADDED_FROM_LABELS[entry.addedFrom]}`}</Fact>
            {entry.closedReason ? <Fact label="Reason">{reasonLabel(entry.closedReason)}</Fact> : null}
          </SimpleGrid>
          {abilities.move ? (
            <Select
              label="Move to stage"
              placeholder="Choose a stage"
              leftSection={<IconArrowRight size={15} />}
              data={entry.stages.filter((stage) => stage.id !== entry.stageId).map((stage) => ({ value: stage.id, label: stage.name }))}
              value={moveTarget}
              onChange={handleMove}
              description="Rejected and withdrawn ask for a reason; submitted, interview, offer and placed open their record."
            />
          ) : null}
          {recordKinds.length > 0 ? (
            <Group gap="xs">
              {recordKinds.map((kind) => (
                <Button key={kind} size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => move.openRecord(movable, kind)}>
                  {STAGE_RECORD_LABELS[kind].action}
                </Button>
              ))}
            </Group>
          ) : null}
          <Divider />
          <Stack gap="xs" component="section" aria-label="Stage history">
            <Title order={3} size="h6">
              Stage history
            </Title>
            <Text size="xs" c="dimmed">
              {daysText(daysSince(entry.stageEnteredAt))} in {entry.stage.name}; every move is kept.
            </Text>
            <Timeline active={0} bulletSize={14} lineWidth={2}>
              {entry.history.map((change) => (
                <Timeline.Item key={change.id}>
                  <HistoryItem change={change} />
                </Timeline.Item>
              ))}
            </Timeline>
          </Stack>
        </Stack>
      ) : null}
      {move.dialogs}
    </Drawer>
  );
}

const daysSince = (iso: string) => Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86_400_000));
