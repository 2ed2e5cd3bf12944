/** Body blocks: headings (four levels, run-in), paragraphs, lists and ruled tables. */
import { splitInlines } from '../../model/splitInlines.ts';
import type { Block, Heading, List, Paragraph, Table, TableCell } from '../../model/types.ts';
import { docx, headingLevels } from '../../layout/gbt9704.ts';
import { keepsWithNext } from '../../layout/keepTogether.ts';
import { element, type Xml } from '../xml.ts';
import { NO_INDENT, paragraph, ROW, run, type ParaStyle } from '../ooxml.ts';
import { p, xmlItem, type BodyItem } from '../body.ts';
import { inlineRuns } from './inline.ts';

const BODY_INDENT = { firstLineChars: docx.firstLineIndentChars, firstLine: docx.firstLineIndentTwips } as const;

const JC = { justify: 'both', left: 'left', center: 'center', right: 'right' } as const;

function paragraphStyle(node: Paragraph): ParaStyle {
  const indent = node.indent ?? 'first-line';
  return {
    style: 'GwBody',
    ind: indent === 'none' ? NO_INDENT : BODY_INDENT,
    jc: JC[node.align ?? 'justify'],
  };
}

export function paragraphItem(node: Paragraph): BodyItem {
  return p(paragraphStyle(node), inlineRuns(node.children, node.font ? { font: node.font } : {}));
}

/**
 * A body paragraph written as two where the page plan says its last two rows begin
 * (PagePlan.anchorSplit): the first part justified to its last row (a middle row of the
 * paragraph), the second without indent, so both renderers set exactly the rows of the plan.
 */
export function splitParagraphItems(node: Paragraph, offset: number): [BodyItem, BodyItem] {
  const [head, tail] = splitInlines(node.children, offset);
  const first = paragraphItem({ ...node, children: head });
  const second = paragraphItem({ ...node, children: tail, indent: 'none' });
  return [first.kind === 'p' ? { ...first, props: { ...first.props, jc: 'distribute' } } : first, second];
}

/** A heading: number and text in the level's face; a run-in heading continues in body face. */
export function headingItem(node: Heading, keepWithNext = false): BodyItem {
  const face = headingLevels[node.level - 1]?.font ?? 'fangsong';
  const runs = [
    ...(node.number ? [run(node.number, { font: face })] : []),
    ...inlineRuns(node.children, { font: face }),
    ...(node.runIn ? inlineRuns(node.runIn, { font: 'fangsong' }) : []),
  ];
  // A heading standing alone stays whole with the start of the block after it (keepTogether.ts).
  const keep = keepWithNext ? { keepNext: true, keepLines: true } : {};
  return p({ style: `Heading${node.level}`, ind: BODY_INDENT, jc: 'both', ...keep }, runs);
}

/** List items print their marker in front of the first paragraph, indented like body text. */
export function listItems(node: List): BodyItem[] {
  const items: BodyItem[] = [];
  for (const item of node.items) {
    item.children.forEach((child, index) => {
      const style = paragraphStyle(child);
      const runs = inlineRuns(child.children, child.font ? { font: child.font } : {});
      items.push(p(style, index === 0 ? [run(item.marker), ...runs] : runs));
    });
    if (item.children.length === 0) items.push(p({ style: 'GwBody', ind: BODY_INDENT }, [run(item.marker)]));
  }
  return items;
}

/** Column widths in twips, normalised to the block width. */
export function columnWidths(table: Table): number[] {
  const columns = Math.max(1, ...table.rows.map((row) => row.cells.length));
  const given = table.columnWidths && table.columnWidths.length === columns ? table.columnWidths : Array(columns).fill(1);
  const sum = given.reduce((a: number, b: number) => a + b, 0);
  const widths = given.map((w: number) => Math.floor((w / sum) * docx.blockWidth));
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + docx.blockWidth - widths.reduce((a: number, b: number) => a + b, 0);
  return widths;
}

/**
 * A table rule: w:sz 4 = 0.5 pt, which LibreOffice counts as 10 twips of height (below).
 * Only TOP lines separate rows; the last row alone adds a bottom line.
 */
const RULE = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' } as const;
const RULE_TWIPS = 10;
const NO_RULE = { 'w:val': 'nil' } as const;

function cellXml(cell: TableCell, width: number, header: boolean, lastRow: boolean): Xml {
  const face = header ? 'heiti' : (cell.font ?? 'fangsong');
  const paragraphs = cell.children.length > 0 ? cell.children : [{ type: 'paragraph', children: [] } as Paragraph];
  return element('w:tc', {}, [
    element('w:tcPr', {}, [
      element('w:tcW', { 'w:w': width, 'w:type': 'dxa' }),
      element('w:tcBorders', {}, [element('w:top', RULE), lastRow ? element('w:bottom', RULE) : null]),
      // Top-aligned, as the PDF sets a short cell beside a taller one: every line on a grid row.
      element('w:vAlign', { 'w:val': 'top' }),
    ]),
    ...paragraphs.map((child) =>
      paragraph(
        { ind: NO_INDENT, jc: cell.align ? JC[cell.align === 'left' ? 'left' : cell.align] : header ? 'center' : 'both' },
        inlineRuns(child.children, { font: child.font ?? face }),
      ),
    ),
  ]);
}

/**
 * A ruled table as wide as the block (w:tblW 8844); every row a whole number of grid rows, so
 * the text after the table stays on the grid. How LibreOffice 7.4 sizes a row (collapsing
 * borders, measured with pdftotext -bbox): an exact row height includes the row's own top line;
 * a row's BOTTOM line is added below the table's last row on a page, and a row fits the page only
 * if the row AND its bottom line fit. With the usual insideH rule (a bottom line on every row)
 * a row therefore never fitted the page's last grid row, and a table whose first row landed
 * there lost every later row. So the rows are separated by top lines only (tblBorders top,
 * bottom and insideH nil; tcBorders top on every cell): a row is exactly `lines` × 579 twips
 * wherever it falls and fits row 22; the last row carries the table's bottom line and is 10
 * twips shorter. Rows never split (w:cantSplit), header rows repeat (w:tblHeader); the PDF's
 * pagination does the same (blockLines.ts). A table continued on the next page stays open at
 * the foot of the page before in LibreOffice (no bottom line there).
 */
export function tableItem(table: Table, plannedRows: readonly number[]): BodyItem {
  const widths = columnWidths(table);
  const rows = table.rows.map((row, index) => {
    const header = index < table.headerRows;
    const last = index === table.rows.length - 1;
    const lines = plannedRows[index]!;
    return element('w:tr', {}, [
      element('w:trPr', {}, [
        element('w:cantSplit'),
        element('w:trHeight', { 'w:val': lines * ROW - (last ? RULE_TWIPS : 0), 'w:hRule': 'exact' }),
        header ? element('w:tblHeader') : null,
      ]),
      ...row.cells.map((cell, i) => cellXml(cell, widths[i] ?? 0, header, last)),
    ]);
  });
  return xmlItem(
    element('w:tbl', {}, [
      element('w:tblPr', {}, [
        element('w:tblStyle', { 'w:val': 'GwTable' }),
        element('w:tblW', { 'w:w': docx.blockWidth, 'w:type': 'dxa' }),
        element('w:jc', { 'w:val': 'center' }),
        element('w:tblBorders', {}, [
          element('w:top', NO_RULE),
          element('w:left', RULE),
          element('w:bottom', NO_RULE),
          element('w:right', RULE),
          element('w:insideH', NO_RULE),
          element('w:insideV', RULE),
        ]),
        element('w:tblLayout', { 'w:type': 'fixed' }),
        element('w:tblLook', { 'w:val': '0000', 'w:firstRow': 0, 'w:lastRow': 0, 'w:firstColumn': 0, 'w:lastColumn': 0, 'w:noHBand': 0, 'w:noVBand': 0 }),
      ]),
      element('w:tblGrid', {}, widths.map((w) => element('w:gridCol', { 'w:w': w }))),
      ...rows,
    ]),
  );
}

/** Grid rows of each table's rows, from the page plan (the layout engine's line breaking). */
export type TableRowsOf = (table: Table) => readonly number[];

export function blockItems(blocks: Block[], tableRows: TableRowsOf): BodyItem[] {
  const items: BodyItem[] = [];
  for (const [i, block] of blocks.entries()) {
    switch (block.type) {
      case 'paragraph':
        items.push(paragraphItem(block));
        break;
      case 'heading':
        items.push(headingItem(block, keepsWithNext(blocks, i)));
        break;
      case 'list':
        items.push(...listItems(block));
        break;
      case 'table':
        items.push(tableItem(block, tableRows(block)));
        break;
    }
  }
  return items;
}
