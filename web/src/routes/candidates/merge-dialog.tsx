import { Alert, Checkbox, Loader, Modal, Radio, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../api/errors';
import { FormActions } from '../../components/form-actions';
import { notify } from '../../components/notify';
import { StaleAlert } from '../../components/stale-alert';
import { CANDIDATE_STATUS_LABELS, CONSENT_BASIS_LABELS, formatPhone } from './candidate-ui';
import { type Candidate, type DuplicateMatch, type MergeField, candidateActions, candidateKeys, fetchMergePreview } from './queries';

const FIELD_LABELS: Record<MergeField, string> = {
  name: 'Name',
  emails: 'Emails',
  phones: 'Phones',
  location: 'Location',
  status: 'Status',
  owner: 'Owner',
  availableOn: 'Available from',
  preferences: 'Preferences',
  skills: 'Skills',
  workHistory: 'Work history',
  education: 'Education',
  tags: 'Tags',
  consent: 'Consent',
  retainUntil: 'Retain until',
  roleInterests: 'Role interests',
  nurtureStage: 'Nurture stage',
  profileLinks: 'Profile links',
};
/** Combined on merge: the pick decides whose entries come first (the primary email or phone). */
const UNIONED = new Set<MergeField>(['emails', 'phones', 'tags', 'skills', 'profileLinks']);

const list = (values: readonly string[]) => values.join(', ');

/** A field's value as the dialog shows it; empty is ''. */
function describe(candidate: Candidate, field: MergeField): string {
  switch (field) {
    case 'name':
      return candidate.name;
    case 'emails':
      return list(candidate.emails);
    case 'phones':
      return list(candidate.phones.map(formatPhone));
    case 'location':
      return candidate.location ?? '';
    case 'status':
      return CANDIDATE_STATUS_LABELS[candidate.status];
    case 'owner':
      return candidate.owner?.name ?? '';
    case 'availableOn':
      return candidate.availableOn ?? '';
    case 'preferences':
      return list([...candidate.preferences.employmentTypes, ...candidate.preferences.locations, ...candidate.preferences.remote]);
    case 'skills':
      return list(candidate.skills.map((skill) => skill.name));
    case 'workHistory':
      return list(candidate.workHistory.map((entry) => `${entry.title} at ${entry.employer}`));
    case 'education':
      return list(candidate.education.map((entry) => entry.institution));
    case 'tags':
      return list(candidate.tags);
    case 'consent':
      return candidate.consentBasis ? `${CONSENT_BASIS_LABELS[candidate.consentBasis]}${candidate.consentOn ? `, ${candidate.consentOn}` : ''}` : '';
    case 'retainUntil':
      return candidate.retainUntil ?? '';
    case 'roleInterests':
      return list(candidate.roleInterests);
    case 'nurtureStage':
      return candidate.nurtureStage ?? '';
    case 'profileLinks':
      return list(candidate.profileLinks.map((link) => link.url));
  }
}

/** The survivor's value unless it has none and another candidate has one. */
function defaultChoice(candidates: readonly Candidate[], field: MergeField): string {
  const [survivor] = candidates;
  const filled = candidates.find((candidate) => describe(candidate, field) !== '');
  return survivor && describe(survivor, field) !== '' ? survivor.id : (filled ?? survivor)?.id ?? '';
}

type MergeDialogProps = { opened: boolean; onClose: () => void; survivor: Candidate; duplicates: DuplicateMatch[] };

/**
 * Merges duplicates into this candidate: the user ticks which duplicates, sees them side by side, picks the surviving
 * value of each field that differs, and reads what will happen before confirming.
 */
export function MergeDialog({ opened, onClose, survivor, duplicates }: MergeDialogProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<string[]>(() => duplicates.map((match) => match.candidate.id));
  const [picks, setPicks] = useState<Partial<Record<MergeField, string>>>({});
  const [staleMessage, setStaleMessage] = useState<string | null>(null);
  const ids = [survivor.id, ...selected];
  const preview = useQuery({ queryKey: candidateKeys.mergePreview(ids), queryFn: () => fetchMergePreview(ids), enabled: opened && selected.length > 0 });
  const candidates = preview.data?.data.candidates ?? [];
  const differing = (preview.data?.data.fields ?? []).filter((entry) => entry.differs).map((entry) => entry.field);
  const choiceOf = (field: MergeField) => picks[field] ?? defaultChoice(candidates, field);

  const merge = useMutation({
    mutationFn: () =>
      candidateActions.merge({
        survivorId: survivor.id,
        mergedIds: selected,
        fields: Object.fromEntries(differing.map((field) => [field, choiceOf(field)])),
        version: Object.fromEntries(candidates.map((candidate) => [candidate.id, candidate.version])),
      }),
    onSuccess: async (answer) => {
      queryClient.setQueryData(candidateKeys.record(answer.data.id), answer);
      notify.success(`${selected.length === 1 ? '1 record was' : `${selected.length} records were`} merged into ${answer.data.name}.`);
      onClose();
      await queryClient.invalidateQueries();
      await navigate({ to: '/candidates/$candidateId', params: { candidateId: answer.data.id } });
    },
    onError: (error) => (isApiError(error, 409) ? setStaleMessage(error.message) : notify.error(error)),
  });
  const count = selected.length;

  return (
    <Modal opened={opened} onClose={onClose} title={`Merge duplicates into ${survivor.name}`} size="xl" centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          merge.mutate();
        }}
      >
        <Stack gap="sm">
          {staleMessage ? <StaleAlert message={staleMessage} onReload={onClose} /> : null}
          {duplicates.length === 0 ? <Text size="sm">No likely duplicates of {survivor.name} were found (same email, same phone, or a similar name at the same company).</Text> : null}
          {duplicates.length > 0 ? (
            <Checkbox.Group label="Duplicates to merge" value={selected} onChange={setSelected}>
              <Stack gap={4} mt={4}>
                {duplicates.map(({ candidate }) => (
                  <Checkbox
                    key={candidate.id}
                    value={candidate.id}
                    label={[candidate.name, candidate.emails[0], candidate.currentEmployer].filter(Boolean).join(' · ')}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          ) : null}
          {count > 0 && preview.isPending ? <Loader size="sm" aria-label="Loading the comparison" /> : null}
          {preview.isError ? <Text c="red" size="sm">{String(preview.error.message)}</Text> : null}
          {count > 0 && candidates.length > 0 ? (
            <>
              <Text size="sm" fw={600}>
                {differing.length === 0 ? 'Every field holds the same value.' : 'Choose the value to keep where they differ'}
              </Text>
              {differing.length > 0 ? (
                <ScrollArea type="auto">
                  <Table withTableBorder verticalSpacing="xs" aria-label="Values to keep">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Field</Table.Th>
                        {candidates.map((candidate, index) => (
                          <Table.Th key={candidate.id}>{index === 0 ? `${candidate.name} (this record)` : candidate.name}</Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {differing.map((field) => (
                        <Table.Tr key={field}>
                          <Table.Th scope="row">
                            {FIELD_LABELS[field]}
                            {UNIONED.has(field) ? (
                              <Text size="xs" c="dimmed">
                                combined; the pick comes first
                              </Text>
                            ) : null}
                          </Table.Th>
                          {candidates.map((candidate) => (
                            <Table.Td key={candidate.id}>
                              <Radio
                                name={`merge-${field}`}
                                value={candidate.id}
                                checked={choiceOf(field) === candidate.id}
                                onChange={() => setPicks((current) => ({ ...current, [field]: candidate.id }))}
                                label={describe(candidate, field) || '—'}
                                aria-label={`${FIELD_LABELS[field]}: ${describe(candidate, field) || 'empty'} (${candidate.name})`}
                              />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollArea>
              ) : null}
              <Alert color="blue" variant="light" icon={<IconGitMerge size={18} />} role="status" aria-label="What will happen">
                {count === 1 ? '1 record' : `${count} records`} will be merged into {survivor.name}; {count === 1 ? 'its' : 'their'} activities, tasks, sources and pools move;{' '}
                {count === 1 ? 'its links' : 'their links'} will open this record.
              </Alert>
            </>
          ) : null}
          <FormActions submitLabel={`Merge ${count === 1 ? '1 record' : `${count} records`}`} isPending={merge.isPending} isSubmitDisabled={count === 0 || candidates.length === 0 || staleMessage !== null} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
