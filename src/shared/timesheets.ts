/** Timesheets and expenses: the grid's states and the receipt limits. Shared by server and web. */

/** A week of an assignment in the timesheet grid: no sheet yet, or the sheet's approval state. */
export const GRID_STATES = ['missing', 'draft', 'submitted', 'approved', 'rejected'] as const;
export type GridState = (typeof GRID_STATES)[number];

/** The largest receipt accepted (5 MiB). */
export const RECEIPT_MAX_BYTES = 5 * 1024 * 1024;

/** Receipts are photos or PDFs, recognized by their content. */
export const RECEIPT_MEDIA_TYPES = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
