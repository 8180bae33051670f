import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDateTime } from '../../core/calendar.js';
import { now, withTransaction, type Ctx } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { formDocx } from '../../core/documents/docx.js';
import {
  actionLabels,
  answerMethodLabels,
  channelLabels,
  disciplineLabels,
  focusLabels,
  stateLabels,
} from '../../core/petition-labels.js';
import { watermarkText } from '../../core/files/watermark.js';
import { activeGrant } from './access-requests.js';
import { findVisiblePetition } from './find-visible-petition.js';
import { petitionDetail } from './present-petition.js';

/**
 * 导出信访件登记表 (.docx): a copy of the petition's file, so it needs the same approved copy request
 * as an attachment. The identity stays masked (revealing it is a separate, identity request); every
 * page is marked with who exported it and when; the export is audited.
 */
export async function exportPetitionDocx(ctx: Ctx, id: string) {
  const { actor, petition } = await findVisiblePetition(ctx, id);
  const grant = await activeGrant(ctx, petition.id, 'copy');
  if (!grant) throw forbidden('导出信访件须经领导批准的复印申请（批准后限时有效）');
  const detail = await petitionDetail(ctx, petition, actor);
  const at = now(ctx);
  const accused = detail.accused
    .map((a) =>
      a.kind === 'person'
        ? `${a.name ?? ''}（${[a.unitName, a.position].filter(Boolean).join(' ')}）`
        : `单位：${a.unitName ?? ''}`,
    )
    .join('\n');
  const content = await formDocx({
    title: '信访件登记表',
    mark: `复印件 · ${actor.displayName}（${actor.username}）· ${cstDateTime(at)} · ${watermarkText({ username: actor.username, at, reference: grant.id.slice(0, 8) })}`,
    rows: [
      ['编号', detail.code],
      ['来源渠道', channelLabels[detail.channel] ?? detail.channel],
      ['收件日期', detail.receivedOn],
      ['来源文号', detail.sourceReference ?? ''],
      [
        '信访人',
        detail.anonymous
          ? '匿名'
          : `${detail.petitionerName ?? ''} ${detail.petitionerPhone ?? ''}`,
      ],
      ['被反映人/单位', accused],
      [
        '问题类别',
        [
          detail.focus ? focusLabels[detail.focus] : null,
          ...detail.disciplines.map((d) => disciplineLabels[d as keyof typeof disciplineLabels]),
        ]
          .filter(Boolean)
          .join('、'),
      ],
      ['内容摘要', detail.summary],
      ['反映内容', detail.content],
      ['办理状态', stateLabels[detail.state]],
      ['受理告知期限', detail.acceptanceDueOn],
      ['办结期限', detail.conclusionDueOn ?? ''],
      [
        '答复情况',
        detail.answer
          ? `${answerMethodLabels[detail.answer.method] ?? detail.answer.method} ${detail.answer.answeredOn ?? ''}\n${detail.answer.content ?? ''}`
          : '',
      ],
    ],
    sections: [
      {
        heading: '办理过程',
        lines: detail.timeline.map(
          (e) =>
            `${cstDateTime(e.at)}  ${actionLabels[e.action] ?? e.action}  ${e.actorName ?? ''}${e.opinion ? `：${e.opinion}` : ''}`,
        ),
      },
    ],
  });
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'petition.exported',
      entityType: 'petition',
      entityId: petition.id,
      jurisdictionId: petition.jurisdictionId,
      detail: { format: 'docx', grantId: grant.id },
    }),
  );
  return { name: `信访件登记表-${detail.code}.docx`, content };
}
