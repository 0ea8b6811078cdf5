import { and, eq } from 'drizzle-orm';
import { assignmentRates, assignments, organizations } from '../../src/db/schema';
import type { EffectiveRates } from '../../src/domain/assignment-rates';
import type { AssignmentStatus } from '../../src/shared/pipeline';
import type { TestAgency } from '../support/agency';
import type { TestApp } from '../support/app';
import { placedCandidate } from './employees';

/** Rates as a test gives them: the currency and unit default to the organization's currency, by the hour. */
export type RatesInput = Omit<EffectiveRates, 'currency' | 'unit'> & Partial<Pick<EffectiveRates, 'currency' | 'unit'>>;

export const STANDARD_RATES: RatesInput = { effectiveFrom: '2027-01-01', payRegularMinor: 1850, payOvertimeMinor: 2775, payDoubleMinor: 3700, billRegularMinor: 2590, billOvertimeMinor: 3885, billDoubleMinor: 5180 };

/**
 * An assignment in the state a timesheet test needs — placed through the API, then put in its status, dates and
 * rates directly, so these tests depend only on what they test (the assignment's own transitions are tested by
 * the assignments suite).
 */
export async function assignmentInState(
  t: TestApp,
  agency: TestAgency,
  options: { status?: AssignmentStatus; startOn?: string | null; endOn?: string | null; rates?: RatesInput[] } = {},
) {
  const placed = await placedCandidate(agency, { startOn: options.startOn ?? '2027-01-04' });
  const db = t.database.db;
  const [assignment] = await db
    .update(assignments)
    .set({ status: options.status ?? 'active', startOn: options.startOn === undefined ? '2027-01-04' : options.startOn, endOn: options.endOn ?? null, everApproved: (options.status ?? 'active') !== 'needs_approval' })
    .where(and(eq(assignments.agencyId, agency.id), eq(assignments.placementId, placed.placement.id)))
    .returning();
  if (!assignment) {
    throw new Error('the placement has no assignment');
  }
  const [organization] = await db.select().from(organizations).where(and(eq(organizations.agencyId, agency.id), eq(organizations.id, assignment.organizationId)));
  for (const rate of options.rates ?? [STANDARD_RATES]) {
    await db.insert(assignmentRates).values({ agencyId: agency.id, assignmentId: assignment.id, currency: organization?.currency ?? 'GBP', unit: 'hour', note: '', actorLabel: 'test', ...rate });
  }
  return { ...placed, assignment, organizationCurrency: organization?.currency ?? 'GBP' };
}

/** A week of days: minutes per date (regular, overtime, double). */
export const week = (weekStart: string, perDay: [number, number?, number?][]) =>
  perDay.map(([regularMinutes, overtimeMinutes = 0, doubleMinutes = 0], index) => {
    const date = new Date(`${weekStart}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + index);
    return { workDate: date.toISOString().slice(0, 10), regularMinutes, overtimeMinutes, doubleMinutes, note: '' };
  });
