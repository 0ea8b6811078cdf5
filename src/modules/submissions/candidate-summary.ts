import type { candidates } from '../../db/schema';
import type { SubmissionField } from '../../shared/pipeline';
import { SUBMISSION_FIELDS } from '../../shared/pipeline';

type CandidateRow = typeof candidates.$inferSelect;
type SummaryCandidate = Pick<CandidateRow, 'currentTitle' | 'location' | 'skills' | 'workHistory' | 'education' | 'availableOn' | 'preferences' | 'emails' | 'phones' | 'profileLinks'>;

const UNIT_LABEL = { hour: 'per hour', day: 'per day', year: 'per year' } as const;

/** Minor units in the currency's own decimals; whole amounts (salaries) without them: £32,000, £12.50. */
function money(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en-GB', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const whole = minor % 10 ** digits === 0;
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: whole ? 0 : digits, maximumFractionDigits: whole ? 0 : digits }).format(minor / 10 ** digits);
}

const period = (from: string | undefined, to: string | undefined): string => (from || to ? ` (${from ?? '?'} – ${to ?? 'now'})` : '');

/** The lines one shared field adds to the summary; nothing when the candidate has no value for it. */
function linesFor(field: SubmissionField, candidate: SummaryCandidate): string[] {
  switch (field) {
    case 'current_title':
      return candidate.currentTitle ? [`Current title: ${candidate.currentTitle}`] : [];
    case 'location':
      return candidate.location ? [`Location: ${candidate.location}`] : [];
    case 'skills':
      return candidate.skills.length > 0 ? [`Skills: ${candidate.skills.map((skill) => skill.name).join(', ')}`] : [];
    case 'work_history':
      return candidate.workHistory.length > 0 ? ['Work history:', ...candidate.workHistory.map((job) => `- ${job.title}, ${job.employer}${period(job.startedOn, job.endedOn)}`)] : [];
    case 'education':
      return candidate.education.length > 0
        ? ['Education:', ...candidate.education.map((school) => `- ${[school.qualification, school.institution].filter(Boolean).join(', ')}${period(school.startedOn, school.endedOn)}`)]
        : [];
    case 'availability':
      return candidate.availableOn ? [`Available from: ${candidate.availableOn}`] : [];
    case 'desired_pay': {
      const pay = candidate.preferences.desiredPay;
      if (!pay) {
        return [];
      }
      const range = pay.maxMinor ? `${money(pay.minMinor, pay.currency)}–${money(pay.maxMinor, pay.currency)}` : money(pay.minMinor, pay.currency);
      return [`Desired pay: ${range} ${UNIT_LABEL[pay.unit]}`];
    }
    case 'email':
      return candidate.emails[0] ? [`Email: ${candidate.emails[0]}`] : [];
    case 'phone':
      return candidate.phones[0] ? [`Phone: ${candidate.phones[0]}`] : [];
    case 'profile_links':
      return candidate.profileLinks.length > 0 ? ['Profiles:', ...candidate.profileLinks.map((link) => `- ${link.kind}: ${link.url}`)] : [];
  }
}

/**
 * What the client reads about the candidate: only the fields the recruiter chose to share, in a fixed order, one
 * line each (lists indented below a heading). Anything not chosen never reaches the email.
 */
export function candidateSummary(candidate: SummaryCandidate, sharedFields: readonly SubmissionField[]): string {
  const shared = new Set(sharedFields);
  return SUBMISSION_FIELDS.filter((field) => shared.has(field))
    .flatMap((field) => linesFor(field, candidate))
    .join('\n');
}
