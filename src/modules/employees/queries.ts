import { type SQL, and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assignments, candidates, employeeDocuments, employeeEvents, employees, jobs, organizations, placements } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { personName, personNamePrefix } from '../../platform/name-search';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import type { TEmployeeListQuery } from './schema';

export type EmployeeDocumentRow = typeof employeeDocuments.$inferSelect;

const lowerFirst = sql<string>`lower(${candidates.firstName})`;
const lowerLast = sql<string>`lower(${candidates.lastName})`;

export const getEmployeeRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, employees, agencyId, id, 'Employee', options);

/** An employee number as typed ("1042" or "E-1042"), else the start of the candidate's name. */
function searchCondition(q: string): SQL | undefined {
  const number = /^(?:e-?)?(\d{1,9})$/i.exec(q.trim());
  if (number?.[1]) {
    return eq(employees.number, Number(number[1]));
  }
  return personNamePrefix(lowerFirst, lowerLast, q);
}

function summaryQuery(tx: Executor) {
  return tx
    .select({ employee: employees, candidateName: personName(candidates) })
    .from(employees)
    .innerJoin(candidates, and(eq(candidates.agencyId, employees.agencyId), eq(candidates.id, employees.candidateId)));
}

export type EmployeeSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['execute']>>[number];

/** Employees, most recently changed first (the (agency, status, updated_at, id) index), keyset pages. */
export async function listEmployees(tx: Executor, agencyId: string, query: TEmployeeListQuery) {
  const rows = await summaryQuery(tx)
    .where(
      and(
        eq(employees.agencyId, agencyId),
        query.status ? eq(employees.status, query.status) : undefined,
        query.q ? searchCondition(query.q) : undefined,
        afterCursorDesc(employees.updatedAt, employees.id, query.cursor),
      ),
    )
    .orderBy(desc(employees.updatedAt), desc(employees.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.employee.updatedAt.toISOString(), row.employee.id]);
}

export async function getEmployeeSummary(tx: Executor, agencyId: string, id: string): Promise<EmployeeSummaryRow> {
  const [row] = await summaryQuery(tx).where(and(eq(employees.agencyId, agencyId), eq(employees.id, id)));
  if (!row) {
    throw notFound('Employee');
  }
  return row;
}

/** The employee page besides the record: history, documents checklist and the candidate's assignments. */
export async function getEmployeeParts(tx: Executor, agencyId: string, employee: { id: string; candidateId: string }) {
  const [events, documents, assignmentRows] = await Promise.all([
    tx
      .select()
      .from(employeeEvents)
      .where(and(eq(employeeEvents.agencyId, agencyId), eq(employeeEvents.employeeId, employee.id)))
      .orderBy(desc(employeeEvents.createdAt), desc(employeeEvents.id)),
    tx
      .select()
      .from(employeeDocuments)
      .where(and(eq(employeeDocuments.agencyId, agencyId), eq(employeeDocuments.employeeId, employee.id)))
      .orderBy(asc(employeeDocuments.position), asc(employeeDocuments.id)),
    tx
      .select({ id: assignments.id, status: assignments.status, startOn: assignments.startOn, endOn: assignments.endOn, jobTitle: jobs.title, organizationName: organizations.name })
      .from(assignments)
      .innerJoin(jobs, and(eq(jobs.agencyId, assignments.agencyId), eq(jobs.id, assignments.jobId)))
      .innerJoin(organizations, and(eq(organizations.agencyId, assignments.agencyId), eq(organizations.id, assignments.organizationId)))
      .where(and(eq(assignments.agencyId, agencyId), eq(assignments.candidateId, employee.candidateId)))
      .orderBy(sql`${assignments.startOn} desc nulls first`, desc(assignments.id)),
  ]);
  return { events, documents, assignments: assignmentRows };
}

/** A document of the employee's checklist, locked for the caller's change. */
export async function getEmployeeDocument(tx: Executor, agencyId: string, employeeId: string, documentId: string): Promise<EmployeeDocumentRow> {
  const [row] = await tx
    .select()
    .from(employeeDocuments)
    .where(and(eq(employeeDocuments.agencyId, agencyId), eq(employeeDocuments.employeeId, employeeId), eq(employeeDocuments.id, documentId)))
    .for('update');
  if (!row) {
    throw notFound('Employee document');
  }
  return row;
}

/** How many pending or active placements the candidate has (onboarding needs one). */
export async function livePlacementCount(tx: Executor, agencyId: string, candidateId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(placements)
    .where(and(eq(placements.agencyId, agencyId), eq(placements.candidateId, candidateId), or(eq(placements.status, 'pending'), eq(placements.status, 'active'))));
  return row?.count ?? 0;
}

/** The employee holding a number, if any (a typed number must be free). */
export async function employeeWithNumber(tx: Executor, agencyId: string, number: number) {
  const [row] = await tx.select({ id: employees.id, candidateId: employees.candidateId }).from(employees).where(and(eq(employees.agencyId, agencyId), eq(employees.number, number)));
  return row ?? null;
}
