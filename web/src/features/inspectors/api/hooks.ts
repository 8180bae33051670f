import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inspectorsApi } from './inspectorsApi';
import type { InspectorDetail, InspectorFilters, RecusalCheckInput } from './types';

export const inspectorKeys = {
  all: ['inspectors'] as const,
  list: (filters: InspectorFilters) => ['inspectors', 'list', filters] as const,
  detail: (inspectorId: string) => ['inspectors', 'detail', inspectorId] as const,
  recusal: (input: RecusalCheckInput | null) => ['recusal-check', input] as const,
};

export function useInspectors(filters: InspectorFilters, enabled = true) {
  return useQuery({
    queryKey: inspectorKeys.list(filters),
    queryFn: () => inspectorsApi.list(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The detail; a 404 (not visible to this user) is shown by the page itself, not as a toast. */
export function useInspector(inspectorId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: inspectorKeys.detail(inspectorId ?? ''),
    queryFn: () => inspectorsApi.get(inspectorId ?? ''),
    enabled: enabled && Boolean(inspectorId),
    meta: { silent: true },
  });
}

/**
 * The live recusal check of an inspector against units (null = nothing to check): the answer is
 * shown next to the picker before anything is submitted; never stored.
 */
export function useRecusalCheck(input: RecusalCheckInput | null) {
  return useQuery({
    queryKey: inspectorKeys.recusal(input),
    queryFn: ({ signal }) => inspectorsApi.recusalCheck(input!, signal),
    select: (data) => data.conflicts,
    enabled: input !== null && input.unitIds.length > 0,
    staleTime: 10_000,
    meta: { silent: true },
  });
}

/**
 * A talent-pool mutation: a returned detail goes straight into the cache, and every list and
 * detail is refreshed afterwards (also after a failure: a 409 means someone else changed it).
 */
export function useInspectorMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      if (isDetail(result)) queryClient.setQueryData(inspectorKeys.detail(result.id), result);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inspectorKeys.all }),
  });
}

function isDetail(value: unknown): value is InspectorDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'positions' in value &&
    'roundsServed' in value
  );
}
