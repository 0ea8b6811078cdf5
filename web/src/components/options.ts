import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';

/** The option of a fixed set a select returned, or undefined (no cast: the value is looked up). */
export function pickOption<T extends string>(options: readonly T[], value: string | null | undefined): T | undefined {
  return options.find((option) => option === value);
}

export const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export const pickRole = (value: string | null | undefined): StaffRole | undefined => pickOption(STAFF_ROLES, value);
