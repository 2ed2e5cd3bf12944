/**
 * What the font resolver tells the layout engine about text: a run of one style, and the
 * advance and face of each character (per-character fallback). The layout engine measures
 * through MeasureChar only; it never sees font files.
 */
import type { FontRole } from '../model/types.ts';

/** A run of text in one style, as it comes out of the document model. */
export interface StyledRun {
  text: string;
  font: FontRole;
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  /** RGB 0..1; default black. */
  color?: readonly [number, number, number];
}

/** What measuring one character returns. */
export interface CharMetrics {
  /** Advance in points at the run's size (Latin, digits: the font's advance). */
  advancePt: number;
  /** Key of the face that has the glyph (per-character fallback), e.g. 'fangsong:0'. */
  faceKey: string;
}

/**
 * Measures a character of a run with the font chain of its role. Throws FontError when no face
 * has it. `shapeWord`, when present, gives the advances of a word's characters (one face) as
 * LibreOffice shapes them (shapeWord.ts); without it a word is the sum of its glyph advances.
 */
export interface MeasureChar {
  (char: string, run: StyledRun): CharMetrics;
  shapeWord?: (chars: readonly string[], faceKey: string, sizePt: number) => readonly number[];
}

