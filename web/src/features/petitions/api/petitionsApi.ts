import { api } from '../../../lib/api';
import type { ItemList, Page } from '../../../lib/api';
import type {
  DeadlineItem,
  DuplicateDraft,
  HandlerOption,
  PetitionDetail,
  PetitionFilters,
  PetitionIdentity,
  PetitionSummary,
  RegisterPetitionInput,
  RepeatCounts,
  ReviewFlag,
  SimilarPetition,
  StoredFile,
  TransitionInput,
} from './types';
import { uploadMultipart } from './upload';

const id = encodeURIComponent;
const path = (petitionId: string, rest = '') => `/api/petitions/${id(petitionId)}${rest}`;

/** Where an attachment downloads from (watermarked; needs an approved copy request). */
export const attachmentUrl = (petitionId: string, fileId: string) =>
  path(petitionId, `/attachments/${id(fileId)}`);

/** 信访件登记表 (.docx, marked with who exported it and when; needs an approved copy request). */
export const exportUrl = (petitionId: string) => path(petitionId, '/export.docx');

export const petitionsApi = {
  list: (filters: PetitionFilters) =>
    api.get<Page<PetitionSummary>>('/api/petitions', { query: { ...filters } }),
  get: (petitionId: string) => api.get<PetitionDetail>(path(petitionId)),
  register: (input: RegisterPetitionInput) => api.post<PetitionDetail>('/api/petitions', input),
  transition: (petitionId: string, input: TransitionInput) =>
    api.post<PetitionDetail>(path(petitionId, '/transitions'), input),
  similar: (petitionId: string) => api.get<ItemList<SimilarPetition>>(path(petitionId, '/similar')),
  duplicateCheck: (draft: DuplicateDraft, signal?: AbortSignal) =>
    api.post<ItemList<SimilarPetition>>('/api/petitions/duplicate-check', draft, { signal }),
  link: (petitionId: string, duplicateOfId: string) =>
    api.post<PetitionDetail>(path(petitionId, '/group'), { duplicateOfId }),
  unlink: (petitionId: string) => api.delete<PetitionDetail>(path(petitionId, '/group')),
  identity: (petitionId: string) => api.get<PetitionIdentity>(path(petitionId, '/identity')),
  deadlines: () => api.get<ItemList<DeadlineItem>>('/api/petitions/deadlines'),
  /** flag null = followed up (clears the flag); the note is required either way. */
  reviewFlag: (
    petitionId: string,
    input: { flag: ReviewFlag | null; note: string; version: number },
  ) => api.post<PetitionDetail>(path(petitionId, '/review-flag'), input),
  spawnClue: (
    petitionId: string,
    input: { description: string; accusedIndex?: number | null; version: number },
  ) => api.post<PetitionDetail>(path(petitionId, '/clues'), input),
  repeatCounts: () => api.get<RepeatCounts>('/api/petitions/repeat-counts'),
  handlers: () => api.get<ItemList<HandlerOption>>('/api/petitions/handlers'),
  /** A file stored before the petition exists; its id goes into `fileIds` on registration. */
  uploadFile: (file: File) => uploadMultipart<StoredFile>('/api/files', file),
  addAttachment: (petitionId: string, file: File) =>
    uploadMultipart<StoredFile>(path(petitionId, '/attachments'), file),
};
