/**
 * Data passed between the stages of `gongwen check`: geometry extracted from a PDF
 * (plain numbers, points, y measured DOWN from the page's top edge so it reads like
 * the standard's "mm below the top"), and the findings the rules derive from it.
 */
import type { Bilingual, Lang } from '../errors.ts';

/** One character of a text item, positioned by splitting the item's advance width. */
export interface PdfChar {
  ch: string;
  /** Left edge of the character's advance box, pt from the page's left edge. */
  x: number;
  width: number;
  /** East-Asian wide: one grid cell. */
  fullWidth: boolean;
}

/** One pdf.js text item (a run pdf.js did not split). */
export interface PdfTextItem {
  str: string;
  /** Left edge of the run, pt from the page's left edge. */
  x: number;
  /** Baseline, pt below the page's top edge. */
  baseline: number;
  /** Advance width of the run (first glyph's origin to the last glyph's advance), pt. */
  width: number;
  /** Font size (vertical scale of the text matrix), pt. */
  fontSize: number;
  /** pdf.js's loaded font id (g_d0_f1…): equal ids mean the same font within a document. */
  fontId: string;
  /** Only whitespace: pdf.js's stand-in for a gap between runs. */
  blank: boolean;
  chars: PdfChar[];
}

/** Text items sharing a baseline, left to right. */
export interface PdfRow {
  baseline: number;
  /** Dominant font size (by character count). */
  fontSize: number;
  /** Left and right edge of the non-blank items, pt. */
  left: number;
  right: number;
  /** Text of the row, items joined left to right, outer whitespace trimmed. */
  text: string;
  items: PdfTextItem[];
}

/** A painted shape's bounding box in page coordinates (pt, y down), with its paint. */
export interface PdfShape {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** '#rrggbb' of the paint used (fill or stroke). */
  colour: string;
  paint: 'fill' | 'stroke';
}

export interface PdfPageGeometry {
  /** 1-based page number. */
  page: number;
  widthPt: number;
  heightPt: number;
  items: PdfTextItem[];
  rows: PdfRow[];
  /** Present when extraction was asked for colours: coloured (non-black, non-white) shapes. */
  shapes?: PdfShape[];
  /** Present when extraction was asked for colours: horizontal rules drawn in black or dark grey. */
  rules?: PdfShape[];
  /** Present when extraction was asked for colours: runs of text drawn in a non-black colour. */
  colouredText?: { colour: string; count: number }[];
}

export interface PdfFontInfo {
  /** BaseFont without a leading slash, e.g. ABCDEF+NotoSerifSC-Regular. */
  baseFont: string;
  /** Type1, TrueType, Type0, Type3, MMType1. */
  subtype: string;
  /** For Type0: the descendant's subtype (CIDFontType0/CIDFontType2). */
  descendantSubtype?: string;
  /** FontFile, FontFile2 or FontFile3 stream present (Type3 counts as embedded: its glyphs are content streams). */
  embedded: boolean;
  fontFile?: 'FontFile' | 'FontFile2' | 'FontFile3';
  /** BaseFont carries a six-capital-letter subset tag (ABCDEF+). */
  subset: boolean;
  /** 1-based pages whose resources name this font (best effort; empty when unknown). */
  pages: number[];
}

export interface PdfGeometry {
  pages: PdfPageGeometry[];
  fonts: PdfFontInfo[];
  /** Set when the font dictionaries could not be read (e.g. an encrypted or damaged file). */
  fontsError?: string;
}

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'paper.a4'
  | 'body.size'
  | 'block.left'
  | 'block.width'
  | 'block.top'
  | 'grid.pitch'
  | 'grid.rows'
  | 'row.cells'
  | 'row.overflow'
  | 'text.outside'
  | 'text.overlap'
  | 'folio.present'
  | 'folio.format'
  | 'folio.size'
  | 'folio.vertical'
  | 'folio.side'
  | 'colophon.foot'
  | 'colophon.rules'
  | 'kinsoku.start'
  | 'kinsoku.end'
  | 'kinsoku.split'
  | 'font.embedded'
  | 'font.subset'
  | 'red.mark'
  | 'red.separator'
  | 'pdf.unreadable';

export interface Finding {
  severity: Severity;
  rule: RuleId;
  /** 1-based page; absent for document-wide findings (fonts). */
  page?: number;
  message: Bilingual;
  /** What was measured and what the standard asks, in `unit`. */
  measured?: number | string;
  expected?: number | string;
  unit?: 'mm' | 'pt' | 'cells' | 'rows' | '';
  /** The row's text (shortened) the finding is about, when it is about a row. */
  text?: string;
}

export type LayoutKind = 'document' | 'letter' | 'minutes' | 'plain';

export interface CheckOptions {
  lang?: Lang;
  /** Default: guessed from the first page (red 170 mm rules → letter, …纪要 → minutes, nothing red → plain). */
  layout?: LayoutKind;
  /** Row pitch the document claims (pt); default: measured, else 28.99 pt. */
  rowPitchPt?: number;
}

/** Measured values of one page, as the rules saw them. */
export interface PageFigures {
  page: number;
  widthMm: number;
  heightMm: number;
  /** Left edge of the body text (flush rows, or indented rows minus two cells). */
  leftMm?: number;
  /** Right margin: paper width minus the right edge of the rows that span the block. */
  rightMm?: number;
  /** Top of the row lattice inferred from the body rows. */
  topMm?: number;
  /** Median distance between consecutive rows of a paragraph, mm. */
  pitchMm?: number;
  /** Body-size rows on the page. */
  bodyRows: number;
  folio?: {
    text: string;
    number?: number;
    sizePt: number;
    leftMm: number;
    rightMm: number;
    baselineMm: number;
    /** 'dashes': — N —; 'pageOf': a talk record's 第N页 共M页. */
    kind: 'dashes' | 'pageOf';
    /** Estimated top of the dash's ink, mm below the block's bottom edge (dashes only). */
    dashTopBelowBlockMm?: number;
  };
}

export interface CheckReport {
  ok: boolean;
  pages: number;
  errors: number;
  warnings: number;
  figures: {
    /** The layout the rules assumed, and whether it was guessed from the first page. */
    layout: LayoutKind;
    layoutDetected: boolean;
    marginsMm: { left?: number; right?: number; top?: number };
    pitchMm?: number;
    /** Cells per full row (key) → how many full rows (value). */
    charsPerFullRow: Record<string, number>;
    fonts: PdfFontInfo[];
    pages: PageFigures[];
  };
  findings: Finding[];
}
