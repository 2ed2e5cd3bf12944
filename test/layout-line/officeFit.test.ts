import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/layout/line/breakLines.ts';
import { itemize } from '../../src/layout/line/itemize.ts';
import { gluedAfterWord, gluedAfterWordQuote, gluedBeforeWord } from '../../src/layout/line/kinsoku.ts';
import { justifyRow } from '../../src/layout/line/justify.ts';
import { officeIndent, officeWidth, OFFICE_TRACKING_PT, PORTION_END_PT } from '../../src/layout/line/officeFit.ts';
import type { BreakOptions, CharMetrics, MeasureChar, StyledRun } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure } from './fakeMeasure.ts';
import { BLOCK, CELL, opts, rightEdge } from './helpers.ts';

/** Noto Serif CJK's digit advances (units per em 1000), as LibreOffice set them in the measurements. */
const DIGIT_UNITS: Record<string, number> = { '0': 557, '1': 471, '2': 558, '3': 557, '4': 555, '5': 558, '6': 558, '7': 549, '8': 558, '9': 562 };
const notoMeasure: MeasureChar = (char: string, run: StyledRun): CharMetrics => {
  const units = DIGIT_UNITS[char];
  if (units !== undefined) return { advancePt: (units * run.sizePt) / 1000, faceKey: 'serif:0' };
  return fakeMeasure(char, run);
};

const H = '一二三四五六七八九十'.repeat(3);
const rows = (text: string, o: Partial<BreakOptions> = {}): string[] =>
  breakLines(itemize([bodyRun(text)], notoMeasure), opts(o)).map((r) => r.items.map((i) => i.text).join(''));

describe('officeFit: rows measured as LibreOffice measures our DOCX', () => {
  it('adds the DOCX character spacing to every character: −0.25 pt', () => {
    expect(OFFICE_TRACKING_PT).toBe(-0.25);
    expect(PORTION_END_PT).toBe(0.25);
    const [han, digits] = itemize([bodyRun('年2023')], notoMeasure);
    expect(officeWidth(han!)).toBe(15.75);
    expect(officeWidth(digits!)).toBeCloseTo(((558 + 557 + 558 + 557) * 16) / 1000 - 4 * 0.25, 9);
  });

  it('ends a text portion where the script or the style changes; weak characters join the text before them', () => {
    const ends = (runs: StyledRun[]): string[] => itemize(runs, notoMeasure).filter((i) => i.endsPortion).map((i) => i.text);
    expect(ends([bodyRun('一二2023年三')])).toEqual(['二', '2023']);
    // “ after Han and ” after digits belong to the portion before them; ，and （ are Asian.
    expect(ends([bodyRun('一“2026”三')])).toEqual(['“', '”']);
    expect(ends([bodyRun('一（2026）三')])).toEqual(['（', '2026']);
    expect(ends([bodyRun('增长23%以上')])).toEqual(['长', '23%']);
    // A bold run is a portion of its own, even in the same script.
    expect(ends([bodyRun('一二'), bodyRun('三四', { bold: true }), bodyRun('五六')])).toEqual(['二', '四']);
    // Two runs of the same style are one portion.
    expect(ends([bodyRun('一二'), bodyRun('三四')])).toEqual([]);
  });

  it('takes the body first-row indent as the DOCX writes it (630 twips), any other indent as given', () => {
    expect(officeIndent(2 * CELL)).toBe(31.5);
    expect(officeIndent(0)).toBe(0);
    expect(officeIndent(3 * CELL)).toBe(3 * CELL);
  });

  it('fits a number at the row end exactly when LibreOffice does (measured thresholds at 442.2 pt)', () => {
    // 24 × 15.75 + 0.25 + 3.2 + Σ(advance − 0.25) + 0.25 = 441.95 pt: LibreOffice kept 6747706 on the row.
    expect(rows(H.slice(0, 24) + '6747706年一二三')[0]).toBe(H.slice(0, 24) + '6747706');
    // 442.21 pt: kept as well (LibreOffice's threshold lies within 0.05 pt of 442.2 pt).
    expect(rows(H.slice(0, 23) + '875270715年一二三')[0]).toBe(H.slice(0, 23) + '875270715');
    // 442.26 pt: LibreOffice moved the number to the next row.
    expect(rows(H.slice(0, 23) + '748346176年一二三')[0]).toBe(H.slice(0, 23));
  });

  it('counts the full advance of the row-ending character when the row cuts a portion (measured)', () => {
    // 433748417 + 23 Han = 442.196 pt with the last Han's full advance: all 23 fit.
    expect(rows('433748417' + H.slice(0, 23) + '年年年年')[0]).toBe('433748417' + H.slice(0, 23));
    // 544712037 + 23 Han = 442.244 pt: LibreOffice kept 22.
    expect(rows('544712037' + H.slice(0, 23) + '年年年年')[0]).toBe('544712037' + H.slice(0, 22));
  });

  it('breaks a fixture row where LibreOffice does although the grid would not hold it (JJ hospital, first row)', () => {
    // As LibreOffice measures it: 20 Han, 2022 29 100, five automatic spaces, six portion ends
    // = 409.2 pt in 442.2 − 32 pt; on the 15.79 pt grid with whole advances it is 410.8 pt.
    const text = '2022年以来，该院采购的29台（套）单价100万元以上的医疗设备，需求论证均由使用科室主任一人提出参数。';
    const first = rows(text, { firstIndentPt: 2 * CELL })[0]!;
    expect(first).toBe('2022年以来，该院采购的29台（套）单价100万元以上的');
    // The PDF still sets that row on the grid, both edges touched (squeezed by 0.2 pt).
    const options = opts({ firstIndentPt: 2 * CELL });
    const row = justifyRow(breakLines(itemize([bodyRun(text)], notoMeasure), options)[0]!, options);
    expect(row.full).toBe(true);
    expect(rightEdge(row)).toBeCloseTo(BLOCK, 6);
  });
});

describe('break opportunities between a word and punctuation (LibreOffice, measured)', () => {
  it('keeps closing punctuation with the word after it, and the word with opening punctuation after it', () => {
    for (const ch of '，、。）》〕”×℃') expect(gluedBeforeWord(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '；：！？年—') expect(gluedBeforeWord(ch.codePointAt(0)!), ch).toBe(false);
    for (const ch of '（“《〔【‘…℃①Ⅱ×№') expect(gluedAfterWord(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '年—，') expect(gluedAfterWord(ch.codePointAt(0)!), ch).toBe(false);
    expect(gluedAfterWordQuote('”'.codePointAt(0)!, '（'.codePointAt(0)!)).toBe(true);
    expect(gluedAfterWordQuote('”'.codePointAt(0)!, '一'.codePointAt(0)!)).toBe(false);
  });

  it('moves ，2026 to the next row as a whole, carrying the Han character before the comma', () => {
    // Row: 26 Han, then ，2026: the number does not fit, and the row may not end with ，before it.
    const r = rows(H.slice(0, 26) + '，2026一二三');
    expect(r[0]).toBe(H.slice(0, 25));
    expect(r[1]!.startsWith(H[25]! + '，2026')).toBe(true);
    // After ；the row may end (LibreOffice breaks there).
    expect(rows(H.slice(0, 26) + '；2026一二三')[0]).toBe(H.slice(0, 26) + '；');
  });

  it('keeps 12（ together, and “12”（ together, but breaks 12 年 and “12” 一', () => {
    expect(rows(H.slice(0, 26) + '12（一二三')[0]).toBe(H.slice(0, 26));
    expect(rows(H.slice(0, 24) + '“123”（一二三四')[0]).toBe(H.slice(0, 24));
    expect(rows(H.slice(0, 24) + '“123”一一二三四')[0]).toBe(H.slice(0, 24) + '“123”');
    expect(rows(H.slice(0, 26) + '12年一二三')[0]).toBe(H.slice(0, 26) + '12');
  });
});
