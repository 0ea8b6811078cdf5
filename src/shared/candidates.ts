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
