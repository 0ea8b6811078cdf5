import { Button, Checkbox, Group, Menu, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBriefcase, IconChecklist, IconColumns, IconStack2, IconTags, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { type DataTableColumn, useDataTableColumns } from 'mantine-datatable';
import { useRef, useState } from 'react';
import { CANDIDATE_STATUSES } from '../../../../src/shared/candidates';
import { useCursorList } from '../../api/pages';
import type { CandidateSearchHit } from '../../api/types';
import { useFormat } from '../../components/format';
import { HighlightedText } from '../../components/highlighted-text';
import { ChoiceFilter, ExportCsvButton, SearchInput, SortControl } from '../../components/list-filters';
import { BulkActionBar } from '../../components/bulk-action-bar';
import { ListTable } from '../../components/list-table';
import { Empty, PageHeader } from '../../components/page';
import { SavedViewsMenu, filtersOf } from '../../components/saved-views-menu';
import { useSlashFocus } from '../../components/use-slash-focus';
import { OwnerFilter } from '../clients/client-ui';
import { AddToJobDialog } from '../pipeline/add-to-job-dialog';
import { AddToPoolDialog } from '../pools/add-to-pool-dialog';
import { candidateColumns } from './candidate-columns';
import { STATUS_OPTIONS, useCanWriteCandidates } from './candidate-ui';
import { BulkTagDialog, BulkTaskDialog } from './bulk-dialogs';
import { ChangeOwnerDialog } from './change-owner-dialog';
import { type CandidateFilters, type CandidateStatus, type CandidateSummary, candidateKeys, exportUrl, fetchCandidateSearch, fetchCandidates, isKeywordSearch } from './queries';

/** A list row: a summary, with why it matched when it came from the keyword search. */
type CandidateRow = CandidateSummary & Partial<Pick<CandidateSearchHit, 'matched' | 'snippet'>>;

const quoted = (value: string) => (/[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

/** The filter bar's choices written in the search syntax, appended to what was typed. */
function withFilterSyntax(q: string, filters: CandidateFilters): string {
  const parts = [
    q,
    filters.status ? `status:${filters.status}` : '',
    filters.skill ? `skill:${quoted(filters.skill)}` : '',
    filters.tag ? `tag:${quoted(filters.tag)}` : '',
    filters.availableBy ? `available:${filters.availableBy}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Where this browser remembers which columns the candidate list shows. */
const COLUMNS_KEY = 'fillrate.candidates.columns';

/** The column chooser: a checkbox per column but the name, which always shows. */
function ColumnsMenu({ toggles, titles, onChange }: { toggles: { accessor: string; toggled: boolean; toggleable: boolean }[]; titles: Map<string, string>; onChange: (accessor: string, toggled: boolean) => void }) {
  return (
    <Menu closeOnItemClick={false} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Show columns</Menu.Label>
        {toggles
          .filter((toggle) => toggle.toggleable)
          .map((toggle) => (
            <Checkbox
              key={toggle.accessor}
              label={titles.get(toggle.accessor) ?? toggle.accessor}
              checked={toggle.toggled}
              onChange={(event) => onChange(toggle.accessor, event.currentTarget.checked)}
              px="sm"
              py={6}
            />
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}

const SORTS = [
  { value: 'updated', label: 'Recently changed' },
  { value: 'name', label: 'Last name' },
] as const;

export function CandidatesPage() {
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = useCanWriteCandidates();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const [status, setStatus] = useState<CandidateStatus | undefined>();
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [tag, setTag] = useState('');
  const [skill, setSkill] = useState('');
  const [debouncedText] = useDebouncedValue({ tag: tag.trim(), skill: skill.trim() }, 250);
  const [availableBy, setAvailableBy] = useState('');
  const [sort, setSort] = useState<'updated' | 'name'>('updated');
  const [withCvText, setWithCvText] = useState(false);
  const [selected, setSelected] = useState<CandidateSummary[]>([]);
  const [isChangingOwner, setIsChangingOwner] = useState(false);
  const [isAddingToPool, setIsAddingToPool] = useState(false);
  const [isAddingToJob, setIsAddingToJob] = useState(false);
  const [isTagging, setIsTagging] = useState(false);
  const [isAddingTask, setIsAddingTask] = useState(false);

  const filters: CandidateFilters = {
    q: debouncedQuery || undefined,
    status,
    ownerId,
    tag: debouncedText.tag || undefined,
    skill: debouncedText.skill || undefined,
    availableBy: availableBy || undefined,
    sort,
  };
  // Any text but an address or a phone number is a keyword search (names, skills, titles… and the search syntax).
  const isKeyword = isKeywordSearch(debouncedQuery);
  const searchFilters = { q: withFilterSyntax(debouncedQuery, filters), ownerId, cv: withCvText ? ('true' as const) : undefined };
  const list = useCursorList<CandidateRow>(isKeyword ? candidateKeys.search(searchFilters) : candidateKeys.list(filters), (cursor) =>
    isKeyword ? fetchCandidateSearch(searchFilters, cursor) : fetchCandidates(filters, cursor),
  );
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  const applyView = (view: Record<string, string | string[]>) => {
    const text = (key: string) => (typeof view[key] === 'string' ? view[key] : '');
    setQuery(text('q'));
    setStatus(CANDIDATE_STATUSES.find((value) => value === text('status')));
    setOwnerId(text('ownerId') || undefined);
    setTag(text('tag'));
    setSkill(text('skill'));
    setAvailableBy(text('availableBy'));
    setSort(text('sort') === 'name' ? 'name' : 'updated');
  };
  const isFiltered = Boolean(filters.q || status || ownerId || filters.tag || filters.skill || filters.availableBy);
  const open = (id: string) => void navigate({ to: '/candidates/$candidateId', params: { candidateId: id } });

  const columns: DataTableColumn<CandidateRow>[] = candidateColumns(format).map((column) =>
    column.accessor === 'name'
      ? {
          ...column,
          render: (candidate: CandidateRow, index: number) => (
            <>
              {column.render?.(candidate, index)}
              {candidate.snippet && candidate.snippet.highlights.length > 0 ? <HighlightedText snippet={candidate.snippet} size="xs" c="dimmed" lineClamp={1} /> : null}
            </>
          ),
        }
      : { ...column, toggleable: true },
  );
  const { effectiveColumns, columnsToggle, setColumnsToggle } = useDataTableColumns<CandidateRow>({ key: COLUMNS_KEY, columns });
  const columnTitles = new Map(columns.map((column) => [String(column.accessor), typeof column.title === 'string' ? column.title : String(column.accessor)]));
  const toggleColumn = (accessor: string, toggled: boolean) => setColumnsToggle(columnsToggle.map((toggle) => (toggle.accessor === accessor ? { ...toggle, toggled } : toggle)));
  const emptyState = isFiltered ? (
    <Empty title="No candidates match">Nobody matches these filters. Clear the search or a filter to see more.</Empty>
  ) : (
    <Empty title="No candidates yet">Add the people you place with New candidate.</Empty>
  );
  // The table gets the chosen columns without `toggleable`: its own header toggles are not accessible; the Columns menu is.
  const shownColumns = effectiveColumns.map(({ toggleable: _toggleable, ...column }) => column);
  const shared = { query: list, 'aria-label': 'Candidates', hasRefetchOverlay: true, onRowClick: ({ record }: { record: CandidateRow }) => open(record.id), columns: shownColumns, emptyState };

  return (
    <Stack gap={0}>
      <PageHeader
        title="Candidates"
        description="The people the agency places: their skills, availability, owner and next action."
        actions={
          <>
            <ExportCsvButton href={exportUrl(filters)} />
            {canWrite ? (
              <Button component={Link} to="/candidates/new" leftSection={<IconUserPlus size={16} />}>
                New candidate
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mb="sm" wrap="wrap" align="flex-end">
        <SearchInput
          label="Search candidates"
          placeholder='Search: forklift "reach truck" status:active'
          description='Words match names, titles, skills, work history, tags and location. "phrases", OR, -word, and skill: title: location: status: owner: tag: pool: available:<date. An email or phone finds that person.'
          value={query}
          onChange={setQuery}
          w={300}
          inputRef={searchRef}
        />
        <ChoiceFilter label="Status" placeholder="Any status" values={CANDIDATE_STATUSES} data={STATUS_OPTIONS} value={status} onChange={setStatus} w={170} />
        <OwnerFilter value={ownerId} onChange={setOwnerId} />
        <TextInput aria-label="Skill" placeholder="Skill" value={skill} onChange={(event) => setSkill(event.currentTarget.value)} w={140} />
        <TextInput aria-label="Tag" placeholder="Tag" value={tag} onChange={(event) => setTag(event.currentTarget.value)} w={120} />
        <TextInput type="date" aria-label="Available by" title="Available by" value={availableBy} onChange={(event) => setAvailableBy(event.currentTarget.value)} w={150} />
        {isKeyword ? (
          <Checkbox label="Search CV text too" checked={withCvText} onChange={(event) => setWithCvText(event.currentTarget.checked)} mb={8} />
        ) : (
          <SortControl options={SORTS} value={sort} onChange={setSort} />
        )}
        <SavedViewsMenu list="candidates" current={filtersOf({ ...filters, q: query.trim() || undefined })} onApply={applyView} />
        <ColumnsMenu toggles={columnsToggle} titles={columnTitles} onChange={toggleColumn} />
      </Group>
      {canWrite && selected.length > 0 ? (
        <BulkActionBar count={selected.length} onClear={() => setSelected([])}>
          <Button size="xs" variant="light" leftSection={<IconBriefcase size={14} />} onClick={() => setIsAddingToJob(true)}>
            Add to job
          </Button>
          <Button size="xs" variant="light" leftSection={<IconStack2 size={14} />} onClick={() => setIsAddingToPool(true)}>
            Add to pool
          </Button>
          <Button size="xs" variant="light" leftSection={<IconTags size={14} />} onClick={() => setIsTagging(true)}>
            Tag…
          </Button>
          <Button size="xs" variant="light" leftSection={<IconChecklist size={14} />} onClick={() => setIsAddingTask(true)}>
            Add task…
          </Button>
          <Button size="xs" leftSection={<IconUsersGroup size={14} />} onClick={() => setIsChangingOwner(true)}>
            Change owner
          </Button>
        </BulkActionBar>
      ) : null}
      {canWrite ? (
        <ListTable<CandidateRow>
          {...shared}
          selectedRecords={selected}
          onSelectedRecordsChange={setSelected}
          allRecordsSelectionCheckboxProps={{ 'aria-label': 'Select all candidates' }}
          getRecordSelectionCheckboxProps={(record) => ({ 'aria-label': `Select ${record.name}` })}
        />
      ) : (
        <ListTable<CandidateRow> {...shared} />
      )}
      <ChangeOwnerDialog
        key={selected.map((candidate) => candidate.id).join(',')}
        opened={isChangingOwner}
        onClose={() => setIsChangingOwner(false)}
        change={{ kind: 'many', ids: selected.map((candidate) => candidate.id) }}
        onChanged={() => setSelected([])}
      />
      {canWrite ? (
        <>
          <BulkTagDialog opened={isTagging} onClose={() => setIsTagging(false)} ids={selected.map((candidate) => candidate.id)} onDone={() => setSelected([])} />
          <BulkTaskDialog opened={isAddingTask} onClose={() => setIsAddingTask(false)} ids={selected.map((candidate) => candidate.id)} onDone={() => setSelected([])} />
        </>
      ) : null}
      {canWrite ? <AddToPoolDialog opened={isAddingToPool} onClose={() => setIsAddingToPool(false)} candidates={selected} onAdded={() => setSelected([])} /> : null}
      {canWrite ? <AddToJobDialog opened={isAddingToJob} onClose={() => setIsAddingToJob(false)} candidates={selected} onAdded={() => setSelected([])} /> : null}
    </Stack>
  );
}
