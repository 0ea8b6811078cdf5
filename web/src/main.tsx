import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import 'mantine-datatable/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onSessionExpired } from './api/client';
import { ApiError } from './api/errors';
import { endSession, isSessionEnded } from './api/session';
import { notify } from './components/notify';
import { activityKeys } from './components/record-activity/queries';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

const queryClient: QueryClient = new QueryClient({
  // Every change to a record (status, qualification, edit, a logged call) is history: open timelines refresh.
  // Not awaited: a returned promise holds up every mutation's own onSuccess until the timelines have refetched.
  mutationCache: new MutationCache({
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: activityKeys.timelines });
    },
  }),
  defaultOptions: {
    queries: {
      // Colleagues change the same records: a page opened again shows what it had and refreshes it at once.
      staleTime: 2_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change by asking again; a network blip might.
      retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 2,
    },
  },
});

const router = createAppRouter(queryClient);

onSessionExpired(() => {
  // Several calls can meet the same expired session; the first one leads to the sign-in page.
  if (isSessionEnded(queryClient) || router.state.location.pathname === '/login') {
    return;
  }
  endSession(queryClient);
  notify.error(new Error('Your session ended. Sign in again to continue.'), 'Signed out');
  void router.navigate({ to: '/login', search: { redirect: router.state.location.href } });
});

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
