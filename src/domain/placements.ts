import type { EmploymentType, JobStatus } from '../shared/jobs';
import type { AssignmentStatus, BackOfficePlace, PlacementStatus, StartOutcome } from '../shared/pipeline';
import { needsStartDate } from '../shared/pipeline';

export type Refusal = { rule: string; message: string; field?: string; conflict?: boolean };
export type Verdict = { ok: true } | ({ ok: false } & Refusal);
const refuse = (refusal: Refusal): Verdict => ({ ok: false, ...refusal });
const OK: Verdict = { ok: true };

/** A placement's status mirrors its assignment's (PRODUCT.md §6). */
export const PLACEMENT_STATUS_FOR: Record<AssignmentStatus, PlacementStatus> = {
  needs_approval: 'pending',
  active: 'active',
  closed: 'closed',
  cancelled: 'cancelled',
};

/** Statuses that hold one of the job's openings. */
export const holdsOpening = (status: PlacementStatus): boolean => status !== 'cancelled';

type PlaceInput = {
  jobStatus: JobStatus;
  openings: number;
  filledCount: number;
  /** Replacing a placement that fell off: takes that placement's opening back (PRODUCT.md §2). */
  replacing: { status: PlacementStatus; sameJob: boolean } | null;
  employmentType: EmploymentType;
  startOn: string | null | undefined;
  feeType: string | null | undefined;
  firstYearSalaryMinor: number | null | undefined;
};

/**
 * Placing needs an `open` job with an opening left (a replacement may place on a `filled` job: it takes the opening
 * its cancelled predecessor gave back); permanent and retained need a start date; a percentage fee on a permanent
 * placement needs the first-year salary it is computed from.
 */
export function checkPlace(input: PlaceInput): Verdict {
  const replacement = input.replacing;
  if (replacement && !replacement.sameJob) {
    return refuse({ rule: 'placement.replacement_job', message: 'A replacement is placed on the same job as the placement it replaces', field: 'replacesPlacementId' });
  }
  if (replacement && replacement.status !== 'cancelled' && replacement.status !== 'closed') {
    return refuse({ rule: 'placement.replacement_live', message: 'Only a placement that fell off (cancelled or closed) can be replaced', field: 'replacesPlacementId' });
  }
  // Checked first: whoever places the last opening a moment later hears "filled" (409), not "not open".
  if (input.filledCount >= input.openings) {
    return refuse({ rule: 'placement.no_opening', message: `Every opening of this job is filled (${input.filledCount} of ${input.openings})`, conflict: true });
  }
  const allowed = input.jobStatus === 'open' || (replacement !== null && input.jobStatus === 'filled');
  if (!allowed) {
    return refuse({ rule: 'placement.job_not_open', message: `The job is ${input.jobStatus.replace('_', ' ')}: placing needs an open job (or a filled one for a replacement)` });
  }
  if (needsStartDate(input.employmentType) && !input.startOn) {
    return refuse({ rule: 'placement.start_required', message: `A ${input.employmentType} placement needs a start date`, field: 'startOn' });
  }
  if (input.employmentType === 'permanent' && input.feeType === 'percent' && !input.firstYearSalaryMinor) {
    return refuse({ rule: 'placement.salary_required', message: 'A percentage fee needs the first-year salary it is computed from', field: 'firstYearSalaryMinor' });
  }
  return OK;
}

/** The job's filled count after one more placement, and whether the job is now filled. */
export function afterPlacing(openings: number, filledCount: number): { filledCount: number; filled: boolean } {
  const next = filledCount + 1;
  return { filledCount: next, filled: next >= openings };
}

/** Half-up rounding of a non-negative amount to whole minor units. */
const roundHalfUp = (value: number): number => Math.floor(value + 0.5);

/** The fee: a percentage (basis points) of the first-year salary, rounded half-up once, or the flat fee. */
export function placementFee(terms: { feeType: string | null | undefined; feeBp: number | null | undefined; feeFlatMinor: number | null | undefined; firstYearSalaryMinor: number | null | undefined }): number | null {
  if (terms.feeType === 'flat') {
    return terms.feeFlatMinor ?? null;
  }
  if (terms.feeType === 'percent' && terms.feeBp != null && terms.firstYearSalaryMinor != null) {
    return roundHalfUp((terms.firstYearSalaryMinor * terms.feeBp) / 10_000);
  }
  return null;
}

/**
 * B2: front-office users cancel a pending placement only while the candidate is placed for the first time (no
 * employee record yet); otherwise the assignment is cancelled from the back office.
 */
export function checkFrontOfficeCancel({ status, firstTime }: { status: PlacementStatus; firstTime: boolean }): Verdict {
  if (status !== 'pending') {
    return refuse({ rule: 'B2', message: `Only a pending placement can be cancelled here (this one is ${status}); cancel its assignment from the back office` });
  }
  if (!firstTime) {
    return refuse({ rule: 'B2', message: 'The candidate is already an employee: cancel the assignment from the back office (Assignments → Update status)' });
  }
  return OK;
}

/** B3: the back office cancels pending placements of candidates being placed for the first time. */
export function checkHiringCancel({ status, firstTime }: { status: PlacementStatus; firstTime: boolean }): Verdict {
  if (!firstTime) {
    return refuse({ rule: 'B3', message: 'The candidate is already an employee, so is not in hiring management: cancel the assignment in Assignments' });
  }
  if (status !== 'pending') {
    return refuse({ rule: 'B3', message: `Only pending placements are cancelled from hiring management (this one is ${status})` });
  }
  return OK;
}

/**
 * B4: a cancelled placement is placed again — back to pending, its assignment to needs_approval — with the usual
 * checks: the job must still have an opening (409 when it filled meanwhile). Invoices holding its fee are checked
 * by the Back office issue's invoice tables (B12).
 */
export function checkReactivate({ status, jobStatus, openings, filledCount }: { status: PlacementStatus; jobStatus: JobStatus; openings: number; filledCount: number }): Verdict {
  if (status !== 'cancelled') {
    return refuse({ rule: 'B4', message: `Only a cancelled placement can be reactivated (this one is ${status})` });
  }
  if (filledCount >= openings || jobStatus === 'filled') {
    return refuse({ rule: 'B4', message: `The job filled meanwhile (${filledCount} of ${openings} openings): the placement cannot be placed again`, conflict: true });
  }
  if (jobStatus !== 'open') {
    return refuse({ rule: 'B4', message: `The job is ${jobStatus.replace('_', ' ')}: placing again needs an open job` });
  }
  return OK;
}

/**
 * B1: where a placement now sits in the back office. A candidate placed for the first time waits in hiring
 * management while pending; an employee's placements are on the assignment list with their status; a closed
 * placement of an employee is part of their employee record.
 */
export function backOfficePlace({ status, isEmployee }: { status: PlacementStatus; isEmployee: boolean }): BackOfficePlace {
  if (status === 'pending' && !isEmployee) {
    return 'hiring_management';
  }
  if (status === 'closed' && isEmployee) {
    return 'employees';
  }
  return 'assignments';
}

type StartConfirmation = { outcome: StartOutcome; startOn: string | null; today: string; newStartOn?: string | null; note?: string | null };

/** The start is confirmed on or after the start date: late needs the new date (after the planned one), withdrew a reason. */
export function checkStartConfirmation({ outcome, startOn, today, newStartOn, note }: StartConfirmation): Verdict {
  if (!startOn) {
    return refuse({ rule: 'placement.start_unknown', message: 'The placement has no start date yet', field: 'startOn' });
  }
  if (outcome !== 'withdrew' && today < startOn) {
    return refuse({ rule: 'placement.start_not_reached', message: `The start (${startOn}) is confirmed on or after the start date`, field: 'outcome' });
  }
  if (outcome === 'late' && (!newStartOn || newStartOn <= startOn)) {
    return refuse({ rule: 'placement.late_start_date', message: 'A late start needs the new start date, after the planned one', field: 'newStartOn' });
  }
  if (outcome === 'withdrew' && !note?.trim()) {
    return refuse({ rule: 'placement.withdrew_reason', message: 'Say why the candidate withdrew', field: 'note' });
  }
  return OK;
}

/** Adds whole days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
