// Code-based routes: public pages (setup, sign-in, invitations) and the signed-in shell with its pages.
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { AuditLogPage } from '../features/audit-log/AuditLogPage';
import { parseAuditSearch } from '../features/audit-log/api';
import { LinkSignInPage } from '../features/auth/LinkSignInPage';
import { SignInPage } from '../features/auth/SignInPage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { CriterionPage } from '../features/catalog/CriterionPage';
import { ControlDetailPage } from '../features/controls/ControlDetailPage';
import { ControlsPage } from '../features/controls/ControlsPage';
import { parseControlsSearch } from '../features/controls/filters';
import { JobsPage } from '../features/jobs/JobsPage';
import { InvitePage } from '../features/orgs/InvitePage';
import { MembersPage } from '../features/orgs/MembersPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ReadinessPage } from '../features/readiness/ReadinessPage';
import { ScopePage } from '../features/scope/ScopePage';
import { SetupPage } from '../features/setup/SetupPage';
import { SsoSettingsPage } from '../features/sso/SsoSettingsPage';
import { parseTasksSearch } from '../features/tasks/api';
import { TaskDetailPage } from '../features/tasks/TaskDetailPage';
import { TasksPage } from '../features/tasks/TasksPage';
import { TokensPage } from '../features/tokens/TokensPage';
import { NotFound } from './NotFound';
import { SignedInLayout } from './shell/SignedInLayout';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  validateSearch: (s: Record<string, unknown>) => ({ token: str(s.token) }),
  component: function SetupRoute() {
    return <SetupPage token={setupRoute.useSearch().token ?? ''} />;
  },
});

const signinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin',
  validateSearch: (s: Record<string, unknown>) => ({ next: str(s.next), error: str(s.error) }),
  component: function SignInRoute() {
    const { next, error } = signinRoute.useSearch();
    return <SignInPage next={next} error={error} />;
  },
});

const signinLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin/link',
  validateSearch: (s: Record<string, unknown>) => ({ token: str(s.token) }),
  component: function SignInLinkRoute() {
    return <LinkSignInPage token={signinLinkRoute.useSearch().token ?? ''} />;
  },
});

const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invite',
  validateSearch: (s: Record<string, unknown>) => ({ token: str(s.token) }),
  component: function InviteRoute() {
    return <InvitePage token={inviteRoute.useSearch().token ?? ''} />;
  },
});

const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: SignedInLayout });

const overviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: OverviewPage });
const membersRoute = createRoute({ getParentRoute: () => appRoute, path: '/members', component: MembersPage });
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit-log',
  validateSearch: parseAuditSearch,
  component: function AuditRoute() {
    const navigate = auditRoute.useNavigate();
    return <AuditLogPage search={auditRoute.useSearch()} onSearch={(search) => navigate({ search, replace: true })} />;
  },
});
const tokensRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings/api-tokens', component: TokensPage });
const ssoRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings/sso', component: SsoSettingsPage });
const jobsRoute = createRoute({ getParentRoute: () => appRoute, path: '/settings/jobs', component: JobsPage });

// The compliance program: readiness, scope, controls, tasks and the catalog.
const readinessRoute = createRoute({ getParentRoute: () => appRoute, path: '/readiness', component: ReadinessPage });
const scopeRoute = createRoute({ getParentRoute: () => appRoute, path: '/scope', component: ScopePage });
const controlsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/controls',
  validateSearch: parseControlsSearch,
  component: function ControlsRoute() {
    const navigate = controlsRoute.useNavigate();
    return <ControlsPage search={controlsRoute.useSearch()} onSearch={(search) => navigate({ search, replace: true })} />;
  },
});
const controlRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/controls/$controlId',
  component: function ControlRoute() {
    const { controlId } = controlRoute.useParams();
    return <ControlDetailPage key={controlId} controlId={controlId} />;
  },
});
const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tasks',
  validateSearch: parseTasksSearch,
  component: function TasksRoute() {
    const navigate = tasksRoute.useNavigate();
    return <TasksPage search={tasksRoute.useSearch()} onSearch={(search) => navigate({ search, replace: true })} />;
  },
});
const taskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tasks/$taskId',
  component: function TaskRoute() {
    const { taskId } = taskRoute.useParams();
    return <TaskDetailPage key={taskId} taskId={taskId} />;
  },
});
const catalogRoute = createRoute({ getParentRoute: () => appRoute, path: '/catalog', component: CatalogPage });
const criterionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/catalog/criteria/$criterionId',
  component: function CriterionRoute() {
    const { criterionId } = criterionRoute.useParams();
    return <CriterionPage key={criterionId} criterionId={criterionId} />;
  },
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  signinRoute,
  signinLinkRoute,
  inviteRoute,
  appRoute.addChildren([
    overviewRoute,
    readinessRoute,
    scopeRoute,
    controlsRoute,
    controlRoute,
    tasksRoute,
    taskRoute,
    catalogRoute,
    criterionRoute,
    membersRoute,
    auditRoute,
    tokensRoute,
    ssoRoute,
    jobsRoute,
  ]),
]);

/** The router of the SPA; the query client rides along in the route context. */
export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
