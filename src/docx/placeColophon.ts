/**
 * Puts the 版记 at the foot of the last page as the pagination's PagePlan says: explicit empty
 * grid rows so its last rule meets the block's bottom edge, page breaks for a new page or a
 * blank page before it, and a section of its own (empty footers) when those pages carry no folio.
 */
import type { OfficialDocument } from '../model/types.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import { docx, grid } from '../layout/gbt9704.ts';
import { empty, p, type BodyItem } from './body.ts';
import { colophonItems } from './parts/colophon.ts';

/**
 * The longest 版记 set as a frame: LibreOffice 7.4 placed a seven-row frame three rows above
 * its w:y (s9704-0075), a one- and two-row frame where asked; longer ones are flowed after
 * filler rows, as before (a body a row longer then still pushes them onto a new page).
 */
const MAX_FRAMED_ROWS = 2;
/** How far below its grid row the 版记 frame sits (see placeColophon). */
const FRAME_DROP_TWIPS = 10;

export interface ColophonPlacementItems {
  /** Content followed by whatever shares its section (filler rows, the colophon on the same page…). */
  content: BodyItem[];
  /** Items of a final section without folio (blank page and/or colophon page); empty when none. */
  unnumberedTail: BodyItem[];
}

export function placeColophon(doc: OfficialDocument, content: BodyItem[], plan: PagePlan): ColophonPlacementItems {
  const place = plan.colophon;
  if (!doc.colophon || !place) return { content, unnumberedTail: [] };
  // The plan's row count is the layout engine's line breaking, which models LibreOffice's rows.
  const rows = grid.rows - place.firstRow + 1;
  const colophon = colophonItems(doc.colophon, doc.layout, rows);
  if (colophon.length === 0) return { content, unnumberedTail: [] };
  if (!place.newPage && rows > MAX_FRAMED_ROWS) {
    const filler = Math.max(0, grid.rows - rows - plan.contentEnd.row);
    return { content: [...content, ...empty(filler), ...colophon], unnumberedTail: [] };
  }
  if (!place.newPage) {
    // On the content's last page the 版记 is a frame fixed to the foot of the page, not rows
    // flowed after the content: a renderer that sets the body a row or two longer (another
    // face) then cannot push it onto a new page. Its anchor is the paragraph after the content.
    // Ten twips (0.18 mm) lower than the grid row: LibreOffice wraps the body around a frame
    // it touches, and its last body row by the page foot sits a few twips low, so a frame on
    // the exact row pushed that row to the next page (s9704-0086; 10 twips measured enough).
    const frame = { x: docx.marginLeft, y: docx.marginTop + (place.firstRow - 1) * docx.linePitch + FRAME_DROP_TWIPS, w: docx.blockWidth, h: rows * docx.linePitch };
    const framed = colophon.map((item) => (item.kind === 'p' ? { ...item, props: { ...item.props, frame } } : item));
    // Written after the content. (Written before a table that ends the content, LibreOffice kept
    // s5150-0131's frame on its page but moved the fixtures' page ends: fixtureBreaks 49 → 47 of 51.)
    return { content: [...content, ...framed], unnumberedTail: [] };
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
