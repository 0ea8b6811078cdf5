import { Anchor, Button, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { JOB_STATUSES } from '../../../../src/shared/jobs';
import { useCursorList } from '../../api/pages';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { ExportCsvButton } from '../../components/list-filters';
import { ListTable } from '../../components/list-table';
import { pickOption } from '../../components/options';
import { Empty, PageHeader } from '../../components/page';
import { JobLink } from '../clients/record-links';
import { AtRiskMarker } from './at-risk-marker';
import { JobFilterBar } from './job-filter-bar';
import { JobStatusBadge, STATUS_LABELS } from './labels';
import { type JobFilters, type JobSummary, exportUrl, fetchJobCounts, fetchJobs, jobKeys } from './queries';
import { type JobsSearch, canTakeJobs } from './search';

const route = getRouteApi('/app/jobs');
const ALL = 'all';

/** The API's filters for what the address says (status apart: the tabs pick it). */
function filtersOf(search: JobsSearch): JobFilters {
  return {
    q: search.q,
    view: search.view,
    ownerId: search.ownerId ? [search.ownerId] : undefined,
    recruiterId: search.recruiterId,
    organizationId: search.organizationId,
    employmentType: search.employmentType,
    urgency: search.urgency,
    minAgeDays: search.minAgeDays,
  };
}

/** Jobs: every job order, by status, with the filters and saved views recruiters and account managers use. */
export function JobsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const format = useFormat();
  const filters = filtersOf(search);
  const listFilters = { ...filters, status: search.status };
  const list = useCursorList(jobKeys.list(listFilters), (cursor) => fetchJobs(listFilters, cursor));
  const counts = useQuery({ queryKey: jobKeys.counts(filters), queryFn: () => fetchJobCounts(filters) });
  const total = Object.values(counts.data?.data ?? {}).reduce((sum, count) => sum + count, 0);
  const isFiltered = Object.values(filters).some((value) => value !== undefined);
  const countLabel = (count: number | undefined) => (counts.data ? ` ${count ?? 0}` : '');

  return (
    <Stack gap={0}>
      <PageHeader
        title="Jobs"
        description="Job orders from intake to filled: who owns them, how long they have waited, and what happens next."
        actions={
          <>
            <ExportCsvButton href={exportUrl(listFilters)} download />
            {canTakeJobs(user.role) ? (
              <Button component={Link} to="/jobs/new" leftSection={<IconPlus size={16} />}>
                New job order
              </Button>
            ) : null}
          </>
        }
      />
      <JobFilterBar
        search={search}
        onChange={(next) => void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true })}
        onReplace={(next) => void navigate({ search: next })}
      />
      <Tabs
        value={search.status ?? ALL}
        onChange={(value) => void navigate({ search: (previous) => ({ ...previous, status: pickOption(JOB_STATUSES, value) }) })}
        mb="sm"
        aria-label="Job status"
      >
        <Tabs.List>
          <Tabs.Tab value={ALL}>All{countLabel(total)}</Tabs.Tab>
          {JOB_STATUSES.map((status) => (
            <Tabs.Tab key={status} value={status}>
              {STATUS_LABELS[status]}
              {countLabel(counts.data?.data[status])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ListTable<JobSummary>
        query={list}
        aria-label="Job orders"
        hasRefetchOverlay
        onRowClick={({ record }) => void navigate({ to: '/jobs/$id', params: { id: record.id } })}
        columns={[
          {
            accessor: 'reference',
            title: 'Ref.',
            render: (job) => (
              <JobLink id={job.id} size="sm" ff="monospace" onClick={(event) => event.stopPropagation()}>
                {job.reference}
              </JobLink>
            ),
          },
          { accessor: 'title', title: 'Title', render: (job) => <Text size="sm" fw={500}>{job.title}</Text> },
          { accessor: 'organization.name', title: 'Organization' },
          { accessor: 'status', title: 'Status', render: (job) => <JobStatusBadge status={job.status} /> },
          { accessor: 'owner.name', title: 'Owner', render: (job) => job.owner?.name ?? <Text size="sm" c="dimmed">No owner</Text> },
          { accessor: 'openings', title: 'Openings', textAlign: 'right', render: (job) => `${job.filledCount}/${job.openings}` },
          {
            accessor: 'candidateCount',
            title: 'Candidates',
            textAlign: 'right',
            // B1: the count opens the job's submissions list.
            render: (job) => (
              <Anchor
                size="sm"
                aria-label={`${job.candidateCount} candidates, ${job.submissionCount} submitted: the submissions of ${job.reference}`}
                renderRoot={(root) => <Link {...root} to="/jobs/$id" params={{ id: job.id }} search={{ tab: 'submissions' }} />}
                onClick={(event) => event.stopPropagation()}
              >
                {job.candidateCount}
                {job.submissionCount > 0 ? ` · ${job.submissionCount} submitted` : ''}
              </Anchor>
            ),
          },
          { accessor: 'health.daysInStatus', title: 'Days in status', textAlign: 'right' },
          { accessor: 'health.atRisk', title: 'Risk', render: (job) => <AtRiskMarker health={job.health} /> },
          {
            accessor: 'nextAction',
            title: 'Next action',
            render: (job) =>
              job.nextAction ? (
                <Stack gap={0}>
                  <Text size="sm" lineClamp={1}>
                    {job.nextAction.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {job.nextAction.allDay ? format.date(job.nextAction.dueAt) : format.dateTime(job.nextAction.dueAt)}
                  </Text>
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              ),
          },
        ]}
        emptyState={
          isFiltered || search.status ? (
            <Empty title="No job orders match">Nothing matches these filters. Remove a filter chip or pick another status.</Empty>
          ) : (
            <Empty title="No job orders yet">Take in a job order with New job order: the client, the role, the pay and who owns it.</Empty>
          )
        }
      />
    </Stack>
  );
}
