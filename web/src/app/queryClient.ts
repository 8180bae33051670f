import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';

declare module '@tanstack/react-query' {
  interface Register {
    /** `silent`: the caller shows the failure itself (or it is expected, like 401 on /me). */
    queryMeta: { silent?: boolean };
  }
}

type ErrorNotifier = (error: unknown) => void;
let notifyQueryError: ErrorNotifier | null = null;

/** Set by a component inside antd's <App>, so query failures use the themed notification. */
export function setQueryErrorNotifier(notifier: ErrorNotifier | null): void {
  notifyQueryError = notifier;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.meta?.silent) return;
        if (isApiError(error) && error.redirectedToLogin) return;
        notifyQueryError?.(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves on retry; network and 5xx might.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
