import { type SQL, and, asc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { candidates, contacts, interviews, users } from '../../db/schema';
import type { StaffActor } from '../../platform/auth/actor';
import { now } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import { afterCursorAsc, toPage } from '../../platform/pagination';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { entryContextColumns, joinEntryContext } from '../pipeline/queries';
import type { TListInterviewsQuery } from './schema';

export type InterviewRow = typeof interviews.$inferSelect;
export type PersonRef = { id: string; name: string; email: string | null };
export type InterviewView = Awaited<ReturnType<typeof selectViews>>[number];

const CALENDAR_DAYS = 31;

export const getInterviewRow = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, interviews, agencyId, id, 'Interview', options);

/** The users and contacts attending the interviews, looked up in one query each whatever the number of interviews. */
async function attendeesOf(tx: Executor, agencyId: string, rows: InterviewRow[]) {
  const userIds = [...new Set(rows.flatMap((row) => row.attendeeUserIds))];
  const contactIds = [...new Set(rows.flatMap((row) => row.attendeeContactIds))];
  const [userRows, contactRows] = await Promise.all([
    userIds.length > 0 ? tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(and(eq(users.agencyId, agencyId), inArray(users.id, userIds))) : [],
    contactIds.length > 0
      ? tx
          .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, emails: contacts.emails })
          .from(contacts)
          .where(and(eq(contacts.agencyId, agencyId), inArray(contacts.id, contactIds)))
      : [],
  ]);
  const usersById = new Map<string, PersonRef>(userRows.map((row) => [row.id, row]));
  const contactsById = new Map<string, PersonRef>(contactRows.map((row) => [row.id, { id: row.id, name: `${row.firstName} ${row.lastName}`, email: row.emails[0] ?? null }]));
  const pick = (ids: string[], byId: Map<string, PersonRef>) => ids.flatMap((id) => byId.get(id) ?? []);
  return (row: InterviewRow) => ({ users: pick(row.attendeeUserIds, usersById), contacts: pick(row.attendeeContactIds, contactsById) });
}

/** Interviews with what a page or an invitation shows of them: entry stage, job, client, candidate, organizer, attendees. */
async function selectViews(tx: Executor, agencyId: string, where: SQL | undefined, limit?: number) {
  const query = tx
    .select({
      interview: interviews,
      ...entryContextColumns,
      candidate: { ...entryContextColumns.candidate, emails: candidates.emails, status: candidates.status },
      organizer: { id: users.id, name: users.name, email: users.email },
    })
    .from(interviews)
    .$dynamic();
  const base = joinEntryContext(query, interviews)
    .leftJoin(users, and(eq(users.agencyId, interviews.agencyId), eq(users.id, interviews.organizerId)))
    .where(and(eq(interviews.agencyId, agencyId), where))
    .orderBy(asc(interviews.startsAt), asc(interviews.id));
  const rows = limit === undefined ? await base : await base.limit(limit);
  const attendees = await attendeesOf(
    tx,
    agencyId,
    rows.map((row) => row.interview),
  );
  return rows.map((row) => ({ ...row, attendees: attendees(row.interview) }));
}

/** One interview of the agency with everything its page shows (404 for another agency's). */
export async function getInterviewView(tx: Executor, agencyId: string, id: string): Promise<InterviewView> {
  const [view] = await selectViews(tx, agencyId, eq(interviews.id, id));
  if (!view) {
    throw notFound('Interview');
  }
  return view;
}

/**
 * Interviews by start time. With an entry, job or candidate: theirs. Otherwise a calendar: the interviews a user
 * (the caller unless told) organizes or attends between `from` (now) and `to` (a month later).
 */
export async function listInterviews(tx: Executor, actor: StaffActor, query: TListInterviewsQuery) {
  const isCalendar = !query.entryId && !query.jobId && !query.candidateId;
  const from = query.from ? new Date(query.from) : isCalendar ? now() : undefined;
  const to = query.to ? new Date(query.to) : isCalendar && from ? new Date(from.getTime() + CALENDAR_DAYS * 86_400_000) : undefined;
  const userId = query.userId ?? (isCalendar ? actor.userId : undefined);
  const where = and(
    query.entryId ? eq(interviews.entryId, query.entryId) : undefined,
    query.jobId ? eq(interviews.jobId, query.jobId) : undefined,
    query.candidateId ? eq(interviews.candidateId, query.candidateId) : undefined,
    query.status ? eq(interviews.status, query.status) : undefined,
    from ? gte(interviews.startsAt, from) : undefined,
    to ? lt(interviews.startsAt, to) : undefined,
    userId ? or(eq(interviews.organizerId, userId), sql`${interviews.attendeeUserIds} @> ARRAY[${userId}]::uuid[]`) : undefined,
    afterCursorAsc(interviews.startsAt, interviews.id, query.cursor),
  );
  const rows = await selectViews(tx, actor.agencyId, where, query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.interview.startsAt.toISOString(), row.interview.id]);
}
