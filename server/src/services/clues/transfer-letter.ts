import { and, eq } from 'drizzle-orm';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDateTime } from '../../core/calendar.js';
import { clueSourceLabels } from '../../core/clue-labels.js';
import { dbOf, now, withTransaction, type Ctx } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { formDocx } from '../../core/documents/docx.js';
import { disciplineLabels, focusLabels } from '../../core/petition-labels.js';
import { clueTransfers, departments, jurisdictions } from '../../db/schema/index.js';
import { findVisibleClue } from './find-visible-clue.js';

/**
 * `GET /api/clues/:id/transfers/:transferId/letter.docx`: the 移交函 as a document, for whoever
 * sees the clue (the office that sends it, the receiver that files it); marked and audited.
 */
export async function transferLetterDocx(ctx: Ctx, clueId: string, transferId: string) {
  const { actor, clue } = await findVisibleClue(ctx, clueId);
  const [row] = await dbOf(ctx)
    .select({ t: clueTransfers, receiver: departments.name })
    .from(clueTransfers)
    .innerJoin(departments, eq(departments.id, clueTransfers.receiverDepartmentId))
    .where(and(eq(clueTransfers.id, transferId), eq(clueTransfers.clueId, clue.id)));
  if (!row) throw notFound('移交记录');
  const [sender] = await dbOf(ctx)
    .select({ name: jurisdictions.name })
    .from(jurisdictions)
    .where(eq(jurisdictions.id, clue.jurisdictionId));
  const at = now(ctx);
  const category = [
    clue.focus ? focusLabels[clue.focus] : null,
    ...clue.disciplines.map((d) => disciplineLabels[d]),
  ]
    .filter(Boolean)
    .join('、');
  const content = await formDocx({
    title: '问题线索移交函',
    mark: `${row.t.letterNumber} · 打印：${actor.displayName}（${actor.username}）· ${cstDateTime(at)}`,
    rows: [
      ['文号', row.t.letterNumber],
      ['移交单位', `中共${sender?.name ?? ''}委员会巡察工作领导小组办公室`],
      ['接收单位', row.receiver],
      ['线索编号', clue.code],
      ['线索来源', clueSourceLabels[clue.source]],
      ['被反映人', clue.accusedName ?? ''],
      ['单位职务', [clue.accusedUnitName, clue.accusedPosition].filter(Boolean).join(' ')],
      ['问题类别', category],
      ['主要问题', clue.description],
      ['移交日期', row.t.transferredOn],
      ['反馈期限', row.t.feedbackDueOn],
      ...(row.t.changeReason
        ? [['改变建议接收单位的理由', row.t.changeReason] as [string, string]]
        : []),
    ],
    sections: [
      {
        heading: '移交说明',
        lines: [
          `按照干部管理权限，现将上述问题线索移交你单位处置，请于 ${row.t.feedbackDueOn} 前将处置方式和办理结果书面反馈巡察办。`,
          '本函及所附材料属于工作秘密，请严格控制知悉范围。',
        ],
      },
    ],
  });
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'clue.exported',
      entityType: 'clue',
      entityId: clue.id,
      jurisdictionId: clue.jurisdictionId,
      detail: { document: 'transfer_letter', transferId, letterNumber: row.t.letterNumber },
    }),
  );
  return {
    name: `问题线索移交函-${clue.code}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    content,
  };
}
