import { z } from 'zod';
import { problemFocuses } from '../../core/petition-vocabulary.js';
import {
  messageAuthors,
  reportStatuses,
  satisfactionRatings,
} from '../../core/public-report-vocabulary.js';

const optional = (max: number) => z.string().trim().max(max).nullish();

export const powView = z.object({
  challenge: z.string(),
  bits: z.number(),
  expiresAt: z.string(),
});

export const reportBody = z.object({
  roundId: z.uuid().nullish(),
  pow: z.object({ challenge: z.string().max(300), nonce: z.string().max(64) }),
  accused: z
    .array(z.object({ name: optional(50), unitName: optional(100), position: optional(100) }))
    .min(1, '请至少填写一名被反映人或一个被反映单位')
    .max(10),
  focus: z.enum(problemFocuses).nullish(),
  facts: z.string().trim().min(20, '请具体写明反映的问题（至少 20 字）').max(10_000),
  anonymous: z.boolean(),
  identity: z.object({ name: optional(50), phone: optional(30), idNumber: optional(30) }).nullish(),
  locale: z.enum(['zh-CN', 'en-US']).optional(),
  files: z.array(z.string().max(300)).max(20).nullish(),
});

export const receiptView = z.object({ receiptCode: z.string(), receivedOn: z.string() });

export const accessBody = z.object({ code: z.string().max(100) });
export const accessView = z.object({ token: z.string(), expiresAt: z.string() });

export const myReportView = z.object({
  receivedOn: z.string(),
  status: z.enum(reportStatuses),
  notAcceptedReason: z.string().nullable(),
  answer: z.object({ content: z.string(), answeredOn: z.string().nullable() }).nullable(),
  facts: z.string(),
  messages: z.array(
    z.object({ author: z.enum(messageAuthors), body: z.string(), createdAt: z.string() }),
  ),
  canSurvey: z.boolean(),
  surveyed: z.boolean(),
  canWrite: z.boolean(),
});

export const messageBody = z.object({ body: z.string().trim().min(1).max(5000) });
export const reporterMessageBody = messageBody.extend({
  files: z.array(z.string().max(300)).max(20).nullish(),
});
export const publicFileView = z.object({
  handle: z.string(),
  name: z.string(),
  size: z.number(),
  mimeType: z.string(),
});
export const okView = z.object({ ok: z.literal(true) });

export const surveyBody = z.object({
  rating: z.enum(satisfactionRatings),
  comment: optional(1000),
});

export const threadView = z.object({
  online: z.boolean(),
  canWrite: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      author: z.enum(messageAuthors),
      authorName: z.string().nullable(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
});

export const surveyCountsView = z.object({
  items: z.array(
    z.object({
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      satisfied: z.number(),
      basically: z.number(),
      unsatisfied: z.number(),
    }),
  ),
});
