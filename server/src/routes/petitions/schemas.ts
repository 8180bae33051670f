import { z } from 'zod';
import {
  answerMethods,
  disciplines,
  petitionChannels,
  petitionStates,
  problemFocuses,
  reviewFlags,
} from '../../core/petition-vocabulary.js';
import { isoDate, optionalText, text } from '../../http/schemas.js';

const optionalString = (max: number) => z.string().trim().max(max).nullish();

export const registerBody = z.object({
  jurisdictionId: z.uuid().optional(),
  channel: z.enum(petitionChannels),
  roundId: z.uuid().nullish(),
  sourceDepartmentId: z.uuid().nullish(),
  sourceReference: optionalText(100),
  receivedOn: isoDate,
  anonymous: z.boolean(),
  petitioner: z
    .object({
      name: optionalString(50),
      idNumber: optionalString(30),
      phone: optionalString(40),
      address: optionalString(200),
    })
    .nullish(),
  accused: z
    .array(
      z.object({
        kind: z.enum(['person', 'unit']),
        name: optionalString(50),
        position: optionalString(100),
        unitId: z.uuid().nullish(),
        unitName: optionalString(100),
      }),
    )
    .max(30),
  focus: z.enum(problemFocuses).nullish(),
  disciplines: z.array(z.enum(disciplines)).max(6).optional(),
  summary: text(300),
  content: text(50_000),
  fileIds: z.array(z.uuid()).max(20).optional(),
  /** Keep an ID number or phone that is wrong as written in the letter, flagged (else 422). */
  keepFlagged: z.boolean().optional(),
});

export const transitionBody = z.object({
  action: z.string().min(1).max(40),
  version: z.number().int().min(1),
  opinion: z.string().trim().max(10_000).nullish(),
  handlerId: z.uuid().nullish(),
  handlingDepartmentId: z.uuid().nullish(),
  transferDepartmentId: z.uuid().nullish(),
  transferDueOn: isoDate.nullish(),
  extensionDays: z.number().int().nullish(),
  answerMethod: z.enum(answerMethods).nullish(),
  answeredOn: isoDate.nullish(),
  answerContent: z.string().trim().max(10_000).nullish(),
  summary: z.string().trim().max(500).nullish(),
  focus: z.enum(problemFocuses).nullish(),
});

export const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().max(100).optional(),
  state: z.enum(petitionStates).optional(),
  channel: z.enum(petitionChannels).optional(),
  focus: z.enum(problemFocuses).optional(),
  unitId: z.uuid().optional(),
  accused: z.string().max(50).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  flagged: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  reviewFlag: z.enum(reviewFlags).optional(),
  sort: z.enum(['receivedOn', '-receivedOn', 'acceptanceDueOn', 'conclusionDueOn']).optional(),
});

export const petitionSummary = z.object({
  id: z.string(),
  code: z.string(),
  jurisdictionId: z.string(),
  channel: z.string(),
  receivedOn: z.string(),
  anonymous: z.boolean(),
  petitionerName: z.string().nullable(),
  petitionerPhone: z.string().nullable(),
  idNumberProblem: z.string().nullable(),
  phoneProblem: z.string().nullable(),
  focus: z.string().nullable(),
  disciplines: z.array(z.string()),
  summary: z.string(),
  state: z.enum(petitionStates),
  handlerId: z.string().nullable(),
  acceptanceDueOn: z.string(),
  conclusionDueOn: z.string().nullable(),
  caseGroupId: z.string().nullable(),
  reviewFlag: z.enum(reviewFlags).nullable(),
  version: z.number(),
  actions: z.array(z.string()),
});

export const petitionDetail = petitionSummary.extend({
  handlerName: z.string().nullable(),
  roundId: z.string().nullable(),
  sourceDepartmentId: z.string().nullable(),
  sourceReference: z.string().nullable(),
  content: z.string(),
  handlingDepartmentId: z.string().nullable(),
  transferDepartmentId: z.string().nullable(),
  transferDueOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  extensionDays: z.number().nullable(),
  notAcceptedReason: z.string().nullable(),
  answer: z
    .object({
      method: z.string(),
      answeredOn: z.string().nullable(),
      content: z.string().nullable(),
    })
    .nullable(),
  reviewNote: z.string().nullable(),
  reviewFlaggedAt: z.string().nullable(),
  clueIds: z.array(z.string()),
  accused: z.array(
    z.object({
      kind: z.enum(['person', 'unit']),
      name: z.string().nullable(),
      position: z.string().nullable(),
      unitId: z.string().nullable(),
      unitName: z.string().nullable(),
      repeatCount: z.number().int(),
    }),
  ),
  grants: z.object({
    identityExpiresAt: z.string().nullable(),
    copyExpiresAt: z.string().nullable(),
  }),
  can: z.object({
    link: z.boolean(),
    flag: z.boolean(),
    spawnClue: z.boolean(),
    upload: z.boolean(),
    requestIdentity: z.boolean(),
    requestCopy: z.boolean(),
    revealIdentity: z.boolean(),
    download: z.boolean(),
  }),
  attachments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      mimeType: z.string(),
      size: z.number(),
      sha256: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({
      action: z.string(),
      fromState: z.string(),
      toState: z.string(),
      opinion: z.string().nullable(),
      at: z.string(),
      actorName: z.string().nullable(),
    }),
  ),
});

export const accessRequest = z.object({
  id: z.string(),
  kind: z.enum(['identity', 'copy']),
  petitionId: z.string(),
  requesterId: z.string(),
  requesterName: z.string().nullable(),
  petitionCode: z.string().nullable(),
  reason: z.string(),
  state: z.enum(['pending', 'approved', 'rejected']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  expiresAt: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
