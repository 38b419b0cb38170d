import { MutationCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/call';
import { describeError } from './describe-error';
import { showToast } from './toasts';

/**
 * The app's QueryClient: retries only transient failures, and every failed mutation shows an
 * error toast, so no button click fails silently.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 2_000,
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.code !== 'unavailable' && error.code !== 'internal'),
      },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        // A form that shows the error beside its fields opts out with `meta: { inlineError: true }`.
        if (mutation.meta?.inlineError === true) return;
        showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }, 8000);
      },
    }),
  });
}
