import { Button, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowRight, IconMail, IconX } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useCursorList } from '../../api/pages';
import { BulkActionBar } from '../../components/bulk-action-bar';
import { SearchInput } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { Empty } from '../../components/page';
import { type BulkMode, BulkMoveDialog } from './bulk-move-dialog';
import { EmailDialog } from './email-dialog';
import { CardFlags, StageBadge, daysAgo, daysText } from './pipeline-ui';
import { type BoardStage, type PipelineCard, type PipelineFilters, fetchPipelineList, pipelineKeys } from './queries';

type PipelineListProps = { jobId: string; stages: BoardStage[]; canMove: boolean; onOpen: (entryId: string) => void };

function columnsFor(stages: BoardStage[]): DataTableColumn<PipelineCard>[] {
  const stageOf = (id: string) => stages.find((stage) => stage.id === id);
  return [
    {
      accessor: 'name',
      title: 'Candidate',
      render: (card) => (
        <div>
          <Text size="sm" fw={500}>
            {card.name}
          </Text>
          {card.currentTitle ? (
            <Text size="xs" c="dimmed">
              {card.currentTitle}
            </Text>
          ) : null}
        </div>
      ),
    },
    {
      accessor: 'stageId',
      title: 'Stage',
      render: (card) => {
        const stage = stageOf(card.stageId);
        return stage ? <StageBadge name={stage.name} kind={stage.kind} /> : '—';
      },
    },
    { accessor: 'daysInStage', title: 'In stage', render: (card) => daysText(card.daysInStage) },
    { accessor: 'lastActivityAt', title: 'Last activity', render: (card) => daysAgo(card.lastActivityAt) },
    { accessor: 'location', title: 'Location', render: (card) => card.location ?? '—' },
    { accessor: 'flags', title: 'Flags', render: (card) => <CardFlags flags={card.flags} /> },
  ];
}

/**
 * The job's entries as a list, filtered by stage and name, newest moves first; rows picked for bulk moves, rejection
 * with a reason, or an email in BCC. A row opens the entry.
 */
export function PipelineList({ jobId, stages, canMove, onOpen }: PipelineListProps) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [stageId, setStageId] = useState<string | null>(null);
  const [selected, setSelected] = useState<PipelineCard[]>([]);
  const [bulk, setBulk] = useState<BulkMode | null>(null);
  const [isEmailing, setIsEmailing] = useState(false);
  const ordered = [...stages].sort((a, b) => a.position - b.position);

  const filters: PipelineFilters = { stageId: stageId ?? undefined, q: debounced || undefined };
  const list = useCursorList(pipelineKeys.list(jobId, filters), (cursor) => fetchPipelineList(jobId, filters, cursor));
  const isFiltered = Boolean(filters.stageId || filters.q);
  const emptyState = isFiltered ? (
    <Empty title="Nobody matches">No candidate on this job matches these filters. Clear the search or the stage to see more.</Empty>
  ) : (
    <Empty title="No candidates on this job yet">Add candidates from a search or a talent pool with Add candidates.</Empty>
  );
  const shared = {
    query: list,
    'aria-label': 'Candidates on this job',
    hasRefetchOverlay: true,
    onRowClick: ({ record }: { record: PipelineCard }) => onOpen(record.entryId),
    columns: columnsFor(ordered),
    idAccessor: 'entryId' as const,
    emptyState,
  };

  return (
    <>
      <Group gap="xs" mb="sm" wrap="wrap" align="flex-end">
        <SearchInput label="Search by name" placeholder="Candidate name" value={query} onChange={setQuery} w={240} />
        <Select
          aria-label="Stage"
          placeholder="Any stage"
          data={ordered.map((stage) => ({ value: stage.id, label: `${stage.name} (${stage.count})` }))}
          value={stageId}
          onChange={setStageId}
          clearable
          w={220}
        />
      </Group>
      {canMove && selected.length > 0 ? (
        <BulkActionBar count={selected.length} onClear={() => setSelected([])}>
          <Button size="xs" variant="light" leftSection={<IconArrowRight size={14} />} onClick={() => setBulk('move')}>
            Move to stage…
          </Button>
          <Button size="xs" variant="light" color="red" leftSection={<IconX size={14} />} onClick={() => setBulk('reject')}>
            Reject…
          </Button>
          <Button size="xs" variant="light" leftSection={<IconMail size={14} />} onClick={() => setIsEmailing(true)}>
            Email…
          </Button>
        </BulkActionBar>
      ) : null}
      {canMove ? (
        <ListTable<PipelineCard>
          {...shared}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all candidates on this job' }}
          getRecordSelectionCheckboxProps={(record) => ({ 'aria-label': `Select ${record.name}` })}
        />
      ) : (
        <ListTable<PipelineCard> {...shared} />
      )}
      {bulk ? <BulkMoveDialog key={bulk} opened mode={bulk} entries={selected} stages={ordered} onClose={() => setBulk(null)} onDone={() => setSelected([])} /> : null}
      <EmailDialog opened={isEmailing} entries={selected} onClose={() => setIsEmailing(false)} />
    </>
  );
}
