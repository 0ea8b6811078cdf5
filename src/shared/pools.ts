/** Sizes of talent pools, shared by server validation and web forms. */
export const POOL_LIMITS = {
  nameLength: 100,
  descriptionLength: 2000,
  /** Candidates added or removed in one request (a page of the candidate list is at most 200). */
  bulkCandidates: 500,
} as const;
