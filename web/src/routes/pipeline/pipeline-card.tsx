import { Group, Paper, Stack, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';
import { CardFlags, daysAgo, daysText } from './pipeline-ui';
import type { PipelineCard } from './queries';

/** The label of a rejection reason value (looked up once for the whole board). */
export type ReasonLabel = (value: string | null) => string | null;

/** What a card shows: name, current title, last activity, days in stage, the reason it was closed and the flags. */
export function CardBody({ card, reasonLabel }: { card: PipelineCard; reasonLabel: ReasonLabel }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} lineClamp={1}>
        {card.name}
      </Text>
      {card.currentTitle ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {card.currentTitle}
        </Text>
      ) : null}
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" title="Last activity with the candidate">
          Activity {daysAgo(card.lastActivityAt)}
        </Text>
        <Text size="xs" c="dimmed" title="Days in this stage" style={{ whiteSpace: 'nowrap' }}>
          {daysText(card.daysInStage)} here
        </Text>
      </Group>
      {card.closedReason ? (
        <Text size="xs" c="dimmed" lineClamp={1}>
          Reason: {reasonLabel(card.closedReason)}
        </Text>
      ) : null}
      <CardFlags flags={card.flags} />
    </Stack>
  );
}

type BoardCardProps = {
  card: PipelineCard;
  stageName: string;
  canMove: boolean;
  reasonLabel: ReasonLabel;
  onOpen: (entryId: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, card: PipelineCard) => void;
};

/**
 * A card on the board: dragged with the pointer (dnd-kit), reached with Tab, opened with a click or Enter, moved with
 * Shift+← / Shift+→ (the board handles the keys).
 */
export function BoardCard({ card, stageName, canMove, reasonLabel, onOpen, onKeyDown }: BoardCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.entryId, disabled: !canMove });
  return (
    <Paper
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      withBorder
      radius="md"
      p="xs"
      role="button"
      tabIndex={0}
      aria-label={card.name}
      aria-roledescription={canMove ? 'movable card' : 'card'}
      data-entry-id={card.entryId}
      data-stage-name={stageName}
      className="pipeline-card"
      onClick={() => onOpen(card.entryId)}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => onKeyDown(event, card)}
      style={{ cursor: canMove ? 'grab' : 'pointer', opacity: isDragging ? 0.4 : 1, touchAction: 'manipulation' }}
    >
      <CardBody card={card} reasonLabel={reasonLabel} />
    </Paper>
  );
}
