/**
 * The box each printed character of a page takes: its advance across, and the em box up and
 * down from the baseline (0.88 em above, 0.12 em below, the ideographic em box of CJK faces).
 * Blank items and zero-width characters have no box.
 */
import type { PdfPageGeometry } from './types.ts';

export interface CharBox {
  ch: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Index of the pdf.js text item the character came from. */
  item: number;
}

export const EM_ABOVE_BASELINE = 0.88;
export const EM_BELOW_BASELINE = 0.12;

export function charBoxes(page: PdfPageGeometry): CharBox[] {
  const boxes: CharBox[] = [];
  page.items.forEach((item, i) => {
    if (item.blank) return;
    const top = item.baseline - EM_ABOVE_BASELINE * item.fontSize;
    const bottom = item.baseline + EM_BELOW_BASELINE * item.fontSize;
    for (const c of item.chars) {
      if (c.width <= 0.01 || /^\s$/u.test(c.ch)) continue;
      boxes.push({ ch: c.ch, left: c.x, right: c.x + c.width, top, bottom, item: i });
    }
  });
  return boxes;
}
