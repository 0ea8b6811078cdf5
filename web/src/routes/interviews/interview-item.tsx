import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useCurrentUser } from '../../components/current-user';
import { PipelineJobLink } from '../pipeline/pipeline-ui';
import { isFrontOffice } from '../placements/roles';
import { CancelInterviewDialog, OutcomeDialog, RescheduleDialog } from './interview-dialogs';
import { INTERVIEW_OUTCOME_LABELS, INTERVIEW_TYPE_LABELS, InterviewStatusBadge } from './labels';
import { type Interview, icsUrl } from './queries';

/** "Tue 10 Mar 2026, 10:00–11:00" in a time zone. */
export function timeRange(interview: Pick<Interview, 'startsAt' | 'endsAt'>, timeZone: string): string {
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone });
  const starts = new Date(interview.startsAt);
  return `${day.format(starts)}, ${time.format(starts)}–${time.format(new Date(interview.endsAt))}`;
}

/** Who attends: colleagues, client contacts, and whether the candidate is invited. */
function attendeesText(interview: Interview): string {
  const people = [...interview.attendees.users, ...interview.attendees.contacts].map((person) => person.name);
  if (interview.attendees.candidate) {
    people.push(`${interview.candidate.name} (candidate)`);
  }
  return people.length > 0 ? people.join(', ') : 'No attendees invited';
}

type Action = 'reschedule' | 'cancel' | 'outcome';

type InterviewItemProps = {
  interview: Interview;
  /** On the calendar the candidate and job are named; on an entry they are known. */
  showJob?: boolean;
};

/**
 * One interview: when (in its own time zone, and the user's when that differs), type, who, where, its status or
 * outcome, the calendar file, and the actions its state allows (reschedule, cancel, record the outcome).
 */
export function InterviewItem({ interview, showJob = false }: InterviewItemProps) {
  const user = useCurrentUser();
  const myZone = user.timeZone ?? user.agency.timeZone;
  const [action, setAction] = useState<Action | null>(null);
  const canWrite = isFrontOffice(user.role);
  const isScheduled = interview.status === 'scheduled';
  const hasStarted = new Date(interview.startsAt).getTime() <= Date.now();
  const label = `${INTERVIEW_TYPE_LABELS[interview.type]} interview, ${timeRange(interview, interview.timeZone)}`;

  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-label={showJob ? `${interview.candidate.name}: ${label}` : label}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {timeRange(interview, interview.timeZone)} <Text span size="xs" c="dimmed">({interview.timeZone})</Text>
            </Text>
            {myZone !== interview.timeZone ? (
              <Text size="xs" c="dimmed">
                {timeRange(interview, myZone)} your time ({myZone})
              </Text>
            ) : null}
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Badge variant="light" color="violet" radius="sm" tt="none" fw={500}>
              {INTERVIEW_TYPE_LABELS[interview.type]}
            </Badge>
            <InterviewStatusBadge status={interview.status} />
          </Group>
        </Group>
        {showJob ? (
          <Text size="sm">
            <Text span fw={500}>
              {interview.candidate.name}
            </Text>
            {' for '}
            <PipelineJobLink jobId={interview.job.id} entryId={interview.entry.id} size="sm">
              {interview.job.reference} {interview.job.title}
            </PipelineJobLink>
            {` at ${interview.job.organization.name}`}
          </Text>
        ) : null}
        <Text size="xs">Attending: {attendeesText(interview)}</Text>
        {interview.location || interview.meetingUrl ? (
          <Text size="xs">
            {interview.location ? `Where: ${interview.location}` : null}
            {interview.location && interview.meetingUrl ? ' · ' : null}
            {interview.meetingUrl ? (
              <Anchor size="xs" href={interview.meetingUrl} target="_blank" rel="noreferrer">
                Meeting link
              </Anchor>
            ) : null}
          </Text>
        ) : null}
        {interview.outcome ? (
          <Text size="xs">
            Outcome: <Text span fw={500} size="xs">{INTERVIEW_OUTCOME_LABELS[interview.outcome]}</Text>
            {interview.outcomeNotes ? ` — ${interview.outcomeNotes}` : ''}
          </Text>
        ) : null}
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" leftSection={<IconDownload size={13} />} component="a" href={icsUrl(interview.id)} download>
            Download .ics
          </Button>
          {canWrite && isScheduled ? (
            <>
              <Button size="compact-xs" variant="light" onClick={() => setAction('reschedule')}>
                Reschedule
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setAction('cancel')}>
                Cancel interview
              </Button>
            </>
          ) : null}
          {canWrite && interview.status !== 'cancelled' && hasStarted ? (
            <Button size="compact-xs" variant="light" color="teal" onClick={() => setAction('outcome')}>
              {interview.outcome ? 'Correct outcome' : 'Record outcome'}
            </Button>
          ) : null}
        </Group>
      </Stack>
      {action === 'reschedule' ? <RescheduleDialog interview={interview} onClose={() => setAction(null)} /> : null}
      {action === 'cancel' ? <CancelInterviewDialog interview={interview} onClose={() => setAction(null)} /> : null}
      {action === 'outcome' ? <OutcomeDialog interview={interview} onClose={() => setAction(null)} /> : null}
    </Paper>
  );
}
