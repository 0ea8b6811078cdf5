/**
 * Wall-clock times in a named time zone, with Intl only: what a person types ("2026-03-10 17:00" where they are)
 * becomes an instant, and an instant becomes the date and time they would read.
 */

function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** `2026-03-10` and `17:00` in `timeZone` → ISO instant. */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetMs(new Date(wall), timeZone);
  // Near a clock change the offset at the result may differ from the one at the guess.
  return new Date(wall - offsetMs(new Date(first), timeZone)).toISOString();
}

/** The calendar date (YYYY-MM-DD) of an instant in `timeZone`. */
export function dateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The time (HH:MM) of an instant in `timeZone`. */
export function timeIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** An all-day task is sent as noon UTC of its date, which is that same date in every zone from UTC−11 to UTC+11. */
export const allDayInstant = (date: string): string => `${date}T12:00:00.000Z`;

/** How a task's due time reads: the date alone for all-day tasks. */
export function formatDue(task: { dueAt: string; allDay: boolean }, timeZone: string): string {
  const due = new Date(task.dueAt);
  if (task.allDay) {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(due);
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(due);
}
