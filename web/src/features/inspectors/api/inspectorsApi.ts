import { api } from '../../../lib/api';
import type { Page } from '../../../lib/api';
import type {
  InspectorDetail,
  InspectorFilters,
  InspectorInput,
  InspectorSummary,
  PositionInput,
  RecusalCheckInput,
  RecusalConflict,
  Relative,
  RelativeInput,
  WorkPosition,
} from './types';

const id = encodeURIComponent;
const path = (inspectorId: string, rest = '') => `/api/inspectors/${id(inspectorId)}${rest}`;

export const inspectorsApi = {
  list: (filters: InspectorFilters) =>
    api.get<Page<InspectorSummary>>('/api/inspectors', { query: { ...filters } }),
  get: (inspectorId: string) => api.get<InspectorDetail>(path(inspectorId)),
  create: (input: InspectorInput) => api.post<InspectorDetail>('/api/inspectors', input),
  update: (inspectorId: string, input: Partial<InspectorInput> & { version: number }) =>
    api.patch<InspectorDetail>(path(inspectorId), input),
  addPosition: (inspectorId: string, input: PositionInput) =>
    api.post<WorkPosition>(path(inspectorId, '/positions'), input),
  removePosition: (inspectorId: string, positionId: string) =>
    api.delete<void>(path(inspectorId, `/positions/${id(positionId)}`)),
  addRelative: (inspectorId: string, input: RelativeInput) =>
    api.post<Relative>(path(inspectorId, '/relatives'), input),
  removeRelative: (inspectorId: string, relativeId: string) =>
    api.delete<void>(path(inspectorId, `/relatives/${id(relativeId)}`)),
  /** Every conflict of the inspector with the units, each with its rule and evidence. */
  recusalCheck: (input: RecusalCheckInput, signal?: AbortSignal) =>
    api.post<{ conflicts: RecusalConflict[] }>('/api/recusal-check', input, { signal }),
};
