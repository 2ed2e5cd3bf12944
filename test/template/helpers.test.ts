import { describe, expect, it } from 'vitest';
import { cnDate } from '../../src/template/helpers/cnDate.ts';
import { cnNumber } from '../../src/template/helpers/cnNumber.ts';
import { cnTimeRange } from '../../src/template/helpers/cnTimeRange.ts';
import { docNumber } from '../../src/template/helpers/docNumber.ts';
import { joinList } from '../../src/template/helpers/joinList.ts';
import { add } from '../../src/template/helpers/add.ts';
import { eq } from '../../src/template/helpers/eq.ts';
import { has } from '../../src/template/helpers/has.ts';
import { not, or } from '../../src/template/helpers/orNot.ts';
import { pluck } from '../../src/template/helpers/pluck.ts';
import { sentence } from '../../src/template/helpers/sentence.ts';
import { startsWith } from '../../src/template/helpers/startsWith.ts';
import { bold, md, paras } from '../../src/template/helpers/markdownHelpers.ts';
import { ordinal } from '../../src/template/helpers/ordinal.ts';

describe('cnDate', () => {
  it('prints dates without leading zeros', () => {
    expect(cnDate('2026-11-24')).toBe('2026年11月24日');
    expect(cnDate('2026-01-05')).toBe('2026年1月5日');
  });
  it('prints date-times and months', () => {
    expect(cnDate('2026-11-20T09:30')).toBe('2026年11月20日9时30分');
    expect(cnDate('2026-11-20T14:00')).toBe('2026年11月20日14时');
    expect(cnDate('2026-11-20T09:05:00+08:00')).toBe('2026年11月20日9时5分');
    expect(cnDate('1975-03')).toBe('1975年3月');
  });
  it('rejects what is not a date', () => {
    expect(() => cnDate('24/11/2026')).toThrow(/2026-11-24/);
    expect(() => cnDate('2026-13-01')).toThrow(/2026-13-01/);
    expect(() => cnDate(undefined)).toThrow();
  });
});

describe('cnTimeRange', () => {
  it('repeats only what differs', () => {
    expect(cnTimeRange('2026-11-20T09:30', '2026-11-20T10:45')).toBe('2026年11月20日9时30分至10时45分');
    expect(cnTimeRange('2026-11-20T16:00', '2026-11-21T09:00')).toBe('2026年11月20日16时至11月21日9时');
    expect(cnTimeRange('2026-12-31T16:00', '2027-01-01T09:00')).toBe('2026年12月31日16时至2027年1月1日9时');
    expect(cnTimeRange('2026-11-20T09:30', null)).toBe('2026年11月20日9时30分');
  });
});

describe('cnNumber and ordinal', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [10000, '一万'],
    [10010, '一万零一十'],
    [120000, '十二万'],
  ])('%i → %s', (n, text) => {
    expect(cnNumber(n)).toBe(text);
  });
  it('ordinal', () => {
    expect(ordinal(1)).toBe('第一');
    expect(ordinal(12)).toBe('第十二');
  });
  it('rejects non-integers', () => {
    expect(() => cnNumber(1.5)).toThrow();
    expect(() => cnNumber(-1)).toThrow();
  });
});

describe('docNumber', () => {
  it.each([
    ['某纪建[2026]3号', '某纪建〔2026〕3号'],
    ['某纪建(2026)3号', '某纪建〔2026〕3号'],
    ['某纪建（2026）3号', '某纪建〔2026〕3号'],
    ['某纪建【2026】3号', '某纪建〔2026〕3号'],
    ['某纪建〔2026〕3号', '某纪建〔2026〕3号'],
    ['某纪建〔2026〕第003号', '某纪建〔2026〕3号'],
    [' 某监建[ 2026 ]10号 ', '某监建〔2026〕10号'],
  ])('%s → %s', (input, output) => {
    expect(docNumber(input)).toBe(output);
  });
});

describe('joinList', () => {
  it('joins with 、 or ， and an optional final conjunction', () => {
    expect(joinList(['甲', '乙', '丙'])).toBe('甲、乙、丙');
    expect(joinList(['甲', '乙', '丙'], { sep: '，' })).toBe('甲，乙，丙');
    expect(joinList(['甲', '乙', '丙'], { last: '和' })).toBe('甲、乙和丙');
    expect(joinList(['甲'], { last: '和' })).toBe('甲');
    expect(joinList(['甲', null, '', '乙'])).toBe('甲、乙');
  });
  it('refuses a non-list', () => {
    expect(() => joinList('甲乙')).toThrow(/list/);
  });
});

describe('logic helpers', () => {
  it('eq, add, or, not, startsWith, pluck', () => {
    expect(eq('a', 'a')).toBe(true);
    expect(eq(1, '1')).toBe(false);
    expect(add(1, 2)).toBe(3);
    expect(() => add('1', 2)).toThrow();
    expect(or(null, [], 'x')).toBe(true);
    expect(or(null, [])).toBe(false);
    expect(not([])).toBe(true);
    expect(startsWith('会议议定：', '会议')).toBe(true);
    expect(pluck([{ title: 'a' }, { title: 'b' }], 'title')).toEqual(['a', 'b']);
  });
  it('has: present, not null, not empty', () => {
    expect(has({ x: 'a' }, 'x')).toBe(true);
    expect(has({ x: null }, 'x')).toBe(false);
    expect(has({ x: [] }, 'x')).toBe(false);
    expect(has({}, 'x')).toBe(false);
  });
});

describe('sentence', () => {
  it('adds 。 unless the text ends a sentence', () => {
    expect(sentence('健全机制')).toBe('健全机制。');
    expect(sentence('健全机制。')).toBe('健全机制。');
    expect(sentence('突出“关键少数”')).toBe('突出“关键少数”。');
    expect(sentence('是否清楚？')).toBe('是否清楚？');
    expect(sentence('他说“好。”')).toBe('他说“好。”');
  });
});

describe('markdown helpers', () => {
  it('md refuses a field that is not Markdown, and neutralises directives in one that is', () => {
    expect(() => md('x', '/title', new Set(['/source']))).toThrow(/\/title/);
    expect(() => md('x', null, new Set(['/source']))).toThrow();
    expect(md('a <!-- align:right --> b', '/source', new Set(['/source'])).markdown).toBe('a \\<!-- align:right --> b');
  });
  it('paras makes one escaped paragraph per line', () => {
    expect(paras('第一段*\n\n  第二段#\n第三段').markdown).toBe('第一段\\*\n\n第二段\\#\n\n第三段');
  });
  it('bold keeps trailing punctuation outside the delimiters', () => {
    expect(bold('突出扛起“两个维护”重大使命。').markdown).toBe('**突出扛起“两个维护”重大使命**。');
    expect(bold('突出“关键少数”。').markdown).toBe('**突出“关键少数”**。');
    expect(bold('突出“关键少数”').markdown).toBe('**突出“关键少数**”');
    expect(bold('a*b').markdown).toBe('**a\\*b**');
    expect(bold('。').markdown).toBe('。');
  });
});
