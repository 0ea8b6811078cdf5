import { Button, Group, Kbd, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { pickOption } from '../../components/options';
import { Empty, LoadError } from '../../components/page';
import { STATUS_LABELS } from '../jobs/labels';
import { PIPELINE_VIEWS, type PipelineView } from '../jobs/search';
import { AddCandidatesDialog } from './add-candidates-dialog';
import { EntryDrawer } from './entry-drawer';
import { PipelineBoardView } from './pipeline-board';
import { PipelineList } from './pipeline-list';
import { fetchBoard, pipelineKeys, plural } from './queries';
import { useStageMove } from './use-stage-move';

/** The keys of the board, always on screen (UI.md: the board is driven from the keyboard as well as the mouse). */
function KeyboardHint() {
  return (
    <Text size="xs" c="dimmed" id="pipeline-keyboard-hint">
      Drag a card to another stage. Keyboard: <Kbd size="xs">Tab</Kbd> to a card, <Kbd size="xs">Shift</Kbd> + <Kbd size="xs">←</Kbd> / <Kbd size="xs">→</Kbd> moves it to the previous
      or next stage, the arrow keys move between cards, <Kbd size="xs">Enter</Kbd> opens it.
    </Text>
  );
}

type JobPipelineProps = {
  jobId: string;
  view: PipelineView;
  /** The entry open in the drawer, kept in the address. */
  entryId: string | undefined;
  onViewChange: (view: PipelineView) => void;
  onOpenEntry: (entryId: string | undefined) => void;
};

/** A job's pipeline tab: the board (or the list of the same entries), adding candidates, and the entry drawer. */
export function JobPipeline({ jobId, view, entryId, onViewChange, onOpenEntry }: JobPipelineProps) {
  const [isAdding, setIsAdding] = useState(false);
  const board = useQuery({ queryKey: pipelineKeys.board(jobId), queryFn: () => fetchBoard(jobId) });
  const move = useStageMove(jobId, board.data?.abilities);

  if (board.isPending) {
    return <Skeleton height={320} />;
  }
  if (board.isError) {
    return <LoadError error={board.error} onRetry={() => void board.refetch()} />;
  }
  const { job, stages, cards } = board.data.data;
  const { abilities } = board.data;
  const takesCandidates = job.status === 'qualified' || job.status === 'open';
  const addButton =
    abilities.move && takesCandidates ? (
      <Button leftSection={<IconUserPlus size={16} />} onClick={() => setIsAdding(true)}>
        Add candidates
      </Button>
    ) : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <SegmentedControl
            aria-label="View"
            size="xs"
            data={[
              { value: 'board', label: 'Board' },
              { value: 'list', label: 'List' },
            ]}
            value={view}
            onChange={(value) => onViewChange(pickOption(PIPELINE_VIEWS, value) ?? 'board')}
          />
          <Text size="sm" c="dimmed">
            {plural(cards.length, 'candidate')}
            {takesCandidates ? '' : ` · the job is ${STATUS_LABELS[job.status].toLowerCase()}, so nobody new can be added`}
          </Text>
        </Group>
        {addButton}
      </Group>
      {view === 'board' && abilities.move && cards.length > 0 ? <KeyboardHint /> : null}
      {view === 'board' && cards.length === 0 ? (
        <Empty title="No candidates on this job yet">
          {takesCandidates ? 'Add candidates from a search or a talent pool; they start in the first stage.' : 'Only qualified and open jobs take candidates.'}
        </Empty>
      ) : null}
      {view === 'board' && cards.length > 0 ? <PipelineBoardView board={board.data} canMove={abilities.move} move={move} onOpen={onOpenEntry} /> : null}
      {view === 'list' ? <PipelineList jobId={jobId} stages={stages} canMove={abilities.move} onOpen={onOpenEntry} /> : null}
      <EntryDrawer entryId={entryId ?? null} onClose={() => onOpenEntry(undefined)} />
      {abilities.move ? <AddCandidatesDialog opened={isAdding} onClose={() => setIsAdding(false)} job={{ id: jobId, title: job.title }} /> : null}
      {move.dialogs}
    </Stack>
  );
}
