/**
 * The figures `gongwen check` measures against, in points (y down from the page's top),
 * taken from src/layout/gbt9704.ts, with the tolerances of the conformance report.
 */
import { colophon, folio, grid, margin, mmToPt, paper, pt, textBlock, typeSize } from '../layout/gbt9704.ts';

export const nominal = {
  paperWidth: pt.paperWidth,
  paperHeight: pt.paperHeight,
  blockLeft: pt.marginLeft,
  blockTop: pt.marginTop,
  blockWidth: pt.blockWidth,
  blockHeight: pt.blockHeight,
  blockRight: pt.marginLeft + pt.blockWidth,
  blockBottom: pt.marginTop + pt.blockHeight,
  /** 28.99 pt. */
  pitch: pt.rowPitch,
  /** 15.79 pt. */
  cell: pt.cell,
  rows: grid.rows,
  cols: grid.cols,
  bodySize: typeSize.sanhao,
  folioSize: folio.sizePt,
  colophonSize: colophon.sizePt,
  folioDashTopBelowBlock: mmToPt(folio.dashTopBelowBlockMm),
  folioInset: folio.insetCells * pt.cell,
} as const;

/** Millimetre figures for messages. */
export const nominalMm = {
  paperWidth: paper.widthMm,
  paperHeight: paper.heightMm,
  left: margin.leftMm,
  top: margin.topMm,
  right: margin.rightMm,
  pitch: grid.rowPitchMm,
  blockWidth: textBlock.widthMm,
  folioDash: folio.dashTopBelowBlockMm,
} as const;

export const tolerance = {
  paperPt: 1,
  marginMm: 1,
  pitchMm: 0.1,
  /** A full row's right edge may miss the block's right edge by this much. */
  rightEdgeMm: 0.5,
  /** Left edge of a full row: the block's left, or two cells in (LibreOffice indents by 2 × 16 pt). */
  indentMm: 1,
  folioMm: 1,
  sizePt: 0.5,
} as const;

/**
 * Where a row's baseline sits inside its grid row, below the row's top: the line box
 * centred in the row, baseline 0.45 em below the centre. Calibrated on LibreOffice 7.4
 * (Noto Sans CJK SC, 16 pt on a 579-twip grid: 21.9 pt below the row top; this model
 * gives 21.7 pt); a writer that centres the ideographic em box (20.6 pt) is 0.4 mm off.
 */
export const baselineInRow = (pitchPt: number, sizePt: number): number => pitchPt / 2 + 0.45 * sizePt;

/**
 * Top of an em dash's ink above its baseline, in em. Measured: Noto Serif SC 0.293,
 * Noto Sans SC 0.312, DejaVu Sans (LibreOffice's folio) 0.304 (its ink top 1.50 mm
 * above a 14 pt baseline at 600 dpi). A full-width CJK dash drawn at 0.4 em would be
 * read 0.5 mm low, inside the ±1 mm tolerance.
 */
export const DASH_TOP_EM = 0.3;

export const isBodySize = (sizePt: number): boolean => Math.abs(sizePt - nominal.bodySize) <= tolerance.sizePt;

export const toMm = (p: number): number => (p * 25.4) / 72;
export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
