/**
 * Pagination: stacks flow lines on 22-row pages, starting on the first page at the row the
 * header leaves free. Rules only this stage can apply:
 * - a line with keepWithPrevious (the end group: closing lines, 附件说明, signature, 附注,
 *   attendance lists) never starts a page: the group's rows so far and the whole anchor
 *   paragraph before it (its rows on this page) move to the next page together — what
 *   LibreOffice does with the DOCX writer's keep-with-next chain (measured at every offset,
 *   test/pdf/pageBreaks.test.ts). A group longer than a page moves no further than a page
 *   holds; a table before the group is no anchor (the DOCX sets no keep inside tables:
 *   LibreOffice ignores it in a one-row table), so the group moves alone — both as
 *   LibreOffice does;
 * - a heading standing alone never ends a page (keepTogether.keepsWithNext): it moves on
 *   with the row after it;
 * - an attachment starts a new page;
 * - a table continued on a new page repeats its header rows; rules close and reopen it;
 * - the 版记 sits at the foot of the last page, on an even page when printing duplex (a
 *   blank page before it when needed; then neither carries a folio).
 */
import { grid } from '../gbt9704.ts';
import type { PagePlan } from '../pagePlan.ts';
import { BLACK, geometry } from './context.ts';
import type { FlowLine } from './flow.ts';
import { shiftElement, type LaidOutPage, type PageElement } from './pageModel.ts';

export interface Placement {
  line: FlowLine;
  page: number;
  row: number;
  /** Table rules added at a page break. */
  closeRule?: boolean;
  openRule?: boolean;
}

export interface PaginateInput {
  firstFlowRow: number;
  lines: FlowLine[];
  /** Colophon rows (elements relative to each row's top), placed at the foot of the last page. */
  colophon: { elements: PageElement[] }[];
  duplex: boolean;
}

export interface Paginated {
  placements: Placement[];
  colophonRows: { page: number; row: number; elements: PageElement[] }[];
  plan: PagePlan;
}

const ROWS = grid.rows;

export function paginate(input: PaginateInput): Paginated {
  const placements: Placement[] = [];
  let page = 1;
  let row = input.firstFlowRow;
  let pageHasContent = false;

  const newPage = (): void => {
    page += 1;
    row = 1;
    pageHasContent = false;
  };
  const place = (line: FlowLine, extra: Partial<Placement> = {}): void => {
    placements.push({ line, page, row, ...extra });
    row += 1;
    pageHasContent = true;
  };

  for (let i = 0; i < input.lines.length; i++) {
    const line = input.lines[i]!;
    if (line.pageBreakBefore && (pageHasContent || row > 1)) newPage();
    if (row > ROWS) {
      // Move the keep-together tail (the paragraph before the signature, and the signature
      // rows placed so far) to the next page, as far as it lies on this page.
      let moved: Placement[] = [];
      if (line.keepWithPrevious || (line.anchor && !line.paragraphStart)) {
        let k = placements.length;
        while (k > 0) {
          const prev = placements[k - 1]!;
          if (prev.page !== page || !(prev.line.keepWithPrevious || prev.line.anchor)) break;
          // A table row's own keep (its lines together) is no anchor for the end group:
          // LibreOffice moves the group alone and leaves the table where it is.
          if (prev.line.table && !line.table) break;
          k--;
          if (prev.line.anchor && prev.line.paragraphStart) break;
        }
        k = keepLastTwoRows(placements, k);
        if (placements.length - k < ROWS) moved = placements.splice(k);
      }
      // A heading (and the headings chained before it) never ends a page: it moves on with
      // the rows after it, unless it is all the page holds — as LibreOffice moves a
      // keep-with-next paragraph with the start of the next.
      let k = placements.length;
      while (k > 0 && placements[k - 1]!.page === page && placements[k - 1]!.line.keepWithNext) k--;
      const onPage = placements.filter((p) => p.page === page).length;
      if (k < placements.length && placements.length - k < onPage) moved = [...placements.splice(k), ...moved];
      const last = placements[placements.length - 1];
      const next = moved[0]?.line ?? line;
      if (last?.line.table && !last.line.table.rowEnd && last.page === page) last.closeRule = true;
      newPage();
      let reopen = false;
      if (next.table && !next.table.isHeader) {
        for (const header of next.table.header) place(header);
        reopen = next.table.header.length === 0;
      }
      moved.forEach((m, k) => place(m.line, { openRule: k === 0 && reopen }));
      if (reopen && moved.length === 0) {
        place(line, { openRule: true });
        continue;
      }
    }
    place(line);
  }

  const lastPlaced = placements[placements.length - 1];
  const contentEnd = lastPlaced ? { page: lastPlaced.page, row: lastPlaced.row } : { page: 1, row: input.firstFlowRow - 1 };
  const plan: PagePlan = { pageCount: contentEnd.page, contentEnd, unnumberedPages: [] };
  const lastStart = lastBlockStart(placements);
  if (lastStart) plan.lastBlockStart = lastStart;
  const colophonRows: Paginated['colophonRows'] = [];
  const n = input.colophon.length;
  if (n > 0) {
    const firstRow = ROWS - n + 1;
    const fits = contentEnd.row < firstRow;
    let target = contentEnd.page;
    let blankPageBefore = false;
    if (input.duplex) {
      if (contentEnd.page % 2 === 1) target = contentEnd.page + 1;
      else if (!fits) {
        target = contentEnd.page + 2;
        blankPageBefore = true;
      }
    } else if (!fits) {
      target = contentEnd.page + 1;
    }
    plan.colophon = { page: target, firstRow, newPage: target !== contentEnd.page, blankPageBefore };
    plan.pageCount = target;
    if (blankPageBefore) plan.unnumberedPages = [target - 1, target];
    input.colophon.forEach((r, k) => colophonRows.push({ page: target, row: firstRow + k, elements: r.elements }));
  }
  return { placements, colophonRows, plan };
}

/**
 * Where the content's last paragraph or table begins: back from the last line to its
 * paragraph's first row, or to the first row of its table (a table is one block in the DOCX).
 */
function lastBlockStart(placements: readonly Placement[]): { page: number; row: number } | undefined {
  let k = placements.length - 1;
  const last = placements[k];
  if (!last) return undefined;
  const table = last.line.table?.table;
  if (table !== undefined) {
    while (k > 0 && placements[k - 1]!.line.table?.table === table) k--;
  } else {
    while (k > 0 && !placements[k]!.line.paragraphStart) k--;
  }
  return { page: placements[k]!.page, row: placements[k]!.row };
}

/**
 * Of an anchor paragraph of four rows or more only its last two rows keep with the group (the
 * DOCX writes them as a paragraph of their own, PagePlan.anchorSplit); a shorter one moves
 * whole, as LibreOffice moves a keep-with-next paragraph. `k` is where the whole tail on this
 * page starts; returns where the moved tail starts.
 */
function keepLastTwoRows(placements: readonly Placement[], k: number): number {
  let last = placements.length - 1;
  while (last >= 0 && !placements[last]!.line.anchor) last--;
  if (last < 0 || (placements[last]!.line.anchorRows ?? 0) < 4) return k;
  let first = last;
  while (first > 0 && !placements[first]!.line.paragraphStart && placements[first - 1]!.line.anchor) first--;
  // The two-row paragraph the DOCX writes starts here; not placed yet: nothing of it moves.
  const lastTwo = first + placements[last]!.line.anchorRows! - 2;
  return Math.max(k, Math.min(lastTwo, placements.length));
}

/** Turns placements into pages of absolute elements (folios are added by the caller). */
export function buildPages(paginated: Paginated, firstPageElements: PageElement[]): LaidOutPage[] {
  const pages: LaidOutPage[] = [];
  for (let p = 1; p <= paginated.plan.pageCount; p++) pages.push({ number: p, elements: [], rowsUsed: 0 });
  pages[0]!.elements.push(...firstPageElements);
  for (const pl of paginated.placements) {
    const page = pages[pl.page - 1]!;
    const top = geometry.rowTop(pl.row);
    for (const element of pl.line.elements) page.elements.push(shiftElement(element, top));
    const table = pl.line.table;
    if (table && pl.closeRule) page.elements.push({ type: 'rule', x1: table.left, x2: table.right, y: top + geometry.pitch, thickness: 0.5, color: BLACK });
    if (table && pl.openRule) page.elements.push({ type: 'rule', x1: table.left, x2: table.right, y: top, thickness: 0.5, color: BLACK });
    page.rowsUsed = Math.max(page.rowsUsed, pl.row);
  }
  for (const r of paginated.colophonRows) {
    const page = pages[r.page - 1]!;
    const top = geometry.rowTop(r.row);
    for (const element of r.elements) page.elements.push(shiftElement(element, top));
    page.rowsUsed = Math.max(page.rowsUsed, r.row);
  }
  return pages;
}
