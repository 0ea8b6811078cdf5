import type { QueryClient } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { Me } from './api/types';
import { cursorListOptions } from './api/pages';
import { sessionQuery } from './api/session';
import { AppLayout } from './components/app-layout';
import { ListSkeleton } from './components/page';
import { RouteError, NotFound } from './components/route-states';
import { canOpen, navEntry } from './nav';
import { apiKeyKeys, fetchApiKeys } from './routes/admin/api-keys/queries';
import { fetchOutbox, outboxKeys } from './routes/admin/outbox/queries';
import { fetchSettings, settingsKeys } from './routes/admin/settings/queries';
import { SETTINGS_TABS, type SettingsTab } from './routes/admin/settings/tabs';
import { fetchUsers, userKeys } from './routes/admin/users/queries';
import { LoginPage } from './routes/auth/login-page';
import { canWriteCandidates } from './routes/candidates/roles';
import { validateJobSearch, validateJobsSearch, validateNewJobSearch } from './routes/jobs/search';
import { validateInterviewsSearch } from './routes/interviews/search';
import { validatePlacementSearch, validatePlacementsSearch } from './routes/placements/search';
import { validateAssignmentsSearch } from './routes/assignments/search';
import { validateEmployeesSearch } from './routes/employees/search';
import { validateInvoicesSearch } from './routes/invoices/search';
import { validateTimesheetsSearch } from './routes/timesheets/search';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet, notFoundComponent: NotFound });

type LoginSearch = { redirect?: string };
/** Only a path of this app (never another site) is a place to return to after signing in. */
const safeRedirect = (value: unknown): string | undefined => (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : undefined);

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({ redirect: safeRedirect(search.redirect) }),
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(sessionQuery)) {
      throw redirect({ to: '/' });
    }
  },
  component: LoginPage,
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invitations/$token',
  component: lazyRouteComponent(() => import('./routes/auth/accept-invitation-page'), 'AcceptInvitationPage'),
});

/** Everything behind sign-in. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ user: Me }> => {
    const user = await context.queryClient.ensureQueryData(sessionQuery);
    if (!user) {
      throw redirect({ to: '/login', search: { redirect: location.href === '/' ? undefined : location.href } });
    }
    return { user };
  },
  component: AppLayout,
});

/** A page listed in the navigation table opens only for the roles the table names. */
const guardedBy = (id: string) => ({
  beforeLoad: ({ context }: { context: { user: Me } }) => {
    if (!canOpen(navEntry(id), context.user.role)) {
      throw redirect({ to: '/' });
    }
  },
});

const deskRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: lazyRouteComponent(() => import('./routes/desk/desk-page'), 'DeskPage') });

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'tasks',
  ...guardedBy('tasks'),
  component: lazyRouteComponent(() => import('./routes/tasks/my-tasks-page'), 'MyTasksPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('./routes/account/account-page'), 'AccountPage'),
});

const flag = (value: unknown): true | undefined => (value === true || value === 'true' || value === '1' ? true : undefined);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export type UsersSearch = { invite?: true };
const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/users',
  ...guardedBy('users'),
  validateSearch: (search: Record<string, unknown>): UsersSearch => ({ invite: flag(search.invite) }),
  // Loaders start the first request while the page's code loads (and on hover); they never wait for it.
  loader: ({ context }) => void context.queryClient.prefetchInfiniteQuery(cursorListOptions(userKeys.list({}), (cursor) => fetchUsers({}, cursor))),
  component: lazyRouteComponent(() => import('./routes/admin/users/users-page'), 'UsersPage'),
});

export type ApiKeysSearch = { create?: true };
const apiKeysRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/api-keys',
  ...guardedBy('api-keys'),
  validateSearch: (search: Record<string, unknown>): ApiKeysSearch => ({ create: flag(search.create) }),
  loader: ({ context }) => void context.queryClient.prefetchInfiniteQuery(cursorListOptions(apiKeyKeys.all, fetchApiKeys)),
  component: lazyRouteComponent(() => import('./routes/admin/api-keys/api-keys-page'), 'ApiKeysPage'),
});

const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/outbox',
  ...guardedBy('outbox'),
  loader: ({ context }) => void context.queryClient.prefetchInfiniteQuery(cursorListOptions(outboxKeys.all, fetchOutbox)),
  component: lazyRouteComponent(() => import('./routes/admin/outbox/outbox-page'), 'OutboxPage'),
});

export type AuditSearch = { entity?: string; entityId?: string };
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/audit',
  ...guardedBy('audit'),
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({ entity: text(search.entity), entityId: text(search.entityId) }),
  component: lazyRouteComponent(() => import('./routes/admin/audit/audit-page'), 'AuditPage'),
});

const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/jobs',
  ...guardedBy('jobs'),
  component: lazyRouteComponent(() => import('./routes/admin/jobs/jobs-page'), 'JobsPage'),
});

const jobOrdersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'jobs',
  ...guardedBy('job-orders'),
  validateSearch: validateJobsSearch,
  component: lazyRouteComponent(() => import('./routes/jobs/jobs-page'), 'JobsPage'),
});

const newJobRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'jobs/new',
  ...guardedBy('job-orders'),
  validateSearch: validateNewJobSearch,
  component: lazyRouteComponent(() => import('./routes/jobs/new-job-page'), 'NewJobPage'),
});

const jobRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'jobs/$id',
  ...guardedBy('job-orders'),
  validateSearch: validateJobSearch,
  component: lazyRouteComponent(() => import('./routes/jobs/job-page'), 'JobPage'),
});

const editJobRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'jobs/$id/edit',
  ...guardedBy('job-orders'),
  component: lazyRouteComponent(() => import('./routes/jobs/edit-job-page'), 'EditJobPage'),
});

const candidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'candidates',
  ...guardedBy('candidates'),
  component: lazyRouteComponent(() => import('./routes/candidates/candidates-page'), 'CandidatesPage'),
});

const newCandidateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'candidates/new',
  beforeLoad: ({ context }) => {
    if (!canWriteCandidates(context.user.role)) {
      throw redirect({ to: '/candidates' });
    }
  },
  component: lazyRouteComponent(() => import('./routes/candidates/new-candidate-page'), 'NewCandidatePage'),
});

const candidateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'candidates/$candidateId',
  ...guardedBy('candidates'),
  component: lazyRouteComponent(() => import('./routes/candidates/candidate-page'), 'CandidatePage'),
});

const poolsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'pools',
  ...guardedBy('pools'),
  component: lazyRouteComponent(() => import('./routes/pools/pools-page'), 'PoolsPage'),
});

const poolRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'pools/$poolId',
  ...guardedBy('pools'),
  component: lazyRouteComponent(() => import('./routes/pools/pool-page'), 'PoolPage'),
});

const organizationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'organizations',
  ...guardedBy('organizations'),
  component: lazyRouteComponent(() => import('./routes/clients/organizations-page'), 'OrganizationsPage'),
});

const organizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'organizations/$organizationId',
  ...guardedBy('organizations'),
  component: lazyRouteComponent(() => import('./routes/clients/organization-page'), 'OrganizationPage'),
});

const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'contacts',
  ...guardedBy('contacts'),
  component: lazyRouteComponent(() => import('./routes/clients/contacts-page'), 'ContactsPage'),
});

const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'contacts/$contactId',
  ...guardedBy('contacts'),
  component: lazyRouteComponent(() => import('./routes/clients/contact-page'), 'ContactPage'),
});

const dealsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'deals',
  ...guardedBy('deals'),
  component: lazyRouteComponent(() => import('./routes/clients/deals-board-page'), 'DealsBoardPage'),
});

const dealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'deals/$dealId',
  ...guardedBy('deals'),
  component: lazyRouteComponent(() => import('./routes/clients/deal-page'), 'DealPage'),
});

const placementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'placements',
  ...guardedBy('placements'),
  validateSearch: validatePlacementsSearch,
  component: lazyRouteComponent(() => import('./routes/placements/placements-page'), 'PlacementsPage'),
});

const placementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'placements/$id',
  ...guardedBy('placements'),
  validateSearch: validatePlacementSearch,
  component: lazyRouteComponent(() => import('./routes/placements/placement-page'), 'PlacementPage'),
});

const interviewsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'interviews',
  ...guardedBy('interviews'),
  validateSearch: validateInterviewsSearch,
  component: lazyRouteComponent(() => import('./routes/interviews/interviews-page'), 'InterviewsPage'),
});

const hiringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'hiring',
  ...guardedBy('hiring'),
  component: lazyRouteComponent(() => import('./routes/placements/hiring-page'), 'HiringPage'),
});

const backOfficeHomeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'back-office',
  ...guardedBy('back-office'),
  component: lazyRouteComponent(() => import('./routes/back-office/back-office-home'), 'BackOfficeHomePage'),
});

const assignmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assignments',
  ...guardedBy('assignments'),
  validateSearch: validateAssignmentsSearch,
  component: lazyRouteComponent(() => import('./routes/assignments/assignments-page'), 'AssignmentsPage'),
});

const assignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assignments/$id',
  ...guardedBy('assignments'),
  component: lazyRouteComponent(() => import('./routes/assignments/assignment-page'), 'AssignmentPage'),
});

const employeesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'employees',
  ...guardedBy('employees'),
  validateSearch: validateEmployeesSearch,
  component: lazyRouteComponent(() => import('./routes/employees/employees-page'), 'EmployeesPage'),
});

const employeeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'employees/$id',
  ...guardedBy('employees'),
  component: lazyRouteComponent(() => import('./routes/employees/employee-page'), 'EmployeePage'),
});

export type { TimesheetsSearch } from './routes/timesheets/search';
const timesheetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'timesheets',
  ...guardedBy('timesheets'),
  validateSearch: validateTimesheetsSearch,
  component: lazyRouteComponent(() => import('./routes/timesheets/timesheets-page'), 'TimesheetsPage'),
});

const timesheetWeekRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'timesheets/$assignmentId/$weekStart',
  ...guardedBy('timesheets'),
  component: lazyRouteComponent(() => import('./routes/timesheets/timesheet-week-page'), 'TimesheetWeekPage'),
});

export type SettingsSearch = { tab?: SettingsTab };
const isSettingsTab = (value: unknown): value is SettingsTab => SETTINGS_TABS.some((tab) => tab === value);
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/settings',
  ...guardedBy('settings'),
  validateSearch: (search: Record<string, unknown>): SettingsSearch => ({ tab: isSettingsTab(search.tab) ? search.tab : undefined }),
  loader: ({ context }) => void context.queryClient.prefetchQuery({ queryKey: settingsKeys.settings, queryFn: fetchSettings }),
  component: lazyRouteComponent(() => import('./routes/admin/settings/settings-page'), 'SettingsPage'),
});

const invoicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'invoices',
  ...guardedBy('invoices'),
  validateSearch: validateInvoicesSearch,
  component: lazyRouteComponent(() => import('./routes/invoices/invoices-page'), 'InvoicesPage'),
});

const invoiceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'invoices/$id',
  ...guardedBy('invoices'),
  component: lazyRouteComponent(() => import('./routes/invoices/invoice-page'), 'InvoicePage'),
});

const payrollRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'payroll',
  ...guardedBy('payroll'),
  component: lazyRouteComponent(() => import('./routes/payroll/payroll-page'), 'PayrollPage'),
});

/** /admin opens the first admin page the user may use. */
const adminIndexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin',
  beforeLoad: ({ context }) => {
    throw redirect({ to: context.user.role === 'admin' ? '/admin/users' : '/admin/settings' });
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  invitationRoute,
  appRoute.addChildren([deskRoute, tasksRoute, accountRoute, adminIndexRoute, usersRoute, apiKeysRoute, outboxRoute, auditRoute, jobsRoute, settingsRoute, candidatesRoute, newCandidateRoute, candidateRoute, poolsRoute, poolRoute, organizationsRoute, organizationRoute, contactsRoute, contactRoute, dealsRoute, dealRoute, jobOrdersRoute, newJobRoute, jobRoute, editJobRoute, placementsRoute, placementRoute, hiringRoute, interviewsRoute, backOfficeHomeRoute, assignmentsRoute, assignmentRoute, employeesRoute, employeeRoute, timesheetsRoute, timesheetWeekRoute, invoicesRoute, invoiceRoute, payrollRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: () => <ListSkeleton />,
    defaultPendingMs: 200,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  // Module augmentation needs an interface: this is how the router learns its routes for typed links.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
