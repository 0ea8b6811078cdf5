import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { assignmentRates, assignments, invoiceClaims, invoices, payrollClaims, payrollExports, timesheetDays, timesheets } from '../../src/db/schema';
import { type EffectiveRates, priceDays } from '../../src/domain/assignment-rates';
import { resetClock, setNow } from '../../src/platform/clock';
import { createOrganization } from '../factories/jobs';
import { openJobWithCandidate } from '../factories/pipeline';
import { useTestAgency } from '../support/setup';

const ctx = useTestAgency();
afterEach(() => resetClock());

type AssignmentRow = typeof assignments.$inferSelect;

/** A placed candidate's assignment (placing through the API), then moved to the state a test needs directly in the database. */
async function assignmentIn(organizationId: string, state: Partial<Pick<AssignmentRow, 'status' | 'startOn' | 'endOn'>>): Promise<AssignmentRow> {
  const { entry } = await openJobWithCandidate(ctx.agency, { organizationId, job: { employmentType: 'temporary', openings: 1 } });
  const placed = await ctx.agency.as.recruiter.post('/api/placements', { entryId: entry.id, startOn: null });
  if (placed.status !== 201) {
    throw new Error(`not placed: ${JSON.stringify(placed.body)}`);
  }
  const [row] = await ctx.t.database.db.update(assignments).set(state).where(eq(assignments.placementId, placed.body.data.id)).returning();
  if (!row) {
    throw new Error('no assignment');
  }
  return row;
}

const db = () => ctx.t.database.db;

type Day = { workDate: string; regularMinutes: number; overtimeMinutes?: number; doubleMinutes?: number };

async function sheet(assignment: AssignmentRow, weekStart: string, status: 'draft' | 'submitted' | 'approved', days: Day[] = [], extra: { escalatedAt?: Date } = {}) {
  const full = days.map((day) => ({ overtimeMinutes: 0, doubleMinutes: 0, ...day }));
  const [row] = await db()
    .insert(timesheets)
    .values({
      agencyId: ctx.agency.id,
      assignmentId: assignment.id,
      candidateId: assignment.candidateId,
      organizationId: assignment.organizationId,
      weekStart,
      status,
      submittedAt: status === 'draft' ? null : new Date('2027-03-08T09:00:00Z'),
      regularMinutes: full.reduce((sum, day) => sum + day.regularMinutes, 0),
      overtimeMinutes: full.reduce((sum, day) => sum + day.overtimeMinutes, 0),
      doubleMinutes: full.reduce((sum, day) => sum + day.doubleMinutes, 0),
      ...extra,
    })
    .returning();
  if (!row) {
    throw new Error('no sheet');
  }
  if (full.length > 0) {
    await db().insert(timesheetDays).values(full.map((day) => ({ agencyId: ctx.agency.id, timesheetId: row.id, ...day })));
  }
  return row;
}

const RATES: EffectiveRates[] = [
  { effectiveFrom: '2027-02-01', currency: 'GBP', unit: 'hour', payRegularMinor: 2000, payOvertimeMinor: 3000, payDoubleMinor: 4000, billRegularMinor: 3333, billOvertimeMinor: 5000, billDoubleMinor: 6666 },
  { effectiveFrom: '2027-03-03', currency: 'GBP', unit: 'hour', payRegularMinor: 2100, payOvertimeMinor: 3150, payDoubleMinor: 4200, billRegularMinor: 3500, billOvertimeMinor: 5250, billDoubleMinor: 7000 },
];

async function invoice(organizationId: string, values: { status: 'draft' | 'issued' | 'paid' | 'void'; currency: string; dueOn: string | null; totalMinor: number; paidMinor?: number; number?: number }) {
  const [row] = await db()
    .insert(invoices)
    .values({ agencyId: ctx.agency.id, organizationId, periodFrom: '2027-02-01', periodTo: '2027-02-28', paymentTermsDays: 30, createdByLabel: 'Test', subtotalMinor: values.totalMinor, issuedOn: values.dueOn ? '2027-02-01' : null, ...values })
    .returning();
  if (!row) {
    throw new Error('no invoice');
  }
  return row;
}

describe('GET /api/back-office/summary', () => {
  it('counts each queue with few statements, prices unbilled time at the rates in force on each day, and links each count to its list', async () => {
    // Wednesday 10 March 2027 in London; the agency's week starts on Monday, so the previous week is 1–7 March.
    // (Sessions would expire with the clock moved ahead: reads go through API keys.)
    setNow('2027-03-10T12:00:00Z');
    const empty = await ctx.agency.apiKey.back_office.get('/api/back-office/summary');
    expect(empty.status).toBe(200);
    expect(empty.body.data).toMatchObject({ today: '2027-03-10', assignmentsNeedingApproval: { count: 0 }, unbilled: { count: 0, minutes: 0, amounts: [] }, invoicesDue: { count: 0, amounts: [] } });

    resetClock();
    const organization = await createOrganization(ctx.agency.as.account_manager);
    // Needs approval, ending after the 14 days.
    await assignmentIn(organization.id, { status: 'needs_approval', endOn: '2027-04-30' });
    // Active, ending within 14 days, with last week's approved sheet across a rate change.
    const ending = await assignmentIn(organization.id, { status: 'active', startOn: '2027-02-01', endOn: '2027-03-20' });
    await db().insert(assignmentRates).values(RATES.map((rate) => ({ agencyId: ctx.agency.id, assignmentId: ending.id, actorLabel: 'Test', ...rate })));
    const days: Day[] = [
      { workDate: '2027-03-01', regularMinutes: 480 },
      { workDate: '2027-03-02', regularMinutes: 450, overtimeMinutes: 30 },
      { workDate: '2027-03-03', regularMinutes: 465, doubleMinutes: 7 },
    ];
    await sheet(ending, '2027-03-01', 'approved', days);
    // Active without a sheet for last week: missing. Its escalated sheet for this week waits for approval; an older sheet is invoiced and exported.
    const missing = await assignmentIn(organization.id, { status: 'active', startOn: '2027-02-01', endOn: null });
    await sheet(missing, '2027-03-08', 'submitted', [{ workDate: '2027-03-08', regularMinutes: 480 }], { escalatedAt: new Date('2027-03-10T08:00:00Z') });
    const billed = await sheet(missing, '2027-02-22', 'approved', [{ workDate: '2027-02-22', regularMinutes: 480 }]);
    // Active from this week on: nothing was due last week. Its sheet waits for approval.
    const starting = await assignmentIn(organization.id, { status: 'active', startOn: '2027-03-09', endOn: null });
    await sheet(starting, '2027-03-08', 'submitted', [{ workDate: '2027-03-09', regularMinutes: 240 }]);
    // Closed, ending within 14 days (not counted: closed), with an approved sheet on a day before any rates: unpriced.
    const closed = await assignmentIn(organization.id, { status: 'closed', startOn: '2027-02-15', endOn: '2027-03-12' });
    await sheet(closed, '2027-02-15', 'approved', [{ workDate: '2027-02-15', regularMinutes: 60 }]);
    // A draft sheet of last week counts as a sheet (not missing) and is not approved.
    const drafted = await assignmentIn(organization.id, { status: 'active', startOn: '2027-02-01', endOn: null });
    await sheet(drafted, '2027-03-01', 'draft', [{ workDate: '2027-03-01', regularMinutes: 60 }]);

    const due = await invoice(organization.id, { status: 'issued', number: 1, currency: 'GBP', dueOn: '2027-03-10', totalMinor: 10_000, paidMinor: 2_500 });
    await invoice(organization.id, { status: 'issued', number: 2, currency: 'GBP', dueOn: '2027-03-09', totalMinor: 5_000 });
    await invoice(organization.id, { status: 'issued', number: 3, currency: 'EUR', dueOn: '2027-02-01', totalMinor: 2_000 });
    await invoice(organization.id, { status: 'paid', number: 4, currency: 'GBP', dueOn: '2027-02-01', totalMinor: 9_999, paidMinor: 9_999 });
    await invoice(organization.id, { status: 'void', number: 5, currency: 'GBP', dueOn: '2027-02-01', totalMinor: 7_777 });
    await invoice(organization.id, { status: 'draft', currency: 'GBP', dueOn: null, totalMinor: 1_234 });
    await db().insert(invoiceClaims).values({ agencyId: ctx.agency.id, source: `timesheet:${billed.id}`, invoiceId: due.id, assignmentId: missing.id });
    const [exported] = await db().insert(payrollExports).values({ agencyId: ctx.agency.id, periodFrom: '2027-02-22', periodTo: '2027-02-28', lineCount: 1, actorLabel: 'Test' }).returning();
    await db().insert(payrollClaims).values({ agencyId: ctx.agency.id, timesheetId: billed.id, exportId: exported?.id ?? '' });

    // The independent price: priceDays over the week's days, per kind and rate set (51662 + 2500 + 27125 + 817).
    const priced = priceDays(
      days.map((day) => ({ overtimeMinutes: 0, doubleMinutes: 0, ...day })),
      RATES,
      'bill',
    );
    const expectedAmount = priced.lines.reduce((sum, line) => sum + line.amountMinor, 0);
    expect(expectedAmount).toBe(82_104);

    setNow('2027-03-10T12:00:00Z');
    const answer = await ctx.agency.apiKey.recruiter.get('/api/back-office/summary');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      today: '2027-03-10',
      assignmentsNeedingApproval: { count: 1, link: { path: '/assignments', query: { status: 'needs_approval' } } },
      assignmentsEndingSoon: { count: 1, withinDays: 14, link: { path: '/assignments', query: { endingWithin: '14' } } },
      timesheetsMissing: { count: 1, weekStart: '2027-03-01', link: { path: '/timesheets', query: { week: '2027-03-01', state: 'missing' } } },
      timesheetsAwaitingApproval: { count: 2, link: { path: '/timesheets', query: { queue: 'submitted' } } },
      timesheetsEscalated: { count: 1, link: { path: '/timesheets', query: { queue: 'escalated' } } },
      unbilled: { count: 2, minutes: 1432 + 60, amounts: [{ currency: 'GBP', amountMinor: expectedAmount }], unpricedCount: 1, link: { path: '/invoices', query: {} } },
      invoicesDue: { count: 1, amounts: [{ currency: 'GBP', amountMinor: 7_500 }], link: { path: '/invoices', query: { status: 'issued' } } },
      invoicesOverdue: {
        count: 2,
        amounts: [
          { currency: 'EUR', amountMinor: 2_000 },
          { currency: 'GBP', amountMinor: 5_000 },
        ],
        link: { path: '/invoices', query: { status: 'issued', overdue: 'true' } },
      },
      payrollNotExported: { count: 2, minutes: 1432 + 60, link: { path: '/payroll', query: {} } },
    });
  });

  it('every staff role reads it (recruiters read the back office); nobody signed out does', async () => {
    for (const role of ['admin', 'manager', 'recruiter', 'account_manager', 'back_office'] as const) {
      expect((await ctx.agency.as[role].get('/api/back-office/summary')).status, role).toBe(200);
    }
    expect((await ctx.agency.anonymous.get('/api/back-office/summary')).status).toBe(401);
  });
});
