import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rectificationApi } from './rectificationApi';
import type { ItemFilters, PlanDetail, PlanFilters } from './types';

export const rectificationKeys = {
  all: ['rectification'] as const,
  plans: (filters: PlanFilters) => ['rectification', 'plans', filters] as const,
  plan: (planId: string) => ['rectification', 'plan', planId] as const,
  items: (filters: ItemFilters) => ['rectification', 'items', filters] as const,
  disclosures: (planId: string) => ['rectification', 'disclosures', planId] as const,
  checks: (planId: string) => ['rectification', 'checks', planId] as const,
  followUps: (planId: string) => ['rectification', 'follow-ups', planId] as const,
  publicDisclosures: (page: number, pageSize: number) =>
    ['public', 'disclosures', page, pageSize] as const,
};

export function usePlans(filters: PlanFilters) {
  return useQuery({
    queryKey: rectificationKeys.plans(filters),
    queryFn: () => rectificationApi.plans(filters),
    placeholderData: keepPreviousData,
  });
}

/** The detail; a 404 (not visible to this user) is shown by the page itself, not as a toast. */
export function usePlan(planId: string | undefined) {
  return useQuery({
    queryKey: rectificationKeys.plan(planId ?? ''),
    queryFn: () => rectificationApi.plan(planId ?? ''),
    enabled: Boolean(planId),
    meta: { silent: true },
  });
}

export function useItems(filters: ItemFilters) {
  return useQuery({
    queryKey: rectificationKeys.items(filters),
    queryFn: () => rectificationApi.items(filters),
    placeholderData: keepPreviousData,
  });
}

export function useDisclosures(planId: string) {
  return useQuery({
    queryKey: rectificationKeys.disclosures(planId),
    queryFn: () => rectificationApi.disclosures(planId),
  });
}

/** 督查清单; none exist before the plan is approved, so the caller may leave it disabled. */
export function useChecks(planId: string, enabled = true) {
  return useQuery({
    queryKey: rectificationKeys.checks(planId),
    queryFn: () => rectificationApi.checks(planId),
    enabled,
  });
}

/** 回头看 visits: scheduled on acceptance, so none exist before the plan is approved. */
export function useFollowUps(planId: string, enabled = true) {
  return useQuery({
    queryKey: rectificationKeys.followUps(planId),
    queryFn: () => rectificationApi.followUps(planId),
    enabled,
  });
}

export function usePublicDisclosures(page: number, pageSize: number) {
  return useQuery({
    queryKey: rectificationKeys.publicDisclosures(page, pageSize),
    queryFn: () => rectificationApi.publicDisclosures({ page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A rectification mutation. A returned plan detail goes into the cache at once; afterwards
 * every plan, item and disclosure list is refreshed (also after a failure: a 409 means someone
 * else moved the record, so the page must show the newer version).
 */
export function useRectificationMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (isPlanDetail(result)) queryClient.setQueryData(rectificationKeys.plan(result.id), result);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: rectificationKeys.all }),
  });
}

function isPlanDetail(value: unknown): value is PlanDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'findings' in value &&
    'timeline' in value &&
    'version' in value
  );
}
