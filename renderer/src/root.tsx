import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { App } from './app';
import { NotificationsHost } from './components/notifications-host';
import { createQueryClient } from './lib/query-client';
import { theme } from './theme';

/** Providers around the app: Mantine theme and the TanStack Query client. */
export function Root() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <App />
        <NotificationsHost />
      </QueryClientProvider>
    </MantineProvider>
  );
}
