import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDownload } from '../../http/download.js';
import { ctxOf } from '../../http/request-context.js';
import { idParams } from '../../http/schemas.js';
import { createClue, updateClue } from '../../services/clues/create-clue.js';
import { exportLedger } from '../../services/clues/export-ledger.js';
import { getClue } from '../../services/clues/get-clue.js';
import { scanLedgerNow } from '../../services/clues/ledger-scan.js';
import { listClues } from '../../services/clues/list-clues.js';
import { openClueFile } from '../../services/clues/open-clue-file.js';
import { listTransfers, transferClue } from '../../services/clues/transfer-clue.js';
import { transferLetterDocx } from '../../services/clues/transfer-letter.js';
import { transitionClue } from '../../services/clues/transition-clue.js';
import {
  clueBody,
  clueDetail,
  clueExportQuery,
  clueList,
  cluePatch,
  clueQuery,
  clueTransfer,
  clueTransitionBody,
  scanResult,
  transferBody,
} from './schemas.js';

const tags = ['clues'];

export const clueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/clues',
    {
      schema: {
        tags,
        summary: '问题线索台账（五账、账龄、挂账/呆账；按可见范围）',
        querystring: clueQuery,
        response: { 200: clueList },
      },
    },
    async (request) => listClues(ctxOf(request), request.query),
  );
  app.post(
    '/api/clues',
    {
      schema: {
        tags,
        summary: '登记问题线索（审计、有关部门移送等；报账）',
        body: clueBody,
        response: { 201: clueDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createClue(ctxOf(request), request.body)),
  );
  app.get(
    '/api/clues/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出问题线索台账 .xlsx（按可见范围与筛选条件；记入审计）',
        querystring: clueExportQuery,
      },
    },
    async (request, reply) =>
      sendDownload(reply, await exportLedger(ctxOf(request), request.query)),
  );
  app.post(
    '/api/clues/ledger-scan',
    {
      schema: {
        tags,
        summary: '立即检查挂账、呆账、逾期反馈（督办）与暂存待查复查',
        response: { 200: scanResult },
      },
    },
    async (request) => scanLedgerNow(ctxOf(request)),
  );
  app.get(
    '/api/clues/:id',
    {
      schema: {
        tags,
        summary: '问题线索详情（查看记入审计）',
        params: idParams,
        response: { 200: clueDetail },
      },
    },
    async (request) => getClue(ctxOf(request), request.params.id),
  );
  app.patch(
    '/api/clues/:id',
    {
      schema: {
        tags,
        summary: '修改问题线索（移交前，巡察办）',
        params: idParams,
        body: cluePatch,
        response: { 200: clueDetail },
      },
    },
    async (request) => updateClue(ctxOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/clues/:id/transitions',
    {
      schema: {
        tags,
        summary: '线索流转：交账、签收（查账）、报告处置方式、一案双查、销账',
        params: idParams,
        body: clueTransitionBody,
        response: { 200: clueDetail },
      },
    },
    async (request) => transitionClue(ctxOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/clues/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: '下载线索材料（能看到线索的人员；记入审计）',
        params: idParams.extend({ fileId: z.uuid() }),
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await openClueFile(ctxOf(request), request.params.id, request.params.fileId),
      ),
  );
  app.get(
    '/api/clues/:id/transfers/:transferId/letter.docx',
    {
      schema: {
        tags,
        summary: '打印移交函 .docx（能看到线索的人员；记入审计）',
        params: idParams.extend({ transferId: z.uuid() }),
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await transferLetterDocx(ctxOf(request), request.params.id, request.params.transferId),
      ),
  );
  app.get(
    '/api/clues/:id/transfers',
    {
      schema: {
        tags,
        summary: '线索移交记录（移交函）',
        params: idParams,
        response: { 200: z.array(clueTransfer) },
      },
    },
    async (request) => listTransfers(ctxOf(request), request.params.id),
  );
  app.post(
    '/api/clues/:id/transfers',
    {
      schema: {
        tags,
        summary: '按干部管理权限移交线索（转账；生成移交函文号）',
        params: idParams,
        body: transferBody,
        response: { 201: clueDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await transferClue(ctxOf(request), request.params.id, request.body)),
  );
};
