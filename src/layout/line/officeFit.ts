/**
 * How LibreOffice measures a row of our DOCX, so the PDF's rows end where its rows end. The
 * grid (cellPt pitch) stays what the PDF draws; only the decision "does this item still fit"
 * uses these widths. Measured on LibreOffice 7.4 with the DOCX writer's shell (thresholds found
 * within 0.05 pt of 442.2 pt):
 * - every character advances by its glyph advance plus the DOCX's character spacing
 *   (docx.charSpacing: −0.25 pt), except the last character of a text portion, which keeps its
 *   full advance: 28 Han = 27 × 15.75 + 16 = 441.25 pt, 2023 = 35.70 − 3 × 0.25 pt;
 * - a portion ends where the script changes (autoSpace.ts: Asian ↔ other; weak characters join
 *   the portion before them), where the style changes (font, size, bold, italic, colour), and
 *   at the end of the row;
 * - the automatic space between Asian and other text counts between two items of a row;
 * - a body paragraph's first row is indented 630 twips in the DOCX (docx.firstLineIndentTwips,
 *   2 × 16 pt), not two 15.79 pt cells.
 */
import { body, docx, pt } from '../gbt9704.ts';
import type { ItemScripts } from './autoSpace.ts';
import type { Item, StyledRun } from './types.ts';

/** Character spacing the DOCX sets on every run, in points (negative: tighter). */
export const OFFICE_TRACKING_PT = docx.charSpacing / 20;

/** Width of an item as LibreOffice adds it to a row: each character's advance plus the tracking. */
export function officeWidth(item: Item): number {
  return item.widthPt + item.chars.length * OFFICE_TRACKING_PT;
}

/** What the last character of a portion takes back (its tracking): +0.25 pt. */
export const PORTION_END_PT = -OFFICE_TRACKING_PT;

const BODY_INDENT_PT = body.firstLineIndentCells * pt.cell;
const OFFICE_BODY_INDENT_PT = docx.firstLineIndentTwips / 20;

/** The indent LibreOffice applies for a PDF indent: the body's two-cell first-row indent is 630 twips there. */
export function officeIndent(indentPt: number): number {
  return Math.abs(indentPt - BODY_INDENT_PT) < 1e-6 ? OFFICE_BODY_INDENT_PT : indentPt;
}

const sameStyle = (a: StyledRun, b: StyledRun): boolean =>
  a === b ||
  (a.font === b.font &&
    a.sizePt === b.sizePt &&
    !a.bold === !b.bold &&
    !a.italic === !b.italic &&
    (a.color ?? [0, 0, 0]).join() === (b.color ?? [0, 0, 0]).join());

/** Marks `endsPortion` on items after which LibreOffice starts a new text portion (in place). */
export function markPortionEnds(items: Item[], scripts: ItemScripts): Item[] {
  for (let k = 0; k + 1 < items.length; k++) {
    if (scripts.first[k + 1] !== scripts.last[k] || !sameStyle(items[k]!.run, items[k + 1]!.run)) items[k]!.endsPortion = true;
  }
  return items;
}
