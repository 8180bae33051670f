import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone } from './mask.js';

describe.each([
  ['maskName', maskName],
  ['maskPhone', maskPhone],
  ['maskIdNumber', maskIdNumber],
  ['maskAddress', maskAddress],
])('%s with nothing to mask', (_name, mask) => {
  it.each([null, undefined, '', '   '])('%j → null', (value) => {
    expect(mask(value)).toBeNull();
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧阳**'],
    ['司马相如', '司马**'],
    ['阿依古丽·买买提', '阿依******'],
    [' 李四 ', '李*'],
    ['某', '*'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['+86 138-1234-1234', '138****1234'],
    ['010-62345678', '010-******78'],
    ['0571-8888888转123', '0571-*****88'],
    ['(0571)88888888', '0571-******88'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('keeps only the last two digits of a number it cannot read', () => {
    expect(maskPhone('1381234123')).toBe('********23');
    expect(maskPhone('无')).toBe('****');
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['11010519491231002x', '110105********002X'],
    ['110105 19491231 002X', '110105********002X'],
    ['110105491231002', '110105*****1002'],
    ['12345', '*****'],
  ])('%s → %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it.each([
    ['北京市海淀区中关村大街1号', '北京市海淀区****'],
    ['浙江省杭州市西湖区文三路90号', '浙江省杭州市****'],
    ['西湖区文三路90号', '西湖区****'],
    ['某县某镇某村3组', '某县****'],
    ['内蒙古自治区呼和浩特市', '内蒙古自治区****'],
    ['黑龙江省哈尔滨市道里区', '黑龙江省****'],
    ['阳光小区3栋2单元', '阳光****'],
    ['文三路90号', '文三****'],
    ['南京', '南****'],
    [' 北京市 海淀区 ', '北京市海淀区****'],
  ])('%s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });
});
