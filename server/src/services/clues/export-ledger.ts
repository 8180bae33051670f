import ExcelJS from 'exceljs';
import { emitAudit } from '../../core/audit/emit-audit.js';
import { cstDateTime } from '../../core/calendar.js';
import {
  clueAccountLabels,
  clueDisposalLabels,
  clueOutcomeLabels,
  clueSourceLabels,
} from '../../core/clue-labels.js';
import { now, withTransaction, type Ctx } from '../../core/context.js';
import { unauthenticated } from '../../core/errors.js';
import { disciplineLabels, focusLabels } from '../../core/petition-labels.js';
import { clueWhere, selectClues, type ClueFilter } from './list-clues.js';

const columns = [
  { header: '序号', width: 6 },
  { header: '线索来源', width: 14 },
  { header: '被反映人', width: 12 },
  { header: '单位职务', width: 26 },
  { header: '问题类别', width: 18 },
  { header: '主要问题', width: 50 },
  { header: '移交时间', width: 12 },
  { header: '接收单位', width: 18 },
  { header: '处置方式', width: 12 },
  { header: '办理结果', width: 14 },
  { header: '状态', width: 10 },
];

/**
 * `GET /api/clues/export.xlsx`: the ledger in the familiar layout, over exactly what the caller
 * may see with the list's filters; marked with who exported it and when; audited.
 */
export async function exportLedger(ctx: Ctx, filter: ClueFilter) {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const rows = await selectClues(ctx, clueWhere(ctx, filter));
  const at = now(ctx);
  const book = new ExcelJS.Workbook();
  book.creator = 'Xuncha';
  book.created = at;
  const sheet = book.addWorksheet('问题线索台账', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
    headerFooter: {
      oddFooter: `&L导出：${actor.displayName} ${cstDateTime(at)}&R第 &P 页 共 &N 页`,
    },
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = '问题线索台账';
  sheet.getCell(1, 1).font = { name: '宋体', size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.getRow(2).values = columns.map((c) => c.header);
  sheet.getRow(2).font = { name: '宋体', bold: true };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  rows.forEach(({ clue: c, receiverName }, i) => {
    const category = [
      c.focus ? focusLabels[c.focus] : null,
      ...c.disciplines.map((d) => disciplineLabels[d]),
    ]
      .filter(Boolean)
      .join('、');
    const result = c.outcome
      ? `${clueOutcomeLabels[c.outcome]}${c.falseAccusation ? '（诬告）' : ''}`
      : '';
    const row = sheet.addRow([
      i + 1,
      clueSourceLabels[c.source],
      c.accusedName ?? '',
      [c.accusedUnitName, c.accusedPosition].filter(Boolean).join(' '),
      category,
      `${c.code} ${c.description}`,
      c.transferredAt ? cstDateTime(c.transferredAt).slice(0, 10) : '',
      receiverName ?? '',
      c.disposal ? clueDisposalLabels[c.disposal] : '',
      result,
      `${clueAccountLabels[c.state]}${c.stall === 'pendingAccount' ? '（挂账）' : c.stall === 'deadAccount' ? '（呆账）' : ''}`,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  const content = Buffer.from(await book.xlsx.writeBuffer());
  await withTransaction(ctx, (ctx) =>
    emitAudit(ctx, {
      action: 'clue.exported',
      entityType: 'clue',
      jurisdictionId: actor.jurisdictionId,
      detail: { rows: rows.length, filter: { ...filter } },
    }),
  );
  return {
    name: `问题线索台账-${cstDateTime(at).slice(0, 10)}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content,
  };
}
