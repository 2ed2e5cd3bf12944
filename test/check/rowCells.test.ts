/** row.cells' explanations of a short row, on rows built as pdf.js reads them. */
import { describe, expect, it } from 'vitest';
import type { FullRow } from '../../src/check/measurePage.ts';
import { hasNoBreakWithin } from '../../src/check/rules/rowCells.ts';
import type { PdfChar, PdfRow } from '../../src/check/types.ts';

const CELL = 15.75;
/** A row of text as pdf.js gives it; '␣' is a blank pdf.js puts in a justified row's gap. */
function rowOf(text: string): PdfRow {
  let x = 79.4;
  const chars: PdfChar[] = [...text].map((ch) => {
    const fullWidth = /[\u3000-\u9fff\uff00-\uffef“”]/u.test(ch);
    const width = ch === '␣' ? 4.3 : fullWidth ? CELL + 1.5 : 8.7;
    const c = { ch: ch === '␣' ? ' ' : ch, x, width, fullWidth };
    x += width;
    return c;
  });
  const str = chars.map((c) => c.ch).join('');
  return { baseline: 200, fontSize: 16, left: 79.4, right: x, text: str, items: [{ str, x: 79.4, baseline: 200, width: x - 79.4, fontSize: 16, fontId: 'f', blank: false, chars }] };
}
const shortRow = (chars: number, next: string): FullRow => ({ row: rowOf('定'.repeat(chars)), indented: false, allFullWidth: true, chars, cells: chars, next: rowOf(next) });

describe('hasNoBreakWithin', () => {
  it('reads the gaps of a justified row as gaps, not as spaces of the text (LibreOffice: 定 。 qh…)', () => {
    // 定。 is glued to the e-mail after it, and the e-mail does not fit in the 9 free cells.
    expect(hasNoBreakWithin(shortRow(19, '定␣。␣qh_jw5@example.gov.cn以来'))).toBe(true);
    expect(hasNoBreakWithin(shortRow(19, '定。qh_jw5@example.gov.cn以来'))).toBe(true);
  });
  it('still finds a break where the text has one: a real space between two words, or between Han characters', () => {
    expect(hasNoBreakWithin(shortRow(19, '定。ab␣qh_jw5@example.gov.cn以来'))).toBe(false);
    expect(hasNoBreakWithin(shortRow(19, '定␣以␣来，'))).toBe(false);
  });
});
