import { api } from '../../../lib/api';
import type { ItemList } from '../../../lib/api';
import type {
  CandidateFinding,
  CommonProblemDetail,
  CommonProblemFilters,
  CommonProblemInput,
  CommonProblemList,
  CommonProblemTransitionInput,
} from './types';

const id = encodeURIComponent;
const path = (problemId: string, rest = '') => `/api/common-problems/${id(problemId)}${rest}`;

/** A common problem's evidence file (audited; whoever sees the task). */
export const commonProblemFileUrl = (problemId: string, fileId: string) =>
  path(problemId, `/files/${id(fileId)}`);

export const commonProblemsApi = {
  list: (filters: CommonProblemFilters) =>
    api.get<CommonProblemList>('/api/common-problems', { query: { ...filters } }),
  get: (problemId: string) => api.get<CommonProblemDetail>(path(problemId)),
  create: (input: CommonProblemInput) =>
    api.post<CommonProblemDetail>('/api/common-problems', input),
  update: (problemId: string, input: Partial<CommonProblemInput> & { version: number }) =>
    api.patch<CommonProblemDetail>(path(problemId), input),
  transition: (problemId: string, input: CommonProblemTransitionInput) =>
    api.post<CommonProblemDetail>(path(problemId, '/transitions'), input),
  candidates: (query: { q?: string; focus?: string }) =>
    api.get<ItemList<CandidateFinding>>('/api/common-problems/candidate-findings', { query }),
};
