/**
 * GFM tables → model tables. The first row is the header (headerRows 1), except when every
 * cell of it is empty: that is how a template writes a table without a header (GFM always
 * needs one), e.g. the talk record's ruled header `|  |  |` / `|---|---|`.
 */
import type { Table as MdTable } from 'mdast';
import { TemplateError } from '../errors.ts';
import type { Directive } from './directives.ts';
import { toInlines } from './inlines.ts';
import type { Table, TableCell, TableRow } from './types.ts';

export function tableToBlock(table: MdTable, directive: Directive | undefined): Table {
  const aligns = table.align ?? [];
  let rows: TableRow[] = table.children.map((row) => ({
    cells: row.children.map((cell, i): TableCell => {
      const align = aligns[i] ?? null;
      const paragraph: TableCell['children'][number] = { type: 'paragraph', children: toInlines(cell.children), indent: 'none' };
      if (align) paragraph.align = align;
      const out: TableCell = { children: [paragraph] };
      if (align) out.align = align;
      if (directive?.font) out.font = directive.font;
      return out;
    }),
  }));
  let headerRows = 1;
  const first = rows[0];
  if (first && first.cells.every((c) => c.children.every((p) => p.children.length === 0))) {
    rows = rows.slice(1);
    headerRows = 0;
  }
  const result: Table = { type: 'table', rows, headerRows };
  if (directive?.widths) {
    const columns = aligns.length || (first?.cells.length ?? 0);
    if (directive.widths.length !== columns) {
      throw new TemplateError({
        zh: `表格有 ${columns} 列，但 widths 给了 ${directive.widths.length} 个宽度`,
        en: `the table has ${columns} columns but widths gives ${directive.widths.length}`,
      });
    }
    result.columnWidths = directive.widths;
  }
  if (directive?.align || directive?.indent || directive?.runIn === false) {
    throw new TemplateError({ zh: '表格只接受 widths 和 font 指令', en: 'tables accept only the widths and font directives' });
  }
  return result;
}
