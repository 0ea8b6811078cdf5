/**
 * The one source of time. Business code asks `now()` / `today(tz)`, never `new Date()`,
 * so tests (and browser tests through FILLRATE_FAKE_NOW) can fix or move it.
 */
let fixed: Date | undefined;
let offsetMs = 0;

export function now(): Date {
  return fixed ? new Date(fixed.getTime()) : new Date(Date.now() + offsetMs);
}

/** Freezes the clock at an instant (tests). */
export function setNow(instant: Date | string): void {
  fixed = new Date(instant);
}

/** Lets time run from the given instant on (browser tests: FILLRATE_FAKE_NOW). */
export function startClockAt(instant: Date | string): void {
  fixed = undefined;
  offsetMs = new Date(instant).getTime() - Date.now();
}

export function advance(ms: number): void {
  if (fixed) {
    fixed = new Date(fixed.getTime() + ms);
  } else {
    offsetMs += ms;
  }
}

export function resetClock(): void {
  fixed = undefined;
  offsetMs = 0;
}

/** The calendar date (YYYY-MM-DD) of the current instant in an IANA time zone. */
export function today(timeZone: string): string {
  return dateInZone(now(), timeZone);
}

export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  return parts;
}
