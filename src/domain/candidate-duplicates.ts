/**
 * Likely duplicates of a person being entered (PRODUCT.md §1): the same email, the same phone (both already
 * normalized), or a similar name (trigram similarity of "first last") at the same current employer.
 */
export const DUPLICATE_REASONS = ['email', 'phone', 'name_at_company'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** How alike two "first last" names must be (pg_trgm similarity, 0–1) to count at the same employer. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;

export type DuplicateProbe = { emails: readonly string[]; phones: readonly string[]; currentEmployer?: string | null };
export type DuplicateCandidate = { emails: readonly string[]; phones: readonly string[]; currentEmployer: string | null; nameSimilarity: number };

const sameEmployer = (a: string | null | undefined, b: string | null | undefined): boolean => Boolean(a?.trim() && b?.trim() && a.trim().toLowerCase() === b.trim().toLowerCase());

/** Why an existing candidate looks like the person being entered, in a fixed order; empty when it does not. */
export function duplicateReasons(probe: DuplicateProbe, candidate: DuplicateCandidate): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  const emails = new Set(probe.emails.map((email) => email.toLowerCase()));
  if (candidate.emails.some((email) => emails.has(email.toLowerCase()))) {
    reasons.push('email');
  }
  if (candidate.phones.some((phone) => probe.phones.includes(phone))) {
    reasons.push('phone');
  }
  if (candidate.nameSimilarity >= NAME_SIMILARITY_THRESHOLD && sameEmployer(probe.currentEmployer, candidate.currentEmployer)) {
    reasons.push('name_at_company');
  }
  return reasons;
}

const WEIGHT: Record<DuplicateReason, number> = { email: 4, phone: 2, name_at_company: 1 };

/** Strongest evidence first: an email match outranks a phone match, which outranks a similar name. */
export const duplicateStrength = (reasons: readonly DuplicateReason[]): number => reasons.reduce((sum, reason) => sum + WEIGHT[reason], 0);
