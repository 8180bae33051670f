import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { commonProblemsApi } from './commonProblemsApi';
import type { CommonProblemDetail, CommonProblemFilters } from './types';

export const commonProblemKeys = {
  all: ['common-problems'] as const,
  list: (filters: CommonProblemFilters) => ['common-problems', 'list', filters] as const,
  one: (problemId: string) => ['common-problems', 'one', problemId] as const,
  candidates: (q: string) => ['common-problems', 'candidates', q] as const,
};

export function useCommonProblems(filters: CommonProblemFilters) {
  return useQuery({
    queryKey: commonProblemKeys.list(filters),
    queryFn: () => commonProblemsApi.list(filters),
    placeholderData: keepPreviousData,
  });
}

/** The detail; a 404 (not visible to this user) is shown by the page itself. */
export function useCommonProblem(problemId: string | undefined) {
  return useQuery({
    queryKey: commonProblemKeys.one(problemId ?? ''),
    queryFn: () => commonProblemsApi.get(problemId ?? ''),
    enabled: Boolean(problemId),
    meta: { silent: true },
  });
}

export function useCandidateFindings(q: string, enabled: boolean) {
  return useQuery({
    queryKey: commonProblemKeys.candidates(q),
    queryFn: () => commonProblemsApi.candidates({ q: q || undefined }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A mutation returning the detail: cached at once, then every list refreshed. */
export function useCommonProblemMutation<TInput>(
  mutationFn: (input: TInput) => Promise<CommonProblemDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => queryClient.setQueryData(commonProblemKeys.one(result.id), result),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commonProblemKeys.all }),
  });
}
