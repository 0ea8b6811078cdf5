import { ActionIcon, Badge, Button, Group, Menu, Paper, ScrollArea, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type DragEvent, useState } from 'react';
import { notify } from '../../components/notify';
import { Empty, LoadError, PageHeader } from '../../components/page';
import { formatMoney } from '../../components/money';
import { useOwnerOptions } from './client-ui';
import { DealDialog } from './deal-dialog';
import { type Deal, type DealBoardColumn, type DealFilters, clientActions, clientKeys, fetchDealBoard } from './queries';
import { DealLink } from './record-links';

type Board = Awaited<ReturnType<typeof fetchDealBoard>>;
type Move = { deal: Deal; stage: string };

/** The board with one deal moved to another column, counts and totals adjusted: what the screen shows until the server answers. */
function withMove(board: Board, { deal, stage }: Move): Board {
  const adjust = (column: DealBoardColumn, sign: 1 | -1): DealBoardColumn => {
    const value = deal.valueMinor ?? 0;
    const hasCurrency = column.totals.some((total) => total.currency === deal.currency);
    const totals = hasCurrency
      ? column.totals.map((total) => (total.currency === deal.currency ? { ...total, valueMinor: total.valueMinor + sign * value } : total))
      : [...column.totals, { currency: deal.currency, valueMinor: value }];
    return { ...column, count: column.count + sign, totals };
  };
  const target = board.data.columns.find((column) => column.stage === stage);
  const moved = { ...deal, stage, stageLabel: target?.label ?? stage };
  const columns = board.data.columns.map((column) => {
    if (column.stage === deal.stage) {
      return { ...adjust(column, -1), items: column.items.filter((item) => item.id !== deal.id) };
    }
    if (column.stage === stage) {
      return { ...adjust(column, 1), items: [moved, ...column.items] };
    }
    return column;
  });
  return { ...board, data: { columns } };
}

type DealCardProps = { deal: Deal; columns: DealBoardColumn[]; canMove: boolean; onMove: (move: Move) => void };

function DealCard({ deal, columns, canMove, onMove }: DealCardProps) {
  function handleDragStart(event: DragEvent<HTMLDivElement>) {
    event.dataTransfer.setData('text/x-deal-id', deal.id);
    event.dataTransfer.effectAllowed = 'move';
  }
  return (
    <Paper withBorder radius="md" p="sm" draggable={canMove} onDragStart={handleDragStart} component="article" aria-label={deal.title} style={{ cursor: canMove ? 'grab' : undefined }}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <DealLink id={deal.id} size="sm" fw={600}>
            {deal.title}
          </DealLink>
          {canMove ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Change stage of ${deal.title}`}>
                  <IconChevronDown size={14} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Move to stage</Menu.Label>
                {columns
                  .filter((column) => !column.archived && column.stage !== deal.stage)
                  .map((column) => (
                    <Menu.Item key={column.stage} onClick={() => onMove({ deal, stage: column.stage })}>
                      {column.label}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {deal.organizationName}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={500}>
            {formatMoney(deal.valueMinor, deal.currency)}
          </Text>
          <Text size="xs" c="dimmed">
            {deal.ownerName ?? 'No owner'}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Deals by stage: columns from the agency's deal stages; a card moves by dragging it or from its stage menu. */
export function DealsBoardPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [isCreating, setIsCreating] = useState(false);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const filters: DealFilters = { ownerId };
  const key = clientKeys.dealBoard(filters);
  const board = useQuery({ queryKey: key, queryFn: () => fetchDealBoard(filters) });

  const move = useMutation({
    mutationFn: ({ deal, stage }: Move) => clientActions.updateDeal(deal.id, { version: deal.version, stage }),
    onMutate: async (next) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Board>(key);
      if (before) {
        queryClient.setQueryData<Board>(key, withMove(before, next));
      }
      return { before };
    },
    onSuccess: (answer) => notify.success(`${answer.data.title} moved to ${answer.data.stageLabel}.`),
    onError: (error, _next, context) => {
      if (context?.before) {
        queryClient.setQueryData(key, context.before);
      }
      notify.error(error, 'The deal did not move');
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: clientKeys.deals }),
  });

  const columns = board.data?.data.columns ?? [];
  const canMove = board.data?.abilities.move ?? false;

  function handleDrop(event: DragEvent<HTMLDivElement>, stage: string) {
    event.preventDefault();
    setDropTarget(null);
    const id = event.dataTransfer.getData('text/x-deal-id');
    const deal = columns.flatMap((column) => column.items).find((item) => item.id === id);
    if (deal && deal.stage !== stage) {
      move.mutate({ deal, stage });
    }
  }

  return (
    <Stack gap={0}>
      <PageHeader
        title="Deals"
        description="Commercial opportunities by stage. Drag a card to another column, or use its stage menu."
        actions={
          board.data?.abilities.create ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setIsCreating(true)}>
              New deal
            </Button>
          ) : null
        }
      />
      <Group gap="xs" mb="sm">
        <Select aria-label="Owner" placeholder="Any owner" data={owners} value={ownerId ?? null} onChange={(value) => setOwnerId(value ?? undefined)} clearable searchable w={200} />
      </Group>
      {board.isPending ? <Skeleton height={320} /> : null}
      {board.isError ? <LoadError error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data && columns.length === 0 ? <Empty title="No deal stages">An admin or manager adds deal stages in Settings → Lists.</Empty> : null}
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {columns.map((column) => (
            <Paper
              key={column.stage}
              component="section"
              aria-label={`${column.label} stage`}
              radius="md"
              p="xs"
              w={260}
              miw={260}
              bg={dropTarget === column.stage ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
              onDragOver={(event: DragEvent<HTMLDivElement>) => {
                if (canMove && !column.archived) {
                  event.preventDefault();
                  setDropTarget(column.stage);
                }
              }}
              onDragLeave={() => setDropTarget(null)}
              onDrop={(event: DragEvent<HTMLDivElement>) => handleDrop(event, column.stage)}
            >
              <Stack gap="xs">
                <Group justify="space-between" gap="xs">
                  <Text fw={600} size="sm">
                    {column.label}
                  </Text>
                  <Badge variant="light" color="gray" radius="sm" aria-label={`${column.count} deals`}>
                    {column.count}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed" data-testid={`total-${column.stage}`}>
                  {column.totals.length > 0 ? column.totals.map((total) => formatMoney(total.valueMinor, total.currency)).join(' · ') : 'No value'}
                </Text>
                {column.items.map((deal) => (
                  <DealCard key={deal.id} deal={deal} columns={columns} canMove={canMove} onMove={(next) => move.mutate(next)} />
                ))}
                {column.items.length < column.count ? (
                  <Text size="xs" c="dimmed">
                    and {column.count - column.items.length} more
                  </Text>
                ) : null}
              </Stack>
            </Paper>
          ))}
        </Group>
      </ScrollArea>
      <DealDialog opened={isCreating} onClose={() => setIsCreating(false)} onSaved={(id) => void navigate({ to: '/deals/$dealId', params: { dealId: id } })} />
    </Stack>
  );
}
