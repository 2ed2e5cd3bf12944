/**
 * The whole layout without drawing: document model → pages of positioned elements and the
 * PagePlan the DOCX writer obeys. No pdf-lib here, so the DOCX side can call it cheaply.
 */
import type { FontSet } from '../../fonts/types.ts';
import type { Block, OfficialDocument } from '../../model/types.ts';
import { inlinePlainText } from '../../model/splitInlines.ts';
import { blocksLines } from './blockLines.ts';
import { colophonRows } from './colophonLines.ts';
import { createContext, type LayoutContext } from './context.ts';
import type { FlowLine } from './flow.ts';
import { folioElements } from './folio.ts';
import { refuseOffPageText } from './offPage.ts';
import { attachmentLines, attachmentNoteLines, attendanceLines, noteLines, openingLines } from './frameLines.ts';
import { firstPageHeader } from './header.ts';
import type { DocumentLayout } from './pageModel.ts';
import { buildPages, paginate } from './paginate.ts';
import { signatureGeometry, signatureLines } from './signatureLines.ts';
import { closingBlockCount, hasEndGroup } from '../keepTogether.ts';

/** Contexts are cached per font set: the measuring cache then serves every document. */
const contexts = new WeakMap<FontSet, LayoutContext>();

function contextFor(fonts: FontSet): LayoutContext {
  let ctx = contexts.get(fonts);
  if (!ctx) {
    ctx = createContext(fonts);
    contexts.set(fonts, ctx);
  }
  return ctx;
}

/**
 * The flow lines of the document, in order. The end group (keepTogether.ts: the body's last
 * paragraph, closing lines, 附件说明, signature, 附注, attendance lists) is flagged for
 * pagination: its paragraph before is the anchor, everything after keeps with the previous row.
 */
export function documentLines(ctx: LayoutContext, doc: OfficialDocument): FlowLine[] {
  const lines: FlowLine[] = [];
  lines.push(...openingLines(ctx, doc));
  const closing = closingBlockCount(doc.body);
  const bodyEnd = doc.body.length - closing;
  lines.push(...blocksLines(ctx, doc.body.slice(0, bodyEnd), '正文'));
  const anchorEnd = lines.length;
  const group: FlowLine[] = [];
  group.push(...blocksLines(ctx, doc.body.slice(bodyEnd), '正文结尾'));
  group.push(...attachmentNoteLines(ctx, doc.attachmentNote));
  group.push(...signatureLines(ctx, doc.signature));
  // 附注 follows the date on the next row.
  group.push(...noteLines(ctx, doc.note));
  // Minutes' 出席/请假/列席 after the body (and any signature), the order the DOCX writer uses.
  group.push(...attendanceLines(ctx, doc.attendance));
  if (hasEndGroup(doc)) {
    // Only a paragraph is split in the DOCX (anchorSplitOffset); the last item of a list ending
    // the body keeps with the group whole there (w:keepLines), so it moves whole here too.
    markAnchor(lines, anchorEnd, doc.body[bodyEnd - 1]?.type === 'paragraph');
    for (const line of group) line.keepWithPrevious = true;
  }
  lines.push(...group);
  doc.attachments.forEach((attachment, i) => lines.push(...attachmentLines(ctx, attachment, i)));
  return lines;
}

/**
 * Marks the paragraph that ends at `end` (the one before the end group) as the anchor the
 * group keeps with; tables are not anchors (the DOCX keeps only a paragraph with it). Its rows
 * are counted (anchorRows: the last two of four or more then keep with the group, the rest may
 * stay behind) only when the DOCX can split it there: `splittable`.
 */
function markAnchor(lines: FlowLine[], end: number, splittable: boolean): void {
  let start = end;
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.table) break;
    line.anchor = true;
    start = i;
    if (line.paragraphStart) break;
  }
  if (splittable) for (let i = start; i < end; i++) lines[i]!.anchorRows = end - start;
}

/**
 * Where the last two rows of the body's last paragraph begin, as an offset into its text
 * (splitInlines.ts), when it has four rows or more: the DOCX splits it there. The rows' glyphs
 * are matched against the text, skipping what the line breaker does not place (spaces
 * collapsed at a row's end, zero-width characters).
 */
export function anchorSplitOffset(lines: readonly FlowLine[], block: Block | undefined): number | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const anchors = lines.filter((line) => line.anchor && line.anchorRows !== undefined);
  if (anchors.length < 4) return undefined;
  const text = inlinePlainText(block.children);
  let at = 0;
  for (const line of anchors.slice(0, -2)) {
    for (const ch of line.text ?? '') {
      const found = text.indexOf(ch, at);
      if (found < 0) return undefined;
      at = found + ch.length;
    }
  }
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at > 0 && at < text.length ? at : undefined;
}

export function layoutDocument(doc: OfficialDocument, fonts: FontSet): DocumentLayout {
  const ctx = contextFor(fonts);
  const warnings: string[] = [];
  const header = firstPageHeader(ctx, doc);
  const lines = documentLines(ctx, doc);
  const colophon = colophonRows(ctx, doc.colophon, doc.layout);
  const paginated = paginate({
    firstFlowRow: header.firstFlowRow,
    lines,
    colophon: colophon.rows,
    duplex: doc.furniture.duplex ?? true,
  });
  const pages = buildPages(paginated, header.elements);
  refuseOffPageText(pages);
  const anchorSplit = hasEndGroup(doc) ? anchorSplitOffset(lines, doc.body[doc.body.length - closingBlockCount(doc.body) - 1]) : undefined;
  const plan = {
    ...paginated.plan,
    tableRows: tableRowHeights(lines),
    ...(doc.signature ? { signature: signatureGeometry(ctx, doc.signature) } : {}),
    ...(anchorSplit !== undefined ? { anchorSplit: { offset: anchorSplit } } : {}),
    ...(colophon.ccBreaks ? { colophonCcBreaks: colophon.ccBreaks } : {}),
  };
  const unnumbered = new Set(plan.unnumberedPages);
  for (const page of pages) {
    if (unnumbered.has(page.number)) continue;
    if (doc.layout === 'letter' && page.number === 1) continue;
    page.elements.push(...folioElements(ctx, doc.furniture, page.number, pages.length));
  }
  if (plan.colophon?.blankPageBefore) warnings.push(`版记放不下第${plan.contentEnd.page}页，已插入空白页`);
  return { pages, plan, warnings };
}

/** Grid rows of every table row, per table in flow order (each line of a table row is one grid row). */
function tableRowHeights(lines: readonly FlowLine[]): number[][] {
  const tables = new Map<number, number[]>();
  let count = 0;
  for (const line of lines) {
    if (!line.table) continue;
    count++;
    if (!line.table.rowEnd) continue;
    const rows = tables.get(line.table.table) ?? [];
    rows.push(count);
    tables.set(line.table.table, rows);
    count = 0;
  }
  return [...tables.values()];
}
