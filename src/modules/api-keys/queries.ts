import { type SQL, and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiKeys, users } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { type TPageQuery, afterCursorDesc, toPage } from '../../platform/pagination';

/** API keys of the agency with the name of the user each acts as; the hash never leaves the database. */
function selectKeys(tx: Executor, agencyId: string, condition?: SQL) {
  return tx
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      userId: apiKeys.userId,
      userName: users.name,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(users, and(eq(users.agencyId, apiKeys.agencyId), eq(users.id, apiKeys.userId)))
    .where(and(eq(apiKeys.agencyId, agencyId), condition))
    .$dynamic();
}

export type ApiKeyRow = Awaited<ReturnType<typeof selectKeys>>[number];

/** Newest first, keyset-paginated. */
export async function listApiKeys(tx: Executor, agencyId: string, { limit, cursor }: TPageQuery) {
  const rows = await selectKeys(tx, agencyId, afterCursorDesc(apiKeys.createdAt, apiKeys.id, cursor))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => [row.createdAt.toISOString(), row.id]);
}

export async function getApiKey(tx: Executor, agencyId: string, id: string): Promise<ApiKeyRow> {
  const [row] = await selectKeys(tx, agencyId, eq(apiKeys.id, id));
  if (!row) {
    throw notFound('API key');
  }
  return row;
}
