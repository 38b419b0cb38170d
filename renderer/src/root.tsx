import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { LinkRefusal } from './api/browser-session';
import { App } from './app';
import { LinkRefusedPage } from './components/link-refused-page';
import { NotificationsHost } from './components/notifications-host';
import { UndoNotice } from './features/inbox/undo-notice';
import { createQueryClient } from './lib/query-client';
import { cssVariablesResolver, theme } from './theme';

/**
 * Providers around the app: Mantine theme and the TanStack Query client. With `refused`, the
 * page was opened with a link that does not let it in: only the explanation is shown.
 */
export function Root({ refused = null }: { refused?: LinkRefusal | null }) {
  const [queryClient] = useState(createQueryClient);
  if (refused) {
    return (
      <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
        <LinkRefusedPage reason={refused} />
      </MantineProvider>
    );
  }
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <App />
        <NotificationsHost />
        <UndoNotice />
      </QueryClientProvider>
    </MantineProvider>
  );
}
