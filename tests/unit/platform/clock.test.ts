import { afterEach, describe, expect, it } from 'vitest';
import { advance, now, resetClock, setNow, startClockAt, today } from '../../../src/platform/clock';

afterEach(resetClock);

describe('clock', () => {
  it('"today" is the date in the agency\'s time zone, not the server\'s', () => {
    setNow('2026-11-23T23:30:00Z');
    expect(today('Europe/London')).toBe('2026-11-23');
    expect(today('Europe/Berlin')).toBe('2026-11-24');
    expect(today('America/Los_Angeles')).toBe('2026-11-23');
  });

  it('a frozen clock moves only when told', () => {
    setNow('2026-01-01T00:00:00Z');
    advance(90_000);
    expect(now().toISOString()).toBe('2026-01-01T00:01:30.000Z');
  });

  it('a clock started at an instant runs on from it (browser tests)', async () => {
    startClockAt('2030-05-05T12:00:00Z');
    const first = now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(now().getTime()).toBeGreaterThan(first);
    expect(now().toISOString().slice(0, 10)).toBe('2030-05-05');
  });
});
