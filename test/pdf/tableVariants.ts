/**
 * Documents whose table lands at the foot of a page, for comparing our pagination with
 * LibreOffice's rendering of our DOCX. Plain layout, no title: the body starts on row 1 and
 * `fill` one-row paragraphs (第N项已核实。) put the table's first row on row fill + 1; three
 * one-row paragraphs (表后第N段。) follow the table, so the grid after it can be measured.
 * Only one cell of a row ever wraps, so each cell's text reads contiguously in extracted text.
 */
import type { Block, OfficialDocument, Paragraph, Table } from '../../src/model/types.ts';
import { plainDocument } from '../support/plainDocument.ts';

const para = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/** A wrapped cell: four rows in the 3/4 column of a 1:3 table. */
export const LONG_CELL = '某某市住房和城乡建设局党组落实全面从严治党主体责任问题的整改情况说明材料已经报送市纪委监委第二监督检查室审核备案存档并长期保存以备查阅。';
/** A wrapped cell of three rows. */
export const MIDDLE_CELL = '某某市住房和城乡建设局党组落实全面从严治党主体责任问题的整改情况说明材料已经报送审核。';

/** `rows` one-row rows, the first `header` of them header rows. */
export function rowsTable(rows: number, header = 0): Table {
  return {
    type: 'table',
    headerRows: header,
    columnWidths: [1, 3],
    rows: Array.from({ length: rows }, (_, r) => ({
      cells: [{ children: [para(r < header ? '序号' : `第${r + 1}行`)] }, { children: [para(r < header ? '内容' : `已整改${r + 1}`)] }],
    })),
  };
}

/** One row whose second cell wraps to four grid rows. */
export const tallRowTable: Table = {
  type: 'table',
  headerRows: 0,
  columnWidths: [1, 3],
  rows: [{ cells: [{ children: [para('甲乙')] }, { children: [para(LONG_CELL)] }] }],
};

/** A header row, a one-row row, a three-row row, a one-row row. */
export const mixedTable: Table = {
  type: 'table',
  headerRows: 1,
  columnWidths: [1, 3],
  rows: [
    { cells: [{ children: [para('序号')] }, { children: [para('内容')] }] },
    { cells: [{ children: [para('一')] }, { children: [para('短行')] }] },
    { cells: [{ children: [para('二')] }, { children: [para(MIDDLE_CELL)] }] },
    { cells: [{ children: [para('三')] }, { children: [para('短行三')] }] },
  ],
};

/** A header row, a one-row row, and a last row of three lines: mixedTable without its last row. */
export const tallLastRowTable: Table = { ...mixedTable, rows: mixedTable.rows.slice(0, 3) };

export function tableDocument(fill: number, table: Table, after = 3): OfficialDocument {
  const body: Block[] = [
    ...Array.from({ length: fill }, (_, i) => para(`第${i + 1}项已核实。`)),
    table,
    ...Array.from({ length: after }, (_, i) => para(`表后第${i + 1}段。`)),
  ];
  return plainDocument('table-page-end', body, { furniture: { folio: 'dash', duplex: false } });
}

/**
 * The page-end variants: tables whose first row lands on rows 20, 21 and 22 (with and without
 * a header row), a four-row single-row table from row 19 to 22, a header with a three-row row
 * across the page end, a table over three pages, and one in mid-page as a control.
 */
export function tableVariants(): Record<string, OfficialDocument> {
  const docs: Record<string, OfficialDocument> = {};
  for (const fill of [19, 20, 21]) {
    docs[`rows-at${fill + 1}`] = tableDocument(fill, rowsTable(4));
    docs[`header-at${fill + 1}`] = tableDocument(fill, rowsTable(4, 1));
  }
  for (const fill of [18, 19, 20, 21]) docs[`tall-at${fill + 1}`] = tableDocument(fill, tallRowTable);
  for (const fill of [17, 18, 19, 20]) docs[`mixed-at${fill + 1}`] = tableDocument(fill, mixedTable);
  // A body that ends with a table (its last row three lines tall), the signature after it
  // crossing the page end: the signature moves alone, the table row stays (as LibreOffice does).
  for (const fill of [12, 13, 14, 15, 16, 17]) {
    const doc = tableDocument(fill, tallLastRowTable, 0);
    docs[`table-then-signature-${fill}`] = { ...doc, signature: { issuers: ['中共某某市纪律检查委员会'], date: '2026年11月24日' } };
  }
  docs['long-header'] = tableDocument(3, rowsTable(45, 1));
  docs['mid-page'] = tableDocument(5, rowsTable(4));
  return docs;
}

/** Every cell paragraph's text of the document's tables. */
export function cellTexts(doc: OfficialDocument): string[] {
  return doc.body.flatMap((b) =>
    b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.children.map((p) => p.children.map((i) => (i.type === 'text' ? i.value : '')).join('')))) : [],
  );
}
