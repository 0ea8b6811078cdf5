import { Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { useFormat } from '../../components/format';
import { CandidateLink, CandidateStatusBadge, jobLine } from './candidate-ui';
import type { CandidateSummary } from './queries';

/** The columns every list of candidates shows (the candidate list, a pool's members); given a format, availability and last contact too. */
export function candidateColumns(format?: ReturnType<typeof useFormat>): DataTableColumn<CandidateSummary>[] {
  const columns: DataTableColumn<CandidateSummary>[] = [
    {
      accessor: 'name',
      title: 'Name',
      render: (candidate) => (
        <CandidateLink id={candidate.id} size="sm" fw={500} c="var(--mantine-color-text)" onClick={(event) => event.stopPropagation()}>
          {candidate.name}
        </CandidateLink>
      ),
    },
    { accessor: 'currentTitle', title: 'Current job', render: (candidate) => jobLine(candidate) ?? '—' },
    { accessor: 'skills', title: 'Skills', render: (candidate) => <Text size="sm" lineClamp={1}>{candidate.skills.join(', ') || '—'}</Text> },
    { accessor: 'location', title: 'Location', render: (candidate) => candidate.location ?? '—' },
    { accessor: 'status', title: 'Status', render: (candidate) => <CandidateStatusBadge status={candidate.status} /> },
    { accessor: 'owner', title: 'Owner', render: (candidate) => candidate.owner?.name ?? '—' },
  ];
  if (!format) {
    return columns;
  }
  return [
    ...columns,
    { accessor: 'availableOn', title: 'Available', render: (candidate) => (candidate.availableOn ? format.date(`${candidate.availableOn}T12:00:00Z`) : '—') },
    { accessor: 'lastContactedAt', title: 'Last contacted', render: (candidate) => format.date(candidate.lastContactedAt, 'Never') },
  ];
}
