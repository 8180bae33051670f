import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../context.js';
import { backend, createTestApp, type TestApp } from '../../test/test-app.js';
import { indexTokens, queryTsquery } from './tokenizer.js';
import { searchVectorOf } from './sql.js';

const sentences = [
  '群众来信举报城关镇东关村村干部虚报冒领低保金',
  '反映县纪委监委对某局长问题线索处置不及时',
  '县住建局局长在工程项目中违规插手招标投标',
  '石桥镇扶贫资金被截留挪用，群众意见很大',
  '某单位公车私用、公款吃喝问题突出',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const db = dbOf(t.system());
  await db.execute(sql`create table search_probe (id int primary key, body text, v tsvector)`);
  for (const [i, body] of sentences.entries()) {
    await db.execute(sql`insert into search_probe values (${i}, ${body}, ${searchVectorOf(body)})`);
  }
});
afterAll(() => t.close());

async function find(term: string): Promise<number[]> {
  const query = queryTsquery(term);
  const result = {
    rows: await queryRows<{ id: number }>(
      dbOf(t.system()),
      sql`select id from search_probe where v @@ ${query}::tsquery order by id`,
    ),
  };
  return result.rows.map((r) => r.id);
}

async function like(term: string): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    dbOf(t.system()),
    sql`select id from search_probe where body like ${`%${term}%`} order by id`,
  );
  return rows.map((r) => r.id);
}

describe(`Chinese full-text search on ${backend}`, () => {
  it.each([
    ['举报', [0]],
    ['纪委', [1]],
    ['住建局', [2]],
    ['招标', [2]],
    ['扶贫', [3]],
  ])('finds %s inside a sentence', async (term, expected) => {
    expect(await find(term)).toEqual(expected);
  });

  it.each(['低保金', '问题线索', '截留挪用', '公车私用', '村干部', '局长', '镇'])(
    'has the same recall as LIKE for %s',
    async (term) => {
      expect(await find(term)).toEqual(await like(term));
    },
  );

  it('keeps domain words whole in the jieba tokens', () => {
    const tokens = indexTokens('县住建局和巡察办要求立行立改');
    expect(tokens).toEqual(expect.arrayContaining(['住建局', '巡察办', '立行立改']));
  });

  it('treats quotes and tsquery operators in a query as text', async () => {
    expect(queryTsquery("举报' | !纪委")).not.toBeNull();
    expect(await find("举报' & !")).toEqual([0]);
    expect(queryTsquery('  ，。！ ')).toBeNull();
  });
});
