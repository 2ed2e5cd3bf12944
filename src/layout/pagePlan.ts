/**
 * Page-level decisions that only pagination can take (architecture.md): where the 版记
 * lands, whether a blank page precedes it, which pages carry no folio. The PDF engine's
 * pagination computes a PagePlan; the DOCX writer obeys it (explicit empty rows and page
 * breaks) instead of hoping Word or LibreOffice decide the same way.
 */
export interface ColophonPlacement {
  /** 1-based page the colophon is printed on. */
  page: number;
  /** 1-based grid row of the colophon's first row on that page (its last row is row 22). */
  firstRow: number;
  /** Starts on a new page (the content's last page had no room, or was odd in duplex). */
  newPage: boolean;
  /** A blank page is inserted before the colophon page (duplex: colophon on an even page). */
  blankPageBefore: boolean;
}

/**
 * Where the signature's rows sit, in points from the block's edges. Every row is right-anchored
 * (GB/T 9704 7.3.5 words them as 右空N字), so a writer sets them with right indents and a face a
 * renderer substitutes cannot wrap them.
 */
export interface SignaturePlan {
  sealed: boolean;
  /** Unsealed: per issuer row; sealed: per name on the issuer row (a single issuer: one). */
  issuerRightInsetPt: number[];
  dateRightInsetPt: number;
  /** Sealed: centre of each seal (and of the name under it) from the block's left edge. */
  sealCentresPt: number[];
  sealDiametersPt?: number[];
  /**
   * Sealed joint issuers whose names, each centred under its seal, would touch or overlap (or
   * pass the block's left edge): one name per row instead, each centred over the date.
   */
  stackedNames?: boolean;
}

export interface PagePlan {
  /**
   * The body's last paragraph, when it has four rows or more and the end group follows it: the
   * offset into its text (model/splitInlines.ts) where its last two rows begin. Those two rows
   * keep with the group; the DOCX writes them as a paragraph of their own.
   */
  anchorSplit?: { offset: number };
  /** Pages in all, blank and colophon pages included. */
  pageCount: number;
  /** Where the content (body, signature, note, attendance, attachments) ends. */
  contentEnd: { page: number; row: number };
  /**
   * Where the content's last paragraph or table begins. A writer that anchors the 版记 to the
   * flow anchors it there when that is the 版记's page (the DOCX frame: placeColophon.ts).
   */
  lastBlockStart?: { page: number; row: number };
  colophon?: ColophonPlacement;
  /**
   * Offsets into the 版记's 抄送 text (抄送：…。) where its 2nd, 3rd… rows begin, as the line
   * breaker broke them. A writer that breaks the rows there need not narrow the paragraph to
   * make a renderer break them (the DOCX: its rules then span the block, colophon.ts).
   */
  colophonCcBreaks?: number[];
  /** Pages that carry no folio (a blank page before the colophon and the colophon page after it). */
  unnumberedPages: number[];
  /**
   * Grid rows each table row takes, per table in document order (body, then attachments), as
   * the line breaker sets its cells. The DOCX writes exact row heights from these, so a cell
   * is never cut short by an estimate.
   */
  tableRows?: number[][];
  signature?: SignaturePlan;
}
