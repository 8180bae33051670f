import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { orgApi } from './orgApi';
import type { CadreFilters, UnitFilters } from './types';

export const orgKeys = {
  jurisdictions: ['org', 'jurisdictions'] as const,
  departments: (jurisdictionId?: string) => ['org', 'departments', jurisdictionId ?? ''] as const,
  unitsRoot: ['org', 'units'] as const,
  units: (filters: UnitFilters) => ['org', 'units', filters] as const,
  unit: (unitId: string) => ['org', 'unit', unitId] as const,
  cadresRoot: ['org', 'cadres'] as const,
  cadres: (filters: CadreFilters) => ['org', 'cadres', filters] as const,
  teams: ['org', 'teams'] as const,
};

export function useJurisdictions(enabled = true) {
  return useQuery({
    queryKey: orgKeys.jurisdictions,
    queryFn: orgApi.jurisdictions,
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useDepartments(jurisdictionId: string | undefined) {
  return useQuery({
    queryKey: orgKeys.departments(jurisdictionId),
    queryFn: () => orgApi.departments(jurisdictionId),
    select: (data) => data.items,
  });
}

export function useUnits(filters: UnitFilters, enabled = true) {
  return useQuery({
    queryKey: orgKeys.units(filters),
    queryFn: () => orgApi.units(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUnit(unitId: string | undefined) {
  return useQuery({
    queryKey: orgKeys.unit(unitId ?? ''),
    queryFn: () => orgApi.unit(unitId ?? ''),
    enabled: Boolean(unitId),
  });
}

export function useCadres(filters: CadreFilters, enabled = true) {
  return useQuery({
    queryKey: orgKeys.cadres(filters),
    queryFn: () => orgApi.cadres(filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTeams(enabled = true) {
  return useQuery({
    queryKey: orgKeys.teams,
    queryFn: orgApi.teams,
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** A mutation that refreshes the given cache prefixes when it succeeds. */
export function useOrgMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
  invalidate: readonly (readonly unknown[])[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
