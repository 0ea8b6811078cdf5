/** Job order vocabulary shared by server and web (PRODUCT.md §2). */
export const JOB_STATUSES = ['intake', 'qualified', 'open', 'on_hold', 'filled', 'closed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'contract', 'contract_to_hire', 'retained'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const REMOTE_POLICIES = ['onsite', 'hybrid', 'remote'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];
export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const RATE_UNITS = ['hour', 'day', 'year'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];
export const FEE_TYPES = ['percent', 'flat'] as const;
export const SOURCING_CHANNELS = ['job_boards', 'database_search', 'matching', 'referrals', 'pools'] as const;
export type SourcingChannel = (typeof SOURCING_CHANNELS)[number];

/** A stage's kind gives metrics one meaning whatever the agency calls the stage. */
export const STAGE_KINDS = ['sourced', 'screening', 'shortlisted', 'submitted', 'interview', 'offer', 'placed', 'rejected', 'withdrawn'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** The four qualification checks (seed: job-order-management-workflow). */
export const QUALIFICATION_CHECKS = ['real', 'fundable', 'actionable', 'specific'] as const;
export type QualificationCheck = (typeof QUALIFICATION_CHECKS)[number];

/** Fields an application form may ask for; `name` and `email` are always asked. */
export const APPLICATION_FIELDS = ['phone', 'location', 'cv', 'cover_letter', 'linkedin', 'availability', 'desired_pay', 'work_authorization'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];
export const SCREENING_QUESTION_KINDS = ['yes_no', 'choice', 'number', 'text'] as const;
export type ScreeningQuestionKind = (typeof SCREENING_QUESTION_KINDS)[number];
