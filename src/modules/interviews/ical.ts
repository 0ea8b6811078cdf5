import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalLuxonDateTimeStub } from 'ical-generator';

export type IcsPerson = { name: string; email: string };

export type InterviewIcsInput = {
  method: 'request' | 'cancel';
  /** Stays the same for the interview's life, so calendars replace the event instead of adding another. */
  uid: string;
  /** Rises with every change sent; a calendar ignores anything older than what it holds. */
  sequence: number;
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: IcsPerson;
  attendees: IcsPerson[];
};

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** The VTIMEZONE describes the zone's offsets this long either side of the interview. */
const ZONE_WINDOW_MS = 366 * DAY_MS;

const wallFormats = new Map<string, Intl.DateTimeFormat>();
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const known = cache.get(timeZone);
  if (known) {
    return known;
  }
  const format = new Intl.DateTimeFormat('en-US', { timeZone, ...options });
  cache.set(timeZone, format);
  return format;
}

/** The wall-clock time of an instant in a zone as iCalendar writes it: 20261208T140000. */
function wallTime(instant: Date, timeZone: string): { date: string; time: string } {
  const format = cached(wallFormats, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}${parts.month}${parts.day}`, time: `${parts.hour}${parts.minute}${parts.second}` };
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const name = cached(offsetFormats, timeZone, { timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) {
    return 0;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
};

/**
 * An instant seen in a time zone, in the shape ical-generator formats zoned dates from (Luxon's DateTime): a plain
 * Date would be written in the server's own zone, not the interview's.
 */
function zonedInstant(instant: Date, timeZone: string): ICalLuxonDateTimeStub {
  return {
    isValid: true,
    zone: { type: 'iana' },
    setZone: (zone?: string) => zonedInstant(instant, zone ?? timeZone),
    toFormat: (format: string) => {
      const wall = wallTime(instant, timeZone);
      if (format === 'yyyyLLdd') {
        return wall.date;
      }
      if (format === 'HHmmss') {
        return wall.time;
      }
      throw new Error(`unexpected date format ${format}`);
    },
    toJSDate: () => new Date(instant.getTime()),
    toJSON: () => instant.toISOString(),
  };
}

type Observance = { at: Date; from: number; to: number };

/** The first instant in (low, high] whose offset differs from low's, to the minute. */
function transitionBetween(low: Date, high: Date, timeZone: string): Date {
  const before = offsetMinutes(low, timeZone);
  let [lo, hi] = [low.getTime(), high.getTime()];
  while (hi - lo > MINUTE_MS) {
    const middle = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutes(new Date(middle), timeZone) === before) {
      lo = middle;
    } else {
      hi = middle;
    }
  }
  return new Date(hi);
}

/** The zone's offsets and their changes around an instant, found with the runtime's own time zone data. */
function observancesAround(instant: Date, timeZone: string): Observance[] {
  const start = new Date(instant.getTime() - ZONE_WINDOW_MS);
  const first = offsetMinutes(start, timeZone);
  const observances: Observance[] = [{ at: start, from: first, to: first }];
  let previous = start;
  let previousOffset = first;
  for (let time = start.getTime() + DAY_MS; time <= instant.getTime() + ZONE_WINDOW_MS; time += DAY_MS) {
    const day = new Date(time);
    const offset = offsetMinutes(day, timeZone);
    if (offset !== previousOffset) {
      observances.push({ at: transitionBetween(previous, day, timeZone), from: previousOffset, to: offset });
      previousOffset = offset;
    }
    previous = day;
  }
  return observances;
}

/**
 * A VTIMEZONE for the zone, so calendar programs that do not know IANA names (Outlook) still place the interview
 * at the right time. Each observance starts at its local time in the offset it replaces (RFC 5545 3.6.5).
 */
export function vtimezone(timeZone: string, around: Date): string {
  const observances = observancesAround(around, timeZone);
  const standardOffset = Math.min(...observances.map((observance) => observance.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const observance of observances) {
    const kind = observance.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    const local = wallTime(new Date(observance.at.getTime() + observance.from * MINUTE_MS), 'UTC');
    lines.push(`BEGIN:${kind}`, `DTSTART:${local.date}T${local.time}`, `TZOFFSETFROM:${formatOffset(observance.from)}`, `TZOFFSETTO:${formatOffset(observance.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * The interview as an iCalendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL): one event with the
 * interview's stable UID and current SEQUENCE, its times in the interview's zone (TZID) with that zone described.
 */
export function buildInterviewIcs(input: InterviewIcsInput): string {
  const calendar = ical({
    prodId: { company: 'Fillrate', product: 'Fillrate', language: 'EN' },
    method: input.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // A generator without a calendar-wide zone: DTSTAMP stays in UTC and only the event's zone is described.
    timezone: { name: null, generator: (timeZone) => vtimezone(timeZone, input.startsAt) },
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: zonedInstant(input.startsAt, input.timeZone),
    end: zonedInstant(input.endsAt, input.timeZone),
    timezone: input.timeZone,
    summary: input.summary,
    description: input.description,
    location: input.location ?? input.url,
    url: input.url,
    status: input.method === 'cancel' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: input.attendees.map((attendee) => ({ name: attendee.name, email: attendee.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: true })),
  });
  return calendar.toString();
}
