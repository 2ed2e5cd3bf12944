/**
 * Splits a text run into characters with estimated positions. pdf.js reports one
 * advance width per run, not per glyph, so the run's width is shared out by weight:
 * a full-width character counts 1, any other 0.5 (Latin letters and digits of CJK
 * fonts are close to half an em). For an all-full-width run (body text) this is
 * exact whenever the run's characters sit on a regular pitch, as on the grid.
 */
import { isFullWidth } from './charClass.ts';
import type { PdfChar } from './types.ts';

export function splitChars(str: string, x: number, width: number): PdfChar[] {
  const chars = [...str];
  const weights = chars.map((ch) => (isFullWidth(ch) ? 1 : 0.5));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const unit = width / total;
  let at = x;
  return chars.map((ch, i) => {
    const w = (weights[i] ?? 0) * unit;
    const c: PdfChar = { ch, x: at, width: w, fullWidth: (weights[i] ?? 0) === 1 };
    at += w;
    return c;
  });
}
