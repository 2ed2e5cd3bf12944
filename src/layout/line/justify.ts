/**
 * justify: a broken row → a LineRow of placed glyphs.
 *
 * Geometry (the grid of GB/T 9704):
 * - a cell item occupies a slot of cellPt (15.79 pt on the 28-character grid); its glyph is
 *   drawn at the slot's left edge, so a 16 pt glyph sits on a slightly condensed pitch, as on
 *   Word's document grid;
 * - a word occupies its measured width, its letters at their natural advances;
 * - a full row (every row of a justified paragraph but the last) touches both edges exactly:
 *   the slack is shared equally by every item's slot — the space after each cell (CJK
 *   inter-character spacing) and after each word — except a word ending the row, which ends
 *   flush with the right edge instead. A row of N cells therefore has the pitch availPt / N
 *   exactly, and the last glyph's x + width equals availPt;
 * - the automatic space between Asian and non-Asian text (item.spaceBeforePt, autoSpace.ts) is a
 *   fixed gap after the shares, as LibreOffice sets it: 年 + share + gap + 2023 + share + gap + 年;
 *   it widens the slot of the glyph before it;
 * - a row too wide by rounding (28 × 15.793 pt in 442.2 pt) is squeezed the same way, so nothing
 *   hangs outside the block;
 * - the last row of a paragraph, and rows aligned 'left', keep cellPt pitch from the left;
 *   'center' and 'right' rows keep it too and move as a whole (offsetPt).
 *
 * Coordinates: glyph.x is measured from the row's left edge, which lies offsetPt right of the
 * block's (or table cell's) left edge — offsetPt includes the indent. The first glyph has x = 0.
 * Page x of a glyph = blockLeft + row.offsetPt + glyph.x. Width of a glyph = the slot it takes
 * after justification (its cell pitch; for a word's letters, their advances).
 */
import type { BrokenRow } from './breakLines.ts';
import { FIT_EPSILON_PT } from './breakLines.ts';
import { naturalWidth } from './measure.ts';
import type { BreakOptions, LineRow, PlacedGlyph } from './types.ts';

export function justifyRow(row: BrokenRow, options: Pick<BreakOptions, 'cellPt' | 'align'>): LineRow {
  const { cellPt, align } = options;
  const items = row.items;
  const n = items.length;
  const natural = naturalWidth(items, cellPt);
  const slack = row.availPt - natural;
  // A word that ends the row takes no share: its last letter ends on the right edge. Nor does a
  // word piece followed by the next piece of the same word (QH-|2024-|490): one visual word.
  // Squeezed (a row LibreOffice's tighter measure fits, wider at our advances): the last item
  // takes no share either, or its glyph would be drawn past the row's end (s31203-0109).
  const takesShare = (k: number): boolean => {
    const item = items[k]!;
    if (slack < 0 && k === n - 1) return false;
    if (item.kind !== 'word') return true;
    return k < n - 1 && items[k + 1]!.kind !== 'word';
  };
  let shares = 0;
  for (let k = 0; k < n; k++) if (takesShare(k)) shares++;
  const stretch = shares > 0 && ((align === 'justify' && !row.last && slack > 0) || slack < 0);
  const share = stretch ? slack / shares : 0;

  let offsetPt = row.indentPt;
  if (!stretch && slack > 0) {
    if (align === 'center') offsetPt += slack / 2;
    else if (align === 'right') offsetPt += slack;
  }

  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (let k = 0; k < n; k++) {
    const item = items[k]!;
    // The automatic space before this item: a fixed gap, given to the previous glyph's slot.
    const gap = k > 0 ? (item.spaceBeforePt ?? 0) : 0;
    if (gap > 0 && glyphs.length > 0) {
      glyphs[glyphs.length - 1]!.width += gap;
      x += gap;
    }
    const extra = stretch && takesShare(k) ? share : 0;
    if (item.kind === 'cell') {
      const c = item.chars[0]!;
      const width = cellPt + extra;
      glyphs.push({ char: c.char, x, width, faceKey: c.faceKey, run: item.run });
      x += width;
      continue;
    }
    const chars = item.chars;
    for (let m = 0; m < chars.length; m++) {
      const c = chars[m]!;
      const width = m === chars.length - 1 ? c.advancePt + extra : c.advancePt;
      glyphs.push({ char: c.char, x, width, faceKey: c.faceKey, run: item.run });
      x += width;
    }
  }

  // Full: the row spans the whole available width (stretched, squeezed, or filled exactly).
  const touchesBoth = stretch || (n > 0 && Math.abs(slack) <= FIT_EPSILON_PT);
  return { glyphs, offsetPt, widthPt: stretch ? row.availPt : natural, full: touchesBoth };
}
