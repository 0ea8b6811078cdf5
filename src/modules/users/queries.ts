import { and, asc, count, desc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { type FindOptions, findTenantRow } from '../../platform/records';
import { users } from '../../db/schema';
import { afterCursorDesc, toPage } from '../../platform/pagination';
import type { TListUsersQuery } from './schema';

/** The agency's users, newest first, keyset-paginated. */
export async function listUsers(tx: Executor, agencyId: string, query: TListUsersQuery) {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await tx
    .select()
    .from(users)
    .where(
      and(
        eq(users.agencyId, agencyId),
        query.status ? eq(users.status, query.status) : undefined,
        query.role ? eq(users.role, query.role) : undefined,
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
        afterCursorDesc(users.createdAt, users.id, query.cursor),
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
}

/** One user of the agency; another agency's user is simply not found. */
export const getUser = (tx: Executor, agencyId: string, id: string, options?: FindOptions) => findTenantRow(tx, users, agencyId, id, 'User', options);

export async function countActiveAdmins(tx: Executor, agencyId: string): Promise<number> {
  const [row] = await tx
    .select({ admins: count() })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.role, 'admin'), eq(users.status, 'active')));
  return row?.admins ?? 0;
}

/** Everyone of the agency who is not deactivated, by name (served by users_agency_name_idx). */
export async function listTeam(tx: Executor, agencyId: string) {
  return tx
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), ne(users.status, 'deactivated')))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
}
