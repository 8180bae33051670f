import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { ApiError } from './api';
import { describeError, toFieldName } from './errors';

const t = i18n.getFixedT('zh-CN');

describe('describeError', () => {
  it('says 无权执行此操作 for 403', () => {
    expect(describeError(new ApiError({ status: 403, detail: 'x' }), t).title).toBe(
      '无权执行此操作',
    );
  });

  it('asks to refresh on 409 and keeps the server detail', () => {
    const text = describeError(new ApiError({ status: 409, detail: '版本已变化' }), t);
    expect(text.title).toContain('数据已被他人修改');
    expect(text.description).toContain('版本已变化');
  });

  it('shows the server detail for other client errors', () => {
    expect(describeError(new ApiError({ status: 429, detail: '请 5 分钟后再试' }), t).title).toBe(
      '请 5 分钟后再试',
    );
  });
});

describe('toFieldName', () => {
  it.each([
    ['/displayName', ['displayName']],
    ['displayName', ['displayName']],
    ['/roles/0/teamId', ['roles', 0, 'teamId']],
    ['roles.1.unitId', ['roles', 1, 'unitId']],
    ['body.password', ['password']],
    ['$.password', ['password']],
  ])('%s → %j', (path, name) => {
    expect(toFieldName(path)).toEqual(name);
  });
});
