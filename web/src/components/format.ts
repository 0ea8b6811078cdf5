import { useMemo } from 'react';
import { useCurrentUser } from './current-user';

export type Formatters = {
  timeZone: string;
  dateTime: (iso: string | null | undefined, fallback?: string) => string;
  date: (iso: string | null | undefined, fallback?: string) => string;
};

/** Formats with Intl in the browser's locale and the user's time zone (their own, else the agency's). */
export function formattersFor(timeZone: string): Formatters {
  const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone });
  const safely = (format: Intl.DateTimeFormat) => (iso: string | null | undefined, fallback = '—') => {
    if (!iso) {
      return fallback;
    }
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? fallback : format.format(value);
  };
  return { timeZone, dateTime: safely(dateTimeFormat), date: safely(dateFormat) };
}

export function useFormat(): Formatters {
  const user = useCurrentUser();
  const timeZone = user.timeZone ?? user.agency.timeZone;
  return useMemo(() => formattersFor(timeZone), [timeZone]);
}
