import { describe, expect, it } from 'vitest';
import { breakTitle } from '../../src/layout/breakTitle.ts';
import { titleMaxCharsPerRow } from '../../src/layout/gbt9704.ts';

const length = (row: string) => [...row].length;

describe('breakTitle', () => {
  it('keeps a short title on one row', () => {
    expect(breakTitle('关于对张某某同志问责的决定')).toEqual(['关于对张某某同志问责的决定']);
  });

  it('fits 20 characters of 22 pt on a 156 mm row', () => {
    expect(titleMaxCharsPerRow).toBe(20);
  });

  it('breaks a long title into a trapezoid: no row longer than the next, none over the limit', () => {
    const title = '关于对中共某某市住房和城乡建设局党组开展巡察整改工作的纪律检查建议书';
    const rows = breakTitle(title);
    expect(rows.join('')).toBe(title);
    expect(rows.length).toBe(2);
    for (const row of rows) expect(length(row)).toBeLessThanOrEqual(20);
    expect(length(rows[0]!)).toBeLessThanOrEqual(length(rows[1]!));
  });

  it('keeps words of the lexicon whole', () => {
    const rows = breakTitle('关于对中共某某市住房和城乡建设局党组开展巡察整改工作的纪律检查建议书');
    expect(rows[0]!.endsWith('党')).toBe(false);
    expect(rows[1]!.startsWith('组')).toBe(false);
  });

  it('never leaves a lone character on a row, and never starts a row with closing punctuation', () => {
    const title = '关于进一步加强和改进全市纪检监察机关干部队伍建设推动全面从严治党向纵深发展若干问题的监察建议书';
    const rows = breakTitle(title);
    expect(rows.join('')).toBe(title);
    expect(rows.length).toBe(3);
    for (const row of rows) {
      expect(length(row)).toBeGreaterThan(1);
      expect('，。、；：）》”').not.toContain(row[0]);
    }
  });

  it('does not break inside 《》', () => {
    const rows = breakTitle('关于进一步学习贯彻《中国共产党问责条例》切实加强问责工作的通知');
    const opened = rows.map((row) => (row.match(/《/g)?.length ?? 0) - (row.match(/》/g)?.length ?? 0));
    expect(opened.every((balance) => balance === 0)).toBe(true);
  });

  it('honours explicit row breaks', () => {
    expect(breakTitle('中共某某市纪委\n关于某某问题的通报')).toEqual(['中共某某市纪委', '关于某某问题的通报']);
  });
});
