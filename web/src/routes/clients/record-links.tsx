import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';

type RecordLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

/** Typed links to client records (the router checks the path and its parameter). */
export const OrganizationLink = ({ id, children, ...props }: RecordLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/organizations/$organizationId" params={{ organizationId: id }} />}>
    {children}
  </Anchor>
);

export const ContactLink = ({ id, children, ...props }: RecordLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/contacts/$contactId" params={{ contactId: id }} />}>
    {children}
  </Anchor>
);

export const DealLink = ({ id, children, ...props }: RecordLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/deals/$dealId" params={{ dealId: id }} />}>
    {children}
  </Anchor>
);

export const JobLink = ({ id, children, ...props }: RecordLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/jobs/$id" params={{ id }} />}>
    {children}
  </Anchor>
);
