import { api, buildQuery } from '../../../lib/api';
import type { Page } from '../../../lib/api';
import { petitionsApi } from '../../petitions/api/petitionsApi';
import type {
  ClueDetail,
  ClueFilters,
  ClueInput,
  ClueList,
  CluePatch,
  ClueTransitionInput,
  ReviewInput,
  ReviewView,
  ScanResult,
  TransferInput,
} from './types';

const id = encodeURIComponent;
const path = (clueId: string, rest = '') => `/api/clues/${id(clueId)}${rest}`;

/** 线索台账 (.xlsx) with the ledger's current filters, without paging. */
export const exportUrl = ({ page: _page, pageSize: _pageSize, ...filters }: ClueFilters) =>
  `/api/clues/export.xlsx${buildQuery(filters)}`;

/** Where a file of the clue downloads from: through the clue, for whoever sees it (audited). */
export const letterUrl = (clueId: string, transferId: string) =>
  `${path(clueId)}/transfers/${id(transferId)}/letter.docx`;

export const fileUrl = (clueId: string, fileId: string) => `${path(clueId)}/files/${id(fileId)}`;

export const cluesApi = {
  list: (filters: ClueFilters) => api.get<ClueList>('/api/clues', { query: { ...filters } }),
  get: (clueId: string) => api.get<ClueDetail>(path(clueId)),
  create: (input: ClueInput) => api.post<ClueDetail>('/api/clues', input),
  update: (clueId: string, input: CluePatch) => api.patch<ClueDetail>(path(clueId), input),
  transition: (clueId: string, input: ClueTransitionInput) =>
    api.post<ClueDetail>(path(clueId, '/transitions'), input),
  transfer: (clueId: string, input: TransferInput) =>
    api.post<ClueDetail>(path(clueId, '/transfers'), input),
  reviews: (paging: { page: number; pageSize: number }) =>
    api.get<Page<ReviewView>>('/api/clue-reviews', { query: { ...paging } }),
  createReview: (input: ReviewInput) => api.post<ReviewView>('/api/clue-reviews', input),
  scan: () => api.post<ScanResult>('/api/clues/ledger-scan'),
  /** The same store as the petitions' registration (POST /api/files, multipart). */
  uploadFile: (file: File) => petitionsApi.uploadFile(file),
};
