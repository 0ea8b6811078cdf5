import type {} from 'fastify';
import { STAFF_ROLES, type StaffRole } from '../../shared/roles';

/**
 * Who may call a route. Every route declares one in `config.access`; the guard refuses routes without it.
 * `public` routes need no actor; `roles` routes need a staff actor with one of the roles.
 */
export type Access = { kind: 'public' } | { kind: 'roles'; roles: readonly StaffRole[] };

export const access = {
  public: { kind: 'public' } satisfies Access,
  staff: { kind: 'roles', roles: STAFF_ROLES } satisfies Access,
  roles: (...roles: StaffRole[]): Access => ({ kind: 'roles', roles }),
};

/** Role sets named after PRODUCT.md's table ("Who uses it"). */
export const ROLE_SETS = {
  admins: ['admin'],
  auditReaders: ['admin', 'manager'],
  settingsEditors: ['admin', 'manager'],
  /** Organizations, contacts, deals and job orders (intake, qualify, status). */
  clientWriters: ['admin', 'manager', 'account_manager'],
  /** Candidates, activities, tasks, pipelines: everyone but the back office. */
  frontOffice: ['admin', 'manager', 'recruiter', 'account_manager'],
  /** Hiring management, assignments, employees, timesheets, invoices, payroll; B3, B5–B12. */
  backOffice: ['admin', 'manager', 'back_office'],
} as const satisfies Record<string, readonly StaffRole[]>;

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting a library's interface
  interface FastifyContextConfig {
    access?: Access;
  }
}
