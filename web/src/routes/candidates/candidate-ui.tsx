import { Anchor, type AnchorProps, Badge } from '@mantine/core';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { DataTableColumn } from 'mantine-datatable';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { MouseEventHandler, ReactNode } from 'react';
import type { CONSENT_BASES, FIT_NOTE_KINDS, PROFILE_LINK_KINDS, SKILL_LEVELS } from '../../../../src/shared/candidates';
import { CANDIDATE_SOURCES, type CandidateSource, type CandidateStatus } from '../../../../src/shared/candidates';
import { useCurrentUser } from '../../components/current-user';
import { pickOption } from '../../components/options';
import { candidateKeys, fetchNurtureStages } from './queries';
import { canWriteCandidates } from './roles';

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  new: 'New',
  active: 'Active',
  actively_searching: 'Actively searching',
  on_assignment: 'On assignment',
  placed: 'Placed',
  not_looking: 'Not looking',
  do_not_contact: 'Do not contact',
};
const STATUS_COLORS: Record<CandidateStatus, string> = {
  new: 'blue',
  active: 'teal',
  actively_searching: 'green',
  on_assignment: 'violet',
  placed: 'indigo',
  not_looking: 'gray',
  do_not_contact: 'red',
};

export const SOURCE_LABELS: Record<CandidateSource, string> = {
  sourced: 'Sourced',
  referral: 'Referral',
  applicant: 'Applicant',
  import: 'Import',
  job_board: 'Job board',
  portal: 'Portal',
  other: 'Other',
};

export const SKILL_LEVEL_LABELS: Record<(typeof SKILL_LEVELS)[number], string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced', expert: 'Expert' };
export const CONSENT_BASIS_LABELS: Record<(typeof CONSENT_BASES)[number], string> = {
  consent: 'Consent',
  legitimate_interest: 'Legitimate interest',
  contract: 'Contract',
  legal_obligation: 'Legal obligation',
};
export const PROFILE_LINK_LABELS: Record<(typeof PROFILE_LINK_KINDS)[number], string> = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', website: 'Website', other: 'Other' };
export const FIT_NOTE_LABELS: Record<(typeof FIT_NOTE_KINDS)[number], string> = { fit: 'Fit', future_fit: 'Future fit' };
export const REMOTE_LABELS = { onsite: 'On site', hybrid: 'Hybrid', remote: 'Remote' } as const;
export const PAY_UNIT_LABELS = { hour: 'per hour', day: 'per day', year: 'per year' } as const;

const optionsOf = <T extends string>(labels: Record<T, string>) => Object.entries<string>(labels).map(([value, label]) => ({ value, label }));
export const STATUS_OPTIONS = optionsOf(CANDIDATE_STATUS_LABELS);
export const SOURCE_OPTIONS = CANDIDATE_SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));
export const SKILL_LEVEL_OPTIONS = optionsOf(SKILL_LEVEL_LABELS);
export const CONSENT_BASIS_OPTIONS = optionsOf(CONSENT_BASIS_LABELS);
export const PROFILE_LINK_OPTIONS = optionsOf(PROFILE_LINK_LABELS);
export const FIT_NOTE_OPTIONS = optionsOf(FIT_NOTE_LABELS);
export const REMOTE_OPTIONS = optionsOf(REMOTE_LABELS);
export const PAY_UNIT_OPTIONS = optionsOf(PAY_UNIT_LABELS);

export const CandidateStatusBadge = ({ status }: { status: CandidateStatus }) => (
  <Badge variant="dot" color={STATUS_COLORS[status]} radius="sm">
    {CANDIDATE_STATUS_LABELS[status]}
  </Badge>
);

export function useCanWriteCandidates(): boolean {
  return canWriteCandidates(useCurrentUser().role);
}

/** The agency's nurture stages (its `nurture_stages` option list), as select options. */
export function useNurtureStageOptions() {
  const stages = useQuery({ queryKey: candidateKeys.nurtureStages, queryFn: fetchNurtureStages, staleTime: 60_000 });
  return (stages.data ?? []).map((item) => ({ value: item.value, label: item.label }));
}

type CandidateLinkProps = AnchorProps & { id: string; children: ReactNode; onClick?: MouseEventHandler<HTMLAnchorElement> };

export const CandidateLink = ({ id, children, ...props }: CandidateLinkProps) => (
  <Anchor {...props} renderRoot={(root) => <Link {...root} to="/candidates/$candidateId" params={{ candidateId: id }} />}>
    {children}
  </Anchor>
);

/** A list's Candidate column: the candidate's name, linking to the candidate. */
export const candidateColumn = <R extends { candidate: { id: string; name: string } }>(): DataTableColumn<R> => ({
  accessor: 'candidate.name',
  title: 'Candidate',
  render: (row) => (
    <CandidateLink id={row.candidate.id} size="sm" fw={500}>
      {row.candidate.name}
    </CandidateLink>
  ),
});

/** "Senior nurse at Harbor Health", or whichever half is known. */
export function jobLine(candidate: { currentTitle: string | null; currentEmployer: string | null }): string | null {
  const { currentTitle, currentEmployer } = candidate;
  if (currentTitle && currentEmployer) {
    return `${currentTitle} at ${currentEmployer}`;
  }
  return currentTitle ?? currentEmployer;
}

/** An E.164 number as people write it internationally ("+44 20 7946 0958"); anything unparsable as stored. */
export function formatPhone(phone: string): string {
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}

/** The values of a fixed vocabulary found in a list the API describes loosely (preferences' employment types and remote). */
export function choicesOf<T extends string>(options: readonly T[], value: unknown): T[] {
  return Array.isArray(value) ? value.flatMap((item) => pickOption(options, typeof item === 'string' ? item : undefined) ?? []) : [];
}
