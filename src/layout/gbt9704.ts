/**
 * Every number of GB/T 9704-2012 《党政机关公文格式》 that a writer needs, in one place.
 * The DOCX writer and the PDF writer both import this module, so the two agree page for page.
 * Lengths are given in millimetres (the standard's unit) with derived points and twips.
 */

/** Points per millimetre (1 in = 25.4 mm = 72 pt). */
export const PT_PER_MM = 72 / 25.4;
/** Twips (1/20 pt) per millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** Chinese type sizes (字号) in points. */
export const typeSize = {
  chuhao: 42, // 初号
  xiaochu: 36, // 小初
  yihao: 26, // 一号
  xiaoyi: 24, // 小一
  erhao: 22, // 二号
  xiaoer: 18, // 小二
  sanhao: 16, // 三号
  xiaosan: 15, // 小三
  sihao: 14, // 四号
  xiaosi: 12, // 小四
} as const;

/** A4 paper. */
export const paper = { widthMm: 210, heightMm: 297 } as const;

/** Margins: 天头 37 mm, 订口 28 mm; right and bottom follow from the 156 × 225 mm block. */
export const margin = { topMm: 37, leftMm: 28, rightMm: 26, bottomMm: 35 } as const;

/** The text block (版心). */
export const textBlock = { widthMm: 156, heightMm: 225 } as const;

/** The 22-row × 28-character grid that fills the block. */
export const grid = {
  rows: 22,
  cols: 28,
  /** 225 / 22 = 10.227 mm = 28.99 pt. */
  rowPitchMm: textBlock.heightMm / 22,
  /** 156 / 28 = 5.571 mm = 15.79 pt. */
  cellMm: textBlock.widthMm / 28,
} as const;

/** Body text: 三号仿宋, black; first row indented two cells. */
export const body = { sizePt: typeSize.sanhao, firstLineIndentCells: 2 } as const;

/** 版头 (header) of the `document` layout. */
export const header = {
  /** Issuer mark's top edge below the top edge of the block. */
  markTopBelowBlockMm: 35,
  /** Default size of the red issuer mark; shrunk or condensed so it never exceeds the block. */
  markSizePt: typeSize.xiaochu,
  markMaxSizePt: typeSize.chuhao,
  markMinSizePt: typeSize.erhao,
  /** 发文字号: two rows below the mark. */
  docNumberRowsBelowMark: 2,
  /** Red separator: 4 mm below the document number, as wide as the block. */
  separatorBelowDocNumberMm: 4,
  separatorWidthMm: textBlock.widthMm,
  separatorThicknessMm: 0.5,
  /** 签发人 and an upward document number sit one character in from the edges. */
  signerInsetCells: 1,
} as const;

/** 标题: 2号小标宋, centred, two empty rows below the separator. */
export const title = { sizePt: typeSize.erhao, emptyRowsBelowSeparator: 2, emptyRowsAfter: 1 } as const;

/** Heading levels 一、（一）1.（1） and their faces. */
export const headingLevels = [
  { level: 1, font: 'heiti' },
  { level: 2, font: 'kaiti' },
  { level: 3, font: 'fangsong' },
  { level: 4, font: 'fangsong' },
] as const;

/** Signature blocks. */
export const signature = {
  /** Sealed: date right-aligned with four cells of space. */
  sealedDateRightInsetCells: 4,
  /** Unsealed: issuer right-aligned with two cells of space; the date's first char two cells right of the issuer's. */
  unsealedIssuerRightInsetCells: 2,
  unsealedDateOffsetCells: 2,
  /** Seal diameter of a typical office seal (42 mm) when the image gives no size. */
  sealDiameterMm: 42,
  /** Empty rows between the body (or attachment note) and the signature. */
  emptyRowsBefore: 1,
  /** Sealed: the seal's top edge lies within one row of the text above. */
  sealedEmptyRowsBefore: 3,
} as const;

/** 附件说明: one empty row below the body, indented two cells. */
export const attachmentNote = { emptyRowsBefore: 1, indentCells: 2 } as const;

/** 版记: rules and 4号仿宋 rows at the foot of the last page. */
export const colophon = {
  sizePt: typeSize.sihao,
  thickRuleMm: 0.35,
  thinRuleMm: 0.25,
  insetCells: 1,
} as const;

/** 页码: 4号 half-width 宋体 digits with em dashes, 7 mm under the block, one cell in. */
export const folio = {
  sizePt: typeSize.sihao,
  dash: '\u2014',
  dashTopBelowBlockMm: 7,
  insetCells: 1,
} as const;

/** 信函格式. */
export const letter = {
  markTopFromPaperMm: 30,
  ruleLengthMm: 170,
  ruleBelowMarkMm: 4,
  bottomRuleFromPaperBottomMm: 20,
  thickRuleMm: 1.0,
  thinRuleMm: 0.35,
  ruleGapMm: 0.7,
} as const;

/** 纪要格式. */
export const minutes = { markTopBelowBlockMm: 35 } as const;

/** 红色: the red of the mark, separator and seal. */
export const red = { hex: 'FF0000', rgb: [1, 0, 0] as const } as const;

/** Derived values in points, for the PDF writer. */
export const pt = {
  paperWidth: mmToPt(paper.widthMm),
  paperHeight: mmToPt(paper.heightMm),
  marginTop: mmToPt(margin.topMm),
  marginLeft: mmToPt(margin.leftMm),
  blockWidth: mmToPt(textBlock.widthMm),
  blockHeight: mmToPt(textBlock.heightMm),
  rowPitch: mmToPt(grid.rowPitchMm),
  cell: mmToPt(grid.cellMm),
} as const;

/**
 * Values for the Word shell, in twips unless stated. Measured on LibreOffice 7.4
 * (see shared/docs/docx-libreoffice.md): 579 rather than 580 so 22 rows fit the
 * 12 756-twip block; −0.25 pt character spacing so 28 × 15.75 pt fit the 442.2 pt row.
 */
export const docx = {
  pageWidth: 11906,
  pageHeight: 16838,
  marginTop: 2098,
  marginRight: 1474,
  marginBottom: 1984,
  marginLeft: 1588,
  /** The block's width in twips (156 mm). */
  blockWidth: 8844,
  linePitch: 579,
  /** w:spacing w:val in twentieths of a point on body runs. */
  charSpacing: -5,
  /** Half-points for w:sz. */
  bodySizeHalfPt: 32,
  /**
   * First-row indent LibreOffice applies (it ignores w:firstLineChars, which Word uses): two of
   * its 15.75 pt character advances (16 pt − 0.25 pt spacing), so the first row's characters
   * stand in the columns of the rows below, and a first row of 26 Han in three or four style
   * portions (a run-in heading, a bold run) still fits 442.2 pt; at 640 (2 × 16 pt) it held 25.
   */
  firstLineIndentTwips: 630,
  firstLineIndentChars: 200,
  /**
   * Footer distance that lands the folio dash 7 mm under the block in LibreOffice. The facts
   * sheet measured 1454 with its fonts; with Noto Serif CJK standing in for 宋体 the dash's ink
   * top then lies 6.5 mm under the block, and 1425 gives 7.03 mm (the shell's footer value).
   */
  footer: 1425,
  header: 851,
  /** Issuer mark paragraph: before + exact line + after = five rows, ink top 35 mm under the block. */
  markSpacingBefore: 1658,
  markLineExact: 1075,
  markSpacingAfter: 162,
  /** Tab stops of the 印发 row: one character in from both edges. */
  colophonTabLeft: 280,
  colophonTabRight: 8564,
} as const;

/**
 * Where the frame's elements sit, in grid rows (1-based), so that the DOCX and PDF
 * writers place everything on the same rows and break pages at the same places.
 *
 * document / minutes (first page):
 *   rows 1–3  份号, 密级和保密期限, 紧急程度 (flush left, only those present, in that order)
 *   rows 1–5  the red mark (ink top 35 mm under the block; it shares rows 1–3 with the above)
 *   row  6    empty
 *   row  7    发文字号 (document) or the session line (minutes), centred
 *   row  8    the red separator lies at its top, 4 mm under the number's ink; row empty
 *   row  9    empty
 *   row 10    first row of the title (one row per title row), then one empty row,
 *             then 主送机关 (if any), then the body on the next row.
 * letter: the mark (ink top 30 mm from the paper's top) and its double rule reach about 11 mm
 *   into the block, so the row-1 paragraph carries 份号/密级/紧急程度 left and 发文字号 right
 *   drawn 7/8 of a 3号 character under the rule (their ink lies in row 2); row 3 empty;
 *   the title from row 4, two rows below them.
 * plain: the title from row 1; 楷体 subtitle rows right under it; one empty row; body.
 *   A plain document without a title starts its body on row 1.
 * After the body: 附件说明 after one empty row; then the signature: unsealed after one
 * empty row (issuer row, date row); sealed after two empty rows (issuer row, date row);
 * 附注 on the row after the date; minutes' attendance lists after one empty row.
 */
export const rowPlan = {
  headed: { markRows: 5, numberRow: 7, separatorRow: 8, firstTitleRow: 10 },
  letter: { numberRow: 1, firstTitleRow: 4 },
  plain: { firstTitleRow: 1 },
  emptyRowsAfterTitle: 1,
  emptyRowsBeforeAttachmentNote: 1,
  emptyRowsBeforeUnsealedSignature: 1,
  emptyRowsBeforeSealedSignature: 2,
  emptyRowsBeforeAttendance: 1,
  /** An attachment page: 附件N on row 1, its title from row 3, one empty row, then its body. */
  attachment: { labelRow: 1, firstTitleRow: 3 },
} as const;

/** The title's type: at most this many 22 pt characters fit a row of the 156 mm block. */
export const titleMaxCharsPerRow = Math.floor(mmToPt(textBlock.widthMm) / title.sizePt);
