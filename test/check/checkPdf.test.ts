import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/check/checkPdf.ts';
import { formatCheckReport } from '../../src/check/formatCheckReport.ts';
import type { CheckReport } from '../../src/check/types.ts';
import { buildTestPdf, paragraph, takeChars, type TestPage, type TestRow } from './buildTestPdf.ts';

/** Rule ids (with page) of a report, for exact comparisons. */
const found = (r: CheckReport): string[] => r.findings.map((f) => `${f.rule}@${f.page ?? '-'}`);

const folio = (n: number) => ({ text: `— ${n} —`, side: n % 2 ? ('right' as const) : ('left' as const) });

/** A correct two-page document: three paragraphs on page 1, a full page 2. */
function goodPages(): TestPage[] {
  return [
    { rows: [...paragraph(0, 4, 10), ...paragraph(4, 3, 20, 100), ...paragraph(7, 15, 28, 200)], folio: folio(1) },
    { rows: [...paragraph(0, 22, 28, 50)], folio: folio(2) },
  ];
}

describe('checkPdf on synthetic grid pages', () => {
  it('passes a correct grid document and reports its figures', async () => {
    const report = await checkPdf(await buildTestPdf(goodPages()), { layout: 'plain' });
    expect(found(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.pages).toBe(2);
    expect(report.figures.marginsMm.left).toBeCloseTo(28, 1);
    expect(report.figures.marginsMm.top).toBeCloseTo(37, 1);
    expect(report.figures.marginsMm.right).toBeCloseTo(26, 0);
    expect(report.figures.pitchMm).toBeCloseTo(10.227, 2);
    // Page 1: 3 indented first rows of 26 (a one-row paragraph would count too), full rows of 28.
    expect(report.figures.charsPerFullRow['26 (indented)']).toBe(4);
    expect(report.figures.charsPerFullRow['28']).toBe(2 + 1 + 14 + 21);
    const p2 = report.figures.pages[1]!;
    expect(p2.bodyRows).toBe(22);
    expect(p2.folio).toMatchObject({ text: '— 2 —', number: 2, sizePt: 14 });
    expect(p2.folio!.dashTopBelowBlockMm).toBeCloseTo(7, 1);
    expect(report.figures.fonts).toEqual([
      expect.objectContaining({ baseFont: 'ABCDEF+NotoSerifSC-Regular', embedded: true, subset: true, pages: [1, 2] }),
    ]);
  });

  it('finds a left margin of 31 mm', async () => {
    const report = await checkPdf(await buildTestPdf(goodPages(), { leftMm: 31 }), { layout: 'plain' });
    expect(found(report)).toEqual(['block.left@1', 'block.left@2']);
    expect(report.findings[0]!.measured).toBeCloseTo(31, 1);
    expect(report.findings[0]!.expected).toBe(28);
  });

  it('finds a top margin of 40 mm', async () => {
    const report = await checkPdf(await buildTestPdf(goodPages(), { topMm: 40 }), { layout: 'plain' });
    expect(found(report)).toEqual(['block.top@1', 'block.top@2']);
    expect(report.findings[0]!.measured).toBeCloseTo(40, 1);
  });

  it('finds a row pitch of 30 pt (10.58 mm)', async () => {
    const pages: TestPage[] = [{ rows: paragraph(0, 10, 20), folio: folio(1) }];
    const report = await checkPdf(await buildTestPdf(pages, { pitchPt: 30 }), { layout: 'plain' });
    expect(found(report)).toEqual(['grid.pitch@1']);
    expect(report.findings[0]!.measured).toBeCloseTo(10.58, 2);
  });

  it('accepts the 28.95 pt pitch of Word and LibreOffice', async () => {
    const pages: TestPage[] = [{ rows: paragraph(0, 22, 28), folio: folio(1) }];
    const report = await checkPdf(await buildTestPdf(pages, { pitchPt: 28.95 }), { layout: 'plain' });
    expect(found(report)).toEqual([]);
  });

  it('finds a full row of 27 characters', async () => {
    const rows: TestRow[] = paragraph(0, 3, 10);
    rows[1] = { text: takeChars(27, 26), row: 1, spread: true };
    const report = await checkPdf(await buildTestPdf([{ rows, folio: folio(1) }]), { layout: 'plain' });
    expect(found(report)).toEqual(['row.cells@1']);
    expect(report.findings[0]).toMatchObject({ measured: 27, expected: 28, unit: 'cells' });
  });

  it('accepts 27 characters spread over a row when 禁则 carried one down', async () => {
    const rows: TestRow[] = [
      { text: takeChars(26), row: 0, indent: 2 },
      { text: takeChars(27, 26), row: 1, spread: true },
      { text: '某，' + takeChars(10, 60), row: 2 },
    ];
    const report = await checkPdf(await buildTestPdf([{ rows, folio: folio(1) }]), { layout: 'plain' });
    expect(found(report)).toEqual([]);
    expect(report.figures.charsPerFullRow['27']).toBe(1);
  });

  it('finds a row that starts with ，', async () => {
    const rows: TestRow[] = [...paragraph(0, 2), { text: '，' + takeChars(9, 70), row: 2 }];
    rows[1] = { text: takeChars(28, 26), row: 1 };
    const report = await checkPdf(await buildTestPdf([{ rows, folio: folio(1) }]), { layout: 'plain' });
    expect(found(report)).toEqual(['kinsoku.start@1']);
    expect(report.findings[0]!.measured).toBe('，');
  });

  it('finds a row ending with （ and a —— split across rows', async () => {
    const rows: TestRow[] = [
      { text: takeChars(25) + '（', row: 0, indent: 2 },
      { text: takeChars(27, 30) + '—', row: 1 },
      { text: '—' + takeChars(8, 70), row: 2 },
    ];
    const report = await checkPdf(await buildTestPdf([{ rows, folio: folio(1) }]), { layout: 'plain' });
    expect(found(report)).toEqual(['kinsoku.end@1', 'kinsoku.split@1']);
  });

  it('finds a folio written with hyphens', async () => {
    const pages = goodPages();
    pages[0]!.folio = { text: '- 1 -', side: 'right' };
    const report = await checkPdf(await buildTestPdf(pages), { layout: 'plain' });
    expect(found(report)).toEqual(['folio.format@1']);
    expect(report.findings[0]!.measured).toBe('- 1 -');
  });

  it('finds a folio on the wrong side', async () => {
    const pages = goodPages();
    pages[0]!.folio = { text: '— 1 —', side: 'left' };
    const report = await checkPdf(await buildTestPdf(pages), { layout: 'plain' });
    expect(found(report)).toEqual(['folio.side@1']);
    expect(report.findings[0]!.message.en).toContain('found on the left');
  });

  it('finds a folio 10 mm under the block, a 16 pt folio, and a missing one', async () => {
    const pages: TestPage[] = [
      { rows: paragraph(0, 3), folio: { ...folio(1), dashTopBelowMm: 10 } },
      { rows: paragraph(0, 3), folio: { ...folio(2), size: 16 } },
      { rows: paragraph(0, 3) },
    ];
    const report = await checkPdf(await buildTestPdf(pages), { layout: 'plain' });
    expect(found(report)).toEqual(['folio.vertical@1', 'folio.size@2', 'folio.present@3']);
    expect(report.findings[0]!.measured).toBeCloseTo(10, 1);
  });

  it('finds a font that is not embedded', async () => {
    const pages = goodPages();
    // In place of the last row of page 1 (a row drawn over it would be text.overlap).
    pages[0]!.rows = pages[0]!.rows.filter((r) => r.row !== 21);
    pages[0]!.rows.push({ text: 'Reference A-12', row: 21, helvetica: true });
    const report = await checkPdf(await buildTestPdf(pages), { layout: 'plain' });
    expect(found(report)).toEqual(['font.embedded@1']);
    expect(report.findings[0]!.measured).toBe('Helvetica');
  });

  it('finds 23 rows on a page', async () => {
    const pages: TestPage[] = [{ rows: [...paragraph(0, 22, 28), { text: takeChars(6, 90), row: 22 }], folio: folio(1) }];
    const report = await checkPdf(await buildTestPdf(pages), { layout: 'plain' });
    expect(found(report)).toEqual(['grid.rows@1']);
    expect(report.findings[0]).toMatchObject({ measured: 23, expected: 22, unit: 'rows' });
  });

  it('finds a row running past the block', async () => {
    const rows: TestRow[] = [...paragraph(0, 3, 10)];
    rows[1] = { text: takeChars(29, 26), row: 1 };
    const report = await checkPdf(await buildTestPdf([{ rows, folio: folio(1) }]), { layout: 'plain' });
    expect(found(report)).toEqual(['row.overflow@1']);
    expect(report.findings[0]!.measured).toBeCloseTo(5.6, 0);
  });

  it('checks the red mark and separator of a document', async () => {
    const good = goodPages();
    good[0]!.red = { ruleMm: 156 };
    const ok = await checkPdf(await buildTestPdf(good), { layout: 'document' });
    expect(found(ok)).toEqual([]);
    const short = goodPages();
    short[0]!.red = { ruleMm: 150 };
    const bad = await checkPdf(await buildTestPdf(short), { layout: 'document' });
    expect(found(bad)).toEqual(['red.separator@1']);
    expect(bad.findings[0]!.measured).toBeCloseTo(150, 0);
    const none = await checkPdf(await buildTestPdf(goodPages()), { layout: 'document' });
    expect(none.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual(['warning:red.mark', 'warning:red.separator']);
    expect(none.ok).toBe(true);
  });

  it('guesses the layout from the first page when not told', async () => {
    const headed = goodPages();
    headed[0]!.red = { ruleMm: 156 };
    expect((await checkPdf(await buildTestPdf(headed))).figures).toMatchObject({ layout: 'document', layoutDetected: true });
    const letter = goodPages();
    letter[0]!.red = { ruleMm: 170 };
    delete letter[0]!.folio;
    const report = await checkPdf(await buildTestPdf(letter));
    expect(report.figures).toMatchObject({ layout: 'letter', layoutDetected: true });
    expect(found(report)).toEqual([]);
    expect((await checkPdf(await buildTestPdf(goodPages()))).figures.layout).toBe('plain');
  });

  it('lets a letter go without a folio on its first page', async () => {
    const pages = goodPages();
    delete pages[0]!.folio;
    expect(found(await checkPdf(await buildTestPdf(pages), { layout: 'plain' }))).toEqual(['folio.present@1']);
    const letter = await checkPdf(await buildTestPdf(pages), { layout: 'letter' });
    expect(found(letter).filter((f) => f.startsWith('folio'))).toEqual([]);
  });

  it('formats the report in Chinese and English', async () => {
    const pages = goodPages();
    pages[0]!.folio = { text: '- 1 -', side: 'right' };
    const report = await checkPdf(await buildTestPdf(pages), { layout: 'plain' });
    const zh = formatCheckReport(report, 'zh', 'a.pdf');
    expect(zh.split('\n')[0]).toBe('a.pdf：不符合 GB/T 9704-2012：1处错误，0条提示（共2页）');
    expect(zh).toContain('错误 第1页 folio.format：页码应为“— 1 —”');
    expect(zh).toContain('订口 28');
    const en = formatCheckReport(report, 'en');
    expect(en).toContain('error page 1 folio.format: page number should read "— 1 —"');
  });

  it('reports an unreadable file instead of throwing', async () => {
    const report = await checkPdf(new TextEncoder().encode('this is not a PDF'));
    expect(report.ok).toBe(false);
    expect(found(report)).toEqual(['pdf.unreadable@-']);
  });
});

/** The 版记's three rules for a 抄送 row and a 印发 row starting on 0-based grid row `ccRow`. */
const colophonRules = (ccRow: number, insetMm = 0) => [
  { row: ccRow, insetMm },
  { row: ccRow + 1, insetMm, thickness: 0.7 },
  { row: ccRow + 2 },
];

describe('colophon.foot', () => {
  const colophonPage = (ccRow: number): TestPage[] => [
    { rows: paragraph(0, 22, 28), folio: folio(1) },
    {
      rows: [...paragraph(0, 6, 20, 30), { text: '抄送：某某市纪委监委。', row: ccRow, indent: 1, size: 14 }, { text: '某某市纪委办公室　　　2026年11月24日印发', row: ccRow + 1, indent: 1, size: 14 }],
      folio: folio(2),
      rules: colophonRules(ccRow),
    },
  ];
  it('passes a 版记 whose last row is the block\'s last row', async () => {
    const report = await checkPdf(await buildTestPdf(colophonPage(20)), { layout: 'plain' });
    expect(found(report)).toEqual([]);
  });
  it('finds a 版记 set right after the content instead of at the foot', async () => {
    const report = await checkPdf(await buildTestPdf(colophonPage(6)), { layout: 'plain' });
    expect(found(report)).toEqual(['colophon.foot@2']);
    // Its last row is grid row 8 of 22: 14 rows above the block's last row.
    expect(report.findings[0]!.message.zh).toContain('约 14 行');
    expect(report.findings[0]!.measured).toBeGreaterThan(14 * 10.227);
    expect(report.findings[0]!.measured).toBeLessThan(15 * 10.227);
  });
  it('judges a 抄送 list without 印发 row by its continuation row (fixture case-documents-township-inspection)', async () => {
    const ccOnly = (ccRow: number): TestPage[] => [
      { rows: paragraph(0, 22, 28), folio: folio(1) },
      {
        rows: [...paragraph(0, 6, 20, 30), { text: '抄送：中共某某县委巡察工作领导小组办公室，县委组织', row: ccRow, indent: 1, size: 14 }, { text: '部。', row: ccRow + 1, indent: 3, size: 14 }],
        folio: folio(2),
        rules: [{ row: ccRow }, { row: ccRow + 2 }],
      },
    ];
    expect(found(await checkPdf(await buildTestPdf(ccOnly(20)), { layout: 'plain' }))).toEqual([]);
    expect(found(await checkPdf(await buildTestPdf(ccOnly(19)), { layout: 'plain' }))).toEqual(['colophon.foot@2']);
  });
});

describe('colophon.rules', () => {
  const page = (rules: TestPage['rules']): TestPage[] => [
    { rows: paragraph(0, 22, 28), folio: folio(1) },
    {
      rows: [...paragraph(0, 6, 20, 30), { text: '抄送：某某市纪委监委。', row: 20, indent: 1, size: 14 }, { text: '某某市纪委办公室　　　2026年11月24日印发', row: 21, indent: 1, size: 14 }],
      folio: folio(2),
      ...(rules ? { rules } : {}),
    },
  ];
  it('passes rules as wide as the block', async () => {
    expect(found(await checkPdf(await buildTestPdf(page(colophonRules(20))), { layout: 'plain' }))).toEqual([]);
  });
  it("finds the 抄送 row's rules drawn one character in on each side, as LibreOffice drew an indented paragraph's borders", async () => {
    const report = await checkPdf(await buildTestPdf(page(colophonRules(20, 4.94))), { layout: 'plain' });
    // The first two rules are short; the last (the 印发 row's, not indented) is not.
    expect(found(report)).toEqual(['colophon.rules@2', 'colophon.rules@2']);
    expect(report.findings[0]!.measured).toBeCloseTo(156 - 2 * 4.94, 0);
    expect(report.findings[0]!.message.zh).toContain('第 1 条分隔线宽');
    expect(report.findings[1]!.message.zh).toContain('第 2 条分隔线宽');
  });
  it('warns about a 版记 without rules, and leaves rules elsewhere on the page alone', async () => {
    const report = await checkPdf(await buildTestPdf(page([{ row: 3, insetMm: 30 }])), { layout: 'plain' });
    expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning colophon.rules']);
  });
});
