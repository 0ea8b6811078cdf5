import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, resultRows } from '../../db/client';
import { invoices, organizations } from '../../db/schema';
import { priceDays } from '../../domain/assignment-rates';
import { claimSource, invoiceTotals, isFeeInvoiceable, isMilestoneInvoiceable } from '../../domain/invoices';
import { minutesAsHours } from '../../domain/money';
import type { StaffActor } from '../../platform/auth/actor';
import { actorLabel } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit';
import { now } from '../../platform/clock';
import { newId } from '../../platform/ids';
import type { InvoiceLineKind, QuantityUnit, TimeKind } from '../../shared/back-office';
import { type RunScope, pricingInputOf, unbilledExpenses, unbilledFees, unbilledMilestones, unbilledTimesheets } from './sources';

/**
 * The invoice run (PRODUCT.md §6): per client organization, everything approved and not yet invoiced in a period —
 * timesheets priced at the bill rates, billable expenses, placement fees and reached retained milestones — in the
 * organization's currency, grouped into one draft per billing contact, PO number and terms (a placement's own
 * billing set-up overrides the organization's). Creating the drafts claims every source with
 * `INSERT … ON CONFLICT DO NOTHING RETURNING`: a concurrent run that claimed a source first keeps it, and this run
 * bills only what it claimed. Everything is set-based (a fixed number of statements whatever the volume).
 */

export type DraftLine = {
  kind: InvoiceLineKind;
  claimSource: string;
  assignmentId: string;
  placementId: string;
  timesheetId: string | null;
  expenseId: string | null;
  weekStart: string | null;
  description: string;
  quantity: number;
  quantityUnit: QuantityUnit;
  rateMinor: number;
  amountMinor: number;
  taxable: boolean;
  /** Orders lines by person, assignment and week, then kind of time. */
  sortKey: string;
};

type Terms = { billingContactId: string | null; poNumber: string | null; paymentTermsDays: number | null };
type Item = { source: string; assignmentId: string; organizationId: string; currency: string; terms: Terms; lines: DraftLine[] };
export type SkippedItem = { organizationId: string; source: string; label: string; reason: string };

export type OrganizationTerms = { id: string; name: string; currency: string; paymentTermsDays: number; taxRateBp: number; billingContactId: string | null };

export type PlannedInvoice = {
  organization: OrganizationTerms;
  billingContactId: string | null;
  poNumber: string | null;
  paymentTermsDays: number;
  lines: DraftLine[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
};

export type RunPlan = { invoices: PlannedInvoice[]; skipped: (SkippedItem & { organization: OrganizationTerms })[] };

const KIND_ORDER: Record<TimeKind, number> = { regular: 0, overtime: 1, double: 2 };
const SOURCE_ORDER: Record<InvoiceLineKind, number> = { time: 0, expense: 1, fee: 2, milestone: 3, manual: 4 };

/** "regular 37.50 h", or "regular 5 days" at a day rate. */
function quantityText(kind: TimeKind, quantity: number, unit: 'minute' | 'day'): string {
  return unit === 'day' ? `${kind} ${quantity} day${quantity === 1 ? '' : 's'}` : `${kind} ${minutesAsHours(quantity)} h`;
}

function sortKey(candidateName: string, assignmentId: string, kind: InvoiceLineKind, date: string, detail: string) {
  return [candidateName.toLowerCase(), assignmentId, date, SOURCE_ORDER[kind], detail].join('|');
}

type TimesheetRow = Awaited<ReturnType<typeof unbilledTimesheets>>[number];

/** A timesheet's lines: one per kind of time and rate (priceDays, bill side), or the reason it cannot be billed. */
function timesheetItem(row: TimesheetRow, currency: string): Item | SkippedItem {
  const source = claimSource.timesheet(row.id);
  const label = `${row.candidateName}, week of ${row.weekStart}`;
  const skip = (reason: string): SkippedItem => ({ organizationId: row.organizationId, source, label, reason });
  // Sheets are kept with their days; a sheet with totals only is billed as one day at its week start.
  const { days, rates } = pricingInputOf(row);
  const priced = priceDays(days, rates, 'bill');
  if (priced.unpricedDates.length > 0) {
    return skip(`no rates in force on ${priced.unpricedDates.join(', ')}`);
  }
  if (priced.lines.length === 0) {
    return skip('no time to bill');
  }
  const foreign = priced.lines.map((line) => rates.find((rate) => rate.effectiveFrom === line.effectiveFrom)?.currency).find((rateCurrency) => rateCurrency !== currency);
  if (foreign !== undefined) {
    return skip(`the assignment's rates are in ${foreign}; the client is invoiced in ${currency}`);
  }
  const lines = priced.lines.map<DraftLine>((line) => ({
    kind: 'time',
    claimSource: source,
    assignmentId: row.assignmentId,
    placementId: row.placementId,
    timesheetId: row.id,
    expenseId: null,
    weekStart: row.weekStart,
    description: `${row.candidateName} — ${row.jobTitle}, week of ${row.weekStart}, ${quantityText(line.kind, line.quantity, line.quantityUnit)}`,
    quantity: line.quantity,
    quantityUnit: line.quantityUnit,
    rateMinor: line.rateMinor,
    amountMinor: line.amountMinor,
    taxable: true,
    sortKey: sortKey(row.candidateName, row.assignmentId, 'time', row.weekStart, `${KIND_ORDER[line.kind]}|${line.effectiveFrom}`),
  }));
  return { source, assignmentId: row.assignmentId, organizationId: row.organizationId, currency, terms: row, lines };
}

type OneLine = Pick<DraftLine, 'kind' | 'expenseId' | 'weekStart' | 'description' | 'amountMinor' | 'sortKey'>;

/** What a single-line source (an expense, a fee, a milestone) bills: one item of one line, quantity 1, taxable. */
function oneLineItem(row: Terms & { assignmentId: string; organizationId: string; placementId: string }, source: string, currency: string, line: OneLine): Item {
  return {
    source,
    assignmentId: row.assignmentId,
    organizationId: row.organizationId,
    currency,
    terms: row,
    lines: [{ kind: line.kind, claimSource: source, assignmentId: row.assignmentId, placementId: row.placementId, timesheetId: null, expenseId: line.expenseId, weekStart: line.weekStart, description: line.description, quantity: 1, quantityUnit: 'item', rateMinor: line.amountMinor, amountMinor: line.amountMinor, taxable: true, sortKey: line.sortKey }],
  };
}

const isSkipped = (item: Item | SkippedItem): item is SkippedItem => 'reason' in item;

/** Collects and prices what a run would invoice, per organization; nothing is written. */
export async function planRun(tx: Executor, scope: RunScope, weekOf: (date: string) => string): Promise<RunPlan> {
  // One after another: a transaction is one connection, which runs one statement at a time anyway.
  const sheets = await unbilledTimesheets(tx, scope);
  const spent = await unbilledExpenses(tx, scope);
  const fees = await unbilledFees(tx, scope);
  const milestones = await unbilledMilestones(tx, scope);
  const organizationIds = [...new Set([...sheets, ...spent, ...fees, ...milestones].map((row) => row.organizationId))];
  const orgRows =
    organizationIds.length === 0
      ? []
      : await tx
          .select({ id: organizations.id, name: organizations.name, currency: organizations.currency, paymentTermsDays: organizations.paymentTermsDays, taxRateBp: organizations.taxRateBp, billingContactId: organizations.billingContactId })
          .from(organizations)
          .where(and(eq(organizations.agencyId, scope.agencyId), inArray(organizations.id, organizationIds)));
  const orgs = new Map(orgRows.map((row) => [row.id, row]));
  const currencyOf = (organizationId: string) => orgs.get(organizationId)?.currency ?? '';
  const items: (Item | SkippedItem)[] = [];

  for (const row of sheets) {
    items.push(timesheetItem(row, currencyOf(row.organizationId)));
  }
  for (const row of spent) {
    const source = claimSource.expense(row.id);
    const currency = currencyOf(row.organizationId);
    const label = `${row.candidateName}, ${row.category} on ${row.spentOn}`;
    if (row.currency !== currency) {
      items.push({ organizationId: row.organizationId, source, label, reason: `the expense is in ${row.currency}; the client is invoiced in ${currency}` });
      continue;
    }
    const weekStart = weekOf(row.spentOn);
    const detail = row.description ? `: ${row.description}` : '';
    items.push(
      oneLineItem(row, source, currency, { kind: 'expense', expenseId: row.id, weekStart, description: `${row.candidateName} — expense ${row.category}${detail}, ${row.spentOn}`, amountMinor: row.amountMinor, sortKey: sortKey(row.candidateName, row.assignmentId, 'expense', weekStart, row.spentOn) }),
    );
  }
  for (const row of fees) {
    const source = claimSource.fee(row.placementId);
    const currency = currencyOf(row.organizationId);
    const feeMinor = row.feeMinor ?? 0;
    if (!isFeeInvoiceable(row, scope.periodTo)) {
      continue;
    }
    if (row.currency !== currency) {
      items.push({ organizationId: row.organizationId, source, label: `Placement fee P-${row.placementNumber}`, reason: `the placement is in ${row.currency}; the client is invoiced in ${currency}` });
      continue;
    }
    const startOn = row.startOn ?? scope.periodTo;
    items.push(
      oneLineItem(row, source, currency, { kind: 'fee', expenseId: null, weekStart: null, description: `Placement fee — ${row.candidateName}, ${row.jobTitle} (P-${row.placementNumber}), started ${startOn}`, amountMinor: feeMinor, sortKey: sortKey(row.candidateName, row.assignmentId, 'fee', startOn, '') }),
    );
  }
  for (const row of milestones) {
    const source = claimSource.milestone(row.placementId, row.index);
    const currency = currencyOf(row.organizationId);
    if (!isMilestoneInvoiceable(row, scope.periodTo)) {
      continue;
    }
    if (row.currency !== currency) {
      items.push({ organizationId: row.organizationId, source, label: `Milestone ${row.name} of P-${row.placementNumber}`, reason: `the placement is in ${row.currency}; the client is invoiced in ${currency}` });
      continue;
    }
    items.push(
      oneLineItem(row, source, currency, { kind: 'milestone', expenseId: null, weekStart: null, description: `Retained search — ${row.jobTitle} (P-${row.placementNumber}): ${row.name}, reached ${row.reachedOn}`, amountMinor: row.feeMinor, sortKey: sortKey(row.candidateName, row.assignmentId, 'milestone', row.reachedOn, String(row.index).padStart(3, '0')) }),
    );
  }

  const groups = new Map<string, PlannedInvoice>();
  const skipped: RunPlan['skipped'] = [];
  for (const item of items) {
    const organization = orgs.get(item.organizationId);
    if (!organization) {
      continue;
    }
    if (isSkipped(item)) {
      skipped.push({ ...item, organization });
      continue;
    }
    const billingContactId = item.terms.billingContactId ?? organization.billingContactId;
    const poNumber = item.terms.poNumber ?? null;
    const paymentTermsDays = item.terms.paymentTermsDays ?? organization.paymentTermsDays;
    const key = [organization.id, billingContactId ?? '', poNumber ?? '', paymentTermsDays].join('|');
    const group = groups.get(key) ?? { organization, billingContactId, poNumber, paymentTermsDays, lines: [], subtotalMinor: 0, taxMinor: 0, totalMinor: 0 };
    group.lines.push(...item.lines);
    groups.set(key, group);
  }
  const planned = [...groups.values()].map((group) => {
    group.lines.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    return { ...group, ...invoiceTotals(group.lines, group.organization.taxRateBp) };
  });
  planned.sort((a, b) => a.organization.name.localeCompare(b.organization.name) || (a.poNumber ?? '').localeCompare(b.poNumber ?? ''));
  return { invoices: planned, skipped };
}

/** The claims this run won: inserted in source order (so two runs never wait on each other crosswise), the others skipped. */
async function claimSources(tx: Executor, agencyId: string, claims: { source: string; invoiceId: string; assignmentId: string }[]): Promise<Set<string>> {
  if (claims.length === 0) {
    return new Set();
  }
  const sorted = [...claims].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const result = await tx.execute(sql`
    insert into invoice_claims (agency_id, source, invoice_id, assignment_id, created_at)
    select ${agencyId}::uuid, x.source, x."invoiceId", x."assignmentId", ${now().toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(sorted)}::jsonb) as x(source text, "invoiceId" uuid, "assignmentId" uuid)
    order by x.source
    on conflict do nothing
    returning source`);
  return new Set(resultRows<{ source: string }>(result).map((row) => row.source));
}

/** Inserts lines in one statement, whatever their number. */
export async function insertLines(tx: Executor, agencyId: string, lines: (Omit<DraftLine, 'sortKey' | 'claimSource' | 'assignmentId' | 'placementId'> & { invoiceId: string; position: number; claimSource: string | null; assignmentId: string | null; placementId: string | null })[]) {
  if (lines.length === 0) {
    return;
  }
  const rows = lines.map((line) => ({ ...line, id: newId() }));
  await tx.execute(sql`
    insert into invoice_lines (agency_id, id, created_at, invoice_id, position, kind, claim_source, assignment_id, placement_id, timesheet_id, expense_id, week_start, description, quantity, quantity_unit, rate_minor, amount_minor, taxable)
    select ${agencyId}::uuid, x.id, ${now().toISOString()}::timestamptz, x."invoiceId", x.position, x.kind, x."claimSource", x."assignmentId", x."placementId", x."timesheetId", x."expenseId", x."weekStart", x.description, x.quantity, x."quantityUnit", x."rateMinor", x."amountMinor", x.taxable
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, "invoiceId" uuid, position int, kind text, "claimSource" text, "assignmentId" uuid, "placementId" uuid, "timesheetId" uuid, "expenseId" uuid, "weekStart" date, description text, quantity int, "quantityUnit" text, "rateMinor" bigint, "amountMinor" bigint, taxable boolean)`);
}

export type RunOutcome = { invoiceIds: string[]; skipped: RunPlan['skipped']; claimedElsewhere: number };

/**
 * Creates the drafts of a plan and claims what they bill. Sources another run claimed meanwhile are left out (their
 * count is reported); a draft left with nothing is not kept.
 */
export async function createDrafts(tx: Executor, actor: StaffActor, scope: RunScope, plan: RunPlan): Promise<RunOutcome> {
  if (plan.invoices.length === 0) {
    return { invoiceIds: [], skipped: plan.skipped, claimedElsewhere: 0 };
  }
  const label = actorLabel(actor);
  const created = await tx
    .insert(invoices)
    .values(
      plan.invoices.map((planned) => ({
        agencyId: scope.agencyId,
        organizationId: planned.organization.id,
        currency: planned.organization.currency,
        periodFrom: scope.periodFrom,
        periodTo: scope.periodTo,
        billingContactId: planned.billingContactId,
        poNumber: planned.poNumber,
        paymentTermsDays: planned.paymentTermsDays,
        taxRateBp: planned.organization.taxRateBp,
        createdByLabel: label,
      })),
    )
    .returning({ id: invoices.id });
  const withIds = plan.invoices.map((planned, index) => ({ planned, id: created[index]?.id ?? '' }));
  const claims = new Map<string, { source: string; invoiceId: string; assignmentId: string }>();
  for (const { planned, id } of withIds) {
    for (const line of planned.lines) {
      claims.set(line.claimSource, { source: line.claimSource, invoiceId: id, assignmentId: line.assignmentId });
    }
  }
  const won = await claimSources(tx, scope.agencyId, [...claims.values()]);
  const kept: { id: string; planned: PlannedInvoice; lines: DraftLine[] }[] = [];
  const emptyIds: string[] = [];
  for (const { planned, id } of withIds) {
    const lines = planned.lines.filter((line) => won.has(line.claimSource));
    if (lines.length === 0) {
      emptyIds.push(id);
    } else {
      kept.push({ id, planned, lines });
    }
  }
  await insertLines(
    tx,
    scope.agencyId,
    kept.flatMap(({ id, lines }) => lines.map(({ sortKey: _sortKey, ...line }, position) => ({ ...line, invoiceId: id, position }))),
  );
  if (kept.length > 0) {
    const totals = kept.map(({ id, planned, lines }) => ({ id, ...invoiceTotals(lines, planned.organization.taxRateBp) }));
    await tx.execute(sql`
      update invoices i set subtotal_minor = x."subtotalMinor", tax_minor = x."taxMinor", total_minor = x."totalMinor"
      from jsonb_to_recordset(${JSON.stringify(totals)}::jsonb) as x(id uuid, "subtotalMinor" bigint, "taxMinor" bigint, "totalMinor" bigint)
      where i.agency_id = ${scope.agencyId}::uuid and i.id = x.id`);
  }
  if (emptyIds.length > 0) {
    await tx.delete(invoices).where(and(eq(invoices.agencyId, scope.agencyId), inArray(invoices.id, emptyIds)));
  }
  await recordAudit(
    tx,
    actor,
    ...kept.map(({ id, planned, lines }) => ({
      entity: 'invoice',
      entityId: id,
      action: 'create',
      after: { status: 'draft', organizationId: planned.organization.id, periodFrom: scope.periodFrom, periodTo: scope.periodTo, lineCount: lines.length, totalMinor: invoiceTotals(lines, planned.organization.taxRateBp).totalMinor },
    })),
  );
  return { invoiceIds: kept.map((entry) => entry.id), skipped: plan.skipped, claimedElsewhere: claims.size - won.size };
}
