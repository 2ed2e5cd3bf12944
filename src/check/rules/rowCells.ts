/**
 * row.cells: a body row that spans the block (left edge at the block's left or two
 * cells in, right edge at the block's right ± 0.5 mm) holds exactly 28 cells, 26 when
 * indented, counted as characters when every character is full-width.
 * Rows with Latin letters or digits are counted by width (a justified row spanning the
 * block always measures 28 cells), so they are reported in the histogram only.
 * A short row is accepted when 禁则 forced the carry: the next row of the paragraph
 * starts with the carried characters followed by a character no row may start with,
 * or starts with a character no row may end with, or with —— or …….
 */
import { forbiddenAtRowEnd, forbiddenAtRowStart } from '../charClass.ts';
import type { FullRow } from '../measurePage.ts';
import { nominal } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const expectedCells = (f: FullRow): number => nominal.cols - (f.indented ? 2 : 0);

/** The shortfall of `f` is explained by characters carried to the next row by 禁则. */
export function isKinsokuCarry(f: FullRow): boolean {
  const deficit = expectedCells(f) - f.chars;
  if (deficit <= 0 || !f.next) return false;
  const next = [...f.next.text.replace(/\s/gu, '')];
  if (next.length === 0) return false;
  if (forbiddenAtRowStart.has(next[deficit] ?? '')) return true;
  if (next.slice(0, deficit).some((c) => forbiddenAtRowEnd.has(c))) return true;
  const head = next.slice(0, deficit + 1).join('');
  return head.includes('——') || head.includes('……');
}

export const checkRowCells: Rule = ({ measures }) =>
  measures.flatMap((m) =>
    m.fullRows.flatMap((f): Finding[] => {
      if (!f.allFullWidth) return [];
      const expected = expectedCells(f);
      if (f.chars === expected || (f.chars < expected && isKinsokuCarry(f))) return [];
      return [
        {
          severity: 'error',
          rule: 'row.cells',
          page: m.page,
          message: {
            zh: `整行应排${expected}字${f.indented ? '（首行缩进两字）' : ''}，实排${f.chars}字`,
            en: `a full row should hold ${expected} characters${f.indented ? ' (first row, indented two)' : ''}, found ${f.chars}`,
          },
          measured: f.chars,
          expected,
          unit: 'cells',
          text: excerpt(f.row.text),
        },
      ];
    }),
  );
