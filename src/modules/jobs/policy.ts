import { manualTransitions } from '../../domain/job-status';
import type { StaffActor } from '../../platform/auth/actor';
import { ROLE_SETS } from '../../platform/auth/access';
import type { JobStatus } from '../../shared/jobs';

type JobLike = { status: JobStatus };

const writes = (actor: StaffActor) => (ROLE_SETS.clientWriters as readonly string[]).includes(actor.role);

/** Job orders are written by account managers, managers and admins (PRODUCT.md); everyone else reads them. */
export const jobPolicy = {
  canUpdate: (actor: StaffActor, job: JobLike) => writes(actor) && job.status !== 'cancelled',
  canQualify: (actor: StaffActor, job: JobLike) => writes(actor) && job.status === 'intake',
  canEditStages: (actor: StaffActor, job: JobLike) => writes(actor) && job.status !== 'cancelled',
  transitions: (actor: StaffActor, job: JobLike) =>
    writes(actor)
      ? manualTransitions(job.status)
          .filter((to) => to !== 'qualified')
          .map((to) => ({ to, reasonRequired: to === 'open' && (job.status === 'filled' || job.status === 'closed') }))
      : [],
};
