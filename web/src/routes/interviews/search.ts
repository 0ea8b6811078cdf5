/** The calendar's week (its Monday, YYYY-MM-DD) and whose calendar, kept in the address so a week can be linked to. */
export type InterviewsSearch = { week?: string; userId?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const validateInterviewsSearch = (search: Record<string, unknown>): InterviewsSearch => ({
  week: typeof search.week === 'string' && DAY.test(search.week) && !Number.isNaN(Date.parse(search.week)) ? search.week : undefined,
  userId: typeof search.userId === 'string' && UUID.test(search.userId) ? search.userId : undefined,
});

/** A calendar date moved by some days (dates are read as UTC days: no clock change moves them). */
export function addDays(date: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Monday of the week a date falls in. */
export function mondayOf(date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
