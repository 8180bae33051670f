import { api } from '../../../lib/api';
import type { ItemList as Items, Page } from '../../../lib/api';
import { petitionsApi } from '../../petitions/api/petitionsApi';
import type {
  CheckInput,
  CheckPatch,
  DisclosureInput,
  DisclosureView,
  EscalationResult,
  FollowUpInput,
  FollowUpVisit,
  ItemDetail,
  ItemFilters,
  ItemInput,
  ItemList,
  ItemPatch,
  ItemTransitionInput,
  PlanDetail,
  PlanFilters,
  PlanList,
  PlanPatch,
  PlanTransitionInput,
  PublicDisclosure,
  SupervisionCheck,
} from './types';

const id = encodeURIComponent;
const planPath = (planId: string, rest = '') => `/api/rectification-plans/${id(planId)}${rest}`;
const itemPath = (itemId: string, rest = '') => `/api/rectification-items/${id(itemId)}${rest}`;

/** An item's evidence file, downloaded through the item (audited; whoever sees the plan). */
export const evidenceUrl = (itemId: string, fileId: string) =>
  `/api/rectification-items/${id(itemId)}/files/${id(fileId)}`;

export const rectificationApi = {
  plans: (filters: PlanFilters) =>
    api.get<PlanList>('/api/rectification-plans', { query: { ...filters } }),
  plan: (planId: string) => api.get<PlanDetail>(planPath(planId)),
  updatePlan: (planId: string, input: PlanPatch) => api.patch<PlanDetail>(planPath(planId), input),
  transitionPlan: (planId: string, input: PlanTransitionInput) =>
    api.post<PlanDetail>(planPath(planId, '/transitions'), input),
  saveReport: (planId: string, content: string) =>
    api.put<PlanDetail>(planPath(planId, '/report'), { content }),
  signReport: (planId: string, password: string) =>
    api.post<PlanDetail>(planPath(planId, '/report/signature'), { password }),

  items: (filters: ItemFilters) =>
    api.get<ItemList>('/api/rectification-items', { query: { ...filters } }),
  item: (itemId: string) => api.get<ItemDetail>(itemPath(itemId)),
  createItem: (input: ItemInput) => api.post<ItemDetail>('/api/rectification-items', input),
  updateItem: (itemId: string, input: ItemPatch) => api.patch<ItemDetail>(itemPath(itemId), input),
  transitionItem: (itemId: string, input: ItemTransitionInput) =>
    api.post<ItemDetail>(itemPath(itemId, '/transitions'), input),
  escalationScan: () => api.post<EscalationResult>('/api/rectification-items/escalation-scan'),

  checks: (planId: string) =>
    api.get<Items<SupervisionCheck>>('/api/supervision-checks', { query: { planId } }),
  createCheck: (input: CheckInput) => api.post<SupervisionCheck>('/api/supervision-checks', input),
  recordCheck: (checkId: string, input: CheckPatch) =>
    api.patch<SupervisionCheck>(`/api/supervision-checks/${id(checkId)}`, input),
  followUps: (planId: string) =>
    api.get<Items<FollowUpVisit>>('/api/follow-up-visits', { query: { planId } }),
  recordFollowUp: (visitId: string, input: FollowUpInput) =>
    api.post<FollowUpVisit>(`/api/follow-up-visits/${id(visitId)}/results`, input),

  disclosures: (planId: string) =>
    api.get<Items<DisclosureView>>('/api/disclosures', { query: { planId } }),
  publish: (input: DisclosureInput) => api.post<DisclosureView>('/api/disclosures', input),
  /** No session needed: a 401 here must never send the visitor to the login page. */
  publicDisclosures: (paging: { page: number; pageSize: number }) =>
    api.get<Page<PublicDisclosure>>('/api/public/disclosures', {
      query: { ...paging },
      skipAuthRedirect: true,
    }),

  /** The same store as the petitions' registration (POST /api/files, multipart). */
  uploadFile: (file: File) => petitionsApi.uploadFile(file),
};
