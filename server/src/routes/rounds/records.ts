import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { disciplines, problemFocuses } from '../../core/petition-vocabulary.js';
import { activityMethods, briefingSources } from '../../core/round-vocabulary.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams, isoDate, optionalText, text } from '../../http/schemas.js';
import { recordBriefingResponse, requestBriefing } from '../../services/rounds/briefings.js';
import {
  listActivities,
  listBriefingsAndReports,
  listFindings,
} from '../../services/rounds/list-round-records.js';
import { roundFileIndex } from '../../services/rounds/file-index.js';
import { raiseClueFromActivity } from '../../services/rounds/raise-clue-from-activity.js';
import { raiseFinding } from '../../services/rounds/raise-finding.js';
import { recordActivity } from '../../services/rounds/record-activity.js';
import { recordFeedback, saveReport } from '../../services/rounds/reports.js';
import { surveyResults } from '../../services/rounds/survey-results.js';

const tags = ['rounds'];
const unitParams = idParams.extend({ unitId: z.uuid() });

const activity = z.object({
  id: z.string(),
  unitId: z.string(),
  teamId: z.string().nullable(),
  method: z.enum(activityMethods),
  occurredOn: z.string(),
  place: z.string().nullable(),
  summary: z.string(),
  record: z.string().nullable(),
  unannounced: z.boolean(),
  details: z.record(z.string(), z.unknown()),
  version: z.number(),
  createdAt: z.string(),
});
const finding = z.object({
  id: z.string(),
  unitId: z.string(),
  activityId: z.string().nullable(),
  problem: z.string(),
  focus: z.string().nullable(),
  disciplines: z.array(z.string()),
  evidence: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
});
const briefing = z.object({
  id: z.string(),
  source: z.enum(briefingSources),
  departmentId: z.string().nullable(),
  request: z.string(),
  dueOn: z.string(),
  response: z.string().nullable(),
  respondedOn: z.string().nullable(),
  version: z.number(),
});
const report = z.object({
  unitId: z.string(),
  content: z.string(),
  teamEvaluation: z.string().nullable(),
  approvedAt: z.string().nullable(),
  feedbackOn: z.string().nullable(),
  feedbackAttendees: z.string().nullable(),
  version: z.number(),
});

/** A round's briefings, on-site records, findings, reports and feedback. */
export const roundRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rounds/:id/activities',
    {
      schema: {
        tags,
        summary: '巡察了解活动记录',
        params: idParams,
        response: { 200: z.object({ items: z.array(activity) }) },
      },
    },
    async (request) => listActivities(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/rounds/:id/activities',
    {
      schema: {
        tags,
        summary: '记录巡察了解活动（个别谈话、调阅资料、座谈会、民主测评、实地走访……）',
        params: idParams,
        body: z.object({
          unitId: z.uuid(),
          method: z.enum(activityMethods),
          occurredOn: isoDate,
          place: optionalText(200),
          summary: text(500),
          record: z.string().trim().max(50_000).nullish(),
          unannounced: z.boolean().optional(),
          details: z.record(z.string(), z.unknown()).optional(),
        }),
        response: { 201: activity },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordActivity(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/rounds/:id/activities/:activityId/clues',
    {
      schema: {
        tags,
        summary: '由巡察记录生成问题线索（进入线索台账“报账”）',
        params: idParams.extend({ activityId: z.uuid() }),
        body: z.object({
          description: text(10_000),
          accusedName: optionalText(50),
          accusedPosition: optionalText(100),
        }),
        response: { 201: z.object({ id: z.string(), code: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await raiseClueFromActivity(
            ctxOf(request),
            request.params.id,
            request.params.activityId,
            request.body,
          ),
        ),
  );
  app.get(
    '/api/rounds/:id/findings',
    {
      schema: {
        tags,
        summary: '巡察发现问题',
        params: idParams,
        response: { 200: z.object({ items: z.array(finding) }) },
      },
    },
    async (request) => listFindings(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/rounds/:id/findings',
    {
      schema: {
        tags,
        summary: '记录巡察发现问题（可关联巡察记录）',
        params: idParams,
        body: z.object({
          unitId: z.uuid(),
          problem: text(5_000),
          activityId: z.uuid().nullish(),
          focus: z.enum(problemFocuses).nullish(),
          disciplines: z.array(z.enum(disciplines)).max(6).optional(),
          evidence: z.string().trim().max(10_000).nullish(),
        }),
        response: { 201: finding },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await raiseFinding(ctxOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/rounds/:id/file',
    {
      schema: {
        tags,
        summary: '情况通报与巡察报告',
        params: idParams,
        response: { 200: z.object({ briefings: z.array(briefing), reports: z.array(report) }) },
      },
    },
    async (request) => listBriefingsAndReports(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/rounds/:id/surveys',
    {
      schema: {
        tags,
        summary: '民主测评结果（按巡察对象与测评对象汇总：票数、得分、好与较好比例）',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                unitId: z.string(),
                unitName: z.string(),
                subject: z.string(),
                excellent: z.number(),
                good: z.number(),
                fair: z.number(),
                poor: z.number(),
                responses: z.number(),
                score: z.number(),
                goodShare: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => surveyResults(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/rounds/:id/file-index',
    {
      schema: {
        tags,
        summary: '立卷归案：案卷目录与各类记录数量（谈话、调阅、信访件、线索、发现问题）',
        params: idParams,
        response: {
          200: z.object({
            roundId: z.string(),
            name: z.string(),
            stage: z.string(),
            counts: z.object({
              talks: z.number(),
              documentReviews: z.number(),
              activities: z.number(),
              briefings: z.number(),
              findings: z.number(),
              reports: z.number(),
              petitions: z.number(),
              clues: z.number(),
              members: z.number(),
            }),
            activitiesByMethod: z.record(z.string(), z.number()),
            entries: z.array(
              z.object({
                no: z.number(),
                kind: z.enum(['briefing', 'activity', 'finding', 'report', 'clue']),
                id: z.string(),
                title: z.string(),
                on: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => roundFileIndex(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/rounds/:id/briefings',
    {
      schema: {
        tags,
        summary: '请求有关部门情况通报',
        params: idParams,
        body: z.object({
          source: z.enum(briefingSources),
          departmentId: z.uuid().nullish(),
          request: text(2_000),
          dueOn: isoDate,
        }),
        response: { 201: briefing },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestBriefing(ctxOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/rounds/:id/briefings/:briefingId/response',
    {
      schema: {
        tags,
        summary: '登记情况通报的回复',
        params: idParams.extend({ briefingId: z.uuid() }),
        body: z.object({
          response: text(20_000),
          respondedOn: isoDate,
          version: z.number().int().min(1),
        }),
        response: { 200: briefing },
      },
    },
    async (request) =>
      recordBriefingResponse(
        ctxOf(request),
        request.params.id,
        request.params.briefingId,
        request.body,
      ),
  );
  app.put(
    '/api/rounds/:id/reports/:unitId',
    {
      schema: {
        tags,
        summary: '撰写巡察报告（含领导班子评价；version 为 0 时新建）',
        params: unitParams,
        body: z.object({
          content: text(100_000),
          teamEvaluation: z.string().trim().max(20_000).nullish(),
          version: z.number().int().min(0),
        }),
        response: { 200: report },
      },
    },
    async (request) =>
      saveReport(ctxOf(request), request.params.id, request.params.unitId, request.body),
  );
  app.post(
    '/api/rounds/:id/reports/:unitId/feedback',
    {
      schema: {
        tags,
        summary: '反馈巡察意见（反馈会日期与参会人员）',
        params: unitParams,
        body: z.object({ feedbackOn: isoDate, attendees: text(2_000) }),
        response: { 200: report },
      },
    },
    async (request) =>
      recordFeedback(ctxOf(request), request.params.id, request.params.unitId, request.body),
  );
};
