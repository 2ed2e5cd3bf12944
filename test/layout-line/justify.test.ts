import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/layout/line/breakLines.ts';
import { itemize } from '../../src/layout/line/itemize.ts';
import { justifyRow } from '../../src/layout/line/justify.ts';
import type { BreakOptions, LineRow } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure, latinWidth } from './fakeMeasure.ts';
import { BLOCK, CELL, han, opts, rightEdge } from './helpers.ts';

const layout = (text: string, o: Partial<BreakOptions> = {}): LineRow[] => {
  const options = opts(o);
  return breakLines(itemize([bodyRun(text)], fakeMeasure), options).map((r) => justifyRow(r, options));
};

describe('justifyRow', () => {
  it('puts a full row of 28 cells on the block pitch, touching both edges', () => {
    const [row] = layout(han(30));
    const pitch = BLOCK / 28;
    expect(row!.full).toBe(true);
    expect(row!.offsetPt).toBe(0);
    row!.glyphs.forEach((g, k) => {
      expect(g.x).toBeCloseTo(k * pitch, 9);
      expect(g.width).toBeCloseTo(pitch, 9);
    });
    expect(rightEdge(row!)).toBeCloseTo(BLOCK, 6);
    expect(row!.widthPt).toBeCloseTo(BLOCK, 9);
  });

  it('spreads a carried row of 27 cells over the full width: pitch = width / 27', () => {
    const [row, next] = layout(han(28) + '，' + han(3));
    expect(row!.glyphs).toHaveLength(27);
    const pitch = BLOCK / 27;
    row!.glyphs.forEach((g, k) => {
      expect(g.x).toBeCloseTo(k * pitch, 9);
      expect(g.width).toBeCloseTo(pitch, 9);
    });
    expect(rightEdge(row!)).toBeCloseTo(BLOCK, 6);
    expect(next!.full).toBe(false);
  });

  it('leaves the last row on the 15.79 pt pitch from the left', () => {
    const rows = layout(han(33));
    const last = rows.at(-1)!;
    expect(last.full).toBe(false);
    expect(last.glyphs.map((g) => g.x)).toEqual([0, 1, 2, 3, 4].map((k) => k * CELL));
    expect(last.glyphs.every((g) => g.width === CELL)).toBe(true);
    expect(last.widthPt).toBeCloseTo(5 * CELL, 9);
  });

  it('shares slack around words, never inside them, and ends a row-final word on the edge', () => {
    const rows = layout(han(24) + 'ABCD' + han(10));
    const row = rows[0]!;
    const letters = row.glyphs.filter((g) => /[A-Z]/.test(g.char));
    // Letters keep their natural advances relative to each other.
    for (let k = 1; k < letters.length; k++) expect(letters[k]!.x - letters[k - 1]!.x).toBeCloseTo(letters[k - 1]!.width, 9);
    expect(letters.slice(0, 3).map((g) => g.width)).toEqual([...'ABC'].map((c) => latinWidth(c)));
    expect(rightEdge(row)).toBeCloseTo(BLOCK, 6);

    // 22 cells (347.4 pt) + ABCDEFGH (81.8 pt) = 429.2 pt: the next cell does not fit.
    const endsWithWord = layout(han(22) + 'ABCDEFGH' + han(5))[0]!;
    const last = endsWithWord.glyphs.at(-1)!;
    expect(/[A-Z]/.test(last.char)).toBe(true);
    expect(last.width).toBe(latinWidth(last.char)); // no share inside or after the word
    expect(rightEdge(endsWithWord)).toBeCloseTo(BLOCK, 6);
  });

  it('centres and right-aligns rows without stretching them', () => {
    const [centred] = layout('某某市纪律检查委员会', { align: 'center' });
    expect(centred!.offsetPt).toBeCloseTo((BLOCK - 10 * CELL) / 2, 9);
    expect(centred!.glyphs[9]!.x).toBeCloseTo(9 * CELL, 9);
    expect(centred!.full).toBe(false);
    const [filled] = layout(han(28), { align: 'center' });
    expect(filled!.offsetPt).toBeCloseTo(0, 9);
    expect(filled!.full).toBe(true);
    const [right] = layout('2026年11月24日', { align: 'right' });
    // Five automatic spaces (2026 年 11 月 24 日) of 3.2 pt each, as LibreOffice sets them.
    const natural = 3 * CELL + latinWidth('20261124') + 5 * 3.2;
    expect(right!.offsetPt).toBeCloseTo(BLOCK - natural, 9);
    expect(rightEdge(right!)).toBeCloseTo(BLOCK, 9);
  });

  it('does not stretch left-aligned rows even when they break', () => {
    const rows = layout(han(28) + '，' + han(3), { align: 'left' });
    expect(rows[0]!.glyphs).toHaveLength(27);
    expect(rows[0]!.glyphs[26]!.x).toBeCloseTo(26 * CELL, 9);
    expect(rows[0]!.full).toBe(false);
  });

  it('squeezes a row that rounding made too wide, so nothing hangs outside the block', () => {
    const rows = layout(han(28), { widthPt: 442.2, cellPt: 15.793 });
    expect(rows).toHaveLength(1);
    expect(rightEdge(rows[0]!)).toBeCloseTo(442.2, 9);
  });

  it('squeezes between items, never the last one: its glyph ends on the row’s end (s31203-0109)', () => {
    // A word then a cell, 2 pt wider than the row at our advances (LibreOffice's −0.25 pt a
    // character fitted it): the cell keeps its full width and ends exactly at the edge.
    const items = itemize([bodyRun(`${'x'.repeat(20)}乙`)], fakeMeasure);
    const natural = items.reduce((w, item) => w + (item.kind === 'cell' ? CELL : item.widthPt), 0) + (items[1]!.spaceBeforePt ?? 0);
    const row = justifyRow({ items, indentPt: 0, availPt: natural - 2, last: false, carried: 0 }, opts());
    const last = row.glyphs[row.glyphs.length - 1]!;
    expect(last.char).toBe('乙');
    expect(last.width).toBeCloseTo(CELL, 9);
    expect(last.x + last.width).toBeCloseTo(natural - 2, 6);
  });

  it('leaves a lone word on a non-last row unstretched (no slot to share the slack)', () => {
    const rows = layout('x'.repeat(60));
    expect(rows[0]!.full).toBe(false);
    expect(rows[0]!.glyphs[54]!.x).toBe(54 * 8);
  });
});
