import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { systemContext } from '../../core/context.js';
import { REPORT_TOKEN_HEADER } from '../../core/public/signed-token.js';
import type { SettingKey } from '../../core/settings/registry.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { portalJurisdiction } from '../../services/public-reports/portal.js';
import { powChallenge } from '../../services/public-reports/proof-of-work.js';
import { accessReport, myReport } from '../../services/public-reports/report-access.js';
import {
  addReporterMessage,
  addStaffMessage,
  listPetitionMessages,
} from '../../services/public-reports/report-messages.js';
import { submitPublicReport } from '../../services/public-reports/submit-report.js';
import { submitSurvey, surveyCounts } from '../../services/public-reports/survey.js';
import { uploadPublicFile } from '../../services/public-reports/public-files.js';
import { uploadedFile } from '../../http/upload.js';
import { reportPoster } from '../../services/rounds/report-poster.js';
import { getSetting } from '../../services/settings/get-setting.js';
import { sendDownload } from '../../http/download.js';
import {
  accessBody,
  accessView,
  messageBody,
  myReportView,
  okView,
  powView,
  publicFileView,
  receiptView,
  reporterMessageBody,
  reportBody,
  surveyBody,
  surveyCountsView,
  threadView,
} from './schemas.js';

const tags = ['public-reports'];

const tokenOf = (request: FastifyRequest) => {
  const value = request.headers[REPORT_TOKEN_HEADER];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The public reporting portal (issue: public portal): no login; the reporter's only key is the
 * receipt code. Per-IP limits are kept in memory by the rate limiter (an address is never
 * written anywhere), and these routes log at warn level so that request lines with addresses
 * are not written either.
 */
export const publicReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const limit = (key: SettingKey, timeWindow: string) => ({
    rateLimit: {
      timeWindow,
      max: async () =>
        (await getSetting(
          systemContext(app.deps),
          await portalJurisdiction(systemContext(app.deps)),
          key,
        )) as number,
    },
  });
  const quiet = { logLevel: 'warn' as const };

  app.get(
    '/api/public/pow-challenge',
    {
      ...quiet,
      config: { public: true },
      schema: { tags, summary: '取得提交举报所需的工作量证明题目', response: { 200: powView } },
    },
    async (request) => powChallenge(request.ctx),
  );
  app.post(
    '/api/public/reports',
    {
      ...quiet,
      config: { public: true, ...limit('public.reportsPerHourPerIp', '1 hour') },
      schema: {
        tags,
        summary: '提交举报（无需登录；回执码只显示一次）',
        body: reportBody,
        response: { 201: receiptView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitPublicReport(request.ctx, request.body)),
  );
  app.post(
    '/api/public/files',
    {
      ...quiet,
      config: { public: true, ...limit('public.filesPerHourPerIp', '1 hour') },
      schema: {
        tags,
        summary: '上传举报证据（图片或 PDF，≤ 10 MB；返回随举报提交的文件凭据）',
        consumes: ['multipart/form-data'],
        response: { 201: publicFileView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await uploadPublicFile(request.ctx, await uploadedFile(request))),
  );
  app.post(
    '/api/public/reports/access',
    {
      ...quiet,
      config: { public: true, ...limit('public.receiptTriesPerMinutePerIp', '1 minute') },
      schema: {
        tags,
        summary: '凭回执码查询（换取 30 分钟有效的查询令牌）',
        body: accessBody,
        response: { 200: accessView },
      },
    },
    async (request) => accessReport(request.ctx, request.body.code),
  );
  app.get(
    '/api/public/reports/me',
    {
      ...quiet,
      config: { public: true },
      schema: { tags, summary: '举报办理状态、答复和沟通记录', response: { 200: myReportView } },
    },
    async (request) => myReport(request.ctx, tokenOf(request)),
  );
  app.post(
    '/api/public/reports/me/messages',
    {
      ...quiet,
      config: { public: true, ...limit('public.reportsPerHourPerIp', '1 hour') },
      schema: {
        tags,
        summary: '补充情况或回答承办人的问题',
        body: reporterMessageBody,
        response: { 200: okView },
      },
    },
    async (request) => addReporterMessage(request.ctx, tokenOf(request), request.body),
  );
  app.post(
    '/api/public/reports/me/survey',
    {
      ...quiet,
      config: { public: true },
      schema: {
        tags,
        summary: '答复满意度评价（匿名统计，不与举报关联）',
        body: surveyBody,
        response: { 200: okView },
      },
    },
    async (request) => submitSurvey(request.ctx, tokenOf(request), request.body),
  );

  app.get(
    '/api/petitions/:id/messages',
    {
      schema: {
        tags,
        summary: '与网上举报人的沟通记录',
        params: idParams,
        response: { 200: threadView },
      },
    },
    async (request) => listPetitionMessages(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/petitions/:id/messages',
    {
      schema: {
        tags,
        summary: '向网上举报人提问或告知（举报人凭回执码查看）',
        params: idParams,
        body: messageBody,
        response: { 200: threadView },
      },
    },
    async (request) => addStaffMessage(ctxOf(request), request.params.id, request.body.body),
  );
  app.get(
    '/api/satisfaction-surveys',
    {
      schema: {
        tags,
        summary: '满意度测评统计（按办理单位）',
        response: { 200: surveyCountsView },
      },
    },
    async (request) => surveyCounts(ctxOf(request)),
  );
  app.get(
    '/api/rounds/:id/report-poster',
    {
      schema: {
        tags,
        summary: '码上巡察海报（PNG：本轮举报链接二维码与受理须知）',
        params: idParams,
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await reportPoster(
          ctxOf(request),
          request.params.id,
          `${request.protocol}://${request.host}`,
        ),
      ),
  );
};
