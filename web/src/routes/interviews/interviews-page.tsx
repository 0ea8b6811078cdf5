import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCursorList } from '../../api/pages';
import { teamQuery } from '../../api/team';
import { useCurrentUser } from '../../components/current-user';
import { LoadMore } from '../../components/load-more';
import { ListSkeleton, LoadError, PageHeader } from '../../components/page';
import { dateIn, zonedToInstant } from '../../components/record-activity/zoned-time';
import { InterviewItem } from './interview-item';
import { type CalendarRange, type Interview, fetchCalendar, interviewKeys } from './queries';
import { addDays, mondayOf } from './search';

const route = getRouteApi('/app/interviews');

/** "Monday 9 March" for a calendar date. */
const dayHeading = (date: string) => new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
const shortDay = (date: string) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/** One day of the week: its interviews in start order, or a quiet line. */
function Day({ date, interviews, isToday }: { date: string; interviews: Interview[]; isToday: boolean }) {
  return (
    <Stack gap={6} component="section" aria-label={dayHeading(date)}>
      <Title order={2} size="h6" c={isToday ? 'blue' : undefined}>
        {dayHeading(date)}
        {isToday ? ' (today)' : ''}
      </Title>
      {interviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          No interviews
        </Text>
      ) : (
        interviews.map((interview) => <InterviewItem key={interview.id} interview={interview} showJob />)
      )}
    </Stack>
  );
}

/**
 * Interviews: a person's interviews (the ones they organize or attend) week by week, day by day, in their time zone,
 * each with its calendar file and the actions its state allows.
 */
export function InterviewsPage() {
  const user = useCurrentUser();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  const today = dateIn(new Date(), timeZone);
  const monday = search.week ?? mondayOf(today);
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  const range: CalendarRange = { from: zonedToInstant(monday, '00:00', timeZone), to: zonedToInstant(addDays(monday, 7), '00:00', timeZone), userId: search.userId };
  const list = useCursorList(interviewKeys.calendar(range), (cursor) => fetchCalendar(range, cursor));
  const team = useQuery(teamQuery);
  const people = (team.data?.data ?? []).map((member) => ({ value: member.id, label: member.id === user.id ? `${member.name} (me)` : member.name }));
  const byDay = new Map<string, Interview[]>(days.map((day) => [day, []]));
  for (const interview of list.records) {
    byDay.get(dateIn(new Date(interview.startsAt), timeZone))?.push(interview);
  }
  const goTo = (week: string | undefined) => void navigate({ search: (previous) => ({ ...previous, week }) });

  return (
    <Stack gap="md">
      <PageHeader
        title="Interviews"
        description={`Interviews ${search.userId && search.userId !== user.id ? 'this person organizes or attends' : 'you organize or attend'}, week by week. Times are in ${timeZone}.`}
        actions={
          <Select
            aria-label="Whose interviews"
            data={people}
            value={search.userId ?? user.id}
            onChange={(value) => void navigate({ search: (previous) => ({ ...previous, userId: value === user.id ? undefined : (value ?? undefined) }) })}
            searchable
            allowDeselect={false}
            w={220}
          />
        }
      />
      <Paper withBorder radius="md" px="sm" py={6}>
        <Group justify="space-between">
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} onClick={() => goTo(addDays(monday, -7))}>
              Previous week
            </Button>
            <Button size="xs" variant="default" onClick={() => goTo(undefined)} disabled={monday === mondayOf(today)}>
              This week
            </Button>
            <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} />} onClick={() => goTo(addDays(monday, 7))}>
              Next week
            </Button>
          </Group>
          <Text size="sm" fw={500} aria-live="polite">
            {`${shortDay(monday)} – ${shortDay(addDays(monday, 6))}`}
          </Text>
        </Group>
      </Paper>
      {list.isPending ? (
        <ListSkeleton rows={7} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Stack gap="lg" aria-label="Interviews this week">
          {days.map((day) => (
            <Day key={day} date={day} interviews={byDay.get(day) ?? []} isToday={day === today} />
          ))}
          <LoadMore hasNextPage={list.hasNextPage} isFetchingNextPage={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
        </Stack>
      )}
    </Stack>
  );
}
