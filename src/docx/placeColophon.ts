/**
 * Puts the 版记 at the foot of the last page as the pagination's PagePlan says: explicit empty
 * grid rows so its last rule meets the block's bottom edge, page breaks for a new page or a
 * blank page before it, and a section of its own (empty footers) when those pages carry no folio.
 */
import type { OfficialDocument } from '../model/types.ts';
import type { Xml } from './xml.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import { docx, grid } from '../layout/gbt9704.ts';
import { empty, p, serialiseBody, type BodyItem } from './body.ts';
import type { DocxContext } from './context.ts';
import { anchoredTextBox, EMU_PER_TWIP } from './drawing.ts';
import { colophonItems } from './parts/colophon.ts';

/**
 * The 版记 is a text box fixed to the foot of its page, not rows flowed after the content: a
 * renderer that sets the body a row or two longer (another face) then cannot push it onto a
 * new page. It was a w:framePr frame before; LibreOffice 7.4 keeps a frame's position only when
 * all its paragraphs carry the same borders, and the 版记's differ (thick top, thin between,
 * thick bottom): measured, it set them as plain paragraphs right after the content, without
 * their rules. A page-anchored text box without wrapping keeps both (as the letter's mark).
 */
export interface ColophonPlacementItems {
  /** Content followed by whatever shares its section (filler rows, the colophon on the same page…). */
  content: BodyItem[];
  /** Items of a final section without folio (blank page and/or colophon page); empty when none. */
  unnumberedTail: BodyItem[];
}

/** Twips the box starts below its first row's top edge, so the row above, ending there, is clear of it. */
const WRAP_GAP = 10;

export function placeColophon(doc: OfficialDocument, content: BodyItem[], plan: PagePlan, ctx: DocxContext): ColophonPlacementItems {
  const place = plan.colophon;
  if (!doc.colophon || !place) return { content, unnumberedTail: [] };
  // The plan's row count is the layout engine's line breaking, which models LibreOffice's rows.
  const rows = grid.rows - place.firstRow + 1;
  const colophon = colophonItems(doc.colophon, doc.layout, rows, plan.colophonCcBreaks);
  if (colophon.length === 0) return { content, unnumberedTail: [] };
  const box = (): Xml =>
    anchoredTextBox({
      x: docx.marginLeft * EMU_PER_TWIP,
      y: (docx.marginTop + (place.firstRow - 1) * docx.linePitch + WRAP_GAP) * EMU_PER_TWIP,
      cx: docx.blockWidth * EMU_PER_TWIP,
      cy: (rows * docx.linePitch - WRAP_GAP) * EMU_PER_TWIP,
      id: ctx.ids.take(),
      name: 'GongwenColophon',
      content: [serialiseBody(colophon)],
      // A body that a substituted face sets longer flows past the box to the next page (taking
      // the box, anchored in its last paragraph, along) instead of printing under it.
      wrap: 'topAndBottom',
    });
  const unnumbered = plan.unnumberedPages.includes(place.page);
  // LibreOffice 7.4 draws no page-anchored box, wherever and however it is anchored, on the page
  // where the content's last paragraph continues after its first row sat alone on the last row
  // of the page before (measured on s27351-0098 and s9704-0264: test/corpus/probe/boxVariants.ts;
  // the same paragraph starting one row later or earlier, the box is drawn). There the 版记 is
  // flowed after filler rows instead, which holds as long as the renderer sets our rows.
  const start = plan.lastBlockStart;
  const boxDrawn = !(start && start.page < place.page && start.row === grid.rows);
  if (!place.newPage) {
    if (boxDrawn) return { content: anchorAfter(content, box()), unnumberedTail: [] };
    return { content: [...content, ...empty(place.firstRow - plan.contentEnd.row - 1), ...colophon], unnumberedTail: [] };
  }
  if (boxDrawn && !unnumbered && !place.blankPageBefore && place.page === plan.contentEnd.page + 1) {
    // A page of its own after the content's: the rest of the content's page is filled with empty
    // rows instead of a page break, so a body a few rows longer in another face still leaves the
    // anchor, and the box, on the 版记's page, not on one more.
    const filler = grid.rows - plan.contentEnd.row;
    return { content: [...content, ...empty(filler), anchorParagraph(box())], unnumberedTail: [] };
  }
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

/** A paragraph one point tall, off the grid, holding only an anchored object. */
const anchorParagraph = (anchored: Xml): BodyItem =>
  p({ snapToGrid: false, spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' } }, [anchored]);

/**
 * The box anchored in the content's last paragraph (so it stays on that paragraph's page), or,
 * after a table, in a paragraph one point tall of its own.
 */
function anchorAfter(content: BodyItem[], anchored: Xml): BodyItem[] {
  const last = content[content.length - 1];
  if (last && last.kind === 'p' && !last.props.sectPr) return [...content.slice(0, -1), { ...last, runs: [...last.runs, anchored] }];
  return [...content, anchorParagraph(anchored)];
}
