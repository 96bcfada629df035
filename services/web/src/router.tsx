import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from './auth/require-session';
import { AppShellLayout } from './ui/app-shell-layout';

/** Each area is its own chunk: the portal's first load carries no agent, chart or form code it does not show. */
export const router = createBrowserRouter([
  { path: '/', element: <Navigate to="/login" replace /> },
  { path: '/login', lazy: async () => ({ Component: (await import('./auth/login-page')).LoginPage }) },
  { path: '/login/callback', lazy: async () => ({ Component: (await import('./auth/login-callback')).LoginCallback }) },
  {
    element: (
      <RequireSession>
        <AppShellLayout />
      </RequireSession>
    ),
    children: [
      { path: '/portal', lazy: async () => ({ Component: (await import('./portal/portal-page')).PortalPage }) },
      { path: '/portal/tickets/:reference', lazy: async () => ({ Component: (await import('./portal/my-ticket-page')).MyTicketPage }) },
      { path: '/agent', lazy: async () => ({ Component: (await import('./agent/queue-page')).QueuePage }) },
      { path: '/agent/tickets/:reference', lazy: async () => ({ Component: (await import('./agent/ticket-page')).TicketPage }) },
      { path: '/agent/requests/:reference', lazy: async () => ({ Component: (await import('./agent/request-page')).RequestPage }) },
      { path: '/agent/problems', lazy: async () => ({ Component: (await import('./problems/problems-page')).ProblemsPage }) },
      { path: '/agent/problems/:reference', lazy: async () => ({ Component: (await import('./problems/problem-page')).ProblemPage }) },
      { path: '/agent/knowledge', lazy: async () => ({ Component: (await import('./knowledge/knowledge-page')).KnowledgePage }) },
      { path: '/agent/knowledge/new', lazy: async () => ({ Component: (await import('./knowledge/new-article-page')).NewArticlePage }) },
      { path: '/agent/knowledge/:reference', lazy: async () => ({ Component: (await import('./knowledge/article-page')).ArticlePage }) },
      { path: '/analytics', lazy: async () => ({ Component: (await import('./analytics/analytics-page')).AnalyticsPage }) },
    ],
  },
  { path: '*', lazy: async () => ({ Component: (await import('./ui/not-found-page')).NotFoundPage }) },
]);
