import {
  type Icon,
  IconAddressBook,
  IconAlertTriangle,
  IconArrowsExchange,
  IconBuildingBank,
  IconBuildingSkyscraper,
  IconLayoutKanban,
  IconBriefcase,
  IconCalendarEvent,
  IconChecklist,
  IconClipboardList,
  IconClockHour4,
  IconFileInvoice,
  IconReportMoney,
  IconHistory,
  IconId,
  IconKey,
  IconLayoutDashboard,
  IconMail,
  IconSettings,
  IconStack2,
  IconUserCheck,
  IconUserSearch,
  IconUsers,
} from '@tabler/icons-react';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/roles';

/**
 * The navigation, in one typed table: the left menu, the command palette and the route guards all read it.
 * Only areas that exist are listed; a later area (the rest of the back office, Reports)
 * adds its entry here with the roles that may open it (PRODUCT.md, "What each staff role may do").
 */
export type AppPath = '/' | '/candidates' | '/pools' | '/organizations' | '/contacts' | '/deals' | '/placements' | '/back-office' | '/hiring' | '/assignments' | '/employees' | '/timesheets' | '/invoices' | '/payroll' | '/tasks' | '/interviews' | '/jobs' | '/admin/users' | '/admin/api-keys' | '/admin/outbox' | '/admin/audit' | '/admin/jobs' | '/admin/settings';

export type NavSection = 'main' | 'backOffice' | 'admin';

export type NavEntry = {
  id: string;
  label: string;
  to: AppPath;
  icon: Icon;
  section: NavSection;
  /** Who sees it (and may open the page). */
  roles: readonly StaffRole[];
  /** One line on what the page holds, for the desk and the command palette. */
  description: string;
};

const ADMINS: readonly StaffRole[] = ['admin'];
const ADMINS_AND_MANAGERS: readonly StaffRole[] = ['admin', 'manager'];
/** Who runs the pipeline (submissions, interviews, offers, placements): PRODUCT.md's front office. */
const FRONT_OFFICE: readonly StaffRole[] = ['admin', 'manager', 'recruiter', 'account_manager'];

export const NAV: readonly NavEntry[] = [
  { id: 'desk', label: 'Desk', to: '/', icon: IconLayoutDashboard, section: 'main', roles: STAFF_ROLES, description: 'Your start page' },
  { id: 'tasks', label: 'My tasks', to: '/tasks', icon: IconChecklist, section: 'main', roles: STAFF_ROLES, description: 'Your open tasks: overdue, today and upcoming' },
  { id: 'interviews', label: 'Interviews', to: '/interviews', icon: IconCalendarEvent, section: 'main', roles: FRONT_OFFICE, description: 'Your interviews week by week, with their calendar files' },
  { id: 'candidates', label: 'Candidates', to: '/candidates', icon: IconUserSearch, section: 'main', roles: STAFF_ROLES, description: 'People the agency places: skills, availability, owner and next action' },
  { id: 'pools', label: 'Talent pools', to: '/pools', icon: IconStack2, section: 'main', roles: STAFF_ROLES, description: 'Named lists of candidates, private or shared with the team' },
  { id: 'job-orders', label: 'Jobs', to: '/jobs', icon: IconBriefcase, section: 'main', roles: STAFF_ROLES, description: 'Job orders: intake, qualification, status and pipeline stages' },
  { id: 'organizations', label: 'Organizations', to: '/organizations', icon: IconBuildingSkyscraper, section: 'main', roles: STAFF_ROLES, description: 'Client companies, divisions and invoicing terms' },
  { id: 'contacts', label: 'Contacts', to: '/contacts', icon: IconAddressBook, section: 'main', roles: STAFF_ROLES, description: 'People at client organizations' },
  { id: 'deals', label: 'Deals', to: '/deals', icon: IconLayoutKanban, section: 'main', roles: STAFF_ROLES, description: 'Commercial opportunities by stage' },
  { id: 'placements', label: 'Placements', to: '/placements', icon: IconUserCheck, section: 'main', roles: STAFF_ROLES, description: 'Every placement: handoff, start, billing and follow-ups' },
  // Every staff role reads the back office (recruiters and account managers read; PRODUCT.md's role table).
  { id: 'back-office', label: 'Back office home', to: '/back-office', icon: IconBuildingBank, section: 'backOffice', roles: STAFF_ROLES, description: 'What the back office has to do: approvals, timesheets, billing, payroll' },
  // Every staff role reads hiring management (PRODUCT.md's role table); only the back office, managers and admins cancel from it.
  { id: 'hiring', label: 'Hiring management', to: '/hiring', icon: IconClipboardList, section: 'backOffice', roles: STAFF_ROLES, description: 'Candidates placed for the first time, with their pending placements' },
  { id: 'assignments', label: 'Assignments', to: '/assignments', icon: IconArrowsExchange, section: 'backOffice', roles: STAFF_ROLES, description: 'Assignments by status: approve, close, cancel, reactivate, extend, rates' },
  { id: 'employees', label: 'Employees', to: '/employees', icon: IconId, section: 'backOffice', roles: STAFF_ROLES, description: 'Employee records: active and terminated, documents checklist, history' },
  { id: 'timesheets', label: 'Timesheets', to: '/timesheets', icon: IconClockHour4, section: 'backOffice', roles: STAFF_ROLES, description: 'A week of timesheets at a glance: missing, submitted, approved; bulk approve' },
  { id: 'invoices', label: 'Invoices', to: '/invoices', icon: IconFileInvoice, section: 'backOffice', roles: STAFF_ROLES, description: 'Invoice runs, drafts, issued and paid invoices, PDFs' },
  { id: 'payroll', label: 'Payroll', to: '/payroll', icon: IconReportMoney, section: 'backOffice', roles: STAFF_ROLES, description: 'Approved hours at pay rates: preview, export CSV, export history' },
  { id: 'users', label: 'Users', to: '/admin/users', icon: IconUsers, section: 'admin', roles: ADMINS, description: 'Invite people, change roles, deactivate accounts' },
  { id: 'api-keys', label: 'API keys', to: '/admin/api-keys', icon: IconKey, section: 'admin', roles: ADMINS, description: 'Keys for integrations with the REST API' },
  { id: 'outbox', label: 'Outbox', to: '/admin/outbox', icon: IconMail, section: 'admin', roles: ADMINS, description: 'Every mail the agency sent or keeps' },
  { id: 'audit', label: 'Audit log', to: '/admin/audit', icon: IconHistory, section: 'admin', roles: ADMINS_AND_MANAGERS, description: 'Who changed what, and when' },
  { id: 'jobs', label: 'Background jobs', to: '/admin/jobs', icon: IconAlertTriangle, section: 'admin', roles: ADMINS, description: 'Failed background work, to run again' },
  { id: 'settings', label: 'Settings', to: '/admin/settings', icon: IconSettings, section: 'admin', roles: ADMINS_AND_MANAGERS, description: 'Time zone, working days, option lists, templates' },
];

export const SECTION_LABELS: Record<NavSection, string | null> = { main: null, backOffice: 'Back office', admin: 'Admin' };

export const canOpen = (entry: NavEntry, role: StaffRole): boolean => entry.roles.includes(role);

export const navFor = (role: StaffRole): NavEntry[] => NAV.filter((entry) => canOpen(entry, role));

/** The entry for a path; every page in the table is guarded by its roles. */
export function navEntry(id: string): NavEntry {
  const entry = NAV.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(`No navigation entry ${id}`);
  }
  return entry;
}
