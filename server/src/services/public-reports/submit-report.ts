import { randomUUID } from 'node:crypto';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { DomainError, unprocessable, type FieldError } from '../../core/errors.js';
import { checkIdNumber } from '../../core/identity/id-number.js';
import { checkPhone } from '../../core/identity/phone.js';
import type { problemFocuses } from '../../core/petition-vocabulary.js';
import { hashReceiptCode, newReceiptCode } from '../../core/public/receipt-code.js';
import { publicReports, roleAssignments } from '../../db/schema/index.js';
import { dueDate } from '../calendar/deadlines.js';
import { notify } from '../notifications/notify.js';
import { sealPetitioner } from '../petitions/petition-identity.js';
import { insertPetition } from '../petitions/register-petition.js';
import { getSetting } from '../settings/get-setting.js';
import { reportDestination } from './portal.js';
import { filesOfHandles } from './public-files.js';
import { spendProofOfWork } from './proof-of-work.js';

export interface PublicReportInput {
  roundId?: string | null;
  pow: { challenge: string; nonce: string };
  accused: { name?: string | null; unitName?: string | null; position?: string | null }[];
  focus?: (typeof problemFocuses)[number] | null;
  facts: string;
  anonymous: boolean;
  identity?: { name?: string | null; phone?: string | null; idNumber?: string | null } | null;
  locale?: 'zh-CN' | 'en-US';
  /** Handles of evidence uploaded with `POST /api/public/files`. */
  files?: string[] | null;
}

const SUMMARY_CHARS = 40;

function checkReport(input: PublicReportInput, at: Date): FieldError[] {
  const errors: FieldError[] = [];
  input.accused.forEach((a, i) => {
    if (!a.name?.trim() && !a.unitName?.trim())
      errors.push({ path: `accused.${i}.name`, message: '请填写被反映人姓名或单位' });
  });
  if (input.anonymous && input.identity && Object.values(input.identity).some((v) => v?.trim()))
    errors.push({ path: 'identity', message: '匿名举报不应填写身份信息' });
  if (!input.anonymous) {
    if (!input.identity?.name?.trim())
      errors.push({ path: 'identity.name', message: '实名举报请填写姓名' });
    const phone = input.identity?.phone?.trim();
    if (!phone) errors.push({ path: 'identity.phone', message: '实名举报请留下联系电话' });
    else if (!checkPhone(phone).valid)
      errors.push({ path: 'identity.phone', message: '电话号码有误' });
    const id = input.identity?.idNumber?.trim();
    const idCheck = id ? checkIdNumber(id, at) : null;
    if (idCheck && !idCheck.valid)
      errors.push({ path: 'identity.idNumber', message: `身份证号码有误：${idCheck.problem}` });
  }
  return errors;
}

/**
 * `POST /api/public/reports` (no login): after the proof of work and the overall hourly limit,
 * the report becomes a petition on channel `online` awaiting 登记 by a clerk (duplicates are
 * suggested like for any petition), and the reporter gets the receipt code — shown once, kept
 * only as its argon2id hash. Nothing about the sender's connection is stored.
 */
export async function submitPublicReport(ctx: Ctx, input: PublicReportInput) {
  const at = now(ctx);
  const errors = checkReport(input, at);
  if (errors.length) throw unprocessable('举报信息有误', errors);
  const destination = await reportDestination(ctx, input.roundId);
  const fileIds = await filesOfHandles(ctx, input.files);
  await spendProofOfWork(ctx, input.pow);
  const overall = await getSetting(ctx, destination.jurisdictionId, 'public.reportsPerHourOverall');
  const [{ recent } = { recent: 0 }] = await dbOf(ctx)
    .select({ recent: sql<number>`count(*)::int` })
    .from(publicReports)
    .where(gt(publicReports.createdAt, new Date(at.getTime() - 3_600_000)));
  if (Number(recent) >= overall)
    throw new DomainError('rate_limited', '当前举报较多，请稍后再试，或通过来信、来访、电话反映');

  const { jurisdictionId } = destination;
  const receivedOn = cstDate(at);
  const days = await getSetting(ctx, jurisdictionId, 'petition.acceptanceDays');
  const id = randomUUID();
  const facts = input.facts.trim();
  const accused = input.accused.map((a) => ({
    kind: a.name?.trim() ? ('person' as const) : ('unit' as const),
    name: a.name?.trim() || null,
    position: a.position?.trim() || null,
    unitId: null,
    unitName: a.unitName?.trim() || null,
  }));
  const receiptCode = newReceiptCode();
  const receiptHash = await hashReceiptCode(
    receiptCode.replace(/-/g, ''),
    ctx.deps.keyring.derivedKey('receipt'),
  );
  await withTransaction(ctx, async (ctx) => {
    await insertPetition(ctx, {
      id,
      jurisdictionId,
      channel: 'online',
      roundId: destination.roundId,
      receivedOn,
      anonymous: input.anonymous,
      sealed: sealPetitioner(ctx.deps.keyring, id, input.anonymous ? null : input.identity, at),
      focus: input.focus ?? null,
      disciplines: [],
      summary: facts.length > SUMMARY_CHARS ? `${facts.slice(0, SUMMARY_CHARS)}…` : facts,
      content: facts,
      state: 'submitted',
      registeredBy: null,
      acceptanceDueOn: await dueDate(ctx, jurisdictionId, receivedOn, days),
      accused,
      fileIds,
    });
    await dbOf(ctx)
      .insert(publicReports)
      .values({ petitionId: id, receiptHash, locale: input.locale ?? 'zh-CN', createdAt: at });
    const clerks = await dbOf(ctx)
      .select({ userId: roleAssignments.userId })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.jurisdictionId, jurisdictionId),
          inArray(roleAssignments.role, ['petition_clerk', 'office_admin']),
        ),
      );
    await notify(
      ctx,
      clerks.map((c) => c.userId),
      {
        kind: 'petition.submitted_online',
        title: '收到一件网上举报，待登记',
        link: `/petitions/${id}`,
      },
    );
  });
  return { receiptCode, receivedOn };
}
