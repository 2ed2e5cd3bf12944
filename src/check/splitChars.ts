/**
 * Splits a text run into characters with estimated positions. pdf.js reports one
 * advance width per run, not per glyph, so the run's width is shared out by weight:
 * a full-width character counts 1, others their typical advance in the Latin of CJK
 * faces (digits 0.56 em, capitals 0.68, small letters 0.5, a space 0.25, points and
 * commas 0.3, hyphens and slashes 0.35, @ 0.9): one long run of LibreOffice's mixing Han
 * and an 11-digit number is then shared out within a tenth of a cell. For an
 * all-full-width run (body text) this is exact whenever its characters sit on a
 * regular pitch, as on the grid.
 */
import { isFullWidth } from './charClass.ts';
import type { PdfChar } from './types.ts';

export function splitChars(str: string, x: number, width: number): PdfChar[] {
  const chars = [...str];
  const weights = chars.map(weightOf);
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

function weightOf(ch: string): number {
  if (isFullWidth(ch)) return 1;
  if (ch >= '0' && ch <= '9') return 0.56;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch === ' ') return 0.25;
  if ('.,:;\'!|'.includes(ch)) return 0.3;
  if ('-/'.includes(ch)) return 0.35;
  if (ch === '@') return 0.9;
  return 0.5;
}
