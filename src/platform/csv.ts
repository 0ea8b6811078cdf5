import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };

// A cell a spreadsheet would read as a formula is prefixed, so an exported name like "=HYPERLINK(…)" stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV download built batch by batch (keyset pages of the list's own query), so an export of every row
 * never holds the whole list in memory. The header row comes first even when there are no rows.
 */
export function csvStream<T>(columns: readonly CsvColumn<T>[], batches: AsyncIterable<T[]>): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield stringify([columns.map((column) => column.header)]);
    for await (const batch of batches) {
      if (batch.length > 0) {
        yield stringify(batch.map((row) => columns.map((column) => cell(column.value(row)))));
      }
    }
  }
  return Readable.from(lines());
}

/** Sends the stream as a download named `organizations-2026-11-05.csv`; Fastify pipes streams without serializing them. */
export function sendCsv(reply: FastifyReply, name: string, date: string, stream: Readable): FastifyReply {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}-${date}.csv"`).send(stream);
}

/** Pages through a keyset list until the last page, for exports. */
export async function* allPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
