/**
 * Body blocks (paragraphs, headings, lists, tables) → flow lines, one per grid row.
 */
import { body } from '../gbt9704.ts';
import type { Block, Heading, List, Paragraph, Table, TableCell } from '../../model/types.ts';
import type { BreakOptions, StyledRun } from '../line/types.ts';
import { BLACK, geometry, layoutRows, rowToLine, type LayoutContext } from './context.ts';
import type { FlowLine } from './flow.ts';
import { keepsWithNext } from '../keepTogether.ts';
import type { PageElement, TextLine } from './pageModel.ts';
import { headingFont, inlineRuns, mergeRuns, styles, type Style } from './toRuns.ts';

const INDENT = body.firstLineIndentCells * geometry.cell;

export function gridBreakOptions(overrides: Partial<BreakOptions> = {}): BreakOptions {
  return {
    widthPt: geometry.blockWidth,
    cellPt: geometry.cell,
    firstIndentPt: INDENT,
    restIndentPt: 0,
    align: 'justify',
    ...overrides,
  };
}

/** Lines of runs laid out in the block. */
export function textLines(ctx: LayoutContext, runs: StyledRun[], options: BreakOptions, left: number = geometry.blockLeft): FlowLine[] {
  return layoutRows(ctx, runs, options).map((row, i) => {
    const line = rowToLine(ctx, row, left);
    return { elements: line.glyphs.length ? [line] : [], text: lineText(line), paragraphStart: i === 0 };
  });
}

export function lineText(line: TextLine): string {
  return line.glyphs.map((g) => g.char).join('');
}

export function paragraphLines(ctx: LayoutContext, p: Paragraph): FlowLine[] {
  const runs = inlineRuns(p.children, { ...styles.body, font: p.font ?? 'fangsong' });
  const align = p.align ?? 'justify';
  const indent = p.indent === 'none' || align === 'center' || align === 'right' ? 0 : INDENT;
  return textLines(ctx, runs, gridBreakOptions({ firstIndentPt: indent, align }));
}

export function headingLines(ctx: LayoutContext, h: Heading): FlowLine[] {
  const style: Style = { ...styles.body, font: headingFont(h.level) };
  const runs: StyledRun[] = [];
  if (h.number) runs.push({ ...style, text: h.number });
  inlineRuns(h.children, style, runs);
  if (h.runIn) inlineRuns(h.runIn, styles.body, runs);
  return textLines(ctx, mergeRuns(runs), gridBreakOptions());
}

export function listLines(ctx: LayoutContext, list: List): FlowLine[] {
  const lines: FlowLine[] = [];
  for (const item of list.items) {
    item.children.forEach((p, k) => {
      const style: Style = { ...styles.body, font: p.font ?? 'fangsong' };
      const runs = inlineRuns(p.children, style);
      if (k === 0) runs.unshift({ ...style, text: item.marker });
      lines.push(...textLines(ctx, mergeRuns(runs), gridBreakOptions({ firstIndentPt: p.indent === 'none' ? 0 : INDENT })));
    });
    if (item.children.length === 0) lines.push(...textLines(ctx, [{ ...styles.body, text: item.marker }], gridBreakOptions()));
  }
  return lines;
}

/** Cell padding left and right (Word's default table cell margin, 0.19 cm). */
const CELL_PAD = 5.4;
const RULE = 0.5;
let tableCounter = 0;

/**
 * A table as grid lines: each line carries its slice of every cell's text and of the
 * vertical rules; a table row's first line carries its top rule, its last line the bottom rule.
 * Rows never split across pages, and the header rows stay with the first body row, as in the
 * DOCX (w:cantSplit; LibreOffice never leaves a repeated header alone at a page's foot): see
 * keepRowsTogether.
 */
export function tableLines(ctx: LayoutContext, table: Table): FlowLine[] {
  const id = ++tableCounter;
  const cols = Math.max(1, ...table.rows.map((r) => r.cells.length));
  const weights = Array.from({ length: cols }, (_, i) => table.columnWidths?.[i] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const left = geometry.blockLeft;
  const right = geometry.blockRight;
  const edges = [left];
  for (const w of weights) edges.push(edges[edges.length - 1]! + (w / total) * geometry.blockWidth);
  edges[edges.length - 1] = right;

  const header: FlowLine[] = [];
  const lines: FlowLine[] = [];
  table.rows.forEach((row, r) => {
    const isHeader = r < table.headerRows;
    const cellRows = row.cells.map((cell, c) => cellLines(ctx, cell, edges[c]!, edges[c + 1]!, isHeader));
    const height = Math.max(1, ...cellRows.map((l) => l.length));
    for (let k = 0; k < height; k++) {
      const elements: PageElement[] = [];
      const texts: string[] = [];
      for (const [column, cell] of cellRows.entries()) {
        const line = cell[k];
        if (line) {
          elements.push({ ...line, cell: { group: `${id}:${r}`, column } });
          texts.push(line.glyphs.map((g) => g.char).join(''));
        }
      }
      for (const x of edges) elements.push({ type: 'vrule', x, y1: 0, y2: geometry.pitch, thickness: RULE, color: BLACK });
      if (k === 0) elements.push({ type: 'rule', x1: left, x2: right, y: 0, thickness: RULE, color: BLACK });
      if (k === height - 1) elements.push({ type: 'rule', x1: left, x2: right, y: geometry.pitch, thickness: RULE, color: BLACK });
      const flow: FlowLine = {
        elements,
        text: texts.join(' '),
        table: { table: id, header, isHeader, rowEnd: k === height - 1, left, right },
      };
      (isHeader ? header : lines).push(flow);
    }
  });
  const all = [...header, ...lines];
  keepRowsTogether(all, table.headerRows);
  return all;
}

/**
 * Pagination moves a run of `anchor` lines back to its `paragraphStart` when a later line of
 * the run no longer fits (paginate.ts): used here so a row of several lines, and the header
 * rows together with the first body row, move to the next page whole. A one-line row needs no
 * flags. The header lines keep theirs when repeated on a later page: there the run they start
 * ends with them (the next row starts a run of its own or carries no flag).
 */
function keepRowsTogether(lines: FlowLine[], headerRows: number): void {
  const runs: FlowLine[][] = [];
  let current: FlowLine[] = [];
  let rowIndex = 0;
  for (const line of lines) {
    current.push(line);
    if (!line.table?.rowEnd) continue;
    // A run ends with a row, except that the header rows run on into the first body row.
    if (rowIndex >= headerRows) {
      runs.push(current);
      current = [];
    }
    rowIndex++;
  }
  if (current.length > 0) runs.push(current);
  for (const run of runs) {
    if (run.length < 2) continue;
    run.forEach((line, k) => {
      line.anchor = true;
      line.paragraphStart = k === 0;
    });
  }
}

function cellLines(ctx: LayoutContext, cell: TableCell, x0: number, x1: number, isHeader: boolean): TextLine[] {
  const width = x1 - x0 - 2 * CELL_PAD;
  const align = cell.align ?? (isHeader ? 'center' : 'left');
  const style: Style = isHeader ? styles.tableHeader : { ...styles.body, font: cell.font ?? 'fangsong' };
  const out: TextLine[] = [];
  for (const p of cell.children) {
    const runs = inlineRuns(p.children, { ...style, font: p.font ?? style.font });
    const options: BreakOptions = { widthPt: width, cellPt: geometry.cell, firstIndentPt: 0, restIndentPt: 0, align: align === 'left' ? 'justify' : align };
    for (const row of layoutRows(ctx, runs, options)) out.push(rowToLine(ctx, row, x0 + CELL_PAD));
  }
  return out;
}

export function blockLines(ctx: LayoutContext, block: Block): FlowLine[] {
  switch (block.type) {
    case 'paragraph':
      return paragraphLines(ctx, block);
    case 'heading':
      return headingLines(ctx, block);
    case 'list':
      return listLines(ctx, block);
    case 'table':
      return tableLines(ctx, block);
  }
}

export function blocksLines(ctx: LayoutContext, blocks: readonly Block[], label: string): FlowLine[] {
  const lines: FlowLine[] = [];
  blocks.forEach((block, i) => {
    ctx.where = `${label}第${i + 1}段`;
    const blockRows = blockLines(ctx, block);
    if (keepsWithNext(blocks, i)) for (const line of blockRows) line.keepWithNext = true;
    lines.push(...blockRows);
  });
  ctx.where = '';
  return lines;
}
