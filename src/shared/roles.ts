/** Staff roles, in the order the UI lists them. Shared by server and web. */
export const STAFF_ROLES = ['admin', 'manager', 'recruiter', 'account_manager', 'back_office'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: 'Admin',
  manager: 'Manager',
  recruiter: 'Recruiter',
  account_manager: 'Account manager',
  back_office: 'Back office',
};
