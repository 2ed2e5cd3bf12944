/**
 * Where LibreOffice puts glyph ink inside a line, measured on this project's renderings
 * (LibreOffice 7.4, Noto CJK standing in for the office faces; see test/docx/geometry).
 * Word with the real office fonts may differ by a fraction of a millimetre.
 */
import { mmToTwips } from '../layout/gbt9704.ts';

/** LibreOffice sets the baseline of an exact-height line at 80 % of the line height. */
export const EXACT_LINE_ASCENT = 0.8;
/** Height of Han ink above the baseline, in ems (Noto Serif CJK; a 31 pt mark measured 35.05 mm under the block). */
export const HAN_INK_TOP_EM = 0.83;
/** Depth of Han ink below the baseline, in ems (ink of 某纪建 is 0.92 em tall). */
export const HAN_INK_BOTTOM_EM = 0.09;
/**
 * On the line grid, the baseline of 16 pt body text lies this far below the row's top (twips):
 * LibreOffice set the ink of 某纪建 on row 7 from 2.94 mm to 8.10 mm under the row's top.
 */
export const GRID_BASELINE_16PT = 430;

export const twipsOfMm = mmToTwips;
