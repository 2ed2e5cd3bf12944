/**
 * The table XML that keeps LibreOffice's rows whole and on the grid (src/docx/parts/blocks.ts):
 * rows separated by top rules only, exact heights of whole grid rows, the last row 10 twips
 * short for the table's bottom rule, rows that never split, header rows that repeat, cells
 * top-aligned. What LibreOffice makes of it is tested in test/pdf/tablePageEnd.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { colophonItems } from '../../src/docx/parts/colophon.ts';
import { colophonRows } from '../../src/layout/page/colophonLines.ts';
import { createContext } from '../../src/layout/page/context.ts';
import { mixedTable, rowsTable, tableDocument, tallRowTable } from '../pdf/tableVariants.ts';
import { openDocx, wellFormedProblem } from './support.ts';
import { docxOf, packageFonts } from '../support/planOf.ts';

/** Rows the layout engine gives a 抄送 list (the plan's count, which the DOCX takes). */
const ccRowCount = (cc: string[]): number => colophonRows(createContext(packageFonts()), { cc }, 'document').rows.length;

const tableXml = (doc: ReturnType<typeof tableDocument>): string => /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(openDocx(docxOf(doc)).document)?.[0] ?? '';
const rowsOf = (table: string): string[] => table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
const heightOf = (row: string): string => /<w:trHeight w:val="(\d+)" w:hRule="(\w+)"\/>/.exec(row)?.slice(1).join(' ') ?? '';
const cellsOf = (row: string): string[] => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
const RULE = '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const BOTTOM = '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>';

describe('table rows in the DOCX', () => {
  const table = tableXml(tableDocument(3, mixedTable));
  const rows = rowsOf(table);

  it('is well-formed and has the table’s own borders: verticals only, no top, bottom or inside-horizontal rule', () => {
    expect(wellFormedProblem(table)).toBeUndefined();
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0] ?? '';
    expect(borders).toContain('<w:top w:val="nil"/>');
    expect(borders).toContain('<w:bottom w:val="nil"/>');
    expect(borders).toContain('<w:insideH w:val="nil"/>');
    for (const side of ['left', 'right', 'insideV']) expect(borders).toContain(`<w:${side} w:val="single" w:sz="4"`);
    // Schema order in w:tblPr: jc, tblBorders, tblLayout.
    expect(table).toMatch(/<w:jc w:val="center"\/><w:tblBorders>[\s\S]*<\/w:tblBorders><w:tblLayout/);
  });

  it('rules every row with its cells’ top lines; only the last row has a bottom line', () => {
    rows.forEach((row, r) => {
      for (const cell of cellsOf(row)) {
        const borders = /<w:tcBorders>[\s\S]*?<\/w:tcBorders>/.exec(cell)?.[0] ?? '';
        expect(borders).toContain(RULE);
        expect(borders.includes(BOTTOM)).toBe(r === rows.length - 1);
        expect(cell).toContain('<w:vAlign w:val="top"/>');
      }
    });
  });

  it('gives rows exact heights of whole grid rows (579 twips each), the last 10 twips short', () => {
    expect(rows.map(heightOf)).toEqual(['579 exact', '579 exact', `${3 * 579} exact`, `${579 - 10} exact`]);
    expect(heightOf(rowsOf(tableXml(tableDocument(0, tallRowTable)))[0]!)).toBe(`${4 * 579 - 10} exact`);
  });

  it('never splits a row and repeats the header rows', () => {
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([true, false, false, false]);
    expect(rowsOf(tableXml(tableDocument(0, rowsTable(3)))).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
  });
});

describe('抄送 rows in the DOCX', () => {
  it('are counted by the layout engine as LibreOffice breaks them: 30 characters, then 27 after the label, 禁则 carry', () => {
    // 抄送：+ 26 + 。 = 30 characters fill the first row exactly; one more needs a second row.
    expect(ccRowCount(['某某省监察委员会某', '某某市人民政府办公室', '某某市医疗'])).toBe(1);
    expect(ccRowCount(['某某省监察委员会某', '某某市人民政府办公室', '某某市医疗保'])).toBe(2);
    expect(ccRowCount(['某某省监察委员会', '某某市人民政府办公室', '某某市医疗保障局'])).toBe(2);
    // Row 2 ends at 检查 (27 after the label) and 。 may not start row 3: 室 goes down with it.
    expect(ccRowCount(['某某市医疗保障局', '市财政局', '市委巡察工作领导小组办公室', '某某省监察委员会', '中共某某省纪委监委第五监督检查室'])).toBe(3);
  });

  it('takes the plan’s row count when there is one (the exact line height shares the borders out over it)', () => {
    const cc = ['某某省监察委员会', '某某市人民政府办公室', '某某市医疗保障局'];
    const lineOf = (rows: number): number | undefined => {
      const item = colophonItems({ cc, printer: { name: '某某市监察委员会办公室', date: '2026年11月12日' } }, 'document', rows)[0]!;
      return item.kind === 'p' ? item.props.spacing?.line : undefined;
    };
    // 2 cc rows + the 印发 row; borders 0.99 pt (20 twips) + 0.71 pt (15 twips) over two rows.
    expect(lineOf(ccRowCount(cc) + 1)).toBe(579 - Math.ceil(35 / 2));
    expect(lineOf(3)).toBe(579 - Math.ceil(35 / 2));
    expect(lineOf(4)).toBe(579 - Math.ceil(35 / 3));
  });
});
