import type { StaffRole } from '../../../../src/shared/roles';

/** Invoices and payroll are written by the back office, managers and admins (PRODUCT.md's role table); everyone else reads. */
export const canRunInvoices = (role: StaffRole): boolean => role === 'admin' || role === 'manager' || role === 'back_office';
