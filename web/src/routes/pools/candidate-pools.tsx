import { Badge, Button, Group, Text } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListSkeleton, LoadError } from '../../components/page';
import { Section } from '../clients/client-ui';
import { AddToPoolDialog } from './add-to-pool-dialog';
import { PoolLink } from './pool-ui';
import { fetchCandidatePools, poolKeys } from './queries';

type CandidatePoolsProps = { candidate: { id: string; name: string }; canAdd: boolean };

/** The pools the candidate is in that the caller can see, each a link to the pool, and Add to pool. */
export function CandidatePools({ candidate, canAdd }: CandidatePoolsProps) {
  const [isAdding, setIsAdding] = useState(false);
  const pools = useQuery({ queryKey: poolKeys.ofCandidate(candidate.id), queryFn: () => fetchCandidatePools(candidate.id) });

  return (
    <Section
      title="Pools"
      actions={
        canAdd ? (
          <Button size="xs" variant="default" leftSection={<IconStack2 size={14} />} onClick={() => setIsAdding(true)}>
            Add to pool
          </Button>
        ) : null
      }
    >
      {pools.isPending ? <ListSkeleton rows={1} /> : null}
      {pools.isError ? <LoadError error={pools.error} onRetry={() => void pools.refetch()} /> : null}
      {pools.isSuccess && pools.data.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not in any pool you can see.
        </Text>
      ) : null}
      {pools.isSuccess && pools.data.data.length > 0 ? (
        <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {pools.data.data.map((pool) => (
            <li key={pool.id}>
              <Badge variant="light" color={pool.shared ? 'indigo' : 'gray'} radius="sm" tt="none" size="lg" fw={500}>
                <PoolLink id={pool.id} size="sm" c="inherit">
                  {pool.name}
                </PoolLink>
                {pool.shared ? '' : ' · private'}
              </Badge>
            </li>
          ))}
        </Group>
      ) : null}
      {canAdd ? <AddToPoolDialog opened={isAdding} onClose={() => setIsAdding(false)} candidates={[candidate]} /> : null}
    </Section>
  );
}
