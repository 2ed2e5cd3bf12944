/**
 * Our pagination of tables (blockLines.ts keepRowsTogether): a row of several grid rows never
 * splits across pages, the header rows go with the first body row and repeat on every page the
 * table continues on — what LibreOffice does with the DOCX's w:cantSplit and w:tblHeader.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import type { FontSet } from '../../src/fonts/types.ts';
import { renderPdf } from '../../src/render/renderPdf.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { pdfText } from './pdfProbe.ts';
import { LONG_CELL, MIDDLE_CELL, mixedTable, rowsTable, tableDocument, tallRowTable } from './tableVariants.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadFontSet({ systemFonts: false });
});

/** Each page's text, whitespace and folio removed. */
const pages = async (doc: OfficialDocument): Promise<string[]> =>
  pdfText((await renderPdf(doc, { fonts })).pdf).map((p) => p.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, ''));

describe('tables across a page end in our PDF', () => {
  it('moves a four-row row to the next page whole unless all four rows fit', async () => {
    for (const fill of [18, 19, 20, 21]) {
      const [first, second] = await pages(tableDocument(fill, tallRowTable));
      if (fill === 18) {
        expect(first).toContain(`甲乙${LONG_CELL.slice(0, 20)}`);
        expect(first!.endsWith(LONG_CELL.slice(-8))).toBe(true);
      } else {
        expect(first!.endsWith(`第${fill}项已核实。`)).toBe(true);
        expect(second!.startsWith('甲乙')).toBe(true);
        expect(second).toContain(LONG_CELL.slice(-8));
      }
    }
  });

  it('keeps a three-row row whole after the rows that fit, and repeats the header over it', async () => {
    const [first, second] = await pages(tableDocument(18, mixedTable));
    expect(first!.endsWith('序号内容一短行')).toBe(true);
    expect(second!.startsWith(`序号内容二${MIDDLE_CELL.slice(0, 10)}`)).toBe(true);
  });

  it('never leaves a header row alone at the foot of a page', async () => {
    const [first, second] = await pages(tableDocument(21, rowsTable(4, 1)));
    expect(first!.endsWith('第21项已核实。')).toBe(true);
    expect(second!.startsWith('序号内容第2行已整改2')).toBe(true);
    // With room for the header and one row, they stay; the header repeats over the rest.
    const [a, b] = await pages(tableDocument(20, rowsTable(4, 1)));
    expect(a!.endsWith('序号内容第2行已整改2')).toBe(true);
    expect(b!.startsWith('序号内容第3行已整改3')).toBe(true);
  });

  it('fills row 22 with a one-row row and carries on with the next page', async () => {
    const [first, second] = await pages(tableDocument(21, rowsTable(4)));
    expect(first!.endsWith('第1行已整改1')).toBe(true);
    expect(second!.startsWith('第2行已整改2第3行已整改3第4行已整改4表后第1段。')).toBe(true);
  });
});
