import { Badge } from '@mantine/core';
import type { OfferStatus } from '../../../../src/shared/pipeline';
import { EMPLOYMENT_TYPE_LABELS, RATE_UNIT_LABELS } from '../jobs/labels';
import { formatMoney, formatPercent } from '../../components/money';
import type { OfferDetail, OfferRevision } from './queries';

export type OfferParty = OfferRevision['proposedBy'];

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = { draft: 'Draft', extended: 'Extended', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn' };
const STATUS_COLORS: Record<OfferStatus, string> = { draft: 'gray', extended: 'blue', accepted: 'teal', declined: 'red', withdrawn: 'orange' };
export const PARTY_LABELS: Record<OfferParty, string> = { agency: 'Agency', candidate: 'Candidate', client: 'Client' };

export const OfferStatusBadge = ({ status }: { status: OfferStatus }) => (
  <Badge variant="dot" color={STATUS_COLORS[status]} radius="sm">
    {OFFER_STATUS_LABELS[status]}
  </Badge>
);

const unitText = (unit: string | null) => (unit === 'hour' || unit === 'day' || unit === 'year' ? ` ${RATE_UNIT_LABELS[unit]}` : '');

/** Terms as an offer or one of its revisions carries them (a revision's units are plain strings). */
type Terms = { payMinor: number | null; payUnit: string | null; billRateMinor: number | null; billRateUnit: string | null; feeType: string | null; feeBp: number | null; feeFlatMinor: number | null };

/** "£45,000 per year", or "Not set". */
export const payText = (terms: Pick<Terms, 'payMinor' | 'payUnit'>, currency: string) => (terms.payMinor === null ? 'Not set' : `${formatMoney(terms.payMinor, currency)}${unitText(terms.payUnit)}`);

/** The bill rate, the fee, or both: what the agency earns. */
export function earningsText(terms: Terms, currency: string): string {
  const parts: string[] = [];
  if (terms.billRateMinor !== null) {
    parts.push(`Bill rate ${formatMoney(terms.billRateMinor, currency)}${unitText(terms.billRateUnit)}`);
  }
  if (terms.feeType === 'percent') {
    parts.push(`Fee ${formatPercent(terms.feeBp)} of salary`);
  }
  if (terms.feeType === 'flat') {
    parts.push(`Fee ${formatMoney(terms.feeFlatMinor, currency)}`);
  }
  return parts.join(' · ') || 'No bill rate or fee';
}

export const employmentText = (offer: Pick<OfferDetail, 'employmentType'>) => EMPLOYMENT_TYPE_LABELS[offer.employmentType];
