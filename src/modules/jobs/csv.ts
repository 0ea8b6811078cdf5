import type { CsvColumn } from '../../platform/csv';
import type { presentJobSummary } from './presenter';

type JobSummary = ReturnType<typeof presentJobSummary>;

export const JOB_CSV_COLUMNS: CsvColumn<JobSummary>[] = [
  { header: 'Reference', value: (job) => job.reference },
  { header: 'Title', value: (job) => job.title },
  { header: 'Status', value: (job) => job.status },
  { header: 'Organization', value: (job) => job.organization.name },
  { header: 'Owner', value: (job) => job.owner?.name },
  { header: 'Recruiters', value: (job) => job.recruiters.map((recruiter) => recruiter.name).join('; ') },
  { header: 'Employment type', value: (job) => job.employmentType },
  { header: 'Urgency', value: (job) => job.urgency },
  { header: 'Openings', value: (job) => job.openings },
  { header: 'Filled', value: (job) => job.filledCount },
  { header: 'Candidates', value: (job) => job.candidateCount },
  { header: 'Submissions', value: (job) => job.submissionCount },
  { header: 'Location', value: (job) => job.location },
  { header: 'Remote policy', value: (job) => job.remotePolicy },
  { header: 'Days in status', value: (job) => job.health.daysInStatus },
  { header: 'At risk', value: (job) => job.health.atRiskReasons.map((reason) => reason.message).join('; ') },
  { header: 'Next action', value: (job) => job.nextAction?.title },
  { header: 'Next action due', value: (job) => job.nextAction?.dueAt },
  { header: 'Taken in', value: (job) => job.createdAt },
];
