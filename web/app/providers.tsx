import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ApiError, onUnauthenticated } from '../lib/api';
import { meQueryKey } from '../lib/session';
import { createAppRouter } from './router';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a network hiccup might.
      retry: (count, err) => count < 2 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Any 401 means the session is gone: forget the person, and the signed-in layout sends them to /signin.
onUnauthenticated(() => {
  if (queryClient.getQueryData(meQueryKey)) queryClient.setQueryData(meQueryKey, null);
});

const router = createAppRouter(queryClient);

/** Theme, notifications, data cache and the router around the whole app. */
export function Providers() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
