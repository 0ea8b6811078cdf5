/** The lists whose filters can be saved under a name; each keeps its filters in its address. */
export const SAVED_VIEW_LISTS = ['jobs', 'organizations', 'contacts', 'deals', 'candidates'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];
