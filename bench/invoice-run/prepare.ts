// Fills the demo agency with what the invoice-run benchmark bills: client organizations with running temporary
// assignments (candidates, employees, jobs, pipeline entries, placements, effective-dated rates) and a year of
// approved weekly timesheets with their days. Multi-row INSERTs in chunks, one transaction; run before the server starts.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../src/db/client';
import {
  assignmentEvents,
  assignmentRates,
  assignments,
  candidates,
  counters,
  employeeEvents,
  employees,
  jobRecruiters,
  jobStages,
  jobs,
  organizations,
  pipelineEntries,
  placements,
  stageTemplateStages,
  timesheetDays,
  timesheets,
  users,
} from '../../src/db/schema';
import { addDays } from '../../src/domain/placements';
import { weekStartOf } from '../../src/domain/timesheets';
import { refreshCandidateSearch } from '../../src/modules/candidates/search-index';
import { dateInZone, now } from '../../src/platform/clock';
import { newId } from '../../src/platform/ids';
import { getSettings } from '../../src/platform/settings';
import { type DayRow, instantAfter, ratesOf, workedWeek } from './timesheet-weeks';

const WEEKS = 50;
const ASSIGNMENTS_PER_JOB = 10;
/** Placements carry one of a few PO numbers, so a client's run drafts one invoice per PO. */
const PURCHASE_ORDERS = 4;
const CHUNK = 1_000;
const CURRENCY = 'GBP';
const JOB_TITLES = ['Warehouse operative', 'Forklift driver', 'Care assistant', 'Payroll clerk', 'Kitchen porter'];
const FIRST_NAMES = ['Amara', 'Ben', 'Chloe', 'Dev', 'Elena', 'Femi', 'Greta', 'Hugo', 'Isla', 'Jonah'];

export type PreparedInvoiceRun = { organizationIds: string[]; periodFrom: string; periodTo: string; timesheetsPerClient: number };

type Rows = {
  organizations: (typeof organizations.$inferInsert)[];
  jobs: (typeof jobs.$inferInsert)[];
  jobStages: (typeof jobStages.$inferInsert)[];
  jobRecruiters: (typeof jobRecruiters.$inferInsert)[];
  candidates: (typeof candidates.$inferInsert)[];
  employees: (typeof employees.$inferInsert)[];
  employeeEvents: (typeof employeeEvents.$inferInsert)[];
  pipelineEntries: (typeof pipelineEntries.$inferInsert)[];
  placements: (typeof placements.$inferInsert)[];
  assignments: (typeof assignments.$inferInsert)[];
  assignmentEvents: (typeof assignmentEvents.$inferInsert)[];
  assignmentRates: (typeof assignmentRates.$inferInsert)[];
  timesheets: (typeof timesheets.$inferInsert)[];
  timesheetDays: (typeof timesheetDays.$inferInsert)[];
};

type Staff = { backOffice: { id: string; name: string }; recruiter: { id: string; name: string }; accounts: { id: string; name: string } };

/**
 * `timesheets` approved timesheets split evenly over `clients` new client organizations (e.g. 10,000 over 2: 100
 * assignments × 50 weeks each), all billable by the run: approved, within their assignment's dates, rates in force
 * and in the client's currency. The period is the 50 weeks before the agency's current week.
 */
export async function prepareInvoiceRun(db: Db, agencyId: string, options: { timesheets: number; clients: number }): Promise<PreparedInvoiceRun> {
  const { timesheets: total, clients } = options;
  if (clients < 1 || total < clients || total % clients !== 0) {
    throw new Error(`${total} timesheets do not split evenly over ${clients} clients`);
  }
  const timesheetsPerClient = total / clients;
  const prepared = await db.transaction(async (tx) => {
    const settings = await getSettings(tx, agencyId, ['agency.timeZone', 'agency.weekStart']);
    const thisWeek = weekStartOf(dateInZone(now(), settings['agency.timeZone']), settings['agency.weekStart']);
    const weeks = Math.min(WEEKS, timesheetsPerClient);
    const periodFrom = addDays(thisWeek, -7 * weeks);
    const rows = await planRows(tx, agencyId, { clients, timesheetsPerClient, weeks, periodFrom });
    await insertRows(tx, rows);
    const candidateIds = rows.candidates.map((row) => row.id ?? '');
    for (let start = 0; start < candidateIds.length; start += CHUNK) {
      await refreshCandidateSearch(tx, agencyId, candidateIds.slice(start, start + CHUNK));
    }
    return { organizationIds: rows.organizations.map((row) => row.id ?? ''), periodFrom, periodTo: addDays(thisWeek, -1), timesheetsPerClient };
  });
  // Fresh statistics, as a database that grew to this size would have: the run is measured in its steady state.
  await db.execute(sql`ANALYZE timesheets, timesheet_days, assignments, assignment_rates, placements, candidates, jobs, invoice_claims`);
  return prepared;
}

/** Every row to write, derived from indices; ids are made here so children can point at parents before any insert. */
async function planRows(tx: Executor, agencyId: string, shape: { clients: number; timesheetsPerClient: number; weeks: number; periodFrom: string }): Promise<Rows> {
  const { clients, timesheetsPerClient, weeks, periodFrom } = shape;
  const assignmentsPerClient = Math.ceil(timesheetsPerClient / weeks);
  const jobsPerClient = Math.ceil(assignmentsPerClient / ASSIGNMENTS_PER_JOB);
  const staff = await staffOf(tx, agencyId);
  const template = await tx.select().from(stageTemplateStages).where(eq(stageTemplateStages.agencyId, agencyId)).orderBy(asc(stageTemplateStages.position));
  const firstJob = await reserveNumbers(tx, agencyId, 'job', clients * jobsPerClient, 1001);
  const firstPlacement = await reserveNumbers(tx, agencyId, 'placement', clients * assignmentsPerClient, 1);
  const firstEmployee = await reserveNumbers(tx, agencyId, 'employee', clients * assignmentsPerClient, 1001);
  const rows: Rows = { organizations: [], jobs: [], jobStages: [], jobRecruiters: [], candidates: [], employees: [], employeeEvents: [], pipelineEntries: [], placements: [], assignments: [], assignmentEvents: [], assignmentRates: [], timesheets: [], timesheetDays: [] };
  const opened = instantAfter(periodFrom, -14);
  const raiseWeek = Math.floor(weeks / 2);

  for (let client = 0; client < clients; client += 1) {
    const organizationId = newId();
    rows.organizations.push({ agencyId, id: organizationId, name: `Invoice Run Client ${client + 1}`, status: 'active', industry: 'Logistics', ownerId: staff.accounts.id, currency: CURRENCY, paymentTermsDays: 30, taxRateBp: 2000 });
    const placedStages: string[] = [];
    for (let job = 0; job < jobsPerClient; job += 1) {
      const jobId = newId();
      const filled = Math.min(ASSIGNMENTS_PER_JOB, assignmentsPerClient - job * ASSIGNMENTS_PER_JOB);
      const title = `${JOB_TITLES[(client + job) % JOB_TITLES.length] ?? 'Operative'} (client ${client + 1})`;
      rows.jobs.push({ agencyId, id: jobId, number: firstJob + client * jobsPerClient + job, organizationId, title, employmentType: 'temporary', payUnit: 'hour', billRateUnit: 'hour', currency: CURRENCY, ownerId: staff.accounts.id, status: 'filled', statusChangedAt: opened, firstOpenedAt: opened, openings: filled, filledCount: filled });
      rows.jobRecruiters.push({ agencyId, jobId, userId: staff.recruiter.id });
      const stages = template.map(({ name, kind, position }) => ({ agencyId, id: newId(), jobId, name, kind, position }));
      rows.jobStages.push(...stages);
      placedStages.push(stages.find((stage) => stage.kind === 'placed')?.id ?? '');
    }
    for (let index = 0; index < assignmentsPerClient; index += 1) {
      const person = client * assignmentsPerClient + index;
      const sheets = Math.min(weeks, timesheetsPerClient - index * weeks);
      const firstWeek = weeks - sheets;
      const startOn = addDays(periodFrom, 7 * firstWeek);
      const placedAt = instantAfter(startOn, -7);
      const job = rows.jobs[client * jobsPerClient + Math.floor(index / ASSIGNMENTS_PER_JOB)];
      const ids = { candidate: newId(), employee: newId(), entry: newId(), placement: newId(), assignment: newId() };
      const jobId = job?.id ?? '';
      const hiredOn = addDays(startOn, -3);
      const firstRates = ratesOf(person, 0);
      rows.candidates.push({ agencyId, id: ids.candidate, firstName: FIRST_NAMES[person % FIRST_NAMES.length] ?? 'Sam', lastName: `Runner${person + 1}`, emails: [`runner${person + 1}@invoice-run.test`], source: 'job_board', ownerId: staff.recruiter.id, status: 'on_assignment', currentTitle: job?.title ?? null });
      rows.employees.push({ agencyId, id: ids.employee, candidateId: ids.candidate, number: firstEmployee + person, hiredOn, workerType: 'paye', payFrequency: 'weekly' });
      rows.employeeEvents.push({ agencyId, employeeId: ids.employee, kind: 'hired', on: hiredOn, actorLabel: staff.backOffice.name });
      rows.pipelineEntries.push({ agencyId, id: ids.entry, jobId, candidateId: ids.candidate, stageId: placedStages[Math.floor(index / ASSIGNMENTS_PER_JOB)] ?? '', stageEnteredAt: placedAt, addedFrom: 'job', addedBy: staff.recruiter.id });
      rows.placements.push({
        agencyId,
        id: ids.placement,
        number: firstPlacement + person,
        entryId: ids.entry,
        jobId,
        candidateId: ids.candidate,
        organizationId,
        status: 'active',
        employmentType: 'temporary',
        currency: CURRENCY,
        payMinor: firstRates.payRegularMinor,
        payUnit: 'hour',
        billRateMinor: firstRates.billRegularMinor,
        billRateUnit: 'hour',
        startOn,
        poNumber: `PO-${client + 1}-${(index % PURCHASE_ORDERS) + 1}`,
        recruiterId: staff.recruiter.id,
        accountManagerId: staff.accounts.id,
        placedAt,
      });
      rows.assignments.push({ agencyId, id: ids.assignment, placementId: ids.placement, candidateId: ids.candidate, jobId, organizationId, employmentType: 'temporary', status: 'active', startOn, everApproved: true, statusChangedAt: instantAfter(startOn, -1) });
      rows.assignmentEvents.push({ agencyId, assignmentId: ids.assignment, kind: 'approved', fromStatus: 'needs_approval', toStatus: 'active', startOn, actorLabel: staff.backOffice.name });
      const rate = { agencyId, assignmentId: ids.assignment, currency: CURRENCY, unit: 'hour' as const, actorLabel: staff.backOffice.name };
      rows.assignmentRates.push({ ...rate, effectiveFrom: startOn, ...firstRates, note: `From placement P-${firstPlacement + person}` });
      if (raiseWeek > firstWeek) {
        rows.assignmentRates.push({ ...rate, effectiveFrom: addDays(periodFrom, 7 * raiseWeek), ...ratesOf(person, 1), note: 'Annual pay review' });
      }
      const owner = { agencyId, assignmentId: ids.assignment, candidateId: ids.candidate, organizationId };
      for (let week = firstWeek; week < weeks; week += 1) {
        const weekStart = addDays(periodFrom, 7 * week);
        addApprovedWeek(rows, owner, weekStart, workedWeek(weekStart, person, week), staff.backOffice.name);
      }
    }
  }
  return rows;
}

/** A timesheet saved, submitted at the week's end and approved the next day, with its days and their totals. */
function addApprovedWeek(rows: Rows, owner: { agencyId: string; assignmentId: string; candidateId: string; organizationId: string }, weekStart: string, days: DayRow[], approver: string) {
  const id = newId();
  const total = (field: 'regularMinutes' | 'overtimeMinutes' | 'doubleMinutes') => days.reduce((sum, day) => sum + day[field], 0);
  const decidedAt = instantAfter(weekStart, 8);
  rows.timesheets.push({
    ...owner,
    id,
    weekStart,
    status: 'approved',
    submittedAt: instantAfter(weekStart, 7),
    decidedAt,
    decidedByLabel: approver,
    regularMinutes: total('regularMinutes'),
    overtimeMinutes: total('overtimeMinutes'),
    doubleMinutes: total('doubleMinutes'),
    createdAt: instantAfter(weekStart, 4, 17),
    updatedAt: decidedAt,
    version: 3,
  });
  rows.timesheetDays.push(...days.map((day) => ({ agencyId: owner.agencyId, timesheetId: id, ...day })));
}

/** Parents before children, each table in multi-row statements of at most CHUNK rows. */
async function insertRows(tx: Executor, rows: Rows) {
  const inChunks = async <T>(list: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let start = 0; start < list.length; start += CHUNK) {
      await insert(list.slice(start, start + CHUNK));
    }
  };
  await inChunks(rows.organizations, (chunk) => tx.insert(organizations).values(chunk));
  await inChunks(rows.jobs, (chunk) => tx.insert(jobs).values(chunk));
  await inChunks(rows.jobStages, (chunk) => tx.insert(jobStages).values(chunk));
  await inChunks(rows.jobRecruiters, (chunk) => tx.insert(jobRecruiters).values(chunk));
  await inChunks(rows.candidates, (chunk) => tx.insert(candidates).values(chunk));
  await inChunks(rows.employees, (chunk) => tx.insert(employees).values(chunk));
  await inChunks(rows.employeeEvents, (chunk) => tx.insert(employeeEvents).values(chunk));
  await inChunks(rows.pipelineEntries, (chunk) => tx.insert(pipelineEntries).values(chunk));
  await inChunks(rows.placements, (chunk) => tx.insert(placements).values(chunk));
  await inChunks(rows.assignments, (chunk) => tx.insert(assignments).values(chunk));
  await inChunks(rows.assignmentEvents, (chunk) => tx.insert(assignmentEvents).values(chunk));
  await inChunks(rows.assignmentRates, (chunk) => tx.insert(assignmentRates).values(chunk));
  await inChunks(rows.timesheets, (chunk) => tx.insert(timesheets).values(chunk));
  await inChunks(rows.timesheetDays, (chunk) => tx.insert(timesheetDays).values(chunk));
}

/** The demo team's back office, recruiter and account manager (the admin stands in for a missing desk). */
async function staffOf(tx: Executor, agencyId: string): Promise<Staff> {
  const team = await tx.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.agencyId, agencyId)).orderBy(asc(users.createdAt));
  const admin = team.find((user) => user.role === 'admin');
  const desk = (role: string) => team.find((user) => user.role === role) ?? admin;
  const [backOffice, recruiter, accounts] = [desk('back_office'), desk('recruiter'), desk('account_manager')];
  if (!backOffice || !recruiter || !accounts) {
    throw new Error(`agency ${agencyId} has no admin`);
  }
  return { backOffice, recruiter, accounts };
}

/** Takes `count` numbers of a per-agency sequence at once (as `nextNumber` would one by one); answers the first. */
async function reserveNumbers(tx: Executor, agencyId: string, name: string, count: number, start: number): Promise<number> {
  const [row] = await tx
    .insert(counters)
    .values({ agencyId, name, value: start + count - 1 })
    .onConflictDoUpdate({ target: [counters.agencyId, counters.name], set: { value: sql`${counters.value} + ${count}` } })
    .returning({ value: counters.value });
  if (!row) {
    throw new Error(`counter ${name} returned no row`);
  }
  return row.value - count + 1;
}
