import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, statusOfCode, type FieldError } from '../core/errors.js';

const titles: Record<number, string> = {
  400: '请求有误',
  401: '未登录或登录已过期',
  403: '无权执行此操作',
  404: '未找到',
  405: '不支持的请求方法',
  406: '无法提供所请求的格式',
  409: '操作冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '无法处理的内容',
  429: '请求过于频繁',
  500: '服务器内部错误',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  code: string;
  errors?: FieldError[];
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
) {
  const problem: Problem = {
    type: `urn:xuncha:problem:${code}`,
    title: titles[status] ?? titles[status >= 500 ? 500 : 400]!,
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    code,
    ...(errors?.length ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Fastify's own 4xx errors, by code, with a message fit for a user. */
const fastifyErrors: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', '请求内容超过大小上限'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', '不支持的内容类型'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'validation', '请求长度不正确'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'validation', '请求体不能为空'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'validation', '请求体不是有效的 JSON'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [
    415,
    'unsupported_media_type',
    '请以 multipart/form-data 上传文件',
  ],
  FST_REQ_FILE_TOO_LARGE: [413, 'payload_too_large', '文件超过大小上限'],
  FST_FILES_LIMIT: [413, 'payload_too_large', '一次只能上传一个文件'],
  FST_PARTS_LIMIT: [413, 'payload_too_large', '表单字段过多'],
};

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const errors = error.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? '无效',
      }));
      return sendProblem(request, reply, 400, 'validation', '输入有误，请检查标出的字段', errors);
    }
    if (error instanceof DomainError) {
      if (error.extra.retryAfterSeconds) {
        void reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return sendProblem(
        request,
        reply,
        statusOfCode[error.code],
        error.code,
        error.message,
        error.extra.errors,
      );
    }
    const known = error.code ? fastifyErrors[error.code] : undefined;
    if (known) return sendProblem(request, reply, known[0], known[1], known[2]);
    if (error.statusCode === 429) {
      return sendProblem(request, reply, 429, 'rate_limited', '请求过于频繁，请稍后再试');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode, 'bad_request', '请求无法处理');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      500,
      'internal',
      `请求未能完成，请联系管理员并提供请求编号 ${request.id}`,
    );
  });
}
