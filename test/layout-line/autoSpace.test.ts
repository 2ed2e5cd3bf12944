import { describe, expect, it } from 'vitest';
import { applyAutoSpace, autoSpacePt, isLetterNumeric, resolveScripts, Script, scriptOf } from '../../src/layout/line/autoSpace.ts';
import { breakLines } from '../../src/layout/line/breakLines.ts';
import { itemize } from '../../src/layout/line/itemize.ts';
import { justifyRow } from '../../src/layout/line/justify.ts';
import type { Item, LineRow, StyledRun } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure, latinWidth } from './fakeMeasure.ts';
import { BLOCK, CELL, han, opts, rightEdge, rowTexts } from './helpers.ts';

/** The automatic spaces of a text: "before|after" → gap in points, in order. */
function gaps(runs: StyledRun[]): string[] {
  const items = itemize(runs, fakeMeasure);
  const out: string[] = [];
  items.forEach((item, k) => {
    if (item.spaceBeforePt !== undefined) out.push(`${items[k - 1]!.text}|${item.text} ${item.spaceBeforePt}`);
  });
  return out;
}
const gapsOf = (text: string): string[] => gaps([bodyRun(text)]);

const layout = (runs: StyledRun[], o = opts()): LineRow[] => breakLines(itemize(runs, fakeMeasure), o).map((r) => justifyRow(r, o));

describe('autoSpace: the rule table', () => {
  it('is one fifth of the font size, in whole twips like LibreOffice', () => {
    expect(autoSpacePt(16)).toBe(3.2); // 三号: measured 3.2 pt
    expect(autoSpacePt(22)).toBe(4.4);
    expect(autoSpacePt(14)).toBe(2.8);
    expect(autoSpacePt(10.5)).toBe(2.1);
    expect(autoSpacePt(15.5)).toBe(3.1);
    expect(autoSpacePt(15.9)).toBe(3.15); // 318 twips / 5 = 63.6 → 63 twips
  });

  it('classifies scripts: Han, CJK punctuation and full-width forms Asian; Latin letters and digits other; the rest weak', () => {
    for (const ch of '年，。、（）〔〕《》：；！？％ａ１ㄅあア한') expect(scriptOf(ch.codePointAt(0)!), ch).toBe(Script.Asian);
    for (const ch of 'aZ09éΩя') expect(scriptOf(ch.codePointAt(0)!), ch).toBe(Script.Other);
    for (const ch of ' .,%-/()“”‘’—…·×℃①Ⅱ') expect(scriptOf(ch.codePointAt(0)!), ch).toBe(Script.Weak);
  });

  it('knows letters and digits (Han included) from punctuation and symbols', () => {
    for (const ch of '年aZ09é１①Ⅱ') expect(isLetterNumeric(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '，（“”%.-— ×℃') expect(isLetterNumeric(ch.codePointAt(0)!), ch).toBe(false);
  });

  it('puts the gap where Han meets digits or Latin letters, on both sides', () => {
    expect(gapsOf('2023年至2025年')).toEqual(['2023|年 3.2', '至|2025 3.2', '2025|年 3.2']);
    expect(gapsOf('使用Excel表格')).toEqual(['用|Excel 3.2', 'Excel|表 3.2']);
    expect(gapsOf('第1项')).toEqual(['第|1 3.2', '1|项 3.2']);
    expect(gapsOf('增长3.5倍')).toEqual(['长|3.5 3.2', '3.5|倍 3.2']);
    // COVID-19 is two word pieces (COVID- | 19): the gap follows the last.
    expect(gapsOf('COVID-19病例')).toEqual(['19|病 3.2']);
  });

  it('puts none next to punctuation, spaces or full-width digits', () => {
    for (const text of ['，2026年', '（2026）', '〔2026〕', '“2026”', '2026，', '23%以上', '一二 2026 三', '一二２０２６三', '2026—', '3.5‰']) {
      const found = gapsOf(text).filter((g) => !g.startsWith('2026|年'));
      expect(found, text).toEqual([]);
    }
    expect(gapsOf('，2026年')).toEqual(['2026|年 3.2']);
  });

  it('treats a weak character as part of the text before it (“ after Han is Asian, ” after digits is not)', () => {
    const items = itemize([bodyRun('一“2026”三')], fakeMeasure);
    const { first, last } = resolveScripts(items);
    expect(items.map((i) => i.text)).toEqual(['一', '“', '2026', '”', '三']);
    expect([...first]).toEqual([Script.Asian, Script.Asian, Script.Other, Script.Other, Script.Asian]);
    expect([...last]).toEqual([Script.Asian, Script.Asian, Script.Other, Script.Other, Script.Asian]);
    // ” is a script change away from 三, but no letter: no gap.
    expect(items.every((i) => i.spaceBeforePt === undefined)).toBe(true);
  });

  it('spans a style change: a bold number after plain Han gets the gap, sized by the text before it', () => {
    expect(gaps([bodyRun('一二'), bodyRun('2026', { bold: true }), bodyRun('年三')])).toEqual(['二|2026 3.2', '2026|年 3.2']);
    expect(gaps([bodyRun('一二', { sizePt: 22 }), bodyRun('2026')])).toEqual(['二|2026 4.4']);
  });

  it('leaves items without a script change untouched and can be applied twice', () => {
    const items: Item[] = itemize([bodyRun('一二三四')], fakeMeasure);
    expect(applyAutoSpace(items).every((i) => i.spaceBeforePt === undefined)).toBe(true);
    const mixed = itemize([bodyRun('一2')], fakeMeasure);
    expect(applyAutoSpace(mixed)[1]!.spaceBeforePt).toBe(3.2);
  });
});

describe('autoSpace in rows', () => {
  it('draws the gap: 年 sits one digit run plus two gaps after 在', () => {
    const [row] = layout([bodyRun('在2023年')], opts({ align: 'left' }));
    expect(row!.glyphs.map((g) => g.char).join('')).toBe('在2023年');
    expect(row!.glyphs[1]!.x).toBeCloseTo(CELL + 3.2, 9);
    expect(row!.glyphs[5]!.x).toBeCloseTo(CELL + 3.2 + latinWidth('2023') + 3.2, 9);
    // The gap widens the slot of the glyph before it, so slots still tile the row.
    const g = row!.glyphs;
    for (let k = 1; k < g.length; k++) expect(g[k]!.x).toBeCloseTo(g[k - 1]!.x + g[k - 1]!.width, 9);
    expect(row!.widthPt).toBeCloseTo(2 * CELL + latinWidth('2023') + 6.4, 9);
  });

  it('is never added at the start of a row, and falls away at its end', () => {
    // 27 cells fill the row; 2023 does not fit after them: it starts the next row, flush left.
    const rows = layout([bodyRun(han(27) + '2023年' + han(3))]);
    expect(rowTexts(rows)).toEqual([han(27), '2023年' + han(3)]);
    expect(rows[1]!.glyphs[0]!.x).toBe(0);
    expect(rows[1]!.glyphs[4]!.x).toBeCloseTo(latinWidth('2023') + 3.2, 9);
    // The first row is justified without the gap it would have had before 2023.
    expect(rows[0]!.glyphs).toHaveLength(27);
    expect(rightEdge(rows[0]!)).toBeCloseTo(BLOCK, 6);
    expect(rows[0]!.glyphs[26]!.x).toBeCloseTo(26 * (BLOCK / 27), 9);
  });

  it('takes room on the row, so the break moves: every boundary of 一x一x… costs 3.2 pt', () => {
    // As LibreOffice measures it, a pair 一x takes 15.75 + 0.25 + 3.2 + 7.75 + 0.25 + 3.2 = 30.4 pt
    // (cell, portion end, gap, letter, portion end, gap): 14 pairs and one 一 fit 442.2 pt
    // (441.6 pt; the row's first gap is not counted). Without the gaps 18 pairs would.
    const rows = layout([bodyRun('一x'.repeat(20))]);
    expect(rowTexts(rows)[0]).toBe('一x'.repeat(14) + '一');
    expect(rightEdge(rows[0]!)).toBeCloseTo(BLOCK, 6);
  });

  it('is a fixed gap in a justified row: the cells and the word take the slack, not the gap', () => {
    const rows = layout([bodyRun(han(20) + '2023' + han(20))]);
    const row = rows[0]!;
    expect(row.full).toBe(true);
    expect(rightEdge(row)).toBeCloseTo(BLOCK, 6);
    const x = row.glyphs.map((g) => g.x);
    const share = x[1]! - x[0]! - CELL; // every cell's slot: CELL + share
    expect(share).toBeGreaterThan(0);
    // 末 cell before the word: its slot is CELL + share + gap; the word's slot is its width + share + gap.
    expect(x[20]! - x[19]!).toBeCloseTo(CELL + share + 3.2, 9);
    const after = row.glyphs.findIndex((g, k) => k > 20 && /[^\x00-\x7f]/.test(g.char));
    expect(x[after]! - x[20]!).toBeCloseTo(latinWidth('2023') + share + 3.2, 9);
  });

  it('keeps 28 cells on a full all-Han row and 26 on the indented first row', () => {
    const rows = layout([bodyRun(han(80))], opts({ firstIndentPt: 2 * CELL }));
    expect(rows.map((r) => r.glyphs.length)).toEqual([26, 28, 26]);
    for (const row of rows.slice(0, -1)) expect(rightEdge(row)).toBeCloseTo(BLOCK, 6);
  });
});
