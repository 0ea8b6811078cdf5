import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type InterviewIcsInput, buildInterviewIcs } from '../../../src/modules/interviews/ical';

const BASE: InterviewIcsInput = {
  method: 'request',
  uid: '01900000-0000-7000-8000-000000000001@fillrate',
  sequence: 0,
  stamp: new Date('2030-01-02T09:00:00Z'),
  startsAt: new Date('2030-06-10T13:00:00Z'),
  endsAt: new Date('2030-06-10T14:00:00Z'),
  timeZone: 'Europe/London',
  summary: 'Interview: Alex Morgan for Forklift team lead (Acme)',
  description: 'Video interview.',
  location: null,
  url: 'https://meet.example/abc',
  organizer: { name: 'Sam Recruiter', email: 'sam@agency.example' },
  attendees: [
    { name: 'Priya Shah', email: 'priya@client.example' },
    { name: 'Alex Morgan', email: 'alex@mail.example' },
  ],
};

/** Parses an .ics as calendar programs do, registering its VTIMEZONE so zoned times resolve to instants. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) {
    throw new Error('no VEVENT');
  }
  const parsed = new ICAL.Event(event);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: parsed.uid,
    sequence: parsed.sequence,
    status: event.getFirstPropertyValue('status'),
    tzid: event.getFirstProperty('dtstart')?.getParameter('tzid'),
    wallStart: event.getFirstProperty('dtstart')?.toICALString(),
    start: parsed.startDate.toJSDate().toISOString(),
    end: parsed.endDate.toJSDate().toISOString(),
    organizer: event.getFirstPropertyValue('organizer'),
    attendees: event.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue())),
    stamp: event.getFirstProperty('dtstamp')?.toICALString(),
  };
}

describe('interview .ics', () => {
  it('is a METHOD:REQUEST invitation with the stable UID, SEQUENCE, organizer, attendees and DTSTART in the interview zone', () => {
    const parsed = parse(buildInterviewIcs(BASE));
    expect(parsed).toMatchObject({
      method: 'REQUEST',
      uid: BASE.uid,
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'Europe/London',
      wallStart: 'DTSTART;TZID=Europe/London:20300610T140000',
      start: '2030-06-10T13:00:00.000Z',
      end: '2030-06-10T14:00:00.000Z',
      organizer: 'mailto:sam@agency.example',
      stamp: 'DTSTAMP:20300102T090000Z',
    });
    expect(parsed.attendees.map((value) => value.toLowerCase())).toEqual(['mailto:priya@client.example', 'mailto:alex@mail.example']);
  });

  it('a cancellation is METHOD:CANCEL with the same UID, its higher SEQUENCE and status CANCELLED', () => {
    const parsed = parse(buildInterviewIcs({ ...BASE, method: 'cancel', sequence: 2 }));
    expect(parsed).toMatchObject({ method: 'CANCEL', uid: BASE.uid, sequence: 2, status: 'CANCELLED' });
  });

  it.each([
    ['America/New_York', '2030-12-03T15:30:00Z', '20301203T103000'],
    ['America/New_York', '2030-07-03T15:30:00Z', '20300703T113000'],
    ['Asia/Kolkata', '2030-07-03T04:00:00Z', '20300703T093000'],
    ['Australia/Sydney', '2030-01-15T23:00:00Z', '20300116T100000'],
    ['Europe/London', '2030-03-31T00:30:00Z', '20300331T003000'],
    ['Europe/London', '2030-03-31T01:30:00Z', '20300331T023000'],
  ])('in %s the instant %s is written as local time %s and read back as the same instant', (timeZone, instant, wall) => {
    const startsAt = new Date(instant);
    const parsed = parse(buildInterviewIcs({ ...BASE, timeZone, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) }));
    expect(parsed.wallStart).toBe(`DTSTART;TZID=${timeZone}:${wall}`);
    expect(parsed.start).toBe(startsAt.toISOString());
  });
});
