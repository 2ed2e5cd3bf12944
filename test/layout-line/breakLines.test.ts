import { describe, expect, it } from 'vitest';
import { breakLines, type BrokenRow } from '../../src/layout/line/breakLines.ts';
import { itemize } from '../../src/layout/line/itemize.ts';
import { bodyRun, fakeMeasure } from './fakeMeasure.ts';
import { CELL, han, opts } from './helpers.ts';
import type { BreakOptions, StyledRun } from '../../src/layout/line/types.ts';

const rowsOf = (text: string | StyledRun[], o: Partial<BreakOptions> = {}): BrokenRow[] =>
  breakLines(itemize(typeof text === 'string' ? [bodyRun(text)] : text, fakeMeasure), opts(o));
const texts = (rows: BrokenRow[]) => rows.map((r) => r.items.map((it) => it.text).join(''));
const sizes = (rows: BrokenRow[]) => rows.map((r) => r.items.length);

describe('breakLines on the grid', () => {
  it('fills 26 cells on an indented first row and 28 on the others', () => {
    const rows = rowsOf(han(90), { firstIndentPt: 2 * CELL });
    expect(sizes(rows)).toEqual([26, 28, 28, 8]);
    expect(rows.map((r) => r.last)).toEqual([false, false, false, true]);
    expect(rows[0]!.indentPt).toBe(2 * CELL);
    expect(rows[1]!.availPt).toBeCloseTo(28 * CELL, 9);
  });

  it('holds floor((width − indent) / cell) cells for any indent', () => {
    for (const cells of [0, 1, 2, 4, 5, 10]) {
      const rows = rowsOf(han(60), { firstIndentPt: cells * CELL, restIndentPt: cells * CELL });
      expect(rows[0]!.items.length, `indent ${cells}`).toBe(28 - cells);
      expect(rows[1]!.items.length).toBe(28 - cells);
    }
    // A hanging indent that is not a whole number of cells leaves a part-cell unused.
    const rows = rowsOf(han(60), { restIndentPt: 3.5 * CELL });
    expect(sizes(rows).slice(0, 2)).toEqual([28, 24]);
  });

  it('tolerates rounded grid figures (28 × 15.793 pt in a 442.2 pt block)', () => {
    const rows = rowsOf(han(56), { widthPt: 442.2, cellPt: 15.793 });
    expect(sizes(rows)).toEqual([28, 28]);
  });

  it('returns one empty last row for an empty paragraph', () => {
    for (const text of ['', '   ']) {
      const rows = rowsOf(text, { firstIndentPt: 2 * CELL });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.items).toEqual([]);
      expect(rows[0]!.last).toBe(true);
      expect(rows[0]!.indentPt).toBe(2 * CELL);
    }
  });
});

describe('breakLines 禁则', () => {
  it('carries the character before a comma that would start a row', () => {
    const rows = rowsOf(han(28) + '，' + han(5, 28));
    expect(sizes(rows)).toEqual([27, 7]);
    expect(texts(rows)[1]!.startsWith(han(1, 27) + '，')).toBe(true);
    expect(rows[0]!.carried).toBe(1);
    expect(rows[0]!.last).toBe(false);
  });

  it('carries every closing mark that would start a row', () => {
    for (const mark of '，。、；：？！）》」』〕】”’％·') {
      const rows = rowsOf(han(28) + mark + han(3));
      expect(rows[0]!.items.length, mark).toBe(27);
      expect(rows[1]!.items[1]!.text, mark).toBe(mark);
    }
  });

  it('carries as many as needed: 》。 at a row boundary', () => {
    // 》 is the 28th cell, 。 would start the next row; carrying 》 alone would start it with 》.
    const text = han(20) + '《' + han(6, 20) + '》。' + han(4);
    const rows = rowsOf(text);
    expect(rows[0]!.carried).toBe(2);
    expect(sizes(rows)[0]).toBe(26);
    expect(texts(rows)[1]!.startsWith(han(1, 25) + '》。')).toBe(true);
  });

  it('carries an opening bracket that would end a row', () => {
    for (const mark of '（《「『〔【“‘') {
      const rows = rowsOf(han(27) + mark + han(5));
      expect(rows[0]!.items.length, mark).toBe(27);
      expect(rows[1]!.items[0]!.text, mark).toBe(mark);
    }
  });

  it('never splits —— or ……', () => {
    for (const pair of ['——', '……']) {
      const split = rowsOf(han(27) + pair + han(3));
      expect(split[0]!.items.length).toBe(27);
      expect(texts(split)[1]!.startsWith(pair)).toBe(true);
      // Whole at a row's end is fine.
      const whole = rowsOf(han(26) + pair + han(3));
      expect(whole[0]!.items.length).toBe(28);
      expect(texts(whole)[0]!.endsWith(pair)).toBe(true);
    }
  });

  it('breaks where the row filled when no boundary is allowed', () => {
    const rows = rowsOf('，'.repeat(30));
    expect(sizes(rows)).toEqual([28, 2]);
  });
});

describe('breakLines with words', () => {
  it('never breaks a number: a word that does not fit moves whole to the next row', () => {
    const rows = rowsOf(han(26) + '2026年11月24日');
    expect(texts(rows)).toEqual([han(26), '2026年11月24日']);
    expect(rows[0]!.carried).toBe(0);
  });

  it('fits words by their measured width, so a row may hold a non-integral number of cells', () => {
    // 24 cells (379.0 pt) + "2026" (32 pt) + 1 cell = 426.7 pt; the next cell would overflow 442.2.
    const rows = rowsOf(han(24) + '2026' + han(5));
    expect(texts(rows)[0]).toBe(han(24) + '2026' + han(1));
  });

  it('never breaks Latin words; spaces collapse at row ends', () => {
    const words = 'The committee shall review the annual report on integrity and discipline before December of each year'.split(' ');
    const rows = rowsOf(words.join(' ') + ' ' + words.join(' '));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.items[0]!.kind).not.toBe('space');
      expect(row.items.at(-1)!.kind).not.toBe('space');
      for (const it of row.items) if (it.kind === 'word') expect(words).toContain(it.text);
    }
  });

  it('keeps a word together across a style change', () => {
    const runs = [bodyRun(han(25) + 'CO'), bodyRun('VID', { bold: true }), bodyRun('-19' + han(3))];
    const rows = rowsOf(runs);
    expect(texts(rows)[0]).toBe(han(25));
    expect(texts(rows)[1]!.startsWith('COVID-19')).toBe(true);
  });

  it('splits a word wider than a whole row by character, as a last resort', () => {
    const rows = rowsOf('x'.repeat(100));
    // x is 0.5 em = 8 pt: 55 of them fit in 442.2 pt.
    expect(sizes(rows)).toEqual([1, 1]);
    expect(texts(rows).map((t) => t.length)).toEqual([55, 45]);
  });

  it('fills the current row with the head of a word no row could hold', () => {
    const url = 'https://www.example.com/' + 'a'.repeat(60);
    const rows = rowsOf(han(10) + url);
    expect(texts(rows)[0]!.startsWith(han(10) + 'https://')).toBe(true);
    expect(texts(rows).join('')).toBe(han(10) + url);
  });

  it('overflows a single cell only when a row is narrower than one cell', () => {
    const rows = rowsOf('公文', { widthPt: 10 });
    expect(texts(rows)).toEqual(['公', '文']);
  });
});
