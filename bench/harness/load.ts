import autocannon from 'autocannon';

export type Target = { name: string; method?: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> };
export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; rssMb: number };

/**
 * Drives one target over loopback with autocannon, bounded by both a request count and a duration so it always
 * stops by itself. Latencies in ms: autocannon reports p90 and p97.5, so p95 is interpolated between them.
 */
export async function drive(base: string, target: Target, options: { connections: number; seconds: number; maxRequests: number; rssMb: () => number }): Promise<LoadResult> {
  const result = await autocannon({
    url: `${base}${target.path}`,
    method: target.method ?? 'GET',
    body: target.body,
    headers: { ...(target.body ? { 'content-type': 'application/json' } : {}), ...target.headers },
    connections: options.connections,
    duration: options.seconds,
    maxOverallRequests: options.maxRequests,
  });
  const latency = result.latency as unknown as Record<string, number>;
  const p90 = latency.p90 ?? 0;
  const p95 = p90 + ((latency.p97_5 ?? p90) - p90) * (5 / 7.5);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: latency.p50 ?? 0,
    p95: Math.round(p95 * 10) / 10,
    p99: latency.p99 ?? 0,
    errors: result.errors + result.non2xx + result.timeouts,
    rssMb: options.rssMb(),
  };
}
