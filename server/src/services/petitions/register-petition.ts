import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDate } from '../../core/calendar.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import {
  lshBands,
  minhashSignature,
  serializeSignature,
  shingles,
} from '../../core/dedup/minhash.js';
import { unauthenticated, unprocessable, type FieldError } from '../../core/errors.js';
import type {
  disciplines as disciplineCodes,
  petitionChannels,
  problemFocuses,
} from '../../core/petition-vocabulary.js';
import { scanTypes } from '../../core/files/sniff.js';
import { checkIdNumber } from '../../core/identity/id-number.js';
import { checkPhone } from '../../core/identity/phone.js';
import { searchVectorOf } from '../../core/search/sql.js';
import {
  departments,
  petitionAccused,
  petitionAttachments,
  petitions,
  rounds,
  storedFiles,
  units,
} from '../../db/schema/index.js';
import { petitionPolicy } from '../../policies/petition-policy.js';
import { orgPolicy } from '../../policies/org-policy.js';
import { dueDate } from '../calendar/deadlines.js';
import { getSetting } from '../settings/get-setting.js';
import { nextNumber } from './next-code.js';
import { sealPetitioner } from './petition-identity.js';
import type { AccusedInput, PetitionerInput } from './petition-types.js';

export interface RegisterPetitionInput {
  jurisdictionId?: string;
  channel: (typeof petitionChannels)[number];
  roundId?: string | null;
  sourceDepartmentId?: string | null;
  sourceReference?: string | null;
  receivedOn: string;
  anonymous: boolean;
  petitioner?: PetitionerInput | null;
  accused: AccusedInput[];
  focus?: (typeof problemFocuses)[number] | null;
  disciplines?: (typeof disciplineCodes)[number][];
  summary: string;
  content: string;
  fileIds?: string[];
  /**
   * The letter's ID number or phone is wrong as written and the clerk keeps it as it stands: the
   * petition is registered with the value flagged. Without it a bad value is refused (422).
   */
  keepFlagged?: boolean;
}

/** An ID number with a bad checksum or date, a malformed phone number: field errors for the form. */
function identityProblems(petitioner: PetitionerInput | null | undefined, at: Date): FieldError[] {
  const problems: FieldError[] = [];
  const idNumber = petitioner?.idNumber?.trim();
  const id = idNumber ? checkIdNumber(idNumber, at) : null;
  if (id && !id.valid)
    problems.push({ path: 'petitioner.idNumber', message: `身份证号码有误：${id.problem}` });
  const phoneNumber = petitioner?.phone?.trim();
  const phone = phoneNumber ? checkPhone(phoneNumber) : null;
  if (phone && !phone.valid)
    problems.push({ path: 'petitioner.phone', message: `电话号码有误：${phone.problem}` });
  return problems;
}

/** The text a petition is found by: summary, full text and who and what it is about. */
export function petitionSearchText(input: {
  summary: string;
  content: string;
  accused: { name?: string | null; unitName?: string | null; position?: string | null }[];
}): string[] {
  return [
    input.summary,
    input.content,
    ...input.accused.flatMap((a) =>
      [a.name, a.unitName, a.position].filter((v): v is string => !!v),
    ),
  ];
}

export function dedupFields(summary: string, content: string) {
  const signature = minhashSignature(shingles(`${summary}\n${content}`));
  return { minhash: serializeSignature(signature), dedupBands: lshBands(signature) };
}

/** 登记: validates, seals the identity, sets the acceptance deadline, indexes, audits. */
export async function registerPetition(ctx: Ctx, input: RegisterPetitionInput): Promise<string> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const jurisdictionId = input.jurisdictionId ?? actor.jurisdictionId;
  petitionPolicy.authorizeRegister(actor, jurisdictionId);
  const errors: FieldError[] = [];
  const today = cstDate(now(ctx));
  if (input.receivedOn > today)
    errors.push({ path: 'receivedOn', message: '收件日期不能晚于今天' });
  if (input.channel === 'round' && !input.roundId) {
    errors.push({ path: 'roundId', message: '巡察期间收到的信访件须关联巡察轮次' });
  }
  if (input.anonymous && input.petitioner && Object.values(input.petitioner).some((v) => v)) {
    errors.push({ path: 'petitioner', message: '匿名信访不应填写信访人信息' });
  }
  if (!input.anonymous && !input.petitioner?.name?.trim()) {
    errors.push({ path: 'petitioner.name', message: '实名信访须填写信访人姓名' });
  }
  if (input.accused.length === 0)
    errors.push({ path: 'accused', message: '请至少填写一个被反映人或被反映单位' });
  const unitIds = input.accused.flatMap((a) => (a.unitId ? [a.unitId] : []));
  const knownUnits = unitIds.length
    ? await dbOf(ctx)
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(and(inArray(units.id, unitIds), orgPolicy.unitVisibleWhere(actor)))
    : [];
  input.accused.forEach((a, i) => {
    if (a.unitId && !knownUnits.some((u) => u.id === a.unitId)) {
      errors.push({ path: `accused.${i}.unitId`, message: '单位不存在' });
    }
    if (a.kind === 'person' && !a.name?.trim())
      errors.push({ path: `accused.${i}.name`, message: '请填写姓名' });
    if (a.kind === 'unit' && !a.unitId && !a.unitName?.trim()) {
      errors.push({ path: `accused.${i}.unitName`, message: '请填写或选择单位' });
    }
  });
  if (input.sourceDepartmentId) {
    const [dept] = await dbOf(ctx)
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(eq(departments.id, input.sourceDepartmentId), orgPolicy.departmentVisibleWhere(actor)),
      );
    if (!dept) errors.push({ path: 'sourceDepartmentId', message: '来源部门不存在' });
  }
  if (input.roundId) {
    const [round] = await dbOf(ctx)
      .select({ state: rounds.state })
      .from(rounds)
      .where(and(eq(rounds.id, input.roundId), eq(rounds.jurisdictionId, jurisdictionId)));
    if (!round) errors.push({ path: 'roundId', message: '巡察轮次不存在' });
    else if (round.state === 'archived')
      errors.push({ path: 'roundId', message: '该巡察轮次已立卷归案' });
  }
  const fileIds = [...new Set(input.fileIds ?? [])];
  if (fileIds.length) {
    const own = await dbOf(ctx)
      .select({ id: storedFiles.id, mimeType: storedFiles.mimeType })
      .from(storedFiles)
      .where(and(inArray(storedFiles.id, fileIds), eq(storedFiles.uploadedBy, actor.userId)));
    if (own.length !== fileIds.length) errors.push({ path: 'fileIds', message: '附件不存在' });
    else if (own.some((f) => !(scanTypes as readonly string[]).includes(f.mimeType)))
      errors.push({ path: 'fileIds', message: '信访件附件只能是图片或 PDF 扫描件' });
  }
  if (!input.anonymous && !input.keepFlagged)
    errors.push(...identityProblems(input.petitioner, now(ctx)));
  if (errors.length) throw unprocessable('信访件信息有误', errors);

  const accused = input.accused.map((a) => ({
    kind: a.kind,
    name: a.name?.trim() || null,
    position: a.position?.trim() || null,
    unitId: a.unitId ?? null,
    unitName: knownUnits.find((u) => u.id === a.unitId)?.name ?? (a.unitName?.trim() || null),
  }));
  const acceptanceDays = await getSetting(ctx, jurisdictionId, 'petition.acceptanceDays');
  const acceptanceDueOn = await dueDate(ctx, jurisdictionId, input.receivedOn, acceptanceDays);
  const id = randomUUID();
  const sealed = sealPetitioner(
    ctx.deps.keyring,
    id,
    input.anonymous ? null : input.petitioner,
    now(ctx),
  );

  return insertPetition(ctx, {
    id,
    jurisdictionId,
    channel: input.channel,
    roundId: input.roundId ?? null,
    sourceDepartmentId: input.sourceDepartmentId ?? null,
    sourceReference: input.sourceReference?.trim() || null,
    receivedOn: input.receivedOn,
    anonymous: input.anonymous,
    sealed,
    focus: input.focus ?? null,
    disciplines: [...new Set(input.disciplines ?? [])],
    summary: input.summary.trim(),
    content: input.content.trim(),
    state: 'registered',
    registeredBy: actor.userId,
    acceptanceDueOn,
    accused,
    fileIds,
  });
}

export interface NewPetition {
  id: string;
  jurisdictionId: string;
  channel: (typeof petitionChannels)[number];
  roundId: string | null;
  sourceDepartmentId?: string | null;
  sourceReference?: string | null;
  receivedOn: string;
  anonymous: boolean;
  sealed: ReturnType<typeof sealPetitioner>;
  focus: (typeof problemFocuses)[number] | null;
  disciplines: (typeof disciplineCodes)[number][];
  summary: string;
  content: string;
  /** `registered` by a clerk, or `submitted` on the public page (awaiting 登记). */
  state: 'registered' | 'submitted';
  registeredBy: string | null;
  acceptanceDueOn: string;
  accused: {
    kind: AccusedInput['kind'];
    name: string | null;
    position: string | null;
    unitId: string | null;
    unitName: string | null;
  }[];
  fileIds: string[];
}

/** Numbers (XF<year><serial>), indexes for search and duplicates, stores and audits a petition. */
export async function insertPetition(ctx: Ctx, p: NewPetition): Promise<string> {
  return withTransaction(ctx, async (ctx) => {
    const year = Number(p.receivedOn.slice(0, 4));
    const serial = await nextNumber(ctx, p.jurisdictionId, 'petition', year);
    const code = `XF${year}${String(serial).padStart(5, '0')}`;
    await dbOf(ctx)
      .insert(petitions)
      .values({
        id: p.id,
        jurisdictionId: p.jurisdictionId,
        code,
        channel: p.channel,
        roundId: p.roundId,
        sourceDepartmentId: p.sourceDepartmentId ?? null,
        sourceReference: p.sourceReference ?? null,
        receivedOn: p.receivedOn,
        anonymous: p.anonymous,
        ...p.sealed,
        focus: p.focus,
        disciplines: p.disciplines,
        summary: p.summary,
        content: p.content,
        state: p.state,
        registeredBy: p.registeredBy,
        acceptanceDueOn: p.acceptanceDueOn,
        ...dedupFields(p.summary, p.content),
        searchVector: searchVectorOf(...petitionSearchText(p)) as never,
        createdAt: now(ctx),
        updatedAt: now(ctx),
      });
    await dbOf(ctx)
      .insert(petitionAccused)
      .values(p.accused.map((a) => ({ ...a, petitionId: p.id })));
    if (p.fileIds.length) {
      await dbOf(ctx)
        .insert(petitionAttachments)
        .values(
          p.fileIds.map((fileId) => ({
            petitionId: p.id,
            fileId,
            addedBy: p.registeredBy,
            addedAt: now(ctx),
          })),
        );
    }
    await emitAudit(ctx, {
      action: 'petition.create',
      entityType: 'petition',
      entityId: p.id,
      jurisdictionId: p.jurisdictionId,
      detail: {
        code,
        channel: p.channel,
        anonymous: p.anonymous,
        accused: p.accused.length,
        attachments: p.fileIds.length,
        idNumberFlagged: !!p.sealed.idNumberProblem,
        phoneFlagged: !!p.sealed.phoneProblem,
      },
    });
    return p.id;
  });
}
