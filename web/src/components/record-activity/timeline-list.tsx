import { Anchor, Chip, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  type Icon,
  IconArrowsExchange,
  IconChecklist,
  IconCircleCheck,
  IconHistory,
  IconMail,
  IconMessage,
  IconNote,
  IconPhone,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useCursorList } from '../../api/pages';
import { useFormat } from '../format';
import { LoadMore } from '../load-more';
import { Empty, ListSkeleton, LoadError } from '../page';
import { type ActivityKind, type RecordRef, type TimelineItem, type TimelineKind, activityKeys, fetchTimeline, recordHref } from './queries';

const FILTERS: { value: TimelineKind; label: string }[] = [
  { value: 'activity', label: 'Activities' },
  { value: 'task', label: 'Tasks' },
  { value: 'status_change', label: 'Status changes' },
  { value: 'audit', label: 'Edits' },
];
const ACTIVITY_ICONS: Record<ActivityKind, Icon> = { note: IconNote, call: IconPhone, email: IconMail, meeting: IconUsersGroup, message: IconMessage };

function iconOf(item: TimelineItem): { icon: Icon; color: string } {
  switch (item.kind) {
    case 'activity':
      return { icon: ACTIVITY_ICONS[item.activityKind ?? 'note'], color: 'indigo' };
    case 'task':
      return item.taskEvent === 'done' ? { icon: IconCircleCheck, color: 'teal' } : { icon: IconChecklist, color: 'blue' };
    case 'status_change':
      return { icon: IconArrowsExchange, color: 'grape' };
    case 'audit':
      return { icon: IconHistory, color: 'gray' };
  }
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  const format = useFormat();
  const { icon: ItemIcon, color } = iconOf(item);
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" color={color} size="md" radius="xl" aria-hidden>
        <ItemIcon size={15} stroke={1.7} />
      </ThemeIcon>
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {item.title}
          </Text>
          {item.mentionedFrom ? (
            <Text size="xs" c="dimmed">
              on{' '}
              <Anchor href={recordHref(item.mentionedFrom)} size="xs">
                {item.mentionedFrom.label}
              </Anchor>
            </Text>
          ) : null}
        </Group>
        {item.detail ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={6}>
            {item.detail}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {item.actorLabel} · <time dateTime={item.at}>{format.dateTime(item.at)}</time>
        </Text>
      </Stack>
    </Group>
  );
}

/** The record's timeline, newest first, with kind filter chips and "load more". */
export function TimelineList({ record }: { record: RecordRef }) {
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const list = useCursorList(activityKeys.timeline(record, kinds), (cursor) => fetchTimeline(record, kinds, cursor));
  const handleKinds = (values: string[]) => setKinds(FILTERS.map((filter) => filter.value).filter((value) => values.includes(value)));

  return (
    <Stack gap="sm">
      <Chip.Group multiple value={kinds} onChange={handleKinds}>
        <Group gap={6} role="group" aria-label="Show only">
          {FILTERS.map((filter) => (
            <Chip key={filter.value} value={filter.value} size="xs" variant="outline">
              {filter.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {list.isPending ? (
        <ListSkeleton rows={4} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.records.length === 0 ? (
        <Empty title="Nothing here yet">Log a call or a note, or add a task: what happens on this record shows up here.</Empty>
      ) : (
        <Stack component="ol" gap="md" aria-label="Timeline" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.records.map((item) => (
            <TimelineEntry key={item.id} item={item} />
          ))}
        </Stack>
      )}
      <LoadMore hasNextPage={list.hasNextPage} isFetchingNextPage={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </Stack>
  );
}
