import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useFormat } from '../../components/format';
import { Fact, FactGrid } from '../../components/fact';
import { Section } from '../clients/client-ui';
import { formatMoney } from '../../components/money';
import { CONSENT_BASIS_LABELS, PAY_UNIT_LABELS, PROFILE_LINK_LABELS, REMOTE_LABELS, SKILL_LEVEL_LABELS, choicesOf, formatPhone, useNurtureStageOptions } from './candidate-ui';
import { REMOTE_OPTIONS } from '../../../../src/shared/candidates';
import { EMPLOYMENT_TYPES } from '../../../../src/shared/jobs';
import type { Candidate } from './queries';

const day = (value: string | null | undefined) => (value ? `${value}T12:00:00Z` : null);
const labelOf = <T extends string>(labels: Record<T, string>, value: string): string => (Object.hasOwn(labels, value) ? Reflect.get(labels, value) : value);

function Preferences({ preferences }: { preferences: Candidate['preferences'] }) {
  const pay = preferences.desiredPay;
  const parts = [
    choicesOf(EMPLOYMENT_TYPES, preferences.employmentTypes).map((type) => type.replaceAll('_', ' ')).join(', '),
    pay ? `${formatMoney(pay.minMinor, pay.currency)}${pay.maxMinor === undefined ? '' : `–${formatMoney(pay.maxMinor, pay.currency)}`} ${PAY_UNIT_LABELS[pay.unit]}` : '',
    preferences.locations.join(', '),
    choicesOf(REMOTE_OPTIONS, preferences.remote).map((value) => REMOTE_LABELS[value]).join(', '),
  ].filter((part) => part !== '');
  return <>{parts.length > 0 ? parts.join(' · ') : '—'}</>;
}

/** Everything known about the person: contact details, preferences, skills, history, consent and links. */
export function CandidateOverview({ candidate }: { candidate: Candidate }) {
  const format = useFormat();
  const nurtureStages = useNurtureStageOptions();
  const range = (from?: string, to?: string) => (from || to ? `${format.date(day(from), '?')} – ${to ? format.date(day(to)) : 'now'}` : '—');
  return (
    <>
      <Section title="Overview">
        <FactGrid>
          <Fact label="Emails">
            {candidate.emails.length > 0
              ? candidate.emails.map((email) => (
                  <Anchor key={email} href={`mailto:${email}`} size="sm" display="block">
                    {email}
                  </Anchor>
                ))
              : '—'}
          </Fact>
          <Fact label="Phones">
            {candidate.phones.length > 0
              ? candidate.phones.map((phone) => (
                  <Anchor key={phone} href={`tel:${phone}`} size="sm" display="block">
                    {formatPhone(phone)}
                  </Anchor>
                ))
              : '—'}
          </Fact>
          <Fact label="Location">{candidate.location ?? '—'}</Fact>
          <Fact label="Available from">{format.date(day(candidate.availableOn))}</Fact>
          <Fact label="Owner">{candidate.owner?.name ?? '—'}</Fact>
          <Fact label="Last contacted">{format.dateTime(candidate.lastContactedAt, 'Never')}</Fact>
          <Fact label="Nurture stage">{nurtureStages.find((stage) => stage.value === candidate.nurtureStage)?.label ?? candidate.nurtureStage ?? '—'}</Fact>
          <Fact label="Role interests">{candidate.roleInterests.join(', ') || '—'}</Fact>
          <Fact label="Added">{format.date(candidate.createdAt)}</Fact>
        </FactGrid>
        <Fact label="Preferences">
          <Preferences preferences={candidate.preferences} />
        </Fact>
        <Fact label="Tags">
          {candidate.tags.length > 0 ? (
            <Group gap={4}>
              {candidate.tags.map((tag) => (
                <Badge key={tag} variant="light" color="gray" radius="sm" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : (
            '—'
          )}
        </Fact>
        {candidate.profileLinks.length > 0 ? (
          <Fact label="Profile links">
            <Group gap="md">
              {candidate.profileLinks.map((link) => (
                <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" size="sm">
                  <Group gap={4} component="span" wrap="nowrap">
                    {labelOf(PROFILE_LINK_LABELS, link.kind)}
                    <IconExternalLink size={14} aria-label="(opens in a new tab)" />
                  </Group>
                </Anchor>
              ))}
            </Group>
          </Fact>
        ) : null}
      </Section>
      <Section title="Skills">
        {candidate.skills.length > 0 ? (
          <Group gap={6}>
            {candidate.skills.map((skill) => (
              <Badge key={skill.name} variant="light" radius="sm" tt="none" size="lg" fw={500}>
                {[skill.name, skill.years === undefined ? null : `${skill.years} yr`, skill.level ? SKILL_LEVEL_LABELS[skill.level] : null].filter(Boolean).join(' · ')}
              </Badge>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No skills recorded.
          </Text>
        )}
      </Section>
      <Section title="Work history and education">
        {candidate.workHistory.length + candidate.education.length === 0 ? (
          <Text size="sm" c="dimmed">
            No work history or education recorded.
          </Text>
        ) : (
          <Table aria-label="Work history and education" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Role or qualification</Table.Th>
                <Table.Th>Employer or institution</Table.Th>
                <Table.Th>When</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidate.workHistory.map((entry, index) => (
                <Table.Tr key={`work-${index}`}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{entry.title}</Text>
                      {entry.summary ? (
                        <Text size="xs" c="dimmed">
                          {entry.summary}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{entry.employer}</Table.Td>
                  <Table.Td>{range(entry.startedOn, entry.endedOn)}</Table.Td>
                </Table.Tr>
              ))}
              {candidate.education.map((entry, index) => (
                <Table.Tr key={`education-${index}`}>
                  <Table.Td>{entry.qualification ?? 'Education'}</Table.Td>
                  <Table.Td>{entry.institution}</Table.Td>
                  <Table.Td>{range(entry.startedOn, entry.endedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section title="Consent and retention">
        <FactGrid>
          <Fact label="Basis">{candidate.consentBasis ? CONSENT_BASIS_LABELS[candidate.consentBasis] : 'Not recorded'}</Fact>
          <Fact label="Given on">{format.date(day(candidate.consentOn))}</Fact>
          <Fact label="Source">{candidate.consentSource ?? '—'}</Fact>
          <Fact label="Retain until">{format.date(day(candidate.retainUntil))}</Fact>
        </FactGrid>
      </Section>
    </>
  );
}
