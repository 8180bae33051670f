import { useCallback, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { solveChallenge } from './proofOfWork';
import type { PowSolution } from './proofOfWork';
import { petitionThreadApi, publicReportApi } from './publicReportApi';
import type { ReporterMessageInput, SurveyInput } from './types';

export const publicReportKeys = {
  pow: ['public-report', 'pow'] as const,
  allMine: ['public-report', 'me'] as const,
  me: (token: string) => ['public-report', 'me', token] as const,
  // Under `petitions` so that whatever refreshes a petition refreshes its thread too.
  thread: (petitionId: string) => ['petitions', 'messages', petitionId] as const,
};

export interface SolvedPow extends PowSolution {
  bits: number;
  expiresAt: string;
}

const MINUTE = 60_000;

/** Solve again a minute before the challenge expires (the server keeps it ten minutes). */
function untilRenewal(expiresAt: string): number {
  const left = Date.parse(expiresAt) - Date.now() - MINUTE;
  return Math.min(10 * MINUTE, Math.max(30_000, Number.isFinite(left) ? left : 30_000));
}

/**
 * The proof of work for the report form: fetched and solved as soon as the page opens, renewed
 * before it expires, and thrown away (`renew`) after a refused submission.
 */
export function useProofOfWork() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState({ tried: 0, bits: 0 });
  const query = useQuery({
    queryKey: publicReportKeys.pow,
    queryFn: async ({ signal }): Promise<SolvedPow> => {
      const { challenge, bits, expiresAt } = await publicReportApi.powChallenge(signal);
      setProgress({ tried: 0, bits });
      const solution = await solveChallenge(challenge, bits, {
        signal,
        onProgress: (tried) => setProgress({ tried, bits }),
      });
      return { ...solution, bits, expiresAt };
    },
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchInterval: (q) => (q.state.data ? untilRenewal(q.state.data.expiresAt) : false),
    meta: { silent: true },
  });
  const renew = useCallback(
    () => queryClient.resetQueries({ queryKey: publicReportKeys.pow }),
    [queryClient],
  );
  return {
    solution: query.data ?? null,
    error: query.isError ? query.error : null,
    progress,
    renew,
  };
}

export function useSubmitReport() {
  // gcTime 0: the receipt code is not kept in the mutation cache once the page is left.
  return useMutation({ mutationFn: publicReportApi.submit, gcTime: 0 });
}

export function useReportAccess() {
  return useMutation({ mutationFn: publicReportApi.access, gcTime: 0 });
}

/** The reporter's view of the report; errors (401 = token expired) are shown by the page. */
export function useMyReport(token: string | null) {
  return useQuery({
    queryKey: publicReportKeys.me(token ?? ''),
    queryFn: ({ signal }) => publicReportApi.me(token ?? '', signal),
    enabled: token !== null,
    gcTime: 0,
    staleTime: 0,
    meta: { silent: true },
  });
}

export function useAddReporterMessage(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReporterMessageInput) => publicReportApi.addMessage(token, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicReportKeys.me(token) }),
  });
}

export function useSubmitSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyInput) => publicReportApi.survey(token, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: publicReportKeys.me(token) }),
  });
}

/** Staff: the thread with the online reporter (only fetched for petitions that came online). */
export function usePetitionThread(petitionId: string, enabled: boolean) {
  return useQuery({
    queryKey: publicReportKeys.thread(petitionId),
    queryFn: () => petitionThreadApi.list(petitionId),
    enabled,
    meta: { silent: true },
  });
}

export function useSendThreadMessage(petitionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => petitionThreadApi.send(petitionId, body),
    onSuccess: (thread) => queryClient.setQueryData(publicReportKeys.thread(petitionId), thread),
  });
}
