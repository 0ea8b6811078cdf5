import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCopy } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type DuplicatesBody, candidateKeys, fetchDuplicates } from './queries';
import { CandidateStatusBadge, jobLine } from './candidate-ui';

const REASON_LABELS = { email: 'same email', phone: 'same phone', name_at_company: 'similar name at the same company' } as const;
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
const looksLikePhone = (text: string) => text.replace(/\D/g, '').length >= 6;

export type DuplicateInput = { firstName: string; lastName: string; emails: string[]; phones: string[]; currentEmployer: string };

/** The duplicates check's body, or null while there is not enough to check (both names are needed). */
function checkOf(input: DuplicateInput, excludeId: string | undefined): DuplicatesBody | null {
  const firstName = input.firstName.trim();
  const lastName = input.lastName.trim();
  if (firstName === '' || lastName === '') {
    return null;
  }
  const emails = [...new Set(input.emails.map((email) => email.trim()).filter(looksLikeEmail))];
  const phones = [...new Set(input.phones.map((phone) => phone.trim()).filter(looksLikePhone))];
  const currentEmployer = input.currentEmployer.trim();
  return { firstName, lastName, emails, phones, ...(currentEmployer ? { currentEmployer } : {}), ...(excludeId ? { excludeId } : {}) };
}

type DuplicateWarningProps = { input: DuplicateInput; excludeId?: string };

/** "Possible duplicates", asked of the server while the user types (debounced): each match with why, and a link to open it instead. */
export function DuplicateWarning({ input, excludeId }: DuplicateWarningProps) {
  const [debounced] = useDebouncedValue(checkOf(input, excludeId), 400);
  const matches = useQuery({
    queryKey: candidateKeys.duplicates(debounced ?? { firstName: '', lastName: '' }),
    queryFn: () => fetchDuplicates(debounced ?? { firstName: '', lastName: '' }),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const found = debounced === null ? [] : (matches.data?.data ?? []);
  if (found.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy size={18} />} title="Possible duplicates" role="region" aria-label="Possible duplicates">
      <Text size="sm" mb="xs">
        This may be someone the agency already knows. Open their record instead, or carry on to create a new one.
      </Text>
      <List spacing={6} size="sm" listStyleType="none">
        {found.map(({ candidate, reasons }) => (
          <List.Item key={candidate.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor size="sm" fw={600} renderRoot={(root) => <Link {...root} to="/candidates/$candidateId" params={{ candidateId: candidate.id }} />}>
                Open {candidate.name}
              </Anchor>
              <CandidateStatusBadge status={candidate.status} />
              <Text size="sm" c="dimmed">
                {[jobLine(candidate), candidate.emails[0]].filter(Boolean).join(' · ')}
              </Text>
              <Text size="sm">— {reasons.map((reason) => REASON_LABELS[reason]).join(', ')}</Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
