import { Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, getRouteApi } from '@tanstack/react-router';
import { Suspense, lazy, useState } from 'react';
import { useFormat } from '../../components/format';
import { pickOption } from '../../components/options';
import { ListSkeleton, LoadError } from '../../components/page';
import { NextActionCard, RecordActivityPanel } from '../../components/record-activity';
import { RecordLayout } from '../../components/record-page';
import { StagesEditor } from '../../components/stages-editor';
import { ContactLink, DealLink, OrganizationLink } from '../clients/record-links';
import { ApplicationFormSummary, Fact, JobHealth, JobOverview, Section } from './job-overview';
import { EMPLOYMENT_TYPE_LABELS, JobStatusBadge } from './labels';
import { type Job, fetchJob, jobActions, jobKeys } from './queries';
import { QualificationPanel } from './qualification-panel';
import { JOB_TABS } from './search';
import { type TransitionChoice, TransitionDialog, transitionLabel } from './transition-dialog';

const route = getRouteApi('/app/jobs/$id');

// The board (and its drag and drop) loads when the Pipeline tab is first opened.
const JobPipeline = lazy(() => import('../pipeline/job-pipeline').then((module) => ({ default: module.JobPipeline })));
const JobSubmissions = lazy(() => import('../submissions/job-submissions').then((module) => ({ default: module.JobSubmissions })));

/** The right rail: who, how many, when, and where the job came from. */
function KeyFacts({ job }: { job: Job }) {
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Key facts">
      <Title order={2} size="h5" mb="sm">
        Key facts
      </Title>
      <Stack gap="xs">
        <Fact label="Owner">{job.owner?.name ?? 'No owner yet'}</Fact>
        <Fact label="Recruiters">{job.recruiters.map((recruiter) => recruiter.name).join(', ') || 'None assigned'}</Fact>
        <Fact label="Openings">{`${job.filledCount} of ${job.openings} filled`}</Fact>
        <Fact label="Target start">{job.targetStartOn ? format.date(`${job.targetStartOn}T12:00:00Z`) : null}</Fact>
        <Fact label="Employment type">{EMPLOYMENT_TYPE_LABELS[job.employmentType]}</Fact>
        <Fact label="Hiring contact">{job.contact ? <ContactLink id={job.contact.id} size="sm">{job.contact.name}</ContactLink> : null}</Fact>
        {job.deal ? (
          <Fact label="From deal">
            <DealLink id={job.deal.id} size="sm">
              {job.deal.title}
            </DealLink>
          </Fact>
        ) : null}
        <Fact label="Taken in">{format.dateTime(job.createdAt)}</Fact>
      </Stack>
    </Paper>
  );
}

/** A job order: header with its status actions, intake, health, qualification, stages; key facts and activity on the right. */
export function JobPage() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const job = useQuery({ queryKey: jobKeys.record(id), queryFn: () => fetchJob(id) });
  const [choice, setChoice] = useState<TransitionChoice | null>(null);

  if (job.isPending) {
    return <ListSkeleton rows={10} />;
  }
  if (job.isError) {
    return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  }
  const { data: record, abilities } = job.data;
  const reload = () => void job.refetch();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed" ff="monospace">
              {record.reference}
            </Text>
            <JobStatusBadge status={record.status} />
          </Group>
          <Title order={1} size="h3" fw={600}>
            {record.title}
          </Title>
          <OrganizationLink id={record.organization.id} size="sm">
            {record.organization.name}
          </OrganizationLink>
        </Stack>
        <Group gap="xs">
          {abilities.update ? (
            <Button variant="default" leftSection={<IconPencil size={16} />} renderRoot={(props) => <Link {...props} to="/jobs/$id/edit" params={{ id }} />}>
              Edit
            </Button>
          ) : null}
          {abilities.transitions.map((transition) => (
            <Button key={transition.to} variant={transition.to === 'cancelled' ? 'default' : 'light'} color={transition.to === 'cancelled' ? 'red' : undefined} onClick={() => setChoice(transition)}>
              {transitionLabel(record.status, transition.to)}
            </Button>
          ))}
        </Group>
      </Group>
      <Tabs value={search.tab ?? 'overview'} onChange={(value) => void navigate({ search: { tab: value === 'overview' ? undefined : pickOption(JOB_TABS, value) } })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="pipeline">Pipeline</Tabs.Tab>
          <Tabs.Tab value="submissions">Submissions{record.submissionCount > 0 ? ` ${record.submissionCount}` : ''}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <RecordLayout
            main={
              <>
                {record.status === 'intake' || record.qualification ? <QualificationPanel key={record.version} job={record} canQualify={abilities.qualify} onReload={reload} /> : null}
                <JobOverview job={record} />
                <JobHealth job={record} />
                <Section title="Pipeline stages">
                  <StagesEditor
                    key={record.stages.map((stage) => `${stage.id}:${stage.name}:${stage.kind}`).join('|')}
                    stages={record.stages}
                    canEdit={abilities.editStages}
                    saveLabel="Save stages"
                    onSave={(stages) => jobActions.replaceStages(id, record.version, stages)}
                    onSaved={() => void queryClient.invalidateQueries({ queryKey: jobKeys.record(id) })}
                  />
                </Section>
                <ApplicationFormSummary job={record} />
              </>
            }
            aside={
              <>
                <KeyFacts job={record} />
                <NextActionCard record={{ type: 'job', id }} />
                <RecordActivityPanel record={{ type: 'job', id }} />
              </>
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline">
          <Suspense fallback={<ListSkeleton rows={8} />}>
            <JobPipeline
              jobId={id}
              view={search.view ?? 'board'}
              entryId={search.entry}
              onViewChange={(view) => void navigate({ search: (previous) => ({ ...previous, view: view === 'board' ? undefined : view }) })}
              onOpenEntry={(entry) => void navigate({ search: (previous) => ({ ...previous, entry }) })}
            />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="submissions">
          <Suspense fallback={<ListSkeleton rows={6} />}>
            <JobSubmissions jobId={id} jobTitle={record.title} organizationId={record.organization.id} hiringContactId={record.contact?.id ?? null} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
      <TransitionDialog job={record} choice={choice} onClose={() => setChoice(null)} onReload={reload} />
    </Stack>
  );
}
