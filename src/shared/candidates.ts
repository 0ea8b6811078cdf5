/** Candidate vocabulary shared by server and web (PRODUCT.md §1 and "Who uses it"). */
export const CANDIDATE_STATUSES = ['new', 'active', 'actively_searching', 'on_assignment', 'placed', 'not_looking', 'do_not_contact'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** How a person reached the agency; every arrival is kept as a dated source event. */
export const CANDIDATE_SOURCES = ['sourced', 'referral', 'applicant', 'import', 'job_board', 'portal', 'other'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export const CONSENT_BASES = ['consent', 'legitimate_interest', 'contract', 'legal_obligation'] as const;
export const PROFILE_LINK_KINDS = ['linkedin', 'github', 'portfolio', 'website', 'other'] as const;
export const FIT_NOTE_KINDS = ['fit', 'future_fit'] as const;
export const PAY_UNITS = ['hour', 'day', 'year'] as const;
export const REMOTE_OPTIONS = ['onsite', 'hybrid', 'remote'] as const;

/** Sizes of a candidate's lists and texts, shared by server validation and web forms. */
export const CANDIDATE_LIMITS = {
  emails: 10,
  phones: 10,
  skills: 100,
  workHistory: 50,
  education: 20,
  tags: 50,
  tagLength: 50,
  roleInterests: 20,
  profileLinks: 20,
  preferenceLocations: 20,
  handoffNote: 2000,
  bulkIds: 200,
} as const;
