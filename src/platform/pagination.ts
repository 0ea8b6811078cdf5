import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { LIMITS } from '../shared/limits';
import { AppError } from './errors';

export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  cursor: z.string().max(500).optional(),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export type Page<T> = { data: T[]; nextCursor: string | null };

type CursorValue = string | number;

/** Opaque cursor: the sort key and id of the last row of the previous page. */
export function encodeCursor(sortValue: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string' && (typeof parsed[0] === 'string' || typeof parsed[0] === 'number')) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('validation', 'cursor: not a cursor this list gave out', { fields: [{ path: 'cursor', message: 'not a cursor this list gave out' }] });
}

/**
 * Keyset condition for lists ordered by (sortColumn desc, id desc): rows strictly after the cursor.
 * Served by an index on (agency_id, sort column, id).
 */
export function afterCursorDesc(sortColumn: AnyPgColumn, idColumn: AnyPgColumn, cursor: string | undefined): SQL | undefined {
  if (!cursor) {
    return undefined;
  }
  const [sortValue, id] = decodeCursor(cursor);
  return sql`(${sortColumn}, ${idColumn}) < (${sortValue}, ${id})`;
}

/**
 * Keyset condition for lists ordered by (sort expression asc, id asc), e.g. `lower(name)`: rows strictly after the cursor.
 * Served by an index on (agency_id, sort expression, id).
 */
export function afterCursorAsc(sortExpression: AnyPgColumn | SQL, idColumn: AnyPgColumn, cursor: string | undefined): SQL | undefined {
  if (!cursor) {
    return undefined;
  }
  const [sortValue, id] = decodeCursor(cursor);
  return sql`(${sortExpression}, ${idColumn}) > (${sortValue}, ${id})`;
}

/** Takes `limit + 1` fetched rows and returns the page with the cursor of its last row. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => [CursorValue, string]): Page<T> {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  const last = data.at(-1);
  return { data, nextCursor: hasMore && last ? encodeCursor(...keyOf(last)) : null };
}
