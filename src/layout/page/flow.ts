/**
 * The flow: everything after the first page's fixed header, as a list of lines that each
 * take exactly one grid row. Pagination only stacks these lines on 22-row pages and obeys
 * their flags; it never looks inside them.
 */
import type { PageElement } from './pageModel.ts';

export interface TableSlice {
  /** Identifies the table (header repetition on a new page). */
  table: number;
  /** The table's header lines, repeated at the top of a page the table continues on. */
  header: FlowLine[];
  /** This line is a header line itself. */
  isHeader: boolean;
  /** This line is the last line of its table row (a rule closes it). */
  rowEnd: boolean;
  /** Left and right page x of the table, for the rules added at a page break. */
  left: number;
  right: number;
}

export interface FlowLine {
  /** Elements with y relative to the top of the line's grid row. */
  elements: PageElement[];
  /**
   * Must sit on the same page as the line before: every row of the end group (closing lines,
   * 附件说明, signature, 附注, attendance lists; see layout/keepTogether.ts).
   */
  keepWithPrevious?: boolean;
  /** Must sit on the same page as the line after: a heading's rows (keepTogether.keepsWithNext). */
  keepWithNext?: boolean;
  /** Starts a new page (each attachment). */
  pageBreakBefore?: boolean;
  table?: TableSlice;
  /**
   * First row of a paragraph (every textLines call and every empty row is one paragraph, as
   * in the DOCX). LibreOffice moves a whole keep-with-next paragraph, so pagination moves the
   * rows of the paragraph before the signature back to here.
   */
  paragraphStart?: boolean;
  /**
   * A row of the body's last paragraph, right before the end group. LibreOffice does not split a
   * keep-with-next paragraph: pagination moves it whole, or, when it has four rows or more, its
   * last two rows (the DOCX writes those as a paragraph of their own: PagePlan.anchorSplit).
   */
  anchor?: boolean;
  /** On anchor rows: how many rows the anchor paragraph has (four and more: only its last two keep with the group). */
  anchorRows?: number;
  /** Plain text of the line (reading order), for tests and debugging. */
  text?: string;
}

export const emptyLine = (extra: Partial<FlowLine> = {}): FlowLine => ({ elements: [], text: '', paragraphStart: true, ...extra });
