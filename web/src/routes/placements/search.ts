import { EMPLOYMENT_TYPES } from '../../../../src/shared/jobs';
import { PLACEMENT_STATUSES } from '../../../../src/shared/pipeline';

/** The placements overview's filters, kept in the address so a filtered list can be linked to and survives a reload. */
export type PlacementsSearch = {
  status?: (typeof PLACEMENT_STATUSES)[number];
  ownerId?: string;
  organizationId?: string;
  employmentType?: (typeof EMPLOYMENT_TYPES)[number];
  startFrom?: string;
  startTo?: string;
};

/** A placement page opened in edit mode: the edit form, or for a cancelled placement the reactivation form (B4). */
export type PlacementSearch = { edit?: true };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const one = <T extends string>(values: readonly T[], value: unknown): T | undefined => values.find((candidate) => candidate === value);
const id = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const date = (value: unknown): string | undefined => (typeof value === 'string' && DATE.test(value) ? value : undefined);

export const validatePlacementsSearch = (search: Record<string, unknown>): PlacementsSearch => ({
  status: one(PLACEMENT_STATUSES, search.status),
  ownerId: id(search.ownerId),
  organizationId: id(search.organizationId),
  employmentType: one(EMPLOYMENT_TYPES, search.employmentType),
  startFrom: date(search.startFrom),
  startTo: date(search.startTo),
});

export const validatePlacementSearch = (search: Record<string, unknown>): PlacementSearch => ({ edit: search.edit === true || search.edit === 'true' || search.edit === '1' ? true : undefined });
