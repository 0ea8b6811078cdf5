import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { type CsvColumn, allPages, csvStream } from '../../../src/platform/csv';

describe('csv export', () => {
  it('writes the header, then every batch, quoting what needs it and defusing formula cells', async () => {
    async function* batches(): AsyncGenerator<Row[]> {
      yield [{ name: 'Acme, Inc.', fee: 12.5 }];
      yield [];
      yield [{ name: '=cmd|"/c calc"!A1', fee: null }];
    }
    type Row = { name: string; fee: number | null };
    const columns: CsvColumn<Row>[] = [
      { header: 'name', value: (row) => row.name },
      { header: 'fee', value: (row) => row.fee },
    ];
    expect(await text(csvStream(columns, batches()))).toBe('name,fee\n"Acme, Inc.",12.5\n"\'=cmd|""/c calc""!A1",\n');
  });

  it('pages through a keyset list until it has no next cursor', async () => {
    const pages: Record<string, { data: number[]; nextCursor: string | null }> = { '': { data: [1, 2], nextCursor: 'b' }, b: { data: [3], nextCursor: null } };
    const seen: number[][] = [];
    for await (const batch of allPages(async (cursor) => pages[cursor ?? ''] ?? { data: [], nextCursor: null })) {
      seen.push(batch);
    }
    expect(seen).toEqual([[1, 2], [3]]);
  });
});
