/** Shared helpers for the layout tests: grid options, sample text, row inspection. */
import { pt } from '../../src/layout/gbt9704.ts';
import type { BreakOptions, LineRow } from '../../src/layout/line/types.ts';

export const CELL = pt.cell; // 15.79 pt
export const BLOCK = pt.blockWidth; // 442.2 pt

/** Options on the body grid; the first row not indented unless asked. */
export const opts = (o: Partial<BreakOptions> = {}): BreakOptions => ({
  widthPt: BLOCK,
  cellPt: CELL,
  firstIndentPt: 0,
  restIndentPt: 0,
  align: 'justify',
  ...o,
});

const POOL = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏';
/** n Han characters without punctuation. */
export const han = (n: number, from = 0): string => {
  let s = '';
  for (let k = 0; k < n; k++) s += POOL[(from + k) % POOL.length];
  return s;
};

export const rowText = (row: LineRow): string => row.glyphs.map((g) => g.char).join('');
export const rowTexts = (rows: LineRow[]): string[] => rows.map(rowText);
/** Right edge of the row's content measured from the block's left edge. */
export const rightEdge = (row: LineRow): number => {
  const last = row.glyphs[row.glyphs.length - 1]!;
  return row.offsetPt + last.x + last.width;
};
/** Number of cells on a row: glyphs of characters set one per cell (Han, full-width). */
export const cellCount = (row: LineRow): number => row.glyphs.filter((g) => /[^\x00-\x7f]/.test(g.char)).length;
