/**
 * The 版记 as extracted rows: its 抄送 row (抄送：…) or its 印发 row (…印发), blanks the extraction
 * puts between characters allowed, 4号, and the rows of a 抄送 list that continue it. One place
 * for every rule that looks for the 版记 (folio, colophon.foot, colophon.rules).
 */
import type { PageMeasure } from './measurePage.ts';
import { nominal } from './standard.ts';
import type { PdfPageGeometry, PdfRow } from './types.ts';

export const isColophonRowText = (text: string): boolean => /^抄\s*送\s*[：:]/u.test(text) || /印\s*发$/u.test(text);

const isColophonSize = (fontSize: number): boolean => Math.abs(fontSize - nominal.colophonSize) < 0.6;
const isColophonRow = (r: PdfRow): boolean => isColophonSize(r.fontSize) && isColophonRowText(r.text.trim());

/**
 * The page's 版记 rows, top to bottom: from its first 抄送 or 印发 row to the lowest one with the
 * 4号 rows that follow it a row apart inside the block (a 抄送 list's continuation; a talk
 * record's signature line below the block is not one). The folio, 4号 too, is left out.
 */
export function colophonRowsOf(page: PdfPageGeometry, m: PageMeasure | undefined): PdfRow[] {
  const folio = m?.folio;
  const rows = folio ? page.rows.filter((r) => Math.abs(r.baseline - folio.baseline) > 1) : page.rows;
  const sorted = [...rows].sort((a, b) => a.baseline - b.baseline);
  const first = sorted.findIndex(isColophonRow);
  if (first < 0) return [];
  let last = sorted.findLastIndex(isColophonRow);
  const pitch = m?.pitch ?? nominal.pitch;
  const bottom = (m?.top ?? nominal.blockTop) + nominal.rows * pitch;
  const continues = (r: PdfRow, above: PdfRow): boolean =>
    isColophonSize(r.fontSize) && r.baseline - above.baseline < 1.5 * pitch && r.baseline < bottom + pitch / 4;
  while (last + 1 < sorted.length && continues(sorted[last + 1]!, sorted[last]!)) last++;
  return sorted.slice(first, last + 1);
}
