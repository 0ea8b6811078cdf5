import { Alert, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBan, IconCalendarCheck, IconMailForward, IconPencil, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useCurrentUser } from '../../components/current-user';
import { useFormat } from '../../components/format';
import { RecordFallback, RecordLayout } from '../../components/record-page';
import { CandidateLink } from '../candidates/candidate-ui';
import { JobLink, OrganizationLink } from '../clients/record-links';
import { CancelPlacementDialog } from './cancel-placement-dialog';
import { ConfirmationDialog } from './confirmation-dialog';
import { FollowUps } from './follow-ups';
import { HandoffChecklist } from './handoff-checklist';
import { AssignmentStatusBadge, BackOfficeLink, PlacementStatusBadge, StartOutcomeBadge, dayOf } from './labels';
import { PlacementEditDialog } from './placement-edit-dialog';
import { PlacementIssues } from './placement-issues';
import { PlacementKeyFacts, PlacementTerms, Replacements } from './placement-terms';
import { type Placement, type PlacementAbilities, fetchPlacement, placementKeys } from './queries';
import { RepeatDemand } from './repeat-demand';
import { canWriteClients, isFrontOffice } from './roles';
import { StartDialog } from './start-dialog';

const route = getRouteApi('/app/placements/$id');

type Dialog = 'start' | 'confirmation' | 'cancel';

type ActionsProps = { placement: Placement; abilities: PlacementAbilities; canSend: boolean; onEdit: () => void; onOpen: (dialog: Dialog) => void };

/** The header's actions, as the abilities allow; Cancel stays visible but off, with the rule's reason, when refused. */
function PlacementActions({ placement, abilities, canSend, onEdit, onOpen }: ActionsProps) {
  const isLive = placement.status === 'pending' || placement.status === 'active';
  return (
    <Group gap="xs">
      {abilities.update ? (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
          Edit
        </Button>
      ) : null}
      {abilities.reactivate ? (
        <Button leftSection={<IconRefresh size={16} />} onClick={onEdit}>
          Reactivate
        </Button>
      ) : null}
      {abilities.confirmStart ? (
        <Button variant="light" leftSection={<IconCalendarCheck size={16} />} onClick={() => onOpen('start')}>
          Confirm start
        </Button>
      ) : null}
      {canSend && placement.status !== 'cancelled' ? (
        <Button variant="default" leftSection={<IconMailForward size={16} />} onClick={() => onOpen('confirmation')}>
          Send confirmation
        </Button>
      ) : null}
      {isLive ? (
        <Tooltip label={abilities.cancel.reason} disabled={abilities.cancel.allowed} multiline w={300}>
          <Button variant="default" color="red" leftSection={<IconBan size={16} />} disabled={!abilities.cancel.allowed} onClick={() => onOpen('cancel')}>
            Cancel placement
          </Button>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/**
 * A placement: reference, status and assignment status, who and where; its terms, handoff checklist, start,
 * follow-ups, issues, repeat demand and replacement links; Cancel (B2/B3) and Reactivate (B4) as the rules allow.
 */
export function PlacementPage() {
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const user = useCurrentUser();
  const format = useFormat();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const record = useQuery({ queryKey: placementKeys.record(id), queryFn: () => fetchPlacement(id) });

  if (!record.isSuccess) {
    return <RecordFallback query={record} />;
  }
  const { data: placement, abilities } = record.data;
  const formMode = abilities.reactivate ? 'reactivate' : abilities.update ? 'edit' : null;
  const canWrite = isFrontOffice(user.role) && placement.status !== 'cancelled';
  const setEditing = (isEditing: boolean) => void navigate({ search: isEditing ? { edit: true } : {}, replace: !isEditing });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" c="dimmed" ff="monospace">
              {placement.reference}
            </Text>
            <PlacementStatusBadge status={placement.status} />
            <AssignmentStatusBadge status={placement.assignmentStatus} />
            {placement.startOutcome ? <StartOutcomeBadge outcome={placement.startOutcome} /> : null}
          </Group>
          <Title order={1} size="h3" fw={600}>
            <CandidateLink id={placement.candidate.id} inherit>
              {placement.candidate.name}
            </CandidateLink>
          </Title>
          <Text size="sm">
            <JobLink id={placement.job.id} size="sm">
              J-{placement.job.number} {placement.job.title}
            </JobLink>{' '}
            at{' '}
            <OrganizationLink id={placement.organization.id} size="sm">
              {placement.organization.name}
            </OrganizationLink>
            {placement.startOn ? ` · starts ${format.date(dayOf(placement.startOn))}` : ''}
            {' · in the back office: '}
            <BackOfficeLink place={placement.backOffice} placementId={placement.id} candidateId={placement.candidate.id} assignmentStatus={placement.assignmentStatus} />
          </Text>
        </Stack>
        <PlacementActions placement={placement} abilities={abilities} canSend={isFrontOffice(user.role)} onEdit={() => setEditing(true)} onOpen={setDialog} />
      </Group>
      {placement.status === 'cancelled' ? (
        <Alert color="red" variant="light" icon={<IconBan size={18} />} title="Cancelled" role="status">
          {`Cancelled ${format.dateTime(placement.cancelledAt)}${placement.cancelledBy ? ` by ${placement.cancelledBy}` : ''}: ${placement.cancelReason ?? 'no reason given'}.`}
          {abilities.reactivate ? ' Reactivate opens it in edit mode; “Place candidate” places it again.' : ''}
        </Alert>
      ) : null}
      {(placement.status === 'pending' || placement.status === 'active') && !abilities.cancel.allowed && abilities.cancel.reason ? (
        <Text size="xs" c="dimmed">
          Cancelling here is not possible: {abilities.cancel.reason}
        </Text>
      ) : null}
      <RecordLayout
        main={
          <>
            <PlacementTerms placement={placement} />
            <HandoffChecklist placement={placement} />
            <FollowUps placement={placement} canRecord={canWrite} />
            <PlacementIssues placement={placement} canWrite={canWrite} />
            <RepeatDemand placement={placement} canCreate={canWriteClients(user.role) && placement.status !== 'cancelled'} />
            <Replacements placement={placement} canReplace={abilities.replace} />
          </>
        }
        aside={<PlacementKeyFacts placement={placement} />}
      />
      {formMode ? (
        <PlacementEditDialog
          key={`${formMode}:${placement.version}`}
          placement={placement}
          mode={formMode}
          opened={search.edit === true}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
      {abilities.confirmStart ? <StartDialog key={`start:${placement.version}`} placement={placement} opened={dialog === 'start'} onClose={() => setDialog(null)} /> : null}
      {isFrontOffice(user.role) ? <ConfirmationDialog key={`confirm:${placement.version}`} placement={placement} opened={dialog === 'confirmation'} onClose={() => setDialog(null)} /> : null}
      <CancelPlacementDialog placementId={placement.id} opened={dialog === 'cancel'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
