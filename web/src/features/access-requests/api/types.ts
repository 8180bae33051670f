export type AccessRequestKind = 'identity' | 'copy';
export type AccessRequestState = 'pending' | 'approved' | 'rejected';

/** 查阅/复印申请 (glossary: accessRequest). */
export interface AccessRequest {
  id: string;
  kind: AccessRequestKind;
  petitionId: string;
  /** Shown when the server sends it; older servers send the id only. */
  petitionCode?: string | null;
  requesterId: string;
  requesterName?: string | null;
  reason: string;
  state: AccessRequestState;
  decidedBy: string | null;
  decidedByName?: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  /** When an approval stops being valid. */
  expiresAt: string | null;
  /** Approved and not yet expired. */
  active: boolean;
  createdAt: string;
}

export interface CreateAccessRequestInput {
  kind: AccessRequestKind;
  petitionId: string;
  reason: string;
}

export interface DecisionInput {
  approve: boolean;
  note?: string | null;
}
