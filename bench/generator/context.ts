import type { EmploymentType, JobStatus, StageKind } from '../../src/shared/jobs';
import type { BulkWriter } from './bulk';
import type { Random } from './random';

/** Row counts per scale (the Benchmark issue: L is 1M candidates, ~5M activities, 300k pipeline entries, 20k jobs, 50k contacts). */
export type Scale = { candidates: number; organizations: number; contacts: number; jobs: number; pipelineEntries: number; activities: number; tasks: number; users: number };

export const SCALES = {
  XS: { candidates: 1_000, organizations: 40, contacts: 120, jobs: 60, pipelineEntries: 600, activities: 5_000, tasks: 300, users: 8 },
  S: { candidates: 10_000, organizations: 300, contacts: 1_000, jobs: 400, pipelineEntries: 4_000, activities: 50_000, tasks: 3_000, users: 15 },
  M: { candidates: 100_000, organizations: 2_000, contacts: 6_000, jobs: 3_000, pipelineEntries: 40_000, activities: 500_000, tasks: 20_000, users: 30 },
  L: { candidates: 1_000_000, organizations: 12_000, contacts: 50_000, jobs: 20_000, pipelineEntries: 300_000, activities: 5_000_000, tasks: 150_000, users: 60 },
} satisfies Record<string, Scale>;

export type ScaleName = keyof typeof SCALES;

export type GeneratedUser = { id: string; name: string; role: 'recruiter' | 'account_manager' | 'manager' | 'back_office' };
export type GeneratedOrganization = { id: string; currency: string; createdAt: Date };
export type GeneratedContact = { id: string; organizationId: string };
export type GeneratedStage = { id: string; kind: StageKind; name: string; position: number };
export type GeneratedJob = {
  id: string;
  organizationId: string;
  /** The hiring contact, when the job has one. */
  contactId: string | null;
  title: string;
  status: JobStatus;
  employmentType: EmploymentType;
  currency: string;
  ownerId: string;
  openings: number;
  createdAt: Date;
  statusChangedAt: Date;
  stages: GeneratedStage[];
};

/** What each generator step gets, and what earlier steps made (ids only: 1M candidates fit in memory as ids). */
export type GeneratorContext = {
  random: Random;
  writer: BulkWriter;
  agencyId: string;
  /** The instant the agency is generated at: every date is before it, or planned after it. */
  now: Date;
  scale: Scale;
  users: GeneratedUser[];
  organizations: GeneratedOrganization[];
  contacts: GeneratedContact[];
  jobs: GeneratedJob[];
  candidateIds: string[];
};
