import { Anchor, type AnchorProps, Badge } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';

export const PoolVisibilityBadge = ({ shared }: { shared: boolean }) => (
  <Badge variant="light" color={shared ? 'indigo' : 'gray'} radius="sm">
    {shared ? 'Shared' : 'Private'}
  </Badge>
);

type PoolLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

export const PoolLink = ({ id, children, ...props }: PoolLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/pools/$poolId" params={{ poolId: id }} />}>
    {children}
  </Anchor>
);
