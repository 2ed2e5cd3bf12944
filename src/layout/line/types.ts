/**
 * Plain data passed between the stages of the PDF layout engine:
 * itemize → measure → break → justify → paginate → draw.
 * Every stage before draw is a pure function over these types.
 */
import type { StyledRun } from '../../fonts/metrics.ts';

export type { CharMetrics, MeasureChar, StyledRun } from '../../fonts/metrics.ts';

/**
 * One unit the line breaker places: a Han character or full-width punctuation (one cell),
 * or an unbreakable Latin/digit word (its measured width).
 */
export interface Item {
  text: string;
  run: StyledRun;
  /** 'cell': occupies grid cells; 'word': half-width text set with font advances. */
  kind: 'cell' | 'word' | 'space';
  /** Width in points before justification. */
  widthPt: number;
  /** Per character: the face that draws it and its natural advance. */
  chars: { char: string; faceKey: string; advancePt: number }[];
  /**
   * Optional (added by the layout engine): no row break between this item and the previous
   * one — set when a word continues across a style change (e.g. a bold "COVID" + "-19").
   */
  noBreakBefore?: boolean;
  /**
   * Optional (added by the layout engine, autoSpace.ts): fixed space between the previous item
   * and this one, in points — the automatic space between Asian and non-Asian text (2023 年).
   * Counted and drawn only when both items are on the same row; never stretched.
   */
  spaceBeforePt?: number;
  /**
   * Optional (added by the layout engine, officeFit.ts): LibreOffice starts a new text portion
   * after this item (script or style change), so its last character keeps its full advance.
   * Used only to decide where rows break, as LibreOffice does.
   */
  endsPortion?: boolean;
}

/** A glyph placed on a row, x measured from the row's left edge (the block's left edge plus indent). */
export interface PlacedGlyph {
  char: string;
  x: number;
  /** The width this glyph occupies on the row after justification (for underline/selection). */
  width: number;
  faceKey: string;
  run: StyledRun;
}

export interface LineRow {
  glyphs: PlacedGlyph[];
  /** Left offset of the row inside the block, in points (first-row indent, alignment). */
  offsetPt: number;
  /** Width the row's content spans, in points. */
  widthPt: number;
  /** True when the row is full and justified to touch both edges. */
  full: boolean;
}

export interface BreakOptions {
  /** Available width of a row in points (block width, or a table cell's inner width). */
  widthPt: number;
  /** The grid cell in points (15.79 pt for the 28-character grid). */
  cellPt: number;
  /** Indent of the first row, in points (two cells for body paragraphs). */
  firstIndentPt: number;
  /** Indent of following rows (hanging forms: attachment note continuation, 抄送). */
  restIndentPt: number;
  align: 'justify' | 'left' | 'center' | 'right';
}
