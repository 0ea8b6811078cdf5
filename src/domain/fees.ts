export type FeeTerms = { feeType?: string | null; feeBp?: number | null; feeFlatMinor?: number | null };

/** A fee carries its value, each problem naming the field to fix: a percentage fee its percentage, a flat fee its amount. */
export function feeValueProblems(terms: FeeTerms): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (terms.feeType === 'percent' && terms.feeBp == null) {
    problems.push({ path: 'feeBp', message: 'a percentage fee needs its percentage' });
  }
  if (terms.feeType === 'flat' && terms.feeFlatMinor == null) {
    problems.push({ path: 'feeFlatMinor', message: 'a flat fee needs its amount' });
  }
  return problems;
}
