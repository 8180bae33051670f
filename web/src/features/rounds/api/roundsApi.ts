import { api } from '../../../lib/api';
import type { ItemList, Page } from '../../../lib/api';
import type { MemberRole } from '../../inspectors/api/types';
import type {
  Activity,
  ActivityInput,
  Briefing,
  BriefingInput,
  ClueFromActivityInput,
  Coverage,
  FeedbackInput,
  Finding,
  FindingInput,
  MemberSuggestion,
  RankedUnit,
  RecusalOverride,
  ReportInput,
  RoundDetail,
  RoundFile,
  RoundFileIndex,
  RoundFilters,
  RoundInput,
  RoundReport,
  RoundSummary,
  SurveyResult,
  Term,
  TransitionInput,
} from './types';

const id = encodeURIComponent;
const path = (roundId: string, rest = '') => `/api/rounds/${id(roundId)}${rest}`;

export const roundsApi = {
  list: (filters: RoundFilters) =>
    api.get<Page<RoundSummary>>('/api/rounds', { query: { ...filters } }),
  get: (roundId: string) => api.get<RoundDetail>(path(roundId)),
  plan: (input: RoundInput) => api.post<RoundDetail>('/api/rounds', input),
  update: (roundId: string, input: Partial<Omit<RoundInput, 'kind'>> & { version: number }) =>
    api.patch<RoundDetail>(path(roundId), input),
  transition: (roundId: string, input: TransitionInput) =>
    api.post<RoundDetail>(path(roundId, '/transitions'), input),

  activities: (roundId: string) => api.get<ItemList<Activity>>(path(roundId, '/activities')),
  recordActivity: (roundId: string, input: ActivityInput) =>
    api.post<Activity>(path(roundId, '/activities'), input),
  raiseClue: (roundId: string, activityId: string, input: ClueFromActivityInput) =>
    api.post<{ id: string; code: string }>(
      path(roundId, `/activities/${id(activityId)}/clues`),
      input,
    ),
  surveys: (roundId: string) => api.get<ItemList<SurveyResult>>(path(roundId, '/surveys')),
  fileIndex: (roundId: string) => api.get<RoundFileIndex>(path(roundId, '/file-index')),
  findings: (roundId: string) => api.get<ItemList<Finding>>(path(roundId, '/findings')),
  raiseFinding: (roundId: string, input: FindingInput) =>
    api.post<Finding>(path(roundId, '/findings'), input),
  file: (roundId: string) => api.get<RoundFile>(path(roundId, '/file')),
  requestBriefing: (roundId: string, input: BriefingInput) =>
    api.post<Briefing>(path(roundId, '/briefings'), input),
  recordBriefingResponse: (
    roundId: string,
    briefingId: string,
    input: { response: string; respondedOn: string; version: number },
  ) => api.post<Briefing>(path(roundId, `/briefings/${id(briefingId)}/response`), input),
  saveReport: (roundId: string, unitId: string, input: ReportInput) =>
    api.put<RoundReport>(path(roundId, `/reports/${id(unitId)}`), input),
  recordFeedback: (roundId: string, unitId: string, input: FeedbackInput) =>
    api.post<RoundReport>(path(roundId, `/reports/${id(unitId)}/feedback`), input),

  addMember: (roundId: string, input: { teamId: string; inspectorId: string; role: MemberRole }) =>
    api.post<RoundDetail>(path(roundId, '/teams'), input),
  removeMember: (roundId: string, teamId: string, inspectorId: string) =>
    api.delete<RoundDetail>(path(roundId, `/teams/${id(teamId)}/members/${id(inspectorId)}`)),
  suggestions: (roundId: string, teamId: string, specialties: string[]) =>
    api.get<ItemList<MemberSuggestion>>(path(roundId, `/teams/${id(teamId)}/suggestions`), {
      query: { specialties: specialties.join(',') },
    }),
  overrides: (roundId: string) =>
    api.get<ItemList<RecusalOverride>>(path(roundId, '/recusal-overrides')),
  requestOverride: (
    roundId: string,
    input: { teamId: string; inspectorId: string; reason: string },
  ) => api.post<RecusalOverride>(path(roundId, '/recusal-overrides'), input),
  decideOverride: (overrideId: string, input: { approve: boolean; note: string | null }) =>
    api.post<RecusalOverride>(`/api/recusal-overrides/${id(overrideId)}/decision`, input),

  terms: () => api.get<ItemList<Term>>('/api/terms'),
  createTerm: (input: { name: string; startsOn: string; endsOn: string }) =>
    api.post<Term>('/api/terms', input),
  coverage: (termId?: string) => api.get<Coverage>('/api/coverage', { query: { termId } }),
  ranking: (limit = 200) =>
    api.get<ItemList<RankedUnit>>('/api/target-ranking', { query: { limit } }),
};
