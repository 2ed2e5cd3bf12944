/**
 * Guesses the layout of a PDF from its first page when the caller does not say:
 * red rules about 170 mm long → letter (信函格式); a large red-page title row ending in
 * 纪要 → minutes; nothing red at all → plain; otherwise a headed document.
 */
import { toMm } from './standard.ts';
import type { LayoutKind, PdfPageGeometry } from './types.ts';

export function detectLayout(first: PdfPageGeometry | undefined): LayoutKind {
  if (!first) return 'document';
  const shapes = first.shapes ?? [];
  const colouredText = first.colouredText ?? [];
  const longRules = shapes.filter((s) => toMm(s.right - s.left) >= 165 && toMm(s.bottom - s.top) <= 3);
  if (longRules.length > 0) return 'letter';
  if (shapes.length === 0 && colouredText.length === 0) return 'plain';
  if (first.rows.some((r) => r.fontSize >= 22 && /纪要$/u.test(r.text))) return 'minutes';
  return 'document';
}
