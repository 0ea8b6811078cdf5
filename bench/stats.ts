// Latency statistics shared by the bench scripts: percentiles of a sample set and a timing loop that
// stays within a time budget.

export type LatencySummary = { p50: number; p95: number; p99: number; mean: number; count: number };

type TimeRepeatedOptions = { iterations: number; warmup?: number; maxMs?: number };

// A budget may end the loop early, but a percentile of one or two samples says little.
const MIN_SAMPLES = 3;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Linear interpolation between the closest ranks (numpy's default), so p99 of 20 samples is not just the maximum. */
function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lowerValue = sorted[lower] ?? 0;
  const upperValue = sorted[upper] ?? lowerValue;
  return lowerValue + (upperValue - lowerValue) * (position - lower);
}

/** p50/p95/p99 and mean of latency samples in milliseconds, rounded to 0.01 ms. */
export function percentiles(samplesMs: number[]): LatencySummary {
  if (samplesMs.length === 0) {
    throw new Error('percentiles() needs at least one sample');
  }
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    p50: round2(quantile(sorted, 0.5)),
    p95: round2(quantile(sorted, 0.95)),
    p99: round2(quantile(sorted, 0.99)),
    mean: round2(total / sorted.length),
    count: sorted.length,
  };
}

/**
 * Runs `run` `warmup` times untimed (default 1: first-touch caches and plans), then up to `iterations` times timed
 * one by one with performance.now(). Stops early once the timed runs have used `maxMs`, after at least three samples.
 */
export async function timeRepeated(run: () => Promise<unknown>, options: TimeRepeatedOptions): Promise<LatencySummary> {
  const { iterations, warmup = 1, maxMs = Number.POSITIVE_INFINITY } = options;
  for (let i = 0; i < warmup; i += 1) {
    await run();
  }
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < Math.max(iterations, 1)) {
    const before = performance.now();
    await run();
    samples.push(performance.now() - before);
    const isOverBudget = performance.now() - started > maxMs;
    if (isOverBudget && samples.length >= Math.min(MIN_SAMPLES, iterations)) {
      break;
    }
  }
  return percentiles(samples);
}
