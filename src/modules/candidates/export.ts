import type { CsvColumn } from '../../platform/csv';
import type { CandidateView } from './queries';

/** The columns of the candidates export, in the order a spreadsheet shows them. */
export const CANDIDATE_CSV_COLUMNS: CsvColumn<CandidateView>[] = [
  { header: 'id', value: (row) => row.candidate.id },
  { header: 'first_name', value: (row) => row.candidate.firstName },
  { header: 'last_name', value: (row) => row.candidate.lastName },
  { header: 'emails', value: (row) => row.candidate.emails.join('; ') },
  { header: 'phones', value: (row) => row.candidate.phones.join('; ') },
  { header: 'location', value: (row) => row.candidate.location },
  { header: 'status', value: (row) => row.candidate.status },
  { header: 'source', value: (row) => row.candidate.source },
  { header: 'owner', value: (row) => row.ownerName },
  { header: 'current_title', value: (row) => row.candidate.currentTitle },
  { header: 'current_employer', value: (row) => row.candidate.currentEmployer },
  { header: 'skills', value: (row) => row.candidate.skills.map((skill) => skill.name).join('; ') },
  { header: 'tags', value: (row) => row.candidate.tags.join('; ') },
  { header: 'available_on', value: (row) => row.candidate.availableOn },
  { header: 'nurture_stage', value: (row) => row.candidate.nurtureStage },
  { header: 'last_contacted_at', value: (row) => row.candidate.lastContactedAt?.toISOString() },
  { header: 'next_action', value: (row) => row.nextAction?.title },
  { header: 'next_action_due', value: (row) => row.nextAction?.dueAt.toISOString() },
  { header: 'updated_at', value: (row) => row.candidate.updatedAt.toISOString() },
];
