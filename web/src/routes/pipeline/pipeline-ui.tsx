import { Anchor, type AnchorProps, Badge, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { StageKind } from '../../../../src/shared/jobs';
import type { OfferStatus, PlacementStatus } from '../../../../src/shared/pipeline';
import { useFormat } from '../../components/format';
import { STAGE_KIND_LABELS } from '../../components/stages-editor';
import type { PipelineCard } from './queries';

const KIND_COLORS: Record<StageKind, string> = {
  sourced: 'gray',
  screening: 'blue',
  shortlisted: 'cyan',
  submitted: 'indigo',
  interview: 'violet',
  offer: 'grape',
  placed: 'teal',
  rejected: 'red',
  withdrawn: 'orange',
};

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = { draft: 'Offer drafted', extended: 'Offer extended', accepted: 'Offer accepted', declined: 'Offer declined', withdrawn: 'Offer withdrawn' };
const OFFER_COLORS: Record<OfferStatus, string> = { draft: 'gray', extended: 'blue', accepted: 'teal', declined: 'red', withdrawn: 'orange' };
export const PLACEMENT_STATUS_LABELS: Record<PlacementStatus, string> = { pending: 'Placement pending', active: 'Placement active', closed: 'Placement closed', cancelled: 'Placement cancelled' };
const PLACEMENT_COLORS: Record<PlacementStatus, string> = { pending: 'yellow', active: 'teal', closed: 'gray', cancelled: 'red' };

// Dot badges keep the text in the body colour (light badges of some colours fail WCAG contrast).

/** A stage's name, coloured by its kind (the kind is what metrics read; the name is the job's own). */
export function StageBadge({ name, kind }: { name: string; kind: StageKind }) {
  return (
    <Badge variant="dot" color={KIND_COLORS[kind]} radius="sm" tt="none" fw={500} title={STAGE_KIND_LABELS[kind]}>
      {name}
    </Badge>
  );
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "today", "yesterday", "3 days ago": how long ago, in whole days. */
export function daysAgo(iso: string | null, now = new Date()): string {
  if (!iso) {
    return 'never';
  }
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  return relative.format(-Math.max(0, days), 'day');
}

export const daysText = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** The flags a recruiter scans for on a card: who not to contact, what is booked, what waits on whom. */
export function CardFlags({ flags }: { flags: PipelineCard['flags'] }) {
  const format = useFormat();
  const badges = [
    flags.doNotContact ? { key: 'dnc', color: 'red', label: 'Do not contact' } : null,
    flags.interviewScheduled ? { key: 'interview', color: 'violet', label: `Interview ${format.dateTime(flags.interviewScheduled)}` } : null,
    flags.awaitingFeedback ? { key: 'feedback', color: 'yellow', label: 'Awaiting feedback' } : null,
    flags.offerStatus ? { key: 'offer', color: OFFER_COLORS[flags.offerStatus], label: OFFER_STATUS_LABELS[flags.offerStatus] } : null,
    flags.placementStatus ? { key: 'placement', color: PLACEMENT_COLORS[flags.placementStatus], label: PLACEMENT_STATUS_LABELS[flags.placementStatus] } : null,
  ].filter((badge) => badge !== null);
  if (badges.length === 0) {
    return null;
  }
  return (
    <Group gap={4}>
      {badges.map((badge) => (
        <Badge key={badge.key} size="xs" variant="dot" color={badge.color} radius="sm" tt="none" fw={500}>
          {badge.label}
        </Badge>
      ))}
    </Group>
  );
}

export const PlacementBadge = ({ status }: { status: PlacementStatus }) => (
  <Badge size="sm" variant="dot" color={PLACEMENT_COLORS[status]} radius="sm" tt="none">
    {PLACEMENT_STATUS_LABELS[status]}
  </Badge>
);

type PipelineJobLinkProps = AnchorProps & { jobId: string; entryId?: string; children: ReactNode };

/** A link to a job's Pipeline tab, with an entry's drawer open when one is given. */
export const PipelineJobLink = ({ jobId, entryId, children, ...props }: PipelineJobLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/jobs/$id" params={{ id: jobId }} search={{ tab: 'pipeline', entry: entryId }} />}>
    {children}
  </Anchor>
);
