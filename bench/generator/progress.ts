import { getTableName } from 'drizzle-orm';
import type { BulkWriter } from './bulk';

/**
 * Wraps a writer to count rows per table and show progress with rows/s (on one line when stdout is a terminal),
 * and returns the counts for the result file.
 */
export function withProgress(writer: BulkWriter, log: (line: string) => void = defaultLog): { writer: BulkWriter; counts: Record<string, number>; finish(): { rows: number; seconds: number } } {
  const counts: Record<string, number> = {};
  const started = performance.now();
  let total = 0;
  let shownAt = 0;
  return {
    counts,
    writer: {
      async insert(table, rows) {
        await writer.insert(table, rows);
        const name = getTableName(table);
        counts[name] = (counts[name] ?? 0) + rows.length;
        total += rows.length;
        const elapsed = performance.now() - started;
        if (elapsed - shownAt > 1_000) {
          shownAt = elapsed;
          log(`${name.padEnd(26)} ${String(counts[name]).padStart(9)} rows · total ${total} · ${Math.round(total / (elapsed / 1000))} rows/s`);
        }
      },
      close: () => writer.close(),
    },
    finish: () => ({ rows: total, seconds: (performance.now() - started) / 1000 }),
  };
}

function defaultLog(line: string) {
  if (process.stdout.isTTY) {
    process.stdout.write(`\r${line.slice(0, (process.stdout.columns ?? 120) - 1).padEnd((process.stdout.columns ?? 120) - 1)}`);
  } else {
    console.log(line);
  }
}
