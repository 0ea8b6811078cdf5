import { GRID_STATES, type GridState } from '../../../../src/shared/timesheets';
import { pickOption } from '../../components/options';

/** The approval queues: every submitted sheet, of any week, or only the escalated ones. */
export const TIMESHEET_QUEUES = ['submitted', 'escalated'] as const;
export type TimesheetQueue = (typeof TIMESHEET_QUEUES)[number];

/**
 * The timesheet page's address: a week of the grid filtered by state, or (with `queue`) an approval queue across all
 * weeks — so the back-office home can link each count to the list behind it.
 */
export type TimesheetsSearch = { week?: string; state?: GridState; queue?: TimesheetQueue };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export const validateTimesheetsSearch = (search: Record<string, unknown>): TimesheetsSearch => ({
  week: typeof search.week === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.week) ? search.week : undefined,
  state: pickOption(GRID_STATES, text(search.state)),
  queue: pickOption(TIMESHEET_QUEUES, text(search.queue)),
});
