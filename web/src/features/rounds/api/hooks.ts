import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roundsApi } from './roundsApi';
import type { RoundDetail, RoundFilters } from './types';

export const roundKeys = {
  all: ['rounds'] as const,
  list: (filters: RoundFilters) => ['rounds', 'list', filters] as const,
  detail: (roundId: string) => ['rounds', 'detail', roundId] as const,
  activities: (roundId: string) => ['rounds', 'activities', roundId] as const,
  findings: (roundId: string) => ['rounds', 'findings', roundId] as const,
  file: (roundId: string) => ['rounds', 'file', roundId] as const,
  surveys: (roundId: string) => ['rounds', 'surveys', roundId] as const,
  fileIndex: (roundId: string) => ['rounds', 'file-index', roundId] as const,
  overrides: (roundId: string) => ['rounds', 'overrides', roundId] as const,
  suggestions: (roundId: string, teamId: string, specialties: string[]) =>
    ['rounds', 'suggestions', roundId, teamId, specialties] as const,
  terms: ['terms'] as const,
  coverageRoot: ['coverage'] as const,
  coverage: (termId: string | undefined) => ['coverage', termId ?? ''] as const,
  ranking: ['target-ranking'] as const,
};

export function useRounds(filters: RoundFilters) {
  return useQuery({
    queryKey: roundKeys.list(filters),
    queryFn: () => roundsApi.list(filters),
    placeholderData: keepPreviousData,
  });
}

/** The detail; a 404 (not visible to this user) is shown by the page itself, not as a toast. */
export function useRound(roundId: string | undefined) {
  return useQuery({
    queryKey: roundKeys.detail(roundId ?? ''),
    queryFn: () => roundsApi.get(roundId ?? ''),
    enabled: Boolean(roundId),
    meta: { silent: true },
  });
}

export function useActivities(roundId: string) {
  return useQuery({
    queryKey: roundKeys.activities(roundId),
    queryFn: () => roundsApi.activities(roundId),
    select: (data) => data.items,
  });
}

export function useFindings(roundId: string) {
  return useQuery({
    queryKey: roundKeys.findings(roundId),
    queryFn: () => roundsApi.findings(roundId),
    select: (data) => data.items,
  });
}

/** Briefings and reports of the round. */
export function useRoundFile(roundId: string) {
  return useQuery({
    queryKey: roundKeys.file(roundId),
    queryFn: () => roundsApi.file(roundId),
  });
}

/** 民主测评 results per target and subject. */
export function useSurveyResults(roundId: string) {
  return useQuery({
    queryKey: roundKeys.surveys(roundId),
    queryFn: () => roundsApi.surveys(roundId),
    select: (data) => data.items,
  });
}

/** 立卷归案: the file index with its counts. */
export function useFileIndex(roundId: string) {
  return useQuery({
    queryKey: roundKeys.fileIndex(roundId),
    queryFn: () => roundsApi.fileIndex(roundId),
  });
}

export function useRecusalOverrides(roundId: string) {
  return useQuery({
    queryKey: roundKeys.overrides(roundId),
    queryFn: () => roundsApi.overrides(roundId),
    select: (data) => data.items,
  });
}

/** Members proposed for a team by specialty, without conflicts; null = not asked yet. */
export function useMemberSuggestions(
  roundId: string,
  teamId: string,
  specialties: string[] | null,
) {
  return useQuery({
    queryKey: roundKeys.suggestions(roundId, teamId, specialties ?? []),
    queryFn: () => roundsApi.suggestions(roundId, teamId, specialties ?? []),
    select: (data) => data.items,
    enabled: specialties !== null,
  });
}

export function useTerms(enabled = true) {
  return useQuery({
    queryKey: roundKeys.terms,
    queryFn: roundsApi.terms,
    select: (data) => data.items,
    enabled,
  });
}

/** Term coverage; a 404 (no term set up yet) is shown by the page itself. */
export function useCoverage(termId: string | undefined) {
  return useQuery({
    queryKey: roundKeys.coverage(termId),
    queryFn: () => roundsApi.coverage(termId),
    meta: { silent: true },
  });
}

export function useTargetRanking() {
  return useQuery({
    queryKey: roundKeys.ranking,
    queryFn: () => roundsApi.ranking(),
    select: (data) => data.items,
  });
}

/**
 * A round mutation. A returned round detail goes into the cache at once; afterwards the round's
 * detail and records are refreshed (also after a failure: a 409 means someone else moved the
 * round, so the page must show the newer version), and coverage with it.
 */
export function useRoundMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (isDetail(result)) queryClient.setQueryData(roundKeys.detail(result.id), result);
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: roundKeys.all }),
        queryClient.invalidateQueries({ queryKey: roundKeys.coverageRoot }),
      ]);
    },
  });
}

function isDetail(value: unknown): value is RoundDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'gates' in value &&
    'targets' in value &&
    'version' in value
  );
}
