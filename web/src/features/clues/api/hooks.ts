import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cluesApi } from './cluesApi';
import type { ClueDetail, ClueFilters } from './types';

export const clueKeys = {
  all: ['clues'] as const,
  list: (filters: ClueFilters) => ['clues', 'list', filters] as const,
  detail: (clueId: string) => ['clues', 'detail', clueId] as const,
  reviewsRoot: ['clue-reviews'] as const,
  reviews: (page: number, pageSize: number) => ['clue-reviews', page, pageSize] as const,
};

export function useClues(filters: ClueFilters, enabled = true) {
  return useQuery({
    queryKey: clueKeys.list(filters),
    queryFn: () => cluesApi.list(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The detail; a 404 (not visible to this user) is shown by the page itself, not as a toast. */
export function useClue(clueId: string | undefined) {
  return useQuery({
    queryKey: clueKeys.detail(clueId ?? ''),
    queryFn: () => cluesApi.get(clueId ?? ''),
    enabled: Boolean(clueId),
    meta: { silent: true },
  });
}

export function useClueReviews(page: number, pageSize: number) {
  return useQuery({
    queryKey: clueKeys.reviews(page, pageSize),
    queryFn: () => cluesApi.reviews({ page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A clue mutation. A returned clue detail goes into the cache at once; afterwards the ledger,
 * its counts and the reviews are refreshed (also after a failure: a 409 means someone else moved
 * the clue, so the page must show the newer version).
 */
export function useClueMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (isDetail(result)) queryClient.setQueryData(clueKeys.detail(result.id), result);
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: clueKeys.all }),
        queryClient.invalidateQueries({ queryKey: clueKeys.reviewsRoot }),
      ]);
    },
  });
}

function isDetail(value: unknown): value is ClueDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'timeline' in value &&
    'actions' in value &&
    'version' in value
  );
}
