/**
 * Puts the 版记 at the foot of the last page as the pagination's PagePlan says: explicit empty
 * grid rows so its last rule meets the block's bottom edge, page breaks for a new page or a
 * blank page before it, and a section of its own (empty footers) when those pages carry no folio.
 * Without a plan the colophon simply follows the content (Word/LibreOffice then decide nothing
 * about its position; the result is correct only in content, not in place).
 */
import type { OfficialDocument } from '../model/types.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import { grid } from '../layout/gbt9704.ts';
import { empty, p, type BodyItem } from './body.ts';
import { colophonItems, colophonRowCount } from './parts/colophon.ts';

export interface ColophonPlacementItems {
  /** Content followed by whatever shares its section (filler rows, the colophon on the same page…). */
  content: BodyItem[];
  /** Items of a final section without folio (blank page and/or colophon page); empty when none. */
  unnumberedTail: BodyItem[];
}

export function placeColophon(doc: OfficialDocument, content: BodyItem[], plan: PagePlan | undefined): ColophonPlacementItems {
  if (!doc.colophon) return { content, unnumberedTail: [] };
  const place = plan?.colophon;
  // The plan's row count is the PDF engine's line breaking, which models LibreOffice's rows.
  const plannedRows = place ? grid.rows - place.firstRow + 1 : undefined;
  const colophon = colophonItems(doc.colophon, doc.layout, plannedRows);
  if (colophon.length === 0) return { content, unnumberedTail: [] };
  if (!plan || !place) {
    // Fallback without a plan: right after the content.
    return { content: [...content, ...colophon], unnumberedTail: [] };
  }
  const rows = colophonRowCount(doc.colophon, doc.layout, plannedRows);
  if (!place.newPage) {
    const filler = Math.max(0, grid.rows - rows - plan.contentEnd.row);
    return { content: [...content, ...empty(filler), ...colophon], unnumberedTail: [] };
  }
  const unnumbered = plan.unnumberedPages.includes(place.page);
  const pageItems = [...empty(grid.rows - rows), ...colophon];
  const tail: BodyItem[] = [];
  if (place.blankPageBefore) tail.push(p({}));
  // The first paragraph of a new section already starts a page; any later page needs a break.
  const breakFirst = !unnumbered || place.blankPageBefore;
  const [first, ...rest] = pageItems;
  if (first && first.kind === 'p') tail.push({ ...first, props: { ...first.props, pageBreakBefore: breakFirst } });
  tail.push(...rest);
  if (place.blankPageBefore && !unnumbered) {
    const blank = tail[0];
    if (blank && blank.kind === 'p') tail[0] = { ...blank, props: { ...blank.props, pageBreakBefore: true } };
  }
  return unnumbered ? { content, unnumberedTail: tail } : { content: [...content, ...tail], unnumberedTail: [] };
}
