/**
 * What correct documents legitimately do and `gongwen check` must accept, each next to
 * the fault it must still find: a row left short by an unbreakable number, pages with no
 * row at the margin (attachment note and signature, tables), labels centred in two-row
 * table cells, and a letter's unnumbered first page.
 */
import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/check/checkPdf.ts';
import { isWideWordCarry } from '../../src/check/rules/rowCells.ts';
import { splitChars } from '../../src/check/splitChars.ts';
import type { CheckReport } from '../../src/check/types.ts';
import { buildTestPdf, paragraph, takeChars, type TestPage, type TestRow } from './buildTestPdf.ts';

const found = (r: CheckReport): string[] => r.findings.map((f) => `${f.rule}@${f.page ?? '-'}`);
const folio = (n: number) => ({ text: `— ${n} —`, side: n % 2 ? ('right' as const) : ('left' as const) });
const check = async (pages: TestPage[], layout: 'plain' | 'letter' = 'plain'): Promise<CheckReport> =>
  checkPdf(await buildTestPdf(pages), { layout });

/** A paragraph whose second row holds 26 characters spread over 28 cells, then `next` on row 2. */
function shortRowBefore(next: string): TestRow[] {
  return [
    { text: takeChars(26), row: 0, indent: 2 },
    { text: takeChars(26, 26), row: 1, spread: true },
    { text: next, row: 2 },
  ];
}

describe('row.cells: a short row before an unbreakable word', () => {
  it('accepts a row left two cells short by a four-digit number that does not fit (1260万元)', async () => {
    const report = await check([{ rows: shortRowBefore('1260万元，占合同价款的23%'), folio: folio(1) }]);
    expect(found(report)).toEqual([]);
    expect(report.figures.charsPerFullRow['26']).toBe(1);
  });

  it('still finds a row two cells short before a two-digit number that would have fitted', async () => {
    const report = await check([{ rows: shortRowBefore('12万元，占合同价款的两成'), folio: folio(1) }]);
    expect(found(report)).toEqual(['row.cells@1']);
    expect(report.findings[0]).toMatchObject({ measured: 26, expected: 28, unit: 'cells' });
  });

  it('still finds a row two cells short before Han text', async () => {
    const report = await check([{ rows: shortRowBefore(takeChars(12, 80)), folio: folio(1) }]);
    expect(found(report)).toEqual(['row.cells@1']);
  });

  /** Row 2 holds `held` characters spread over 28 cells, then `next` on row 3. */
  const shortBy = (held: number, next: string): TestRow[] => [
    { text: takeChars(26), row: 0, indent: 2 },
    { text: takeChars(held, 26), row: 1, spread: true },
    { text: next, row: 2 },
  ];

  it('accepts a row four cells short before 中，GB/T, whose break after the slash needs the T to fit (s9704-0026)', async () => {
    expect(found(await check([{ rows: shortBy(24, '中，GB/T 9704-2012以来，基层站所对群众'), folio: folio(1) }]))).toEqual([]);
    // Six cells free: 中，GB/T fitted, the row should have held it.
    expect(found(await check([{ rows: shortBy(22, '中，GB/T 9704-2012以来，基层站所对群众'), folio: folio(1) }]))).toEqual(['row.cells@1']);
  });

  it('carries the closing 。 with an e-mail address even across a gap read as a space (s9704-0125)', async () => {
    const word = 'qh_jw18@example.gov.cn';
    for (const next of [`${word}。个别领导`, `${word} 。个别领导`]) {
      expect(found(await check([{ rows: shortBy(15, next), folio: folio(1) }]))).toEqual([]);
    }
    // A shorter address and its 。 fitted the thirteen free cells.
    expect(found(await check([{ rows: shortBy(15, 'qh12@example.cn 。个别领导'), folio: folio(1) }]))).toEqual(['row.cells@1']);
  });

  it('allows for a Latin word measured short inside one run of LibreOffice\'s justified row (s50321-0352)', () => {
    // LibreOffice's PDF: the row after 登记编号为 is one text run of 267.8 pt; splitChars shares it
    // out so that ab1297@example.gov.cn， measures about 200 pt, against the 187.25 + 15.75 pt the
    // layout engine (and LibreOffice) measured when breaking: 13 cells (205.3 pt) were free.
    const run = 'ab1297@example.gov.cn，涉及资金';
    const item = { str: run, x: 79.5, baseline: 470, width: 267.8, fontSize: 16, fontId: 'f1', blank: false, chars: splitChars(run, 79.5, 267.8) };
    const next = { baseline: 470, fontSize: 16, left: 79.5, right: 347.3, text: run, items: [item] };
    const row = { baseline: 441, fontSize: 16, left: 79.5, right: 520.9, text: '执行财经纪律不严格，登记编号为', items: [] };
    const short = { row, indented: false, allFullWidth: true, chars: 15, cells: 15, next };
    expect(isWideWordCarry(short, next)).toBe(true);
    // Three characters fewer on the row (16 cells, 252.6 pt free), the word would have fitted.
    expect(isWideWordCarry({ ...short, chars: 12, cells: 12 }, next)).toBe(false);
  });

  it('accepts the carry across a page break, and still finds an unexplained one there', async () => {
    const lastRowShort = (): TestRow[] => {
      const rows = paragraph(0, 22, 28);
      rows[21] = { text: takeChars(26, 40), row: 21, spread: true };
      return rows;
    };
    const word = await check([
      { rows: lastRowShort(), folio: folio(1) },
      { rows: [{ text: '2026年11月底前全部办结', row: 0 }], folio: folio(2) },
    ]);
    expect(found(word)).toEqual([]);
    const han = await check([
      { rows: lastRowShort(), folio: folio(1) },
      { rows: [{ text: takeChars(10, 90), row: 0 }], folio: folio(2) },
    ]);
    expect(found(han)).toEqual(['row.cells@1']);
  });
});

describe('block.left: only rows expected at the margin are measured', () => {
  it('says nothing on a page with an attachment-note continuation and a right-aligned signature', async () => {
    const rows: TestRow[] = [
      { text: '2.整改任务清单', row: 0, indent: 5 },
      // 12 characters ending four cells in from the right edge; the date centred under them.
      { text: '某某市某某局某某某委员会', row: 3, indent: 12 },
      { text: '2026年11月24日', row: 4, indent: 14.3 },
    ];
    const report = await check([{ rows: [...paragraph(0, 3, 20)], folio: folio(1) }, { rows, folio: folio(2) }]);
    expect(found(report)).toEqual([]);
    expect(report.figures.pages[1]!.leftMm).toBeUndefined();
    expect(report.figures.pages[0]!.leftMm).toBeCloseTo(28, 0);
  });

  it('does not take a paragraph’s last row of 26 cells for an indented first row', async () => {
    const rows: TestRow[] = [
      { text: takeChars(26), row: 0 },
      { text: takeChars(26, 30), row: 1, indent: 2 },
      { text: takeChars(20, 60), row: 2 },
    ];
    const report = await check([{ rows, folio: folio(1) }]);
    expect(found(report)).toEqual([]);
    expect(report.figures.pages[0]!.leftMm).toBeCloseTo(28, 0);
  });

  it('ignores table rows whose cell text is inset from the rules', async () => {
    // A four-column table, text 1.9 mm in from the block's edges, on more rows than the paragraph.
    const table: TestRow[] = [3, 4, 5, 6, 7, 8].flatMap((row, i) => [
      { text: String(i + 1), row, indent: 0.34 },
      { text: takeChars(6, 10 * i), row, indent: 2.5 },
      { text: takeChars(5, 10 * i + 6), row, indent: 10 },
      { text: `2027年${i + 1}月31日`, row, indent: 19 },
    ]);
    const report = await check([{ rows: [...paragraph(0, 2, 12), ...table], folio: folio(1) }]);
    expect(found(report)).toEqual([]);
    expect(report.figures.pages[0]!.leftMm).toBeCloseTo(28, 0);
    const tableOnly = await check([{ rows: table, folio: folio(1) }]);
    expect(found(tableOnly)).toEqual([]);
    expect(tableOnly.figures.pages[0]!.leftMm).toBeUndefined();
  });

  it('still finds a block 31 mm from the left whose rows span 156 mm', async () => {
    const pages: TestPage[] = [{ rows: paragraph(0, 5, 10), folio: folio(1) }];
    const report = await checkPdf(await buildTestPdf(pages, { leftMm: 31 }), { layout: 'plain' });
    expect(found(report)).toEqual(['block.left@1']);
    expect(report.findings[0]!.measured).toBeCloseTo(31, 1);
  });

  it('finds a block of the wrong width when no row anywhere spans 156 mm', async () => {
    // Rows of 27 cells: a block 150.5 mm wide.
    const rows: TestRow[] = [0, 1, 2, 3, 4].map((row) => ({ text: takeChars(27, row * 27), row }));
    const report = await check([{ rows, folio: folio(1) }]);
    expect(found(report)).toEqual(['block.width@1']);
    expect(report.findings[0]).toMatchObject({ expected: 156, unit: 'mm' });
    expect(report.findings[0]!.measured).toBeCloseTo(150.5, 0);
  });
});

describe('grid.rows counts grid rows', () => {
  const page = (label: boolean): TestPage => ({
    rows: [
      ...paragraph(0, 3, 20),
      // Two table rows; a label centred in the two-row cell, as LibreOffice sets 谈话人.
      { text: '孙某某（某某市某某局副局长）', row: 3, indent: 5.5 },
      { text: '周某某', row: 4, indent: 5.5 },
      ...(label ? [{ text: '谈话人', row: 3.5, indent: 0.34 }] : []),
      ...paragraph(5, 17, 20, 300),
    ],
    folio: folio(1),
  });

  it('does not count a label centred between two grid rows as a 23rd row', async () => {
    const report = await check([page(true)]);
    expect(found(report)).toEqual([]);
    expect(report.figures.pages[0]!.bodyRows).toBe(23);
  });

  it('still finds a 23rd grid row', async () => {
    const p = page(false);
    p.rows.push({ text: takeChars(6, 90), row: 22 });
    const report = await check([p]);
    expect(found(report)).toEqual(['grid.rows@1']);
    expect(report.findings[0]).toMatchObject({ measured: 23, expected: 22, unit: 'rows' });
  });
});

describe('letters', () => {
  const letter = (firstFolio: boolean): TestPage[] => [
    { rows: paragraph(0, 3, 20), red: { ruleMm: 170 }, ...(firstFolio ? { folio: folio(1) } : {}) },
    { rows: paragraph(0, 3, 20, 80), folio: folio(2) },
  ];

  it('passes a letter with 170 mm rules and no folio on its first page', async () => {
    const report = await checkPdf(await buildTestPdf(letter(false)));
    expect(report.figures.layout).toBe('letter');
    expect(found(report)).toEqual([]);
  });

  it('finds a folio on a letter’s first page, and 156 mm rules on a letter', async () => {
    const report = await checkPdf(await buildTestPdf(letter(true)), { layout: 'letter' });
    expect(report.findings.map((f) => `${f.severity}:${f.rule}@${f.page}`)).toEqual(['error:folio.present@1']);
    const pages = letter(false);
    pages[0]!.red = { ruleMm: 156 };
    const short = await checkPdf(await buildTestPdf(pages), { layout: 'letter' });
    expect(found(short)).toEqual(['red.separator@1']);
    expect(short.findings[0]).toMatchObject({ measured: 156, expected: 170 });
  });
});

describe('talk records', () => {
  it('accepts 第N页 共M页 and finds a wrong total', async () => {
    const pages = (total: number): TestPage[] =>
      [1, 2].map((n) => ({ rows: paragraph(0, 3, 20, n * 50), folio: { text: `第${n}页 共${total}页`, side: 'right' as const } }));
    const good = await check(pages(2));
    expect(found(good)).toEqual([]);
    expect(good.figures.pages.map((p) => p.folio?.kind)).toEqual(['pageOf', 'pageOf']);
    const bad = await check(pages(3));
    expect(found(bad)).toEqual(['folio.format@1', 'folio.format@2']);
    expect(bad.findings[0]).toMatchObject({ expected: '第1页 共2页', measured: '第1页 共3页' });
  });
});
