import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows } from '../../test/assertions.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import type { TestSession } from '../../test/session.js';
import {
  clueWorld,
  registerClue,
  reviewForTransfer,
  type ClueWorld,
} from '../../test/clue-fixtures.js';

let t: TestApp;
let w: ClueWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await clueWorld(t);
});
afterAll(() => t.close());

async function sheetOf(session: TestSession, query = '') {
  const response = await session.get(`/api/clues/export.xlsx${query}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('问题线索台账')!;
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v === null || v === undefined || typeof v === 'object' ? '' : String(v as string),
        ),
    ),
  );
  return rows;
}

describe('ledger export (.xlsx)', () => {
  it('writes the familiar columns over exactly what the caller sees, audited', async () => {
    const mine = await registerClue(w, { accusedName: '周某', description: '虚报冒领农机补贴' });
    const transferred = await registerClue(w, { accusedName: '吴某', description: '违规收受礼金' });
    await reviewForTransfer(w, [transferred.id]);
    const moved = await w.s.office.post(`/api/clues/${transferred.id}/transfers`, {
      version: (await w.s.office.get(`/api/clues/${transferred.id}`)).json().version,
      receiverDepartmentId: w.dept.countyDiscipline.id,
    });
    expect(moved.statusCode, moved.body).toBe(201);

    const office = await sheetOf(w.s.office);
    expect(office[0]![0]).toBe('问题线索台账'); // merged across the columns
    expect(office[1]).toEqual([
      '序号',
      '线索来源',
      '被反映人',
      '单位职务',
      '问题类别',
      '主要问题',
      '移交时间',
      '接收单位',
      '处置方式',
      '办理结果',
      '状态',
    ]);
    const body = office.slice(2);
    expect(body.map((r) => r[2])).toEqual(expect.arrayContaining(['周某', '吴某']));
    const row = body.find((r) => r[2] === '吴某')!;
    expect(row).toMatchObject({ 1: '审计', 3: '县水利局 副局长', 7: '县纪委监委', 10: '转账' });
    expect(row[4]).not.toBe('');
    expect(row[5]).toContain(transferred.code);

    // The receiver's export holds only what was transferred to it.
    const discipline = await sheetOf(w.s.discipline);
    expect(discipline.slice(2).map((r) => r[2])).toEqual(['吴某']);
    // Filters apply as in the list.
    const recorded = await sheetOf(w.s.office, '?account=handedOver');
    expect(recorded.slice(2).map((r) => r[2])).toContain('周某');
    expect(recorded.slice(2).map((r) => r[2])).not.toContain('吴某');
    expect(mine.account).toBe('handedOver');
    expect((await auditRows(t, { action: 'clue.exported' })).length).toBeGreaterThanOrEqual(3);
    // No session, no ledger; a role without clues gets an empty sheet, not someone else's rows.
    const clerk = await sheetOf(w.s.clerk);
    expect(clerk.slice(2)).toEqual([]);
  });
});
