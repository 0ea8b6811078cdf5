import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type Announcements, DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, PointerSensor, pointerWithin, useDroppable, useSensor, useSensors } from '@dnd-kit/core';
import { type KeyboardEvent, type ReactNode, useEffect, useState } from 'react';
import { neighbourStage, withCardMoved } from './board-moves';
import { BoardCard, CardBody } from './pipeline-card';
import type { BoardStage, PipelineBoard, PipelineCard } from './queries';
import { useReasonLabel } from './reason-select';
import type { MovableEntry, StageMove } from './use-stage-move';

/** A long column shows this many cards first; the rest come with "Show all". */
const COLUMN_PAGE = 50;

const movable = (card: PipelineCard): MovableEntry => ({ entryId: card.entryId, version: card.version, candidateId: card.candidateId, name: card.name, stageId: card.stageId });

type ColumnProps = { stage: BoardStage; isDropTarget: boolean; children: ReactNode; hiddenCount: number; onShowAll: () => void };

function BoardColumn({ stage, isDropTarget, children, hiddenCount, onShowAll }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const highlighted = isOver && isDropTarget;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-label={`${stage.name} stage`}
      data-stage-id={stage.id}
      radius="md"
      p="xs"
      w={248}
      miw={248}
      mih={240}
      bg={highlighted ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
      style={{ outline: highlighted ? '2px dashed var(--mantine-color-blue-filled)' : undefined }}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={600} size="sm" truncate>
            {stage.name}
          </Text>
          <Badge variant="light" color="gray" radius="sm">
            {stage.count}
            <VisuallyHidden>{stage.count === 1 ? ' candidate' : ' candidates'}</VisuallyHidden>
          </Badge>
        </Group>
        {children}
        {hiddenCount > 0 ? (
          <Button size="xs" variant="subtle" onClick={onShowAll}>
            Show {hiddenCount} more
          </Button>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The cards of a column as shown, in order (the arrow keys move the focus through them). */
function cardElements(root: HTMLElement | null, stageId: string): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(`[data-stage-id="${stageId}"] .pipeline-card`) ?? [])];
}

type PipelineBoardViewProps = { board: PipelineBoard; canMove: boolean; move: StageMove; onOpen: (entryId: string) => void };

/**
 * The job's board: a column per stage with its count, cards dragged between columns with the pointer, or moved from the
 * keyboard (Shift+← / Shift+→); ↑ ↓ ← → move the focus between cards, Enter opens one.
 */
export function PipelineBoardView({ board, canMove, move, onOpen }: PipelineBoardViewProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [refocus, setRefocus] = useState<{ entryId: string; stageId: string } | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const reasonLabel = useReasonLabel();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const shown = move.shown ? withCardMoved(board, move.shown.entryId, move.shown.stageId, new Date()) : board;
  const stages = [...shown.data.stages].sort((a, b) => a.position - b.position);
  const cardOf = (id: string | number) => shown.data.cards.find((card) => card.entryId === String(id));
  const stageOf = (id: string | number | undefined) => stages.find((stage) => stage.id === String(id));
  const active = activeId ? cardOf(activeId) : undefined;

  // A card moved from the keyboard lands in another column (a new element): the focus follows it there.
  useEffect(() => {
    const element = refocus ? root?.querySelector<HTMLElement>(`[data-stage-id="${refocus.stageId}"] [data-entry-id="${refocus.entryId}"]`) : null;
    if (element) {
      element.focus();
      setRefocus(null);
    }
  }, [shown, refocus, root]);

  function handleDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
  }

  function handleDragEnd(event: DragEndEvent) {
    setActiveId(null);
    const card = cardOf(event.active.id);
    const stage = stageOf(event.over?.id);
    if (card && stage) {
      move.request(movable(card), stage);
    }
  }

  /** The card at `index` of a column, or its last one when the column is shorter (arrow keys across columns). */
  function focusCard(stageId: string, index: number) {
    const cards = cardElements(root, stageId);
    cards[Math.min(index, cards.length - 1)]?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>, card: PipelineCard) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const cards = cardElements(root, card.stageId);
    const index = cards.findIndex((element) => element.dataset.entryId === card.entryId);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(card.entryId);
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.shiftKey) {
      event.preventDefault();
      const target = neighbourStage(stages, card.stageId, event.key === 'ArrowLeft' ? -1 : 1);
      if (target && canMove) {
        setRefocus({ entryId: card.entryId, stageId: target.id });
        move.request(movable(card), target);
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      cards[index + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      // The next column that has cards, in the direction of the arrow.
      const step = event.key === 'ArrowLeft' ? -1 : 1;
      let next = neighbourStage(stages, card.stageId, step);
      while (next && cardElements(root, next.id).length === 0) {
        next = neighbourStage(stages, next.id, step);
      }
      if (next) {
        focusCard(next.id, Math.max(index, 0));
      }
    }
  }

  const nameOf = (id: string | number) => cardOf(id)?.name ?? 'The card';
  const announcements: Announcements = {
    onDragStart: ({ active: dragged }) => `Picked up ${nameOf(dragged.id)}.`,
    onDragOver: ({ active: dragged, over }) => (over ? `${nameOf(dragged.id)} is over ${stageOf(over.id)?.name ?? 'a stage'}.` : `${nameOf(dragged.id)} is not over a stage.`),
    onDragEnd: ({ active: dragged, over }) => (over ? `${nameOf(dragged.id)} was dropped on ${stageOf(over.id)?.name ?? 'a stage'}.` : `${nameOf(dragged.id)} was dropped outside the stages.`),
    onDragCancel: ({ active: dragged }) => `Moving ${nameOf(dragged.id)} was cancelled.`,
  };
  const instructions = canMove
    ? 'Press Enter to open the candidate. Shift and the left or right arrow move the card to the previous or next stage. The arrow keys alone move between cards.'
    : 'Press Enter to open the candidate. The arrow keys move between cards.';

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Group ref={setRoot} align="stretch" wrap="nowrap" gap="sm" pb="sm" aria-label="Pipeline board" role="group">
          {stages.map((stage) => {
            const cards = shown.data.cards.filter((card) => card.stageId === stage.id);
            const visible = expanded.has(stage.id) ? cards : cards.slice(0, COLUMN_PAGE);
            return (
              <BoardColumn
                key={stage.id}
                stage={stage}
                isDropTarget={activeId !== null && active?.stageId !== stage.id}
                hiddenCount={cards.length - visible.length}
                onShowAll={() => setExpanded((before) => new Set([...before, stage.id]))}
              >
                {visible.map((card) => (
                  <BoardCard key={card.entryId} card={card} stageName={stage.name} canMove={canMove} reasonLabel={reasonLabel} onOpen={onOpen} onKeyDown={handleKeyDown} />
                ))}
              </BoardColumn>
            );
          })}
        </Group>
      </ScrollArea>
      <DragOverlay dropAnimation={null}>
        {active ? (
          <Paper withBorder radius="md" p="xs" shadow="md" w={232} style={{ cursor: 'grabbing' }}>
            <CardBody card={active} reasonLabel={reasonLabel} />
          </Paper>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
