import { asc, eq } from 'drizzle-orm';
import { dbOf, now, type Ctx } from '../../core/context.js';
import { DomainError, unauthenticated, unprocessable } from '../../core/errors.js';
import type { reportStatuses } from '../../core/public-report-vocabulary.js';
import { hashReceiptCode, normalizeReceiptCode } from '../../core/public/receipt-code.js';
import { issueSignedToken, readSignedToken } from '../../core/public/signed-token.js';
import { petitionMessages, petitions, publicReports } from '../../db/schema/index.js';

/** The reporter's session on the status page lasts half an hour; the code opens a new one. */
const TOKEN_MS = 30 * 60_000;

const wrongCode = () => new DomainError('not_found', '回执码不正确，请核对后重新输入');

/**
 * `POST /api/public/reports/access`: the receipt code for a short-lived token. A wrong code is
 * 404 with one message whatever was wrong; guessing is slowed by argon2id and answered 429 by
 * the per-IP limit on the route.
 */
export async function accessReport(ctx: Ctx, code: string) {
  const digits = normalizeReceiptCode(code);
  if (!digits)
    throw unprocessable('回执码应为 25 位数字', [
      { path: 'code', message: '回执码应为 25 位数字' },
    ]);
  const receiptHash = await hashReceiptCode(digits, ctx.deps.keyring.derivedKey('receipt'));
  const [report] = await dbOf(ctx)
    .select({ id: publicReports.id })
    .from(publicReports)
    .where(eq(publicReports.receiptHash, receiptHash));
  if (!report) throw wrongCode();
  const expires = new Date(now(ctx).getTime() + TOKEN_MS);
  return {
    token: issueSignedToken(ctx.deps.keyring.derivedKey('report-token'), 'r1', report.id, expires),
    expiresAt: expires.toISOString(),
  };
}

/** The report behind the `X-Report-Token` header, or 401. */
export async function reportOfToken(ctx: Ctx, token: string | undefined) {
  const id = token
    ? readSignedToken(ctx.deps.keyring.derivedKey('report-token'), 'r1', token, now(ctx))
    : null;
  const [row] = id
    ? await dbOf(ctx)
        .select({ report: publicReports, petition: petitions })
        .from(publicReports)
        .innerJoin(petitions, eq(petitions.id, publicReports.petitionId))
        .where(eq(publicReports.id, id))
    : [];
  if (!row) throw unauthenticated('请重新输入回执码');
  return row;
}

type Status = (typeof reportStatuses)[number];

/** What the reporter is told of the petition's state (never who handles it or how). */
export function statusOf(state: typeof petitions.$inferSelect.state): Status {
  switch (state) {
    case 'submitted':
    case 'registered':
    case 'proposed':
      return 'received';
    case 'approved':
      return 'accepted';
    case 'not_accepted':
      return 'notAccepted';
    case 'answered':
    case 'archived':
      return 'answered';
    default:
      return 'handling';
  }
}

/** `GET /api/public/reports/me`: status, answer, the thread (no staff notes), survey state. */
export async function myReport(ctx: Ctx, token: string | undefined) {
  const { report, petition } = await reportOfToken(ctx, token);
  const thread = await dbOf(ctx)
    .select({
      author: petitionMessages.author,
      body: petitionMessages.body,
      createdAt: petitionMessages.createdAt,
    })
    .from(petitionMessages)
    .where(eq(petitionMessages.petitionId, petition.id))
    .orderBy(asc(petitionMessages.createdAt));
  const status = statusOf(petition.state);
  return {
    receivedOn: petition.receivedOn,
    status,
    notAcceptedReason: petition.notAcceptedReason,
    answer:
      status === 'answered' && petition.answerContent
        ? { content: petition.answerContent, answeredOn: petition.answeredOn }
        : null,
    facts: petition.content,
    messages: thread.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    canSurvey: status === 'answered' && report.surveyedAt === null,
    surveyed: report.surveyedAt !== null,
    canWrite: petition.state !== 'archived',
  };
}
