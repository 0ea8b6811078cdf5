import { Alert, Text } from '@mantine/core';
import { IconCopy, IconGitMerge } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { MergeDialog } from './merge-dialog';
import { type Candidate, type DuplicatesBody, type DuplicateMatch, candidateKeys, fetchDuplicates } from './queries';

/** Likely duplicates of a saved candidate (the same check the create and edit forms run, itself excluded). */
export function useCandidateDuplicates(candidate: Candidate, enabled: boolean): DuplicateMatch[] {
  const body: DuplicatesBody = {
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    emails: candidate.emails,
    phones: candidate.phones,
    ...(candidate.currentEmployer ? { currentEmployer: candidate.currentEmployer } : {}),
    excludeId: candidate.id,
  };
  const matches = useQuery({ queryKey: candidateKeys.duplicates(body), queryFn: () => fetchDuplicates(body), enabled, staleTime: 30_000 });
  return matches.data?.data ?? [];
}

/** On the record: who else looks like this person, pointing at the Merge duplicates action. */
export function DuplicatesNotice({ duplicates }: { duplicates: DuplicateMatch[] }) {
  if (duplicates.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy size={18} />} title="Possible duplicates" role="region" aria-label="Possible duplicates">
      <Text size="sm">
        {duplicates.map((match) => match.candidate.name).join(', ')} {duplicates.length === 1 ? 'looks' : 'look'} like the same person. Use Merge duplicates… to make them one record.
      </Text>
    </Alert>
  );
}

/** Shown when the record was opened through the id of a candidate merged into it. */
export function MergedNotice({ redirectedFrom }: { redirectedFrom: string | undefined }) {
  if (!redirectedFrom) {
    return null;
  }
  return (
    <Alert color="blue" variant="light" icon={<IconGitMerge size={18} />} role="status" aria-label="Merged record">
      <Text size="sm">The candidate record you opened was merged into this record; its old links open this one.</Text>
    </Alert>
  );
}

type CandidateDuplicatesProps = { candidate: Candidate; canMerge: boolean; isMerging: boolean; onCloseMerge: () => void };

/** The record's duplicates: the notice when there are some, and the merge dialog when the user opens it. */
export function CandidateDuplicates({ candidate, canMerge, isMerging, onCloseMerge }: CandidateDuplicatesProps) {
  const duplicates = useCandidateDuplicates(candidate, canMerge);
  return (
    <>
      <DuplicatesNotice duplicates={duplicates} />
      {canMerge && isMerging ? <MergeDialog opened onClose={onCloseMerge} survivor={candidate} duplicates={duplicates} /> : null}
    </>
  );
}
