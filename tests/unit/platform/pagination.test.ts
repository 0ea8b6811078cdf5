import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/platform/errors';
import { ZPageQuery, decodeCursor, encodeCursor, toPage } from '../../../src/platform/pagination';

describe('keyset pagination', () => {
  it('a cursor carries the last row\'s sort key and id, opaquely', () => {
    const cursor = encodeCursor('2026-11-23T10:00:00.000Z', '0190-id');
    expect(cursor).not.toContain('2026');
    expect(decodeCursor(cursor)).toEqual(['2026-11-23T10:00:00.000Z', '0190-id']);
  });

  it('a cursor it never gave out is a validation error on the cursor field', () => {
    for (const bad of ['garbage', encodeCursor('x', 'y').slice(2), Buffer.from('[1,2,3]').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });

  it('fetching limit + 1 rows tells whether there is a next page', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, at: n }));
    expect(toPage(rows, 2, (r) => [r.at, r.id])).toEqual({ data: rows.slice(0, 2), nextCursor: encodeCursor(2, 'id2') });
    expect(toPage(rows, 3, (r) => [r.at, r.id]).nextCursor).toBeNull();
  });

  it('limits pages to 1–200, 50 by default', () => {
    expect(ZPageQuery.parse({})).toEqual({ limit: 50 });
    expect(ZPageQuery.safeParse({ limit: '201' }).success).toBe(false);
    expect(ZPageQuery.safeParse({ limit: '0' }).success).toBe(false);
  });
});
