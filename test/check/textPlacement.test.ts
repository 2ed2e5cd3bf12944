/**
 * text.outside and text.overlap on built PDFs: rows drawn above the top of the page (as the
 * 120-抄送 版记 once was) and a row drawn over another; a correct page has neither.
 */
import { describe, expect, it } from 'vitest';
import { charBoxes } from '../../src/check/charBoxes.ts';
import { checkPdf } from '../../src/check/checkPdf.ts';
import { extractPdfGeometry } from '../../src/check/extractPdfGeometry.ts';
import { overlappingPairs } from '../../src/check/rules/textOverlap.ts';
import { buildTestPdf, paragraph, takeChars } from './buildTestPdf.ts';

const folio = { text: '— 1 —', side: 'right' as const };
const rules = (findings: { rule: string; page?: number }[]): string[] => findings.map((f) => `${f.rule}@${f.page ?? '-'}`);

describe('text outside the page or over other text', () => {
  it('passes a page whose rows touch (full rows, tracking) but never overlap', async () => {
    const pdf = await buildTestPdf([{ rows: paragraph(0, 22, 28), folio }]);
    const report = await checkPdf(pdf, { layout: 'plain' });
    expect(rules(report.findings).filter((r) => r.startsWith('text.'))).toEqual([]);
    const [page] = (await extractPdfGeometry(pdf, { fonts: false })).pages;
    expect(charBoxes(page!).length).toBe(26 + 21 * 28 + 3);
  });

  it('fails rows drawn above the top of the page, naming their text', async () => {
    const rows = [...paragraph(0, 10), { text: `抄送：${takeChars(20, 7)}`, row: -5 }, { text: takeChars(27, 40), row: -4 }];
    const report = await checkPdf(await buildTestPdf([{ rows, folio }]), { layout: 'plain' });
    const outside = report.findings.filter((f) => f.rule === 'text.outside');
    expect(outside).toHaveLength(1);
    expect(outside[0]!.page).toBe(1);
    expect(outside[0]!.measured).toBe(23 + 27);
    expect(outside[0]!.text).toBe('抄送：民政府办公室关于进一步做好…');
    expect(outside[0]!.message.zh).toMatch(/^50 个字符画在页面之外（最远超出 [\d.]+ 毫米），打印后看不到$/);
    expect(report.ok).toBe(false);
  });

  it('fails a row drawn over another', async () => {
    const rows = [...paragraph(0, 6), { text: takeChars(10, 90), row: 3, indent: 4 }];
    const pdf = await buildTestPdf([{ rows, folio }]);
    const report = await checkPdf(pdf, { layout: 'plain' });
    const overlap = report.findings.filter((f) => f.rule === 'text.overlap');
    expect(overlap).toHaveLength(1);
    expect(overlap[0]!.measured).toBe(10);
    expect(report.ok).toBe(false);
    const [page] = (await extractPdfGeometry(pdf, { fonts: false })).pages;
    const pairs = overlappingPairs(charBoxes(page!));
    const [under, over] = pairs[0]!;
    expect(under.top).toBeCloseTo(over.top, 3);
  });
});
